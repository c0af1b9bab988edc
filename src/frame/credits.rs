//! Bylines, credit footers and the closing codes.
//!
//! - Credits: a label from [`crate::lexicon::credits::LABELS`] (`Penulis:`, `Editor :`,
//!   `Rep:`, `Laporan Wartawan TribunSolo.com,`) followed by one or more names, at the start
//!   of a block, after a sentence, inside Kompas' `(Penulis: … | Editor: …)`, or glued to the
//!   previous name (`Putu SavitriEditor: Agus`). Each name is a [`Credit`]; the label and its
//!   names leave the body (`other`).
//! - Codes: only at the end of the story. Blocks are read from the end, skipping what other
//!   finders claimed (boilerplate, read-also lines, bylines) and detik's tag lines; the last
//!   story block must end in a code (`[qnt]`, `(dna/dna)`, `(*)`, `(Tribunnews.com/Nama)`,
//!   Okezone's `(Feby Novalius)` on its own line), possibly glued to the sentence
//!   (`BMKG.(zik)`) or to a tag list (`(acd/acd)wakil menteri`, reported as tags).
//!   A bracket inside a sentence (`[itu]`, `(PBB)`) is never a code.

use crate::Rule;
use std::sync::LazyLock;

use regex::Regex;

use crate::article::{Boilerplate, BoilerplateKind, Code, Credit, Role, Span};
use crate::document::Document;
use crate::frame::captions;
use crate::frame::layout::{Layout, trim};
use crate::lexicon::credits::{
    CODE_DOMAINS, CONTRIBUTOR_PHRASES, FOOTER_OPENINGS, FOOTER_PHRASES, LABELS,
    LABELS_WITHOUT_COLON,
};
use crate::lexicon::in_list;
use crate::lexicon::media::FOOTER_LABEL;

/// What the credits finder returns.
#[derive(Debug, Default)]
pub(crate) struct Credits {
    pub byline: Vec<Credit>,
    pub codes: Vec<Code>,
    /// Furniture found around the credits (tag lists after the code).
    pub boilerplate: Vec<Boilerplate>,
    /// Other spans that are not story (the byline and footer lines themselves).
    pub other: Vec<Span>,
}

/// Any credit label, longest first so `redaktur` wins over `red`.
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    let mut labels: Vec<&str> = LABELS.iter().map(|(l, _)| *l).collect();
    labels.sort_by_key(|l| std::cmp::Reverse(l.len()));
    let alternatives: Vec<String> = labels.iter().map(|l| l.replace(' ', r"\s+")).collect();
    Regex::new(&format!(r"(?i)(?:{})", alternatives.join("|")))
        .unwrap_or_else(|_| unreachable!("the label lexicon is a valid regex"))
});

/// The first words of the colon-less labels (`laporan`, `diadaptasi`), matched as [`LABEL`]
/// matches them: a block without a colon holds a credit only if it holds one of them.
static PHRASE_START: LazyLock<Regex> = LazyLock::new(|| {
    let first_words: Vec<&str> = LABELS_WITHOUT_COLON
        .iter()
        .filter_map(|l| l.split(' ').next())
        .collect();
    Regex::new(&format!(r"(?i)(?:{})", first_words.join("|")))
        .unwrap_or_else(|_| unreachable!("the label lexicon is a valid regex"))
});

/// A bracketed code at the very end of a piece of text.
static CODE_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\(\[]\s*([^\(\)\[\]\n]{1,60}?)\s*[\)\]]\s*$")
        .unwrap_or_else(|_| unreachable!("valid regex"))
});

/// detik: a lower-case code glued to the first tag (`(acd/acd)wakil menteri`).
static CODE_THEN_TAGS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\(([a-z]{2,5}(?:/[a-z]{2,5})+)\)\s*([\p{Ll}\d][\p{Ll}\d\s\-'.&]*)$")
        .unwrap_or_else(|_| unreachable!("valid regex"))
});

/// At most this many footer lines follow a code.
const MAX_FOOTER_LINES: usize = 4;
/// A footer line is at most this many characters long.
const MAX_FOOTER_CHARS: usize = 100;
/// How many blocks from the end are searched for the closing code.
const TAIL_BLOCKS: usize = 16;
/// The reporter line `Laporan Name` is among this many blocks at the start.
const REPORT_LINE_BLOCKS: usize = 3;
/// The label of the reporter line.
const REPORT_LINE_LABEL: &str = "Laporan ";
/// The names before a contributor phrase take at most this many bytes.
const MAX_CONTRIBUTOR_BYTES: usize = 160;
/// A credited name has at most this many words.
const MAX_NAME_WORDS: usize = 6;

/// Finds credits and codes. `claimed` holds what other finders already took (sorted);
/// `furniture` the boilerplate found, whose photo captions may name photographers.
pub(crate) fn find(doc: &Document<'_>, claimed: &[Span], furniture: &[Boilerplate]) -> Credits {
    let (text, layout) = (doc.text, &doc.layout);
    let mut out = Credits::default();
    for &block in &layout.blocks {
        find_bylines(text, block, claimed, &mut out);
    }
    find_report_line(text, layout, &mut out);
    find_contributors(text, &mut out);
    out.byline.extend(captions::photographers(text, furniture));
    out.byline.sort_by_key(|c| c.span);
    let mut taken: Vec<Span> = claimed.iter().chain(out.other.iter()).copied().collect();
    taken.sort();
    find_code(text, layout, &taken, &mut out);
    out
}

/// Credits in one block.
fn find_bylines(text: &str, block: Span, claimed: &[Span], out: &mut Credits) {
    let Some(slice) = block.slice(text).filter(|s| may_hold_credit(s)) else {
        return;
    };
    let source_footer = opens_source_footer(slice);
    let labels: Vec<(Span, Role, bool)> = LABEL
        .find_iter(slice)
        .map(|m| Span::new(block.start + m.start(), block.start + m.end()))
        .filter(|l| !claimed.iter().any(|c| c.overlaps(*l)))
        .filter_map(|l| label_here(text, block, l, source_footer))
        .collect();
    for (i, &(label, role, no_colon)) in labels.iter().enumerate() {
        let limit = labels.get(i + 1).map_or(block.end, |next| next.0.start);
        let limit = claimed
            .iter()
            .filter(|c| c.start >= label.end && c.start < limit)
            .map(|c| c.start)
            .min()
            .unwrap_or(limit);
        let names_from = names_start(text, label, no_colon, role);
        let span = Span::new(names_from, limit.max(names_from));
        let names = names_in(text, span, source_footer);
        let Some(last) = names.last() else {
            continue;
        };
        out.other.push(Span::new(label.start, last.end));
        let rule = if no_colon {
            Rule::CreditsBylinePhrase
        } else {
            Rule::CreditsLabel
        };
        out.byline.extend(names.iter().filter_map(|n| {
            Some(Credit {
                name: crate::text::clean(n.slice(text)?),
                role,
                span: *n,
                rule,
            })
        }));
    }
}

/// The Tribun network's (Serambi, Surya) reporter line over the story, `Laporan Name` or
/// `Laporan Name | City` (`I` for the bar in Serambi's: `Laporan Idris Ismail I Pidie Jaya`):
/// in the first [`REPORT_LINE_BLOCKS`] blocks, the whole block, a name of capitalised words
/// (26 in the corpus; `Laporan media lokal` and `Laporan Inter terlibat ...` are story).
fn find_report_line(text: &str, layout: &Layout, out: &mut Credits) {
    for &block in layout.blocks.iter().take(REPORT_LINE_BLOCKS) {
        let Some(line) = block.slice(text) else {
            continue;
        };
        let Some(rest) = line.strip_prefix(REPORT_LINE_LABEL) else {
            continue;
        };
        let claimed = out.other.iter().any(|o| o.overlaps(block));
        let name_len = [" | ", " I "]
            .iter()
            .filter_map(|bar| rest.find(bar))
            .min()
            .unwrap_or(rest.len());
        let Some(name) = rest.get(..name_len) else {
            continue;
        };
        let words = name.split_whitespace().count();
        let capitalised = name
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase));
        if claimed || !is_name(name) || !capitalised || words < 2 || line.contains(':') {
            continue;
        }
        let start = block.start + REPORT_LINE_LABEL.len();
        let span = Span::new(start, start + name.len());
        out.other.push(block);
        out.byline.push(Credit {
            name: crate::text::clean(name),
            role: Role::Reporter,
            span,
            rule: Rule::CreditsBylinePhrase,
        });
    }
}

/// Tempo's contributor sentence after the story, `Name dan Name berkontribusi dalam
/// penulisan artikel ini` (9 in the corpus): the names before a phrase of
/// [`CONTRIBUTOR_PHRASES`], from the sentence's start, are contributors.
fn find_contributors(text: &str, out: &mut Credits) {
    for phrase in CONTRIBUTOR_PHRASES {
        for at in memchr::memmem::find_iter(text.as_bytes(), phrase) {
            let mut from = at.saturating_sub(MAX_CONTRIBUTOR_BYTES);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            let before = text.get(from..at).unwrap_or_default();
            let start = before
                .rfind(['.', '!', '?', '"', '”', '\n', ';'])
                .map_or(from, |i| from + i + 1);
            let names = names_in(text, trim(text, Span::new(start, at)), false);
            let capitalised = |n: &Span| {
                n.slice(text).is_some_and(|s| {
                    s.split_whitespace()
                        .all(|w| w.starts_with(char::is_uppercase))
                })
            };
            let Some(first) = names.first().filter(|_| names.iter().all(capitalised)) else {
                continue;
            };
            out.other.push(Span::new(first.start, at + phrase.len()));
            out.byline.extend(names.iter().filter_map(|n| {
                Some(Credit {
                    name: crate::text::clean(n.slice(text)?),
                    role: Role::Contributor,
                    span: *n,
                    rule: Rule::CreditsContributorPhrase,
                })
            }));
        }
    }
}

/// Whether a block may hold a credit: every label but the colon-less phrases needs a colon
/// after it in the block (see [`label_here`]). A cheap test that spares most blocks the
/// label search.
fn may_hold_credit(block: &str) -> bool {
    memchr::memchr(b':', block.as_bytes()).is_some() || PHRASE_START.is_match(block)
}

/// Whether a block opens with [`FOOTER_LABEL`] (`sumber: diskominfo Kota X`): Posmetro's source
/// footer, where the scraper glues a lower-case `editor: name` to the source (4 in the
/// corpus, all this footer; no other lower-case label is glued to a word before its colon).
fn opens_source_footer(block: &str) -> bool {
    block
        .get(..FOOTER_LABEL.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(FOOTER_LABEL))
}

/// Whether a label match is a credit label here: placed at a block start, after a sentence or
/// bracket or bar, or glued to a name when written with a capital or in a `source_footer`
/// ([`opens_source_footer`]); followed by a colon unless the label is a phrase. Returns the
/// label span (colon included), role and whether it is a colon-less phrase.
fn label_here(
    text: &str,
    block: Span,
    label: Span,
    source_footer: bool,
) -> Option<(Span, Role, bool)> {
    let written = label.slice(text)?;
    let key = written
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let role = LABELS.iter().find(|(l, _)| *l == key).map(|(_, r)| *r)?;
    let no_colon = in_list!(LABELS_WITHOUT_COLON, key.as_str());
    let after = text.get(label.end..block.end)?;
    let colon = after
        .trim_start_matches([' ', '\t', '\u{a0}'])
        .starts_with(':');
    if !no_colon && !colon {
        return None;
    }
    if no_colon && !after.starts_with(char::is_whitespace) {
        return None;
    }
    let before = text.get(block.start..label.start)?;
    let prev = before.chars().next_back();
    let glued_ok = (written.starts_with(char::is_uppercase) || source_footer) && colon;
    let place_ok = match prev {
        None => true,
        Some(c) if c.is_alphanumeric() => glued_ok,
        Some(_) => {
            let last = before.trim_end().chars().next_back();
            last.is_none_or(|c| !c.is_alphanumeric() || glued_ok)
        }
    };
    if !place_ok {
        return None;
    }
    let end = if colon {
        label.end + after.find(':').map_or(0, |i| i + 1)
    } else {
        label.end
    };
    Some((Span::new(label.start, end), role, no_colon))
}

/// Where the names start: after the label, and after the outlet and city of `Laporan
/// Wartawan TribunSolo.com,` and `Laporan Kontributor Tribunjabar.id, Subang,`.
fn names_start(text: &str, label: Span, no_colon: bool, role: Role) -> usize {
    let rest = text.get(label.end..).unwrap_or_default();
    let lead = rest.len() - rest.trim_start().len();
    let from = label.end + lead;
    if !(no_colon && matches!(role, Role::Reporter | Role::Contributor)) {
        return from;
    }
    let rest = text.get(from..).unwrap_or_default();
    let first = rest.split_whitespace().next().unwrap_or_default();
    if !first.contains('.') {
        return from;
    }
    let after_outlet = from + first.len() + separator_len(rest.get(first.len()..));
    let rest = text.get(after_outlet..).unwrap_or_default();
    match rest.split_once(',') {
        Some((city, after)) if crate::lexicon::cities::place(city.trim()).is_some() => {
            let skip = rest.len() - after.len();
            after_outlet + skip + separator_len(Some(after))
        }
        _ => after_outlet,
    }
}

/// The length of the commas and blanks that open `s`.
fn separator_len(s: Option<&str>) -> usize {
    let s = s.unwrap_or_default();
    s.len() - s.trim_start_matches([',', ' ', '\u{a0}']).len()
}

/// The names in `span`: up to the first `|`, bracket, `,Sumber`, copyright or line end,
/// split at commas and `dan`; each a capitalised name of at most [`MAX_NAME_WORDS`] words (or a
/// name in lower case, when `lower_case_ok`: a source footer's `editor: name`).
fn names_in(text: &str, span: Span, lower_case_ok: bool) -> Vec<Span> {
    let Some(s) = span.slice(text) else {
        return Vec::new();
    };
    let stop = s
        .find(['|', '(', ')', '[', ']', '©', '\n'])
        .into_iter()
        .chain(s.find("COPYRIGHT"))
        .chain(s.find("Copyright"))
        .chain(s.find(" / "))
        .chain(s.find(",Sumber"))
        .chain(s.find(", Sumber"))
        .min()
        .unwrap_or(s.len());
    let s = s.get(..stop).unwrap_or_default();
    let mut names = Vec::new();
    let mut from = 0;
    for (i, sep_len) in separators(s).chain(std::iter::once((s.len(), 0))) {
        let piece = trim(text, Span::new(span.start + from, span.start + i));
        let piece = trim_trailing_dot(text, piece);
        from = i + sep_len;
        let written = piece.slice(text).unwrap_or_default();
        if is_name(written) || (lower_case_ok && is_name(&capitalise(written))) {
            names.push(piece);
        } else if !piece.is_empty() {
            break;
        }
    }
    names
}

/// Positions of name separators: `,`, `;`, `&`, ` dan `.
fn separators(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    s.char_indices().filter_map(move |(i, c)| match c {
        ',' | ';' | '&' => Some((i, 1)),
        ' ' if s.get(i..i + 5) == Some(" dan ") => Some((i, 5)),
        _ => None,
    })
}

fn trim_trailing_dot(text: &str, span: Span) -> Span {
    match span.slice(text) {
        Some(s) if s.ends_with('.') && !s.ends_with(" .") => {
            let t = s.trim_end_matches('.');
            // Keep an initial's dot (`Yudha Manggala P.`) only if it is one letter.
            if t.rsplit(' ').next().is_some_and(|w| w.chars().count() == 1) {
                span
            } else {
                Span::new(span.start, span.start + t.len())
            }
        }
        _ => span,
    }
}

/// A person's name: starts with a capital, letters and name punctuation, a few words.
fn is_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= MAX_NAME_WORDS
        && s.starts_with(char::is_uppercase)
        && s.chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '\'' | '-' | '\u{a0}' | '’'))
}

/// The closing code, and the tag lists and footer lines after it.
fn find_code(text: &str, layout: &Layout, taken: &[Span], out: &mut Credits) {
    let mut tag_blocks: Vec<Span> = Vec::new();
    let mut footer_blocks: Vec<Span> = Vec::new();
    let tail: Vec<Span> = layout
        .blocks
        .iter()
        .rev()
        .take(TAIL_BLOCKS)
        .copied()
        .collect();
    for (k, &block) in tail.iter().enumerate() {
        let Some(piece) = last_free_piece(text, block, taken) else {
            continue;
        };
        let s = piece.slice(text).unwrap_or_default();
        if piece == block && is_tag_line(s) {
            tag_blocks.push(block);
            continue;
        }
        // A footer line may end with a credit (`sumber: ...editor: name`), taken already.
        let footer_piece = piece.start == block.start;
        if footer_piece && footer_blocks.len() < MAX_FOOTER_LINES && is_footer_line(s) {
            footer_blocks.push(block);
            continue;
        }
        let own_block = piece.start == block.start;
        if let Some(code) = code_at_end(text, piece, own_block, false) {
            let repeated = repeated_code(text, tail.get(k + 1..).unwrap_or_default(), taken, &code);
            out.codes.extend(repeated);
            out.codes.push(code);
            if let Some(tags) = tags_span(&tag_blocks) {
                out.boilerplate.push(tags_boilerplate(tags));
            }
            out.boilerplate.extend(
                footer_blocks
                    .iter()
                    .rev()
                    .map(|&span| footer_boilerplate(span)),
            );
        } else if let Some((code, tags)) = code_then_tags(text, piece) {
            out.codes.push(code);
            let end = tag_blocks.first().map_or(tags.end, |b| b.end.max(tags.end));
            out.boilerplate
                .push(tags_boilerplate(Span::new(tags.start, end)));
        }
        return;
    }
}

/// The last part of a block not claimed by anything else (with a letter or digit in it).
fn last_free_piece(text: &str, block: Span, taken: &[Span]) -> Option<Span> {
    let mut end = block.end;
    let inside: Vec<&Span> = taken.iter().filter(|c| c.overlaps(block)).collect();
    for c in inside.iter().rev() {
        let piece = trim(text, Span::new(c.end.min(end).max(block.start), end));
        if piece.slice(text).is_some_and(has_content) {
            return Some(piece);
        }
        end = end.min(c.start.max(block.start));
    }
    let piece = trim(text, Span::new(block.start, end));
    piece.slice(text).is_some_and(has_content).then_some(piece)
}

/// Whether a piece holds more than punctuation (`(*)` counts: it is a code).
fn has_content(s: &str) -> bool {
    s.chars().any(|c| c.is_alphanumeric() || c == '*')
}

/// detik's tag lines: a few lower-case words, no sentence punctuation.
fn is_tag_line(s: &str) -> bool {
    s.len() <= 60
        && s.split_whitespace().count() <= 6
        && !s.chars().any(char::is_uppercase)
        && !s.ends_with(['.', '!', '?', ':', ','])
        && !s.starts_with(['(', '['])
}

/// A footer line after the code (see [`FOOTER_PHRASES`]): short, holding one of the footer
/// phrases or opening with one of the footer openings (`Selengkapnya`, `sumber:`).
fn is_footer_line(s: &str) -> bool {
    if s.chars().nth(MAX_FOOTER_CHARS).is_some() {
        return false;
    }
    let lower = s.to_lowercase().replace('\u{a0}', " ");
    FOOTER_PHRASES.iter().any(|p| lower.contains(p))
        || FOOTER_OPENINGS.iter().any(|p| lower.starts_with(p))
}

/// The same code repeated on the story's last line before it (Okezone `...nanti.(Randy
/// Wirayudha)` ⏎ `(Randy Wirayudha)`): `earlier` are the blocks before the code's, last
/// first.
fn repeated_code(text: &str, earlier: &[Span], taken: &[Span], code: &Code) -> Option<Code> {
    let block = earlier
        .iter()
        .find(|b| last_free_piece(text, **b, taken).is_some())?;
    let piece = last_free_piece(text, *block, taken)?;
    // The copy glued to the story's last words needs no sentence end before it: the code
    // on the next line placed it (`... mengalahkan Portugal 1-0(Fetra Hariandja)`).
    code_at_end(text, piece, piece.start == block.start, true).filter(|c| c.raw == code.raw)
}

fn footer_boilerplate(span: Span) -> Boilerplate {
    Boilerplate {
        kind: BoilerplateKind::Promo,
        span,
        source: None,
        rule: Rule::CreditsFooterAfterCode,
    }
}

fn tags_span(blocks: &[Span]) -> Option<Span> {
    // `blocks` were collected from the end backwards.
    Some(Span::new(blocks.last()?.start, blocks.first()?.end))
}

fn tags_boilerplate(span: Span) -> Boilerplate {
    Boilerplate {
        kind: BoilerplateKind::Tags,
        span,
        source: None,
        rule: Rule::CreditsTagsAfterCode,
    }
}

/// A code closing `piece`, if its content has a code's shape and its place allows it: alone
/// on its block (`own_block` and nothing before it), after a sentence, or anywhere at the end
/// of the block when it repeats the code after it (`repeated`).
fn code_at_end(text: &str, piece: Span, own_block: bool, repeated: bool) -> Option<Code> {
    let s = piece.slice(text)?;
    let caps = CODE_AT_END.captures(s)?;
    let whole = caps.get(0)?;
    let inner = caps.get(1)?.as_str();
    let raw_span = trim(
        text,
        Span::new(piece.start + whole.start(), piece.start + whole.end()),
    );
    let before = s.get(..whole.start()).unwrap_or_default().trim_end();
    let alone = (own_block && before.is_empty()) || repeated;
    let after_sentence = before.is_empty()
        || before.ends_with(['.', '!', '?', '"', '”', '’', '\'', ')', ']', '…', ':', ';']);
    let (initials, rule) = code_shape(inner, alone, after_sentence)?;
    Some(Code {
        raw: raw_span.slice(text)?.to_owned(),
        initials,
        span: raw_span,
        rule,
    })
}

/// The parts of a code and the rule that accepts them, or `None` if `inner` is no code here.
///
/// Initials (`dna/dna`, `ahs/nu2`, `*/Ria`) close a story anywhere at its end when written in
/// lower case, after a sentence otherwise (`(AP/evn)`, `(SIS)`); `(Outlet.com/Name)` after a
/// sentence; a full name (`(Feby Novalius)`, Bisnis `(Edi Suwiknyo)`) after a sentence or
/// on its own line.
fn code_shape(inner: &str, alone: bool, after_sentence: bool) -> Option<(Vec<String>, Rule)> {
    let parts: Vec<String> = inner.split('/').map(|p| p.trim().to_owned()).collect();
    if inner.trim() == "*" {
        return Some((vec!["*".into()], Rule::CreditsCodeStar));
    }
    if parts.iter().all(|p| is_initials(p) || is_desk_code(p)) {
        let lower = inner.chars().all(|c| !c.is_uppercase());
        return (lower || after_sentence || alone).then_some((parts, Rule::CreditsCodeInitials));
    }
    let outlet_name = parts.len() == 2
        && parts.first().is_some_and(|p| {
            CODE_DOMAINS.iter().any(|d| p.to_lowercase().ends_with(d)) && !p.contains(' ')
        })
        && parts
            .get(1)
            .is_some_and(|p| is_name(p) || is_name(&capitalise(p)));
    if outlet_name && (after_sentence || alone) {
        return Some((parts, Rule::CreditsCodeOutletName));
    }
    let words = inner.split_whitespace().count();
    let full_name = parts.len() == 1
        && is_name(inner.trim())
        && words <= 4
        && inner
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase));
    let placed = alone || (after_sentence && words >= 2);
    (full_name && placed).then(|| (vec![inner.trim().to_owned()], Rule::CreditsCodeFullName))
}

/// A reporter's or editor's initials: 1 to 6 letters or digits with a letter, or `*`.
fn is_initials(p: &str) -> bool {
    p == "*"
        || ((1..=6).contains(&p.chars().count())
            && p.chars().all(char::is_alphanumeric)
            && p.chars().any(char::is_alphabetic))
}

/// A desk code: one to three capitals, a hyphen and one or two digits (Media Indonesia's
/// `(Z-2)`, `(Ant/N-3)`; in the corpus no bracket of this shape ends a line, and the
/// lower-case `(ke-130)` of a ranking is not one).
fn is_desk_code(p: &str) -> bool {
    p.split_once('-').is_some_and(|(desk, number)| {
        (1..=3).contains(&desk.len())
            && desk.chars().all(|c| c.is_ascii_uppercase())
            && (1..=2).contains(&number.len())
            && number.chars().all(|c| c.is_ascii_digit())
    })
}

/// `s` with its first letter in upper case (for lower-case names in Tribun codes).
fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// detik: a code glued to the tag list on the same block.
fn code_then_tags(text: &str, piece: Span) -> Option<(Code, Span)> {
    let s = piece.slice(text)?;
    let caps = CODE_THEN_TAGS.captures(s)?;
    let code = caps.get(0)?;
    let inner = caps.get(1)?;
    let tags = caps.get(2)?;
    let raw = Span::new(piece.start + code.start(), piece.start + inner.end() + 1);
    Some((
        Code {
            raw: raw.slice(text)?.to_owned(),
            initials: inner.as_str().split('/').map(str::to_owned).collect(),
            span: raw,
            rule: Rule::CreditsCodeGluedToTags,
        },
        Span::new(piece.start + tags.start(), piece.start + tags.end()),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Credits {
        let doc = Document::new(text);
        let bp = crate::frame::boilerplate::find(&doc, &[], &[]);
        let mut claimed: Vec<Span> = bp.iter().map(|b| b.span).collect();
        claimed.extend(crate::frame::read_also::find(&doc).iter().map(|r| r.span));
        claimed.sort();
        find(&doc, &claimed, &bp)
    }

    fn codes(text: &str) -> Vec<String> {
        run(text).codes.into_iter().map(|c| c.raw).collect()
    }

    fn people(text: &str) -> Vec<(String, Role)> {
        run(text)
            .byline
            .into_iter()
            .map(|c| (c.name, c.role))
            .collect()
    }

    #[test]
    fn kompas_code_before_a_syndication_footer() {
        let text = "Analis menilai saham itu masih murah. (Rina Dewi Lestari)\nBerita ini telah tayang di Kontan.co.id dengan judul Saham Tambang Melonjak, Ini Kata Analis";
        assert_eq!(codes(text), ["(Rina Dewi Lestari)"]);
    }

    #[test]
    fn tribun_code_followed_by_network_footers() {
        let text = "Warga diimbau tetap waspada. (Art)\nBaca berita lainnya di:\u{a0}Google News.\nBerita terbaru Tribun Kaltim: klik\u{a0}di sini.";
        let c = run(text);
        assert_eq!(
            c.codes.iter().map(|c| c.raw.as_str()).collect::<Vec<_>>(),
            ["(Art)"]
        );
        assert!(
            c.boilerplate
                .iter()
                .any(|b| b.rule == Rule::CreditsFooterAfterCode)
        );
        let text = "Pura itu dijaga bersama. (mit)\nKumpulan Artikel Gianyar";
        assert_eq!(codes(text), ["(mit)"]);
        let text = "Petugas masih bersiaga.(rls)\nsumber: humas Kota Binjaieditor: rahman";
        assert_eq!(codes(text), ["(rls)"]);
    }

    #[test]
    fn detik_code_then_tags_then_campaign_block() {
        let text = "Pelatihan berlangsung tiga hari.\n(abc/def)\npelatihan\npolisi\nHoegeng Awards 2025\nBaca kisah inspiratif kandidat polisi teladan di sini\nSelengkapnya";
        assert_eq!(codes(text), ["(abc/def)"]);
        // A story line that merely says `di sini` does not hide a missing code.
        let text = "Ia lahir di kota itu (1970).\nWarga berkumpul di sini.";
        assert!(codes(text).is_empty());
    }

    #[test]
    fn okezone_code_repeated_on_its_own_line() {
        let text = "Laga digelar malam ini.(Rahmat Hidayat)\n(Rahmat Hidayat)";
        assert_eq!(codes(text), ["(Rahmat Hidayat)", "(Rahmat Hidayat)"]);
        // Glued to a score, not to a sentence end: the copy below still places it.
        let text =
            "Juara: Yunani, di final mengalahkan Portugal 1-0(Rahmat Hidayat)\n(Rahmat Hidayat)";
        assert_eq!(codes(text), ["(Rahmat Hidayat)", "(Rahmat Hidayat)"]);
    }

    #[test]
    fn tribun_contributor_report_with_city() {
        let text =
            "Arus lalu lintas ramai.(*)\nLaporan Kontributor Tribunjabar.id, Garut, Dedi Kurniawan";
        assert_eq!(
            people(text),
            [("Dedi Kurniawan".to_string(), Role::Contributor)]
        );
        assert_eq!(codes(text), ["(*)"]);
    }

    #[test]
    fn wahananews_seed_style_bracket_code() {
        let c = run("Moskow terus menambah pasukan ke perbatasan dekat Ukraina. [qnt]");
        assert_eq!(c.codes[0].raw, "[qnt]");
        assert_eq!(c.codes[0].initials, ["qnt"]);
    }

    #[test]
    fn bracket_inside_a_quote_is_not_a_code() {
        assert!(codes("\"Pada saat yang sama, [itu] sangat substantif,\" ujar Peskov.").is_empty());
        assert!(codes("Rapat digelar di markas Perserikatan Bangsa-Bangsa (PBB)").is_empty());
        assert!(codes("Ia lahir pada (1990) dan besar di Medan. Ia kini tinggal di Bogor (Jabar) bersama keluarga.").is_empty());
    }

    #[test]
    fn sindonews_code_glued_to_last_sentence() {
        assert_eq!(
            codes("Hujan lebat berpotensi turun, tulis BMKG.(zik)"),
            ["(zik)"]
        );
        assert_eq!(
            codes("Zakat ditunaikan.\nLihat Juga: 10 Adab Buang Hajat sesuai Sunnah\n(poe)"),
            ["(poe)"]
        );
    }

    #[test]
    fn detik_code_then_tag_lines() {
        let text = "Pemain itu resmi pindah ke Inggris.\n(adp/nds)\nmanchester city\nliga inggris";
        let c = run(text);
        assert_eq!(c.codes[0].initials, ["adp", "nds"]);
        assert_eq!(c.boilerplate[0].kind, BoilerplateKind::Tags);
        assert_eq!(
            c.boilerplate[0].span.slice(text),
            Some("manchester city\nliga inggris")
        );
    }

    #[test]
    fn detik_code_glued_to_tags() {
        let text = "Kerja sama diteken bersama Indosat Tbk(acd/acd)wakil menteri komdigi";
        let c = run(text);
        assert_eq!(c.codes[0].raw, "(acd/acd)");
        assert_eq!(
            c.boilerplate[0].span.slice(text),
            Some("wakil menteri komdigi")
        );
    }

    #[test]
    fn cnn_code_before_gambas_embed() {
        assert_eq!(
            codes("Laga digelar Minggu (15/6) malam.\n(dis/ugo)\n[Gambas:Video CNN]"),
            ["(dis/ugo)"]
        );
        assert_eq!(codes("Ekspor naik 3 persen. (AP/evn)"), ["(AP/evn)"]);
    }

    #[test]
    fn kapanlagi_and_tribun_codes() {
        assert_eq!(
            codes("Simak potretnya berikut ini!\n(kpl/vna)"),
            ["(kpl/vna)"]
        );
        assert_eq!(
            codes("Hewan kurban disembelih pagi tadi.\n(Bangkapos.com/Vigestha Repit)"),
            ["(Bangkapos.com/Vigestha Repit)"]
        );
        assert_eq!(
            codes(
                "Warga diminta waspada,\u{201d} pungkasnya. (*)\nIkuti Berita POS-KUPANG.COM lainnya di GOOGLE NEWS"
            ),
            ["(*)"]
        );
    }

    #[test]
    fn okezone_full_name_code_only_on_its_own_line() {
        assert_eq!(
            codes("Rotasi pemain menjadi kunci.\n(Feby Novalius)"),
            ["(Feby Novalius)"]
        );
        assert!(codes("Laga itu dipimpin wasit asal Jepang (Yusuke Araki)").is_empty());
    }

    #[test]
    fn posmetro_code_glued_and_byline_after() {
        let text = "Acara berlangsung meriah,\u{201d} ujar Anton.(rls)\nEditor: Oki Budiman";
        let c = run(text);
        assert_eq!(c.codes[0].raw, "(rls)");
        assert_eq!(c.byline[0].name, "Oki Budiman");
        assert_eq!(c.byline[0].role, Role::Editor);
    }

    #[test]
    fn tribun_laporan_wartawan() {
        let text = "Laporan Wartawan TribunSolo.com, Zharfan Muhana\nTRIBUNSOLO.COM, KLATEN - Warga berkumpul.";
        let c = run(text);
        assert_eq!(c.byline[0].name, "Zharfan Muhana");
        assert_eq!(c.byline[0].role, Role::Reporter);
        assert_eq!(
            c.other[0].slice(text),
            Some("Laporan Wartawan TribunSolo.com, Zharfan Muhana")
        );
    }

    #[test]
    fn kompas_parenthesised_credits() {
        let text = "Harga emas naik.\n(Penulis: Arif Ferdianto, Yohana Artha Uly | Editor: Tri Sulistiowati)";
        assert_eq!(
            people(text),
            [
                ("Arif Ferdianto".into(), Role::Writer),
                ("Yohana Artha Uly".into(), Role::Writer),
                ("Tri Sulistiowati".into(), Role::Editor)
            ]
        );
        assert!(codes(text).is_empty());
    }

    #[test]
    fn kompas_old_spaced_labels() {
        let text = "Rapat ditunda.\nPenulis : Nabilla Tashandra\nEditor : Sandro Gatra";
        assert_eq!(people(text).len(), 2);
    }

    #[test]
    fn antara_footer_with_copyright_and_glued_editor() {
        let text = "Jakarta (ANTARA) - Harga beras stabil.\nPewarta: Putu Indah SavitriEditor: Agus Salim\nCOPYRIGHT © ANTARA 2023";
        assert_eq!(
            people(text),
            [
                ("Putu Indah Savitri".into(), Role::Reporter),
                ("Agus Salim".into(), Role::Editor)
            ]
        );
        let text = "Purwokerto (ANTARA) - Panen raya dimulai.\nPewarta: Sumarwoto Editor: Budi Santoso COPYRIGHT © ANTARA 2024";
        assert_eq!(people(text)[1], ("Budi Santoso".into(), Role::Editor));
    }

    #[test]
    fn republika_rep_red_and_redaktur() {
        let text = "Rep: Fauziah Mursid Red: Yudha Manggala P Putra\nREPUBLIKA.CO.ID, JAKARTA -- Menteri hadir.\nRedaktur : Agus Yulianto";
        let p = people(text);
        assert_eq!(p[0], ("Fauziah Mursid".into(), Role::Reporter));
        assert_eq!(p[1], ("Yudha Manggala P Putra".into(), Role::Editor));
        assert_eq!(p[2], ("Agus Yulianto".into(), Role::Editor));
    }

    #[test]
    fn merdeka_reporter_with_source() {
        let text =
            "Merdeka.com - Harga cabai turun.\nReporter: Pipit Ika Ramadhani,Sumber: Liputan6.com";
        assert_eq!(
            people(text),
            [("Pipit Ika Ramadhani".into(), Role::Reporter)]
        );
    }

    #[test]
    fn liputan6_and_kontan_bisnis_bylines() {
        assert_eq!(
            people("Liputan6.com, Banyuwangi - Festival digelar.\nPenulis: Arby Salim"),
            [("Arby Salim".into(), Role::Writer)]
        );
        assert_eq!(
            people(
                "KONTAN.CO.ID - JAKARTA. Saham naik.\nReporter: Dimas Andi\nEditor: Noverius Laoli"
            ),
            [
                ("Dimas Andi".into(), Role::Reporter),
                ("Noverius Laoli".into(), Role::Editor)
            ]
        );
        assert_eq!(
            people("Bisnis.com, JAKARTA - Rupiah menguat.\nEditor : Hadijah Alaydrus"),
            [("Hadijah Alaydrus".into(), Role::Editor)]
        );
    }

    #[test]
    fn posmetro_source_footer_with_a_glued_lower_case_editor() {
        // Posmetro's footer `sumber: ...editor: name`, all in lower case (4 in the corpus).
        let text = "Petugas masih bersiaga.(rls)\nsumber: humas Kota Binjaieditor: rahman";
        assert_eq!(people(text), [("rahman".to_owned(), Role::Editor)]);
        // Outside such a footer a lower-case label glued to a word is no credit.
        assert!(people("Ia menagih utang.\nTagihan kreditor: bank daerah").is_empty());
    }

    #[test]
    fn tempo_pilihan_editor_is_no_credit() {
        assert!(
            people("Presiden hadir.\nPilihan Editor: Koperasi Desa Ajukan Pinjaman").is_empty()
        );
    }

    #[test]
    fn labels_inside_sentences_are_not_credits() {
        assert!(people("Ia bekerja sebagai editor: pekerjaan yang berat.").is_empty());
        assert!(people("Kreditor: bank daerah menagih utang.").is_empty());
    }

    #[test]
    fn more_code_shapes() {
        assert_eq!(
            codes("Ria Ricis berkurban sapi.\n(ahs/nu2)\nria ricis"),
            ["(ahs/nu2)"]
        );
        assert_eq!(
            codes("Program itu berlanjut. (*)\nBerita lainnya di Sampah di Bali"),
            ["(*)"]
        );
        assert_eq!(
            codes("Warga diimbau waspada.\n( tribunbatam.id/birrifikrudin )"),
            ["( tribunbatam.id/birrifikrudin )"]
        );
        assert_eq!(codes("Jepang memimpin grup.\n(Awaludin)"), ["(Awaludin)"]);
        assert_eq!(codes("Dampaknya positif bagi warga. (*/Ria)"), ["(*/Ria)"]);
        assert_eq!(
            codes("Dana disalurkan bertahap,\" jelasnya. (Edi Suwiknyo)"),
            ["(Edi Suwiknyo)"]
        );
        assert!(codes("Peserta lelang membayar sesuai penawaran (competitive bids)").is_empty());
    }

    #[test]
    fn tempo_contributors_and_a_writer_with_affiliation() {
        assert_eq!(
            people(
                "Pendaftaran diperpanjang hingga Juni. Sari Dewi dan Bima Putra berkontribusi dalam penulisan artikel ini Pilihan Editor: Harga Naik"
            ),
            [
                ("Sari Dewi".to_owned(), Role::Contributor),
                ("Bima Putra".to_owned(), Role::Contributor)
            ]
        );
        assert_eq!(
            people("Suasana lebaran makin meriah.\nPenulis: Rina Wati / Pondok Pesantren Al Huda"),
            [("Rina Wati".to_owned(), Role::Writer)]
        );
        assert!(
            people("Warga yang berkontribusi dalam penulisan artikel ini tidak disebut.")
                .is_empty()
        );
    }

    #[test]
    fn tribun_network_reporter_line() {
        assert_eq!(
            people("Laporan Sari Wulandari | Banda Aceh\nBANDA ACEH - Hujan turun sejak pagi."),
            [("Sari Wulandari".to_owned(), Role::Reporter)]
        );
        assert_eq!(
            people("Laporan Rudi Hartono I Pidie Jaya\nPIDIE JAYA - Warga bergotong royong."),
            [("Rudi Hartono".to_owned(), Role::Reporter)]
        );
        assert_eq!(
            people("Laporan Budi Santoso\nSURYAMALANG.COM, JOMBANG - Banjir datang."),
            [("Budi Santoso".to_owned(), Role::Reporter)]
        );
        assert!(people("Laporan media lokal\nWarga resah.").is_empty());
        assert!(people("Laporan Inter terlibat dalam perebutan pemain.").is_empty());
    }

    #[test]
    fn media_indonesia_desk_codes() {
        // Media Indonesia closes with a desk letter and number, after the wire's initials
        // when it took wire copy (FIELD-NOTES: no article of theirs in the corpus).
        assert_eq!(
            codes("JAKARTA (MI) - Anggaran naik. Kebijakan itu sudah dibahas. (Z-2)"),
            ["(Z-2)"]
        );
        assert_eq!(
            codes("BANDUNG (MI) - Hujan deras merendam rumah warga.\n(Ant/N-3)"),
            ["(Ant/N-3)"]
        );
        // A rank in brackets is no code: lower case, or glued inside a list.
        assert!(codes("Bukit Asam menempati urutan (ke-130)").is_empty());
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "(",
            ")",
            "()",
            "[]",
            "Editor:",
            "é (é/é)",
            "Laporan Wartawan ",
            "x\n(zik)\n\n",
        ] {
            let _ = run(text);
        }
    }
}
