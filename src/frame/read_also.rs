//! "Baca juga" lines: links to other stories, with their headlines.
//!
//! A marker (`Baca juga:`, `BACA JUGA`, `Yuk, simak juga`, `Pilihan Editor:`, ... read by
//! its shape, see [`crate::lexicon::read_also::LABEL_VERBS`]) opens a block, follows a sentence, or is glued to
//! the text before it (`DiriBaca Juga:Bos`, `kepolisian.Baca JugaTertimbun`). Its headline is:
//! - the rest of the block, when the block is a line of its own;
//! - in run-on text, the Title Case words after the marker, up to where the story resumes
//!   (a lower-case word that is not a headline function word; the story starts at the
//!   capitalised word before it, or at an earlier sentence opener such as `Sementara`);
//! - the next block, when the marker ends its block (`Baca juga:` ⏎ headline); after
//!   Liputan6's bare `Baca Juga` label only a line that looks like a headline (eight words or
//!   more, Title Case, no full stop, no list number) counts: in the corpus the links were
//!   stripped and the next line is usually story.

use crate::Rule;
use std::sync::LazyLock;

use memchr::memmem::Finder;
use regex::Regex;

use crate::article::{Boilerplate, BoilerplateKind, ReadAlso, Span};
use crate::document::Document;
use crate::frame::captions;
use crate::frame::layout::{Layout, trim};
use crate::lexicon::classes::{self, HONORIFIC, RANK, ROLE_HEAD, ROLE_WORD};
use crate::lexicon::in_list;
use crate::lexicon::read_also::{
    CAMEL_CASE_HEADS, CAMEL_CASE_NAMES, COUNT_OPENERS, DOUBLED_WORD_SUFFIXES, HEADLINE_LOWER,
    LABEL_ADVERBS, LABEL_OBJECTS, LABEL_PARTICLES_AFTER, LABEL_PARTICLES_BEFORE, LABEL_VERBS,
    LIST_LABEL_NOUNS, LIST_LABEL_QUALIFIERS, OTHER_MARKERS, SHORT_LAST_WORDS, STORY_FUNCTION_WORDS,
    STORY_OPENERS,
};
use crate::text::clean;

/// Moves the labels whose headline the scraper dropped (a bare `Baca Juga`, its link text
/// lost) from the read-also lines to the furniture: a link without a headline links nothing a
/// reader can follow, but the label is still no story. Both lists stay in text order.
pub(crate) fn lost_headlines_to_furniture(
    read_also: &mut Vec<ReadAlso>,
    boilerplate: &mut Vec<Boilerplate>,
) {
    let before = boilerplate.len();
    read_also.retain(|r| {
        let lost = r.title_span.is_none();
        if lost {
            boilerplate.push(Boilerplate {
                kind: BoilerplateKind::Other,
                span: r.span,
                source: None,
                rule: Rule::ReadAlsoLabel,
            });
        }
        !lost
    });
    if boilerplate.len() > before {
        boilerplate.sort_by_key(|b| b.span);
    }
}

/// Any marker, with its optional colon (or the `!` of `Cek Yang Lain Juga, Yuk!`, or a dash
/// between blanks: `BACA JUGA - Judul`, 42 in the corpus): an
/// invitation to read of the shape the lexicon describes
/// ([`crate::lexicon::read_also::LABEL_VERBS`]), or one of [`OTHER_MARKERS`].
static MARKER: LazyLock<Regex> = LazyLock::new(|| {
    let blank = r"[ \t\u{a0}]";
    let invitation = format!(
        r"(?:(?:{before}){blank}*,?{blank}*)?(?:{verbs})(?:\s+(?:{objects}))*(?:\s+(?:{adverbs}))+(?:{blank}*,?{blank}*(?:{after})(?-u:\b))?",
        before = LABEL_PARTICLES_BEFORE.join("|"),
        verbs = LABEL_VERBS.join("|"),
        objects = LABEL_OBJECTS.join("|"),
        adverbs = LABEL_ADVERBS.join("|"),
        after = LABEL_PARTICLES_AFTER.join("|"),
    );
    Regex::new(&format!(
        r"(?i)(?:{invitation}|{others})(?:{blank}*[:!]|{blank}+[-–—](?:{blank}|$))?",
        others = OTHER_MARKERS.join("|")
    ))
    .unwrap_or_else(|_| unreachable!("the marker lexicon is a valid regex"))
});

/// A label of glued related headlines at the start of a block, with its optional colon: a
/// noun and its qualifiers ([`LIST_LABEL_NOUNS`], [`LIST_LABEL_QUALIFIERS`]).
static LIST_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?i:(?:{})(?:\s+(?:{}))+)(?:[ \t\u{{a0}}]*:)?",
        LIST_LABEL_NOUNS.join("|"),
        LIST_LABEL_QUALIFIERS.join("|")
    ))
    .unwrap_or_else(|_| unreachable!("the list marker lexicon is a valid regex"))
});

/// What a marker may start with, searched for one at a time (a substring search is far
/// cheaper than an automaton over them all) in the lower-case copy of the text: the verbs of
/// the invitations (a particle before one comes with it, in the same block) and the first
/// word of the other markers (a list label opens its block, looked at directly). The marker
/// regex ignores case the Unicode way, which also reads the long s `ſ` as `s` and the Kelvin
/// sign `K` as `k`: those two are searched too, so that a block without any of these holds
/// no marker.
static MARKER_STARTS: LazyLock<Vec<Finder<'static>>> = LazyLock::new(|| {
    let mut words: Vec<&'static str> = LABEL_VERBS
        .iter()
        .copied()
        .chain(OTHER_MARKERS.iter().filter_map(|m| m.split('\\').next()))
        .chain(["\u{17F}", "\u{212A}"])
        .collect();
    words.sort_unstable();
    words.dedup();
    words.into_iter().map(Finder::new).collect()
});

/// A headline on a line of its own is at most this long (bytes); longer text is story.
const MAX_HEADLINE_LEN: usize = 220;
/// Liputan6 headlines after a bare label have at least this many words (subheadings fewer).
const MIN_BARE_HEADLINE_WORDS: usize = 8;
/// A headline after another under one bare label has at least this many words: the first
/// one shows the label kept its links (`Baca Juga` ⏎ three headlines, Republika).
const MIN_NEXT_BARE_HEADLINE_WORDS: usize = 5;
/// A headline keeps at most this many small lower-case words in a row (`yang akan`).
const MAX_HEADLINE_LOWER_RUN: usize = 2;
/// At most this many headline lines follow one bare label.
const MAX_BARE_HEADLINES: usize = 3;

/// Finds every read-also line.
pub(crate) fn find(doc: &Document<'_>) -> Vec<ReadAlso> {
    let (text, layout) = (doc.text, &doc.layout);
    let mut found = Vec::new();
    let mut skip_until = 0;
    let starts = marker_starts(doc.lowered());
    for (index, &block) in layout.blocks.iter().enumerate() {
        if block.end <= skip_until {
            continue;
        }
        let Some(slice) = block.slice(text) else {
            continue;
        };
        if let Some(m) = list_label(slice) {
            let marker = Span::new(block.start + m.start(), block.start + m.end());
            found.extend(headline_list(
                text,
                marker,
                Span::new(marker.end, block.end),
            ));
            continue;
        }
        if !holds_start(&starts, block) {
            continue;
        }
        let markers: Vec<Span> = MARKER
            .find_iter(slice)
            .map(|m| Span::new(block.start + m.start(), block.start + m.end()))
            .filter(|m| is_marker_here(text, block, *m))
            .collect();
        // A label doubled by the scraper (`Baca juga:Baca juga: ...`) is one label: its
        // first copy opens the read-also that the last one's headline closes.
        let mut doubled_from = None;
        for (k, &marker) in markers.iter().enumerate() {
            let next = markers.get(k + 1);
            let limit = match next {
                Some(next) => next.start,
                None => glued_line_end(text, layout, index, &starts),
            };
            let rest = trim(text, Span::new(marker.end, limit));
            if rest.is_empty() && next.is_some() {
                doubled_from.get_or_insert(marker.start);
                continue;
            }
            let marker = Span::new(doubled_from.take().unwrap_or(marker.start), marker.end);
            if rest.is_empty() {
                let taken = next_block_headlines(text, layout, index, marker, &mut found);
                skip_until = skip_until.max(taken);
            } else {
                found.extend(glued_headlines(text, marker, rest, layout.run_on));
                skip_until = skip_until.max(limit);
            }
        }
    }
    found
}

/// The end of the line the block at `index` starts: the layout cuts a line where a sentence
/// end is glued to a capital (`Unggul?Aktris`), and a headline ending with `?` or `!` glued to
/// the next headline of a list is cut so. The blocks that follow glued, after a block ending
/// with one of those marks, belong to the block's line, up to one holding a marker's start
/// (one of `starts`), which reads its own.
fn glued_line_end(text: &str, layout: &Layout, index: usize, starts: &[usize]) -> usize {
    let blocks = layout.blocks.get(index..).unwrap_or_default();
    let mut end = blocks.first().map_or(0, |b| b.end);
    for pair in blocks.windows(2) {
        let [block, next] = *pair else { break };
        let glued =
            next.start == block.end && block.slice(text).is_some_and(|s| s.ends_with(['?', '!']));
        if !glued || holds_start(starts, next) {
            break;
        }
        end = next.end;
    }
    end
}

/// Where the words of [`MARKER_STARTS`] occur in `lowered`, sorted. An occurrence a word's
/// search steps over overlaps one it reports, in the same run of letters and so in the same
/// block: every block holding a word holds a position given.
fn marker_starts(lowered: &str) -> Vec<usize> {
    let mut starts: Vec<usize> = MARKER_STARTS
        .iter()
        .flat_map(|word| word.find_iter(lowered.as_bytes()))
        .collect();
    starts.sort_unstable();
    starts
}

/// Whether one of `starts` (sorted) lies in `block`.
fn holds_start(starts: &[usize], block: Span) -> bool {
    let first_inside = starts.partition_point(|&s| s < block.start);
    starts.get(first_inside).is_some_and(|&s| s < block.end)
}

/// The list label opening `block` (a block's text), if it opens with a list noun and the
/// label is a heading ([`is_list_label`]).
fn list_label(block: &str) -> Option<regex::Match<'_>> {
    let opens_with_noun = LIST_LABEL_NOUNS.iter().any(|noun| {
        block
            .get(..noun.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(noun))
    });
    if !opens_with_noun {
        return None;
    }
    LIST_MARKER
        .find(block)
        .filter(|m| is_list_label(block, m.end()))
}

/// Whether the list label that ends at `end` of `block` (a block's text) is a heading: written
/// with a capital and not followed by lower case (`Berita lainnya di Sampah di Bali` is a
/// promo, Kompas's `berita pilihan` line part of its channel invitation).
fn is_list_label(block: &str, end: usize) -> bool {
    let capital = block.chars().next().is_some_and(char::is_uppercase);
    let after = block.get(end..).unwrap_or_default().trim_start();
    capital && !after.starts_with(char::is_lowercase)
}

/// The glued headlines after a list label, split where a lower-case letter or digit runs
/// into a capital followed by lower case (`Denny CaknanRia Ricis`); the first item carries
/// the label. A list that reads like a sentence (a full stop and a space) is not one.
fn headline_list(text: &str, marker: Span, rest: Span) -> Vec<ReadAlso> {
    let rest = trim(text, rest);
    if rest.is_empty() {
        // The scraper dropped the list (`Berita terkait lainnya` closing a Tribun page).
        return vec![read_also(text, marker, None, Rule::ReadAlsoLabel)];
    }
    let Some(s) = rest.slice(text).filter(|s| !s.contains(". ")) else {
        return Vec::new();
    };
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut cuts = vec![0];
    for w in chars.windows(3) {
        if let [(_, a), (i, b), (_, c)] = w {
            if (a.is_lowercase() || a.is_ascii_digit()) && b.is_uppercase() && c.is_lowercase() {
                cuts.push(*i);
            }
        }
    }
    cuts.push(s.len());
    cuts.windows(2)
        .enumerate()
        .filter_map(|(k, w)| {
            let title = trim(text, Span::new(rest.start + w[0], rest.start + w[1]));
            let from = if k == 0 { marker } else { title };
            let mut item = read_also(text, from, Some(title), Rule::ReadAlsoList);
            item.marker = marker.slice(text).map(clean).unwrap_or_default();
            (!title.is_empty()).then_some(item)
        })
        .collect()
}

/// Whether the marker match is a real marker: at a block start, after a sentence, or glued
/// to a word when written with a capital; and followed by a headline, not by lower case
/// (`Simak juga video`, `Baca selengkapnya di sini` are furniture, not links).
fn is_marker_here(text: &str, block: Span, marker: Span) -> bool {
    let written = marker.slice(text).unwrap_or_default();
    let capital = written.chars().next().is_some_and(char::is_uppercase);
    let before = text
        .get(block.start..marker.start)
        .and_then(|s| s.trim_end().chars().next_back());
    let place_ok = match before {
        None => true,
        Some('.' | '!' | '?' | '"' | '”' | '…' | ')' | ';') => true,
        Some(_) => capital,
    };
    let after = text
        .get(marker.end..block.end)
        .map(|s| trim(s, Span::new(0, s.len())).slice(s).unwrap_or_default())
        .unwrap_or_default();
    let first_word = after.split_whitespace().next().unwrap_or_default();
    let starts_lower = after.chars().next().is_some_and(char::is_lowercase);
    let is_promo = !written.to_lowercase().starts_with("baca")
        && matches!(first_word, "Video" | "Video:" | "VIDEO" | "Live");
    let selengkapnya = written.to_lowercase().contains("selengkapnya") && !written.ends_with(':');
    place_ok && !starts_lower && !is_promo && !selengkapnya
}

/// The headlines after a marker on its line: one, or several the scraper glued together
/// (`Baca JugaIRGC: ... Rudal IranKapan Dubes ... SugionoTrump Masih ...`), cut at the
/// [`next_glue_point`]s. The first carries the marker. What follows a glue point is:
/// - the story resuming, when it does not open as a headline (`IranMenurut Elbit Systems,
///   Hermes 900 telah ...`): the list ends there;
/// - words glued inside one headline (a link or italics the scraper ran on: `Sambut
///   BaikTitle SponsorJakarta E-Prix`), when the headline it opens is shorter than
///   [`MIN_GLUED_HEADLINE_WORDS`]: no cut;
/// - the next headline otherwise.
fn glued_headlines(text: &str, marker: Span, rest: Span, run_on: bool) -> Vec<ReadAlso> {
    let written = marker.slice(text).map(clean).unwrap_or_default();
    let mut found: Vec<ReadAlso> = Vec::new();
    let mut start = rest.start;
    let mut search_from = rest.start;
    // Glued lists are short: glue points further on are story (run-on text), not searched.
    let mut search_end = rest.end.min(rest.start + MAX_GLUED_LIST_BYTES);
    while !text.is_char_boundary(search_end) {
        search_end -= 1;
    }
    loop {
        let cut = next_glue_point(text, Span::new(search_from, search_end));
        let end = match cut {
            Some(cut) => match glued_piece(text, Span::new(cut, rest.end), run_on) {
                // After `?` or `!` a headline ended (`Apa Itu?MengenalBlue Sapphire`).
                GluedPiece::InsideHeadline if !after_closing_mark(text, cut) => {
                    search_from = cut;
                    continue;
                }
                // An acronym before the story is the headline's last word (`Dipecat
                // DOGESebelum menjabat`) or a photo's credit (`SHUTTERSTOCKIlustrasi`): the
                // run-on reading decides.
                GluedPiece::Story if after_acronym(text, cut) => {
                    search_from = cut;
                    continue;
                }
                GluedPiece::Story => Err(cut),
                GluedPiece::Headline | GluedPiece::InsideHeadline => Ok(cut),
            },
            None => Err(rest.end),
        };
        let piece = trim(text, Span::new(start, end.unwrap_or_else(|e| e)));
        // A list item too short for a headline is words glued inside the one it opens
        // (`Mengenal` of `MengenalBlue Sapphire, Perhiasan ...`; the first headline, one
        // word, `Simple` of `SimpleMan Ucapkan ...`): no cut there.
        if let Ok(cut) = end {
            let words = piece.slice(text).map_or(0, |p| tokens(p).count());
            let least = match found.is_empty() {
                true => MIN_FIRST_GLUED_HEADLINE_WORDS,
                false => MIN_GLUED_HEADLINE_WORDS,
            };
            if words < least {
                search_from = cut;
                continue;
            }
        }
        let title = headline_in(text, piece, run_on || block_is_long(text, piece));
        if !is_headline_text(text, title) {
            if found.is_empty() {
                let label = lost_link(text, marker, title);
                found.push(read_also(text, label, None, Rule::ReadAlsoLabel));
            }
            break;
        }
        let (from, rule) = if found.is_empty() {
            (marker, Rule::ReadAlsoInline)
        } else {
            (title, Rule::ReadAlsoList)
        };
        let mut item = read_also(text, from, Some(title), rule);
        item.marker.clone_from(&written);
        found.push(item);
        match end {
            Ok(cut) if title.end >= piece.end => (start, search_from) = (cut, cut),
            _ => break,
        }
    }
    found
}

/// The first headline of a glued list has at least this many words: one word is a name the
/// scraper glued (`SimpleMan`).
const MIN_FIRST_GLUED_HEADLINE_WORDS: usize = 2;
/// Glue points are searched this many bytes after the marker at most (KapanLagi's lists of
/// eight headlines take under 900).
const MAX_GLUED_LIST_BYTES: usize = 1500;
/// A headline glued to the one before it has at least this many words; fewer are words the
/// scraper glued inside one headline.
const MIN_GLUED_HEADLINE_WORDS: usize = 5;

/// What the text after a glue point is (see [`glued_headlines`]).
enum GluedPiece {
    /// The next headline.
    Headline,
    /// More words of the same headline.
    InsideHeadline,
    /// The story, resuming.
    Story,
}

/// Reads the text from a glue point to the next one (or to the end of `from`).
fn glued_piece(text: &str, from: Span, run_on: bool) -> GluedPiece {
    // A glue point is never the first character of what is searched.
    let next = next_glue_point(text, from);
    let piece = trim(text, Span::new(from.start, next.unwrap_or(from.end)));
    // After a doubled word's glue point (see [`doubled_word_ends`]) the headline opens with a
    // name in lower case.
    let lower_name_first = piece.start == from.start
        && [from.start.checked_sub(1), Some(from.start)]
            .iter()
            .all(|at| {
                at.and_then(|a| text.get(a..))
                    .is_some_and(|t| t.starts_with(char::is_lowercase))
            });
    if !opens_headline(text, piece, lower_name_first) {
        return GluedPiece::Story;
    }
    let title = headline_in(text, piece, run_on || block_is_long(text, piece));
    // After an acronym a headline runs whole to the next glue point: one the story cuts
    // short is a caption's or the story's first words (`Dokumentasi AFCGelandang Timnas U17
    // Indonesia Nazriel Alvaro hampir ...`).
    if after_acronym(text, from.start) && title.end < piece.end {
        return GluedPiece::Story;
    }
    let words = title.slice(text).map_or(0, |t| tokens(t).count());
    if words < MIN_GLUED_HEADLINE_WORDS {
        GluedPiece::InsideHeadline
    } else {
        GluedPiece::Headline
    }
}

/// Whether the glue point `cut` follows a `?` or `!`.
fn after_closing_mark(text: &str, cut: usize) -> bool {
    text.get(..cut).is_some_and(|b| b.ends_with(['?', '!']))
}

/// Whether the glue point `cut` follows an acronym (see [`acronym_glued_to_word`]).
fn after_acronym(text: &str, cut: usize) -> bool {
    let before = text.get(..cut).unwrap_or_default();
    let word = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default();
    word.chars().count() >= MIN_GLUED_ACRONYM && word.chars().all(char::is_uppercase)
}

/// Whether a headline found after a marker holds a word: not empty (the story resumed at
/// once) and not only numbers (Liputan6's `[bacajuga:Baca Juga](6045933 6045206`, the
/// link's article ids without its text).
fn is_headline_text(text: &str, title: Span) -> bool {
    title
        .slice(text)
        .is_some_and(|t| t.chars().any(char::is_alphabetic))
}

/// What is left of a link whose headline the scraper dropped: the label, the remains after
/// it (`](6045933 6045206`: the link's article ids, no word), and the opening of the page's
/// shortcode glued before it (Liputan6's `[bacajuga:`, an ASCII word and a colon after `[`).
fn lost_link(text: &str, marker: Span, remains: Span) -> Span {
    let before = text.get(..marker.start).unwrap_or_default();
    let shortcode = before
        .strip_suffix(':')
        .map(|b| b.trim_end_matches(|c: char| c.is_ascii_alphabetic()))
        .and_then(|b| b.strip_suffix('['))
        .filter(|b| b.len() + 2 < marker.start);
    let start = shortcode.map_or(marker.start, str::len);
    Span::new(start, remains.end.max(marker.end))
}

/// The next place in `span` where the scraper glued two headlines: a word of four letters or
/// more (or a number, or `?`, `!`, a closing quote or bracket) running into a capital and
/// lower case (`IranKapan`, `2025Apakah`, `Terpilih?Ini`), an acronym into a capitalised
/// word (`DKIBerkas`, see [`acronym_glued_to_word`]), or a lower-case word or a closing mark
/// into a number that opens a headline (`Kinclong3 Lagu`, `Digelar?4 Bulan`). Camel-case
/// names are not cut: a word opening in lower case (`iPhone`), a head of three letters or
/// fewer (`TikTok`, `YouTube`) or with a capital of its own (`AnTuTu`), or one of
/// [`CAMEL_CASE_NAMES`] and [`CAMEL_CASE_HEADS`].
fn next_glue_point(text: &str, span: Span) -> Option<usize> {
    let s = span.slice(text)?;
    let mut word_start = 0;
    let mut prev: Option<char> = None;
    let mut before_prev: Option<char> = None;
    let mut hyphen: Option<usize> = None;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|&(_, n)| n);
        if prev.is_none_or(char::is_whitespace) {
            word_start = i;
            hyphen = None;
        }
        if let Some(p) = prev {
            if p.is_lowercase()
                && c.is_lowercase()
                && hyphen.is_some_and(|h| doubled_word_ends(s, word_start, h, i))
            {
                return Some(span.start + i);
            }
            // A mark closes a headline only when glued to its last word (`Terpilih?Ini`),
            // not when it opens a quote (`Notifikasi "Data`); a straight quote glued on both
            // sides opens the story's quote (`Memang Beda"Pada masa ...`): the cut is before it.
            let glued_mark = before_prev.is_some_and(char::is_alphanumeric);
            // A single quote closes a quoted title (`Film 'GOWOK: KAMASUTRA JAWA'Devano ...`)
            // after a word of two letters or more, not a name's apostrophe (`D'Masiv`).
            let closing_single = matches!(p, '\'' | '’')
                && s.get(word_start..i - p.len_utf8())
                    .is_some_and(|w| w.trim_start_matches(['\'', '‘']).chars().count() >= 2);
            let closing_mark = glued_mark && (matches!(p, '?' | '!' | '”' | ')') || closing_single);
            let opening_quote = glued_mark && p == '"';
            let glued_capital = c.is_uppercase()
                && (next.is_some_and(char::is_lowercase) || ends_year(s, i))
                && (p.is_lowercase() || p.is_ascii_digit() || closing_mark || opening_quote);
            let glued_number = (p.is_lowercase() || closing_mark)
                && c.is_ascii_digit()
                && number_opens_headline(s, i);
            if p.is_uppercase() && acronym_glued_to_word(s, word_start, i) {
                return Some(span.start + i);
            }
            if (glued_capital || glued_number) && !is_camel_case_name(s, word_start, i) {
                let at = if opening_quote { i - p.len_utf8() } else { i };
                return Some(span.start + at);
            }
        }
        if c == '-' {
            hyphen = Some(i);
        }
        before_prev = prev;
        prev = Some(c);
    }
    None
}

/// An acronym glued to the next headline's first word has at least this many capitals.
const MIN_GLUED_ACRONYM: usize = 3;
/// The word glued after an acronym has at least this many lower-case letters after its
/// capital: fewer are a mixed-case acronym (`BUMDes`).
const MIN_WORD_AFTER_ACRONYM: usize = 3;

/// Whether the word from `word_start` to `i` in `s` is an acronym (capitals only, at least
/// [`MIN_GLUED_ACRONYM`]) glued to a capitalised word at `i`: a headline ending with an
/// acronym glued to the next one (`Tahanan Kejati DKIBerkas Sudah Lengkap`, `Akibat
/// DUIBelum Ditahan`: 7 of the 9 such words in the corpus's read-also titles; the other two
/// are `BUMDes`).
fn acronym_glued_to_word(s: &str, word_start: usize, i: usize) -> bool {
    let head = s.get(word_start..i).unwrap_or_default();
    let acronym = head.chars().count() >= MIN_GLUED_ACRONYM && head.chars().all(char::is_uppercase);
    let mut rest = s.get(i..).unwrap_or_default().chars();
    let capital = rest.next().is_some_and(char::is_uppercase);
    acronym && capital && rest.take_while(|c| c.is_lowercase()).count() >= MIN_WORD_AFTER_ACRONYM
}

/// The longest half of a doubled word searched, in bytes (`berturut-turut`).
const MAX_DOUBLED_HALF: usize = 24;
/// The shortest half of a doubled word that shows a glue point (`ibu-ibu`).
const MIN_DOUBLED_HALF: usize = 3;

/// Whether the word from `word_start` with its hyphen at `hyphen` is a doubled word whose
/// repeated half ends at `i` (`Berturut-turut|aespa`: `turut` ends `Berturut`), with letters
/// glued after it, up to a capital, that are no ending of the word ([`DOUBLED_WORD_SUFFIXES`]:
/// `Ugal-ugalanPemprov` is cut at the capital).
fn doubled_word_ends(s: &str, word_start: usize, hyphen: usize, i: usize) -> bool {
    let (Some(left), Some(right)) = (s.get(word_start..hyphen), s.get(hyphen + 1..i)) else {
        return false;
    };
    if !(MIN_DOUBLED_HALF..=MAX_DOUBLED_HALF).contains(&right.len()) || left.len() < right.len() {
        return false;
    }
    let repeated = left
        .get(left.len() - right.len()..)
        .is_some_and(|tail| tail.to_lowercase() == right.to_lowercase());
    if !repeated {
        return false;
    }
    let rest = s.get(i..).unwrap_or_default();
    let glued_len = rest.find(|c: char| !c.is_lowercase()).unwrap_or(rest.len());
    let glued = rest.get(..glued_len).unwrap_or_default();
    glued.chars().count() >= 2 && !in_list!(DOUBLED_WORD_SUFFIXES, glued.to_lowercase().as_str())
}

/// Whether the four characters before `i` in `s` are a year's digits, after a non-digit: a
/// headline that ends with a date glued to the next one, whatever that opens with
/// (`Comeback 27 Juni 2025G-Dragon Siap ...`).
fn ends_year(s: &str, i: usize) -> bool {
    let before = s.get(..i).unwrap_or_default();
    let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    digits == 4
}

/// Whether the digits at `i` in `s` are a number followed by a blank and a capital (`3 Lagu`).
fn number_opens_headline(s: &str, i: usize) -> bool {
    let rest = s.get(i..).unwrap_or_default();
    let after = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    after.starts_with(' ')
        && after
            .get(1..)
            .is_some_and(|a| a.starts_with(char::is_uppercase))
}

/// Whether the word starting at `word_start` in `s`, glued at `cut`, is a camel-case name
/// (see [`next_glue_point`]).
pub(crate) fn is_camel_case_name(s: &str, word_start: usize, cut: usize) -> bool {
    let head = s.get(word_start..cut).unwrap_or_default();
    let Some(first) = head.chars().next() else {
        return false;
    };
    if !head.chars().all(char::is_alphabetic) {
        return false;
    }
    let word: String = s
        .get(word_start..)
        .unwrap_or_default()
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    if in_list!(SHORT_LAST_WORDS, head.to_lowercase().as_str()) {
        return false;
    }
    first.is_lowercase()
        || head.chars().count() <= 3
        || head.chars().skip(1).any(char::is_uppercase)
        || in_list!(CAMEL_CASE_NAMES, word.as_str())
        || CAMEL_CASE_HEADS.iter().any(|h| word.starts_with(h))
}

/// Whether a glued piece opens as a headline: not with a word that opens story sentences,
/// and its first three words (all of them, if fewer) Title Case, but for the first one when
/// `lower_name_first` (a name written in lower case, `aespa Rilis ...`).
fn opens_headline(text: &str, piece: Span, lower_name_first: bool) -> bool {
    let s = piece.slice(text).unwrap_or_default();
    let words: Vec<&str> = tokens(s).map(|t| t.1).take(3).collect();
    let opener = words
        .first()
        .is_some_and(|w| with_bare(w, |w| in_list!(STORY_OPENERS, w)));
    let checked = words
        .get(usize::from(lower_name_first)..)
        .unwrap_or_default();
    !opener && !words.is_empty() && checked.iter().all(|w| is_headline_word(w))
}

/// Whether a piece of text after a marker is more than a headline line would be.
fn block_is_long(text: &str, rest: Span) -> bool {
    rest.len() > MAX_HEADLINE_LEN
        || rest
            .slice(text)
            .is_some_and(|s| s.contains(". ") && !s.ends_with('?'))
}

/// The headline after a marker: all of `rest`, or in run-on text the part before the story
/// resumes.
fn headline_in(text: &str, rest: Span, run_on: bool) -> Span {
    let Some(s) = rest.slice(text) else {
        return rest;
    };
    let end = if run_on {
        headline_end(
            s,
            Around {
                text,
                base: rest.start,
            },
        )
    } else {
        s.len()
    };
    trim(text, Span::new(rest.start, rest.start + end))
}

/// The article around a run-on headline: where its words may be written again.
#[derive(Clone, Copy)]
struct Around<'t> {
    /// The article.
    text: &'t str,
    /// Where the text the headline is read from starts in it.
    base: usize,
}

/// A name is looked for again this many bytes before and after the headline's text at most
/// (a run-on article of the corpus is a few thousand bytes; the bound keeps a page of many
/// markers linear).
const NAME_WINDOW: usize = 4000;

impl Around<'_> {
    /// Whether `words` (a piece of the headline's text, from `at` in it) are written in the
    /// article again within [`NAME_WINDOW`] bytes, as a name that opens there
    /// ([`opens_name`]): a copy of the headline (a list the page shows twice) or a longer
    /// name holding them (`Rektor MNC University Dendi`) is no other mention.
    fn written_elsewhere(self, words: &str, at: usize) -> bool {
        let at = self.base + at;
        let from = at.saturating_sub(NAME_WINDOW);
        let to = (at + words.len() + NAME_WINDOW).min(self.text.len());
        self.text.as_bytes().get(from..to).is_some_and(|window| {
            memchr::memmem::find_iter(window, words.as_bytes())
                .any(|i| from + i != at && opens_name(self.text.get(..from + i)))
        })
    }
}

/// Whether a name may open after `lead` (the text before it): at the start, after a mark
/// (`(P) Abdul Haris`, `, Ratu Dewa`), a lower-case word (`ujar Ratu Dewa`) or a title
/// (`Kolonel Abdul Haris`); not after another capitalised word, whose name it would go on.
fn opens_name(lead: Option<&str>) -> bool {
    let Some(lead) = lead.map(str::trim_end) else {
        return false;
    };
    let word = lead
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    word.is_empty()
        || word.starts_with(char::is_lowercase)
        || with_bare(word, classes::of).any(RANK | HONORIFIC | ROLE_WORD | ROLE_HEAD)
}

/// Byte offset in `s` where a run-on headline ends (see the module doc); `s` is read from
/// `around`'s base.
fn headline_end(s: &str, around: Around<'_>) -> usize {
    let tokens: Vec<(usize, &str)> = tokens(s).collect();
    let mut lower_run = 0;
    // Where two small words first follow each other (`Sampai saat ini, AFF sebagai ...`):
    // a headline may hold them (`Inoue yang akan Melawan`), but when the story resumes
    // later, it resumed there.
    let mut first_pair: Option<usize> = None;
    for (i, &(pos, tok)) in tokens.iter().enumerate() {
        // Two spaces join paragraphs in run-on text (svmihar): the headline ends there.
        let prev_end = i
            .checked_sub(1)
            .and_then(|p| tokens.get(p))
            .map(|&(p, t)| p + t.len());
        if let Some(end) = prev_end.filter(|&e| s.get(e..pos).is_some_and(|gap| gap.contains("  ")))
        {
            return end;
        }
        let lower = !is_capitalised(tok);
        lower_run = if lower { lower_run + 1 } else { 0 };
        if lower_run == 2 {
            first_pair.get_or_insert(i);
        }
        let bad = lower
            && (lower_run > MAX_HEADLINE_LOWER_RUN
                || !with_bare(tok, |w| in_list!(HEADLINE_LOWER, w)));
        if bad && i >= 2 {
            match story_start(s, &tokens, first_pair.unwrap_or(i), around) {
                Some(k) => return tokens.get(k).map_or(s.len(), |&(p, _)| p),
                // A third word in lower case may be the headline's (`Film Gundik tentang
                // Apa?`); later, no headline came before the story: the scraper dropped it
                // (`Baca Juga Aplikasi InaWis itu memuat ...`).
                None if i == 2 => {}
                None => return 0,
            }
        }
        if i >= 2 && is_list_number(tok) {
            // A numbered list resumes (`... Tumpas Korupsi 2. Bandara Baru ...`).
            return prev_end.unwrap_or(pos);
        }
        if i >= 1 && (tok.ends_with('…') || tok.ends_with("...")) {
            return pos + tok.len();
        }
        // A photo's credit glued after the headline opens its caption (`... Gabung Persib
        // KOMPAS.com/ADIL NURSALAMJuara ...`: 15 headlines in the corpus's run-on Kompas text).
        if i >= 1 && s.get(pos..).is_some_and(captions::opens_credit) {
            return prev_end.unwrap_or(pos);
        }
    }
    s.len()
}

/// A list item's number: one or two digits and a full stop (`2.`).
fn is_list_number(tok: &str) -> bool {
    tok.strip_suffix('.')
        .is_some_and(|n| (1..=2).contains(&n.len()) && n.chars().all(|c| c.is_ascii_digit()))
}

/// The token where the story resumes, given the first token that cannot be headline: the
/// earliest story opener or opening quote among the last words before it (a headline's
/// small words, `Bahkan Organisasi Kerja Sama dan Pembangunan`, do not stop the search),
/// else the word after a `?`, `!` or `)` in the last run of capitalised words (after a `?`
/// or `!`, also past small words when the story's subject follows a clause and a comma), else
/// the last capitalised word (or the [`COUNT_OPENERS`] word before it, when it is a number),
/// with the capitalised words before it that name with it what the article names elsewhere
/// ([`name_start`]). `tokens` are those of `s`, read from `around`'s base.
fn story_start(s: &str, tokens: &[(usize, &str)], bad: usize, around: Around<'_>) -> Option<usize> {
    let mut last_cap = bad.checked_sub(1)?;
    while last_cap > 0 && !tokens.get(last_cap).is_some_and(|t| is_capitalised(t.1)) {
        last_cap -= 1;
    }
    let subject_after_clause = subject_after_clause(tokens, last_cap);
    let mut best = last_cap;
    let mut opener = false;
    let mut past_small_word = false;
    let floor = last_cap.saturating_sub(10).max(2);
    let mut k = last_cap;
    while k >= floor && tokens.get(k).is_some_and(|t| is_headline_word(t.1)) {
        let tok = tokens.get(k).map_or("", |t| t.1);
        past_small_word |= !is_capitalised(tok);
        let prev = tokens.get(k - 1).map_or("", |t| t.1);
        // After a colon the headline quotes someone (`Tom Lembong: Saya Tetap ...`).
        let quoted = prev.ends_with(':');
        if !quoted && (with_bare(tok, |w| in_list!(STORY_OPENERS, w)) || opens_quote(tok)) {
            best = k;
            opener = true;
        }
        let subject_words = last_cap + 1 - k;
        let headline_end =
            prev.ends_with(['?', '!', ')']) || number_before_role(prev, tok, subject_words);
        let question_before_clause = subject_after_clause && prev.ends_with(['?', '!']);
        if !opener && (!past_small_word || question_before_clause) && headline_end {
            return (k > 1).then_some(k);
        }
        k -= 1;
    }
    if !opener {
        best = repeated_name(tokens, floor, last_cap).unwrap_or(best);
        best = name_start(s, tokens, best, around);
    }
    // The sentence may open with a preposition before its first name (`Di Wolves, ia ...`).
    let before = best
        .checked_sub(1)
        .and_then(|b| tokens.get(b))
        .map_or("", |t| t.1);
    if best > 2
        && is_capitalised(before)
        && with_bare(before, |w| in_list!(STORY_FUNCTION_WORDS, w))
    {
        best -= 1;
    }
    if best > 2 && counts_lower_case_noun(tokens, best) {
        best -= 1;
    }
    (best > 1).then_some(best)
}

/// The first word of the name the story resumes with at `start`: the plain capitalised words
/// before it whose run, up to the word at `start`, the article writes elsewhere too (`...
/// Ditangkap di Perairan Batam Abdul Haris menuturkan`, after `Abdul Haris` in the lead;
/// `Korea Utara saat ini`): a headline's last words do not run on into the story's subject
/// elsewhere. Two words of the headline are kept.
fn name_start(s: &str, tokens: &[(usize, &str)], start: usize, around: Around<'_>) -> usize {
    let Some(&(_, last)) = tokens.get(start) else {
        return start;
    };
    let plain = |t: &str| {
        is_capitalised(t)
            && t.chars().all(char::is_alphabetic)
            && !with_bare(t, |w| in_list!(HEADLINE_LOWER, w))
    };
    if !plain(last) {
        return start;
    }
    let mut first = start;
    while first > 2 {
        let Some(&(from, word)) = tokens.get(first - 1) else {
            break;
        };
        let end = tokens.get(start).map_or(from, |&(p, t)| p + t.len());
        let name = s.get(from..end).unwrap_or_default();
        if !plain(word) || !around.written_elsewhere(name, from) {
            break;
        }
        first -= 1;
    }
    first
}

/// Whether the run of capitalised words that ends at `last_cap` follows a token ending with a
/// comma: a story sentence's subject after its opening clause (`Dibina oleh Kementerian
/// Perhubungan (Kemenhub), STIP mencetak`); a headline's last sentence ends with a noun.
fn subject_after_clause(tokens: &[(usize, &str)], last_cap: usize) -> bool {
    let mut k = last_cap;
    while tokens
        .get(k)
        .is_some_and(|t| is_capitalised(t.1) && !t.1.ends_with(','))
    {
        let Some(prev) = k.checked_sub(1) else {
            return false;
        };
        k = prev;
    }
    k < last_cap && tokens.get(k).is_some_and(|t| t.1.ends_with(','))
}

/// Whether the token at `k` is a number counting the lower-case noun after it, after one of
/// [`COUNT_OPENERS`] (`Ada 3 keunggulan`): the story's sentence opens with that word.
fn counts_lower_case_noun(tokens: &[(usize, &str)], k: usize) -> bool {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.1);
    let is_number = !word(k).is_empty() && word(k).chars().all(|c| c.is_ascii_digit());
    let noun = word(k + 1);
    is_number
        && noun.starts_with(char::is_lowercase)
        && k > 0
        && with_bare(word(k - 1), |w| in_list!(COUNT_OPENERS, w))
}

/// Whether a number (`prev`) ends the headline and a role (`tok`) opens the story's subject,
/// `subject_words` long up to the story's verb: after a year (`... Piala Dunia 2026 Pelatih
/// Inter Miami Javier ...`), or after any number when the subject is too long to be what the
/// number counts (`... Diisi Jenderal Bintang 3 Kadiv Humas Polri Irjen Sandi Nugroho
/// mengungkapkan`; a headline counting roles ends with a short phrase: `Umumkan 5 Direktur
/// Baru`, then the story's `Aan mengungkapkan`).
fn number_before_role(prev: &str, tok: &str, subject_words: usize) -> bool {
    let digits = prev
        .chars()
        .all(|c| c.is_ascii_digit())
        .then_some(prev.len());
    let number_ends = match digits {
        Some(4) => true,
        Some(n) => n > 0 && subject_words >= MIN_SUBJECT_AFTER_COUNT,
        None => false,
    };
    number_ends && with_bare(tok, classes::of).any(ROLE_HEAD | ROLE_WORD | RANK)
}

/// A subject after a headline's last number holds at least this many words, role and name
/// (`Kadiv Humas Polri Irjen Sandi Nugroho`), when the number did not count it.
const MIN_SUBJECT_AFTER_COUNT: usize = 4;

/// Where the capitalised words that end at `last_cap` name again what the headline named
/// (`... Raja Ampat PT Gag Nikel merupakan`, after `Siapa Pemilik PT Gag Nikel?`): the
/// story's sentence opens with the headline's subject, and a headline does not repeat two
/// of its own words. The earliest such pair from `floor` on, in a run of capitalised words
/// without punctuation (`Telur Ayam Negeri vs Telur Ayam Omega, Apa Bedanya?` is a headline
/// comparing two things).
fn repeated_name(tokens: &[(usize, &str)], floor: usize, last_cap: usize) -> Option<usize> {
    let plain_name_word = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| is_capitalised(t.1) && !t.1.ends_with([',', '?', '!', ':', ';']))
    };
    if !plain_name_word(last_cap) {
        return None;
    }
    let mut run_start = last_cap;
    while run_start > floor && plain_name_word(run_start - 1) {
        run_start -= 1;
    }
    // Each word made bare once: the search compares every earlier pair with each candidate.
    let words: Vec<String> = tokens
        .get(..=last_cap)
        .unwrap_or_default()
        .iter()
        .map(|t| bare(t.1))
        .collect();
    let is_name_word =
        |w: &String| w.chars().any(char::is_alphabetic) && !in_list!(HEADLINE_LOWER, w.as_str());
    (run_start.max(2)..last_cap).find(|&k| {
        let (Some(first), Some(second)) = (words.get(k), words.get(k + 1)) else {
            return false;
        };
        is_name_word(first)
            && is_name_word(second)
            && words
                .get(..k)
                .unwrap_or_default()
                .windows(2)
                .any(|w| w.first() == Some(first) && w.get(1) == Some(second))
    })
}

/// A word a headline holds: capitalised, or one of the small words kept in lower case.
fn is_headline_word(tok: &str) -> bool {
    is_capitalised(tok) || with_bare(tok, |w| in_list!(HEADLINE_LOWER, w))
}

/// A token that opens a quotation without closing it (`"Kehadiran`): the story resumes
/// with a quote.
fn opens_quote(tok: &str) -> bool {
    let mut chars = tok.chars();
    chars.next().is_some_and(|c| matches!(c, '"' | '“')) && !chars.any(|c| matches!(c, '"' | '”'))
}

/// Whitespace-separated tokens with their byte offsets (`&nbsp;` counts as a blank).
fn tokens(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start: Option<usize> = None;
    let mut out = Vec::new();
    let mut skip_to = 0;
    for (i, c) in s.char_indices() {
        if i < skip_to {
            continue;
        }
        let nbsp = s
            .get(i..i + 6)
            .is_some_and(|e| e.eq_ignore_ascii_case("&nbsp;"));
        if c.is_whitespace() || nbsp {
            if let Some(st) = start.take() {
                out.push((st, s.get(st..i).unwrap_or_default()));
            }
            if nbsp {
                skip_to = i + 6;
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        out.push((st, s.get(st..).unwrap_or_default()));
    }
    out.into_iter()
}

/// `f` of a token's [`bare`] form, lower-cased on the stack when short (no allocation).
fn with_bare<R>(tok: &str, f: impl FnOnce(&str) -> R) -> R {
    crate::lexicon::lowered(tok.trim_matches(|c: char| !c.is_alphanumeric()), f)
}

/// A token as a lower-case word, stripped of quotes and punctuation.
pub(crate) fn bare(tok: &str) -> String {
    tok.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// Whether a token reads as a headline word: capitalised, a number, a symbol, or a word
/// with a capital or digit inside (`iPhone`, `ke-4`).
fn is_capitalised(tok: &str) -> bool {
    let word = tok.trim_start_matches(|c: char| !c.is_alphanumeric());
    match word.chars().next() {
        None => true,
        Some(c) if !c.is_alphabetic() || c.is_uppercase() => true,
        Some(_) => word.chars().any(|c| c.is_uppercase() || c.is_numeric()),
    }
}

/// Headlines on the blocks after a marker that ends its block. Returns the end of the last
/// block taken (0 when none).
fn next_block_headlines(
    text: &str,
    layout: &Layout,
    index: usize,
    marker: Span,
    found: &mut Vec<ReadAlso>,
) -> usize {
    let written = marker.slice(text).unwrap_or_default();
    let bare_label = !written.ends_with(':');
    let prev_is_list_intro = index
        .checked_sub(1)
        .and_then(|i| layout.blocks.get(i))
        .and_then(|b| b.slice(text))
        .is_some_and(|s| s.trim_end().ends_with(':'));
    let mut taken = 0;
    let mut titles = Vec::new();
    for &next in layout.blocks.iter().skip(index + 1) {
        let s = next.slice(text).unwrap_or_default();
        if is_ad_line(s) {
            continue;
        }
        let ok = if bare_label {
            !prev_is_list_intro && is_bare_headline(s, !titles.is_empty())
        } else {
            titles.is_empty() && is_headline_line(s)
        };
        if !ok || titles.len() >= MAX_BARE_HEADLINES {
            break;
        }
        titles.push(next);
        taken = next.end;
    }
    if titles.is_empty() {
        found.push(read_also(text, marker, None, Rule::ReadAlsoLabel));
    }
    for (i, title) in titles.into_iter().enumerate() {
        let rule = if bare_label {
            Rule::ReadAlsoBareLabelNextLine
        } else {
            Rule::ReadAlsoNextLine
        };
        let span_from = if i == 0 { marker } else { title };
        let mut r = read_also(text, span_from, Some(title), rule);
        r.marker = clean(written);
        found.push(r);
    }
    taken
}

/// An ad placeholder line between a label and its headline.
fn is_ad_line(s: &str) -> bool {
    s.eq_ignore_ascii_case("advertisement") || s.contains("SCROLL TO CONTINUE")
}

/// A line that can be a linked headline: short, no final full stop, mostly Title Case.
fn is_headline_line(s: &str) -> bool {
    let words: Vec<&str> = tokens(s).map(|t| t.1).collect();
    let headline_words = words.iter().filter(|w| is_headline_word(w)).count();
    !words.is_empty()
        && s.len() <= MAX_HEADLINE_LEN
        && !s.ends_with('.')
        && !s.ends_with(':')
        && headline_words * 4 >= words.len() * 3
}

/// The stricter test after Liputan6's bare label: a real headline, not a subheading or a
/// numbered list item. A colon (`Politisi Golkar: RUPTL PLN ...`) is allowed only in a
/// headline after another (`after_headline`): a first line with one is a subheading or a
/// list item (`Cek Fakta: ...`).
fn is_bare_headline(s: &str, after_headline: bool) -> bool {
    let words: Vec<&str> = tokens(s).map(|t| t.1).collect();
    let numbered = words.first().is_some_and(|w| {
        w.trim_end_matches(['.', ','])
            .chars()
            .all(|c| c.is_ascii_digit())
    });
    let min_words = if after_headline {
        MIN_NEXT_BARE_HEADLINE_WORDS
    } else {
        MIN_BARE_HEADLINE_WORDS
    };
    is_headline_line(s)
        && words.len() >= min_words
        && (after_headline || !s.contains(':'))
        && !numbered
        && words.iter().all(|w| is_headline_word(w))
}

/// Builds a finding from the marker (or first span) and the headline.
fn read_also(text: &str, from: Span, title: Option<Span>, rule: Rule) -> ReadAlso {
    let end = title.map_or(from.end, |t| t.end.max(from.end));
    ReadAlso {
        title: title
            .and_then(|t| t.slice(text))
            .map(clean)
            .unwrap_or_default(),
        marker: from.slice(text).map(clean).unwrap_or_default(),
        span: Span::new(from.start, end),
        title_span: title,
        rule,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(text: &str) -> Vec<String> {
        find(&Document::new(text))
            .into_iter()
            .map(|r| r.title)
            .collect()
    }

    #[test]
    fn a_doubled_label_is_one_label() {
        // Found by fuzzing: the first copy took the next line as its headline, the second
        // its own, and the two read-alsos overlapped.
        let text = "Baca juga:Baca juga: Harga Cabai Naik\nWarga resah.";
        let found = find(&Document::new(text));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].title, "Harga Cabai Naik");
        assert_eq!(found[0].span, Span::new(0, 37));
    }

    #[test]
    fn kompas_line_with_headline() {
        let text = "Warga mulai mengungsi.\nBaca juga: Banjir Rendam 12 RT di Jakarta Timur\nPetugas BPBD bersiaga.";
        let found = find(&Document::new(text));
        assert_eq!(found[0].title, "Banjir Rendam 12 RT di Jakarta Timur");
        assert_eq!(found[0].marker, "Baca juga:");
        assert_eq!(
            found[0].span.slice(text),
            Some("Baca juga: Banjir Rendam 12 RT di Jakarta Timur")
        );
    }

    #[test]
    fn kompas_glued_after_colon() {
        assert_eq!(
            titles(
                "Harga naik.\nBaca juga:Litbang Kompas: Publik Puas Kinerja Menteri\nIa menjelaskan."
            ),
            ["Litbang Kompas: Publik Puas Kinerja Menteri"]
        );
    }

    #[test]
    fn kompas_run_on_headline_ends_where_story_resumes() {
        let text = "Toko itu ramai sejak pagi di Jakarta. Baca juga: Rahasia Toko Buka Ratusan Gerai dalam Dua Tahun di Indonesia Dia menyebutkan, pihaknya masih mencari lokasi baru.";
        assert_eq!(
            titles(text),
            ["Rahasia Toko Buka Ratusan Gerai dalam Dua Tahun di Indonesia"]
        );
        let text = "Sidang belum selesai. Baca juga: KPK Dalami Pengadaan Mesin EDC di Bank BUMN Dari penggeledahan tersebut, penyidik menyita dokumen.";
        assert_eq!(
            titles(text),
            ["KPK Dalami Pengadaan Mesin EDC di Bank BUMN"]
        );
    }

    #[test]
    fn run_on_headline_ends_where_the_story_names_its_subject_again() {
        let text = "Izin tambang dicabut. Baca Juga: Siapa Pemilik PT Sinar Tambang? Perusahaan di Balik Pulau Indah PT Sinar Tambang merupakan anak usaha BUMN.";
        assert_eq!(
            titles(text),
            ["Siapa Pemilik PT Sinar Tambang? Perusahaan di Balik Pulau Indah"]
        );
        // Two things compared, and a story opener after a repeated name: headline words.
        let text = "Harga telur naik. Baca Juga: Beras Merah vs Beras Putih, Mana Lebih Sehat? Beras Merah mengandung serat lebih banyak.";
        assert_eq!(
            titles(text),
            ["Beras Merah vs Beras Putih, Mana Lebih Sehat?"]
        );
        let text = "Tablet dirilis. Baca juga:Ponsel Lite Resmi, Kembaran Ponsel Lite Pro Selain baterai, layarnya besar.";
        assert_eq!(
            titles(text),
            ["Ponsel Lite Resmi, Kembaran Ponsel Lite Pro"]
        );
    }

    #[test]
    fn run_on_story_subject_named_elsewhere_in_the_article() {
        // The story resumes with a name of two words (`Budi Santoso menuturkan`) or a place
        // (`Korea Selatan saat ini`) that the article writes elsewhere too: the name is the
        // story's, not the headline's last words.
        let text = "BATAM - Kapal patroli Budi Santoso berlayar. Baca juga: Detik-detik Kapal Asing Ditangkap di Perairan Batam Budi Santoso menuturkan operasi berawal dari laporan warga.";
        assert_eq!(
            titles(text),
            ["Detik-detik Kapal Asing Ditangkap di Perairan Batam"]
        );
        let text = "Ponsel dari Korea Selatan laris.BACA JUGA - Profil Presiden Baru Korea Selatan saat ini dipimpin presiden baru sejak Juni.";
        assert_eq!(titles(text), ["Profil Presiden Baru"]);
        // A name written only once keeps the last capitalised word as the story's start.
        let text = "Kapal berlayar. Baca juga: Kapal Asing Ditangkap di Perairan Batam Haris menuturkan operasi berawal dari laporan warga.";
        assert_eq!(titles(text), ["Kapal Asing Ditangkap di Perairan Batam"]);
    }

    #[test]
    fn run_on_story_resumes_at_a_connective_no_headline_holds() {
        let text = "Harga naik lagi. Baca juga: Harga Cabai Naik di Pasar Induk Sayangnya Pedagang Kecil belum merasakan untungnya.";
        assert_eq!(titles(text), ["Harga Cabai Naik di Pasar Induk"]);
    }

    #[test]
    fn run_on_story_resumes_with_ditemui() {
        let text = "Keduanya tampil serasi. Baca juga: Rina & Budi Siap Nikah, Gaun dari Desainer Ternama Ditemui di Senayan, Jakarta Pusat, Rina mengaku bahagia.";
        assert_eq!(
            titles(text),
            ["Rina & Budi Siap Nikah, Gaun dari Desainer Ternama"]
        );
    }

    #[test]
    fn run_on_headline_keeps_the_small_words_headlines_use() {
        // `buat`, `atas`, `tentang`, `dkk`, ... are headline words (counted over 3,177
        // headlines on lines of their own), and a first glued piece of one word is no
        // headline of its own (`SimpleMan`).
        let text = "Filmnya laris. Baca juga:SimpleMan Ucapkan Selamat atas Capaian Film Keluarga Meski tergeser, ia tak kecewa.";
        assert_eq!(
            titles(text),
            ["SimpleMan Ucapkan Selamat atas Capaian Film Keluarga"]
        );
        let text = "Vonis dibacakan. Baca juga:Menanti Langkah Budi dkk Setelah Divonis 5 Tahun Tak hanya pidana badan, ia didenda.";
        assert_eq!(
            titles(text),
            ["Menanti Langkah Budi dkk Setelah Divonis 5 Tahun"]
        );
    }

    #[test]
    fn run_on_headline_ends_before_a_photo_credit() {
        let text = "Latihan dimulai. Baca juga:Persib Siapkan Laga Uji Coba di Bandung KOMPAS.com/RINA SARIPemain berlatih di lapangan. Pelatih puas.";
        assert_eq!(titles(text), ["Persib Siapkan Laga Uji Coba di Bandung"]);
    }

    #[test]
    fn kapanlagi_glued_headline_list() {
        let text = "Ia menolak berkomentar.\nBerita LainnyaAyu Ting Ting Rilis Lagu BaruPotret Liburan Raffi di Bali, Mulai Pantai hingga Pura\nKonser digelar besok.";
        assert_eq!(
            titles(text),
            [
                "Ayu Ting Ting Rilis Lagu Baru",
                "Potret Liburan Raffi di Bali, Mulai Pantai hingga Pura"
            ]
        );
        let story = "Berita lainnya. Ia datang ke kantor.";
        assert!(titles(story).is_empty());
    }

    #[test]
    fn run_on_headline_ends_at_a_double_space() {
        let text = "Harga naik. Baca juga: Permintaan Meningkat, Pasar Komoditas RI Diprediksi Tumbuh  Selain itu, ekspor naik.";
        assert_eq!(
            titles(text),
            ["Permintaan Meningkat, Pasar Komoditas RI Diprediksi Tumbuh"]
        );
    }

    #[test]
    fn run_on_story_resuming_with_a_preposition() {
        let text = "Ia bermain apik. Baca juga:Kecelakaan Mobil, Striker Muda Klub Kota Meninggal Dunia Di Wolves, ia menunjukkan performa impresif.";
        assert_eq!(
            titles(text),
            ["Kecelakaan Mobil, Striker Muda Klub Kota Meninggal Dunia"]
        );
    }

    #[test]
    fn run_on_headline_ending_in_a_number_before_a_role() {
        let text = "Ia pensiun bulan depan. Baca juga: Posisi Wakil Kepala Akan Diisi Perwira Bintang 2 Kabid Humas Polda Irjen Rudi Santoso mengatakan, nama calon sudah ada.";
        assert_eq!(
            titles(text),
            ["Posisi Wakil Kepala Akan Diisi Perwira Bintang 2"]
        );
        let text = "Ia dilantik. Baca juga: Bank Daerah Umumkan 5 Direktur Baru Aan mengungkapkan, kajian tarif berjalan.";
        assert_eq!(titles(text), ["Bank Daerah Umumkan 5 Direktur Baru"]);
        let text = "Ia bertahan. Baca juga: Klub Bersiap Jelang Liga 2026 Pelatih Tim Utama Budi mengatakan, latihan dimulai.";
        assert_eq!(titles(text), ["Klub Bersiap Jelang Liga 2026"]);
    }

    #[test]
    fn run_on_headline_with_question_and_opener() {
        let text = "Nama calon belum diumumkan. Baca juga: Siapa Calon Dubes di AS? Ketua DPR: Nama Terbaik Sementara itu, komisi menunggu surat presiden.";
        assert_eq!(
            titles(text),
            ["Siapa Calon Dubes di AS? Ketua DPR: Nama Terbaik"]
        );
        let text = "Ia hadir. Baca juga: Prabowo Batal ke KTT, Pilih Temui Putin di Rusia \"Kehadiran Presiden hanya sekadar mendengarkan,\" ujarnya.";
        assert_eq!(
            titles(text),
            ["Prabowo Batal ke KTT, Pilih Temui Putin di Rusia"]
        );
        let text = "Ia ditarik ke Jakarta. Baca juga:Dubes Kosong, Menlu: Ini Kesalahan Kami… Sejak 17 Juli 2023, posnya kosong.";
        assert_eq!(titles(text), ["Dubes Kosong, Menlu: Ini Kesalahan Kami…"]);
    }

    #[test]
    fn detik_label_then_headline_line() {
        let text = "Bandara itu sepi.\nSCROLL TO CONTINUE WITH CONTENT\nBaca juga:\n5 Bandara Paling Sepi di Indonesia\nDia mengatakan strategi disiapkan.";
        let found = find(&Document::new(text));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].title, "5 Bandara Paling Sepi di Indonesia");
        assert_eq!(found[0].rule, Rule::ReadAlsoNextLine);
    }

    #[test]
    fn liputan6_bare_label_followed_by_story_has_no_title() {
        let text = "Warga panik.\nBaca Juga\nSebelum ditemukan, korban sempat dibawa ke pos jaga.";
        let found = find(&Document::new(text));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].title, "");
        assert_eq!(found[0].span.slice(text), Some("Baca Juga"));
    }

    #[test]
    fn liputan6_bare_label_followed_by_headlines() {
        let text = "Tips memilih gamis.\nBaca Juga\nAdvertisement\nGunung Lewotobi Kembali Erupsi, Warga Panik Berlarian ke Posko Pengungsian\nBanjir dan Longsor Terjang Cilacap, 1 Orang Tewas Belasan Rumah Rusak\nBerikut enam pilihan yang bisa dicoba:";
        assert_eq!(
            titles(text),
            [
                "Gunung Lewotobi Kembali Erupsi, Warga Panik Berlarian ke Posko Pengungsian",
                "Banjir dan Longsor Terjang Cilacap, 1 Orang Tewas Belasan Rumah Rusak"
            ]
        );
    }

    #[test]
    fn liputan6_subheading_and_list_item_are_story() {
        let text =
            "Spesifikasinya lengkap.\nBaca Juga\nSpesifikasi Kamera Ponsel Baru\nKameranya empat.";
        assert_eq!(titles(text), [""]);
        let text = "Berikut beberapa di antaranya:\nBaca Juga\n1. Cek Fakta: Hoaks Tautan Pendaftaran Bantuan Tunai dari Bank Daerah\nBeredar pesan.";
        assert_eq!(titles(text), [""]);
    }

    #[test]
    fn okezone_and_republika_glued_markers() {
        assert_eq!(
            titles(
                "Rossi tak mau berpuas DiriBaca Juga:Bos Tim Valentino Rossi Puji Pembalap Muda"
            ),
            ["Bos Tim Valentino Rossi Puji Pembalap Muda"]
        );
        assert_eq!(
            titles(
                "Evakuasi dilakukan kepolisian.\nBaca JugaTertimbun Longsor, Tiga Warga Dievakuasi"
            ),
            ["Tertimbun Longsor, Tiga Warga Dievakuasi"]
        );
    }

    #[test]
    fn tempo_pilihan_editor_with_nbsp() {
        let text =
            "Presiden akan hadir. Pilihan Editor:&nbsp;Koperasi Desa Bisa Ajukan Pinjaman Bank";
        assert_eq!(titles(text), ["Koperasi Desa Bisa Ajukan Pinjaman Bank"]);
    }

    #[test]
    fn sindonews_variants() {
        let text = "Zakat ditunaikan.\nBACA JUGA: 8 Kesalahan Saat Berkurban\nLihat Juga: 10 Adab Buang Hajat sesuai Sunnah\n(poe)";
        assert_eq!(
            titles(text),
            [
                "8 Kesalahan Saat Berkurban",
                "10 Adab Buang Hajat sesuai Sunnah"
            ]
        );
    }

    #[test]
    fn tribun_simak_juga_headline_but_not_video_promos() {
        let text = "Polisi berjaga.\nSimak juga: Polisi Tangkap Dua Pencuri Motor di Klaten\nSimak juga Video: Pencurian Motor Terekam CCTV\nLihat juga video lainnya.";
        assert_eq!(titles(text), ["Polisi Tangkap Dua Pencuri Motor di Klaten"]);
    }

    #[test]
    fn not_markers_inside_sentences() {
        let text = "Anda bisa baca juga panduan lengkapnya.\nBaca selengkapnya di sini";
        assert!(titles(text).is_empty());
    }

    #[test]
    fn republika_glued_headlines_after_a_bare_label() {
        let text = "Pabrik itu ditutup sejak Maret.Baca JugaBanjir Rob Rendam Pesisir Utara, Warga Mengungsi ke MasjidKapan Tol Baru Dibuka? Ini Jawaban Menteri DodySopir Truk Mogok Massal di Pelabuhan TanjungMenurut warga setempat, banjir datang setiap sore.";
        assert_eq!(
            titles(text),
            [
                "Banjir Rob Rendam Pesisir Utara, Warga Mengungsi ke Masjid",
                "Kapan Tol Baru Dibuka? Ini Jawaban Menteri Dody",
                "Sopir Truk Mogok Massal di Pelabuhan Tanjung"
            ]
        );
        let found = find(&Document::new(text));
        assert_eq!(
            found[0].span.slice(text).map(|s| &s[..9]),
            Some("Baca Juga")
        );
        assert_eq!(found[1].rule, Rule::ReadAlsoList);
    }

    #[test]
    fn kapanlagi_invitation_lists() {
        let text = "Kalau bukan sekarang, KapanLagi?Yuk, simak jugaPotret Liburan Raisa di Labuan Bajo, Tampil Santai dan Ceria5 Film Horor Indonesia yang Wajib Ditonton Akhir Pekan Ini\nKonser digelar pekan depan.";
        assert_eq!(
            titles(text),
            [
                "Potret Liburan Raisa di Labuan Bajo, Tampil Santai dan Ceria",
                "5 Film Horor Indonesia yang Wajib Ditonton Akhir Pekan Ini"
            ]
        );
        let text = "Temukan kabar terbaru di sini.\nBaca artikel menarik lainnya:Deretan Drama Korea Terbaru yang Tayang Bulan IniAktor Senior Ungkap Rahasia Awet Muda di Usia 60 Tahun";
        assert_eq!(
            titles(text),
            [
                "Deretan Drama Korea Terbaru yang Tayang Bulan Ini",
                "Aktor Senior Ungkap Rahasia Awet Muda di Usia 60 Tahun"
            ]
        );
        let text = "Kalau bukan sekarang, KapanLagi?Yuk baca juga:15 Seleb Korea yang Jadi Duta Fashion Dunia, Siapa Paling Unggul?Aktris Muda Mengaku Tidak Percaya Diri, Kok Bisa? Ternyata Ini Alasannya\nLingling kembali.";
        assert_eq!(
            titles(text),
            [
                "15 Seleb Korea yang Jadi Duta Fashion Dunia, Siapa Paling Unggul?",
                "Aktris Muda Mengaku Tidak Percaya Diri, Kok Bisa? Ternyata Ini Alasannya"
            ]
        );
        // A headline ending with `?`, then one whose link the scraper glued inside it.
        let text = "Kasus demam meningkat.\nBaca JugaPakar Sebut Vaksin Lama Kurang Efektif untuk Varian BaruKemenkes Sebut Warga Lansia Bertambah, Apa Itu?MengenalBlue Sapphire, Perhiasan Mewah yang Dipakai Penyanyi Terkenal\nKasus naik.";
        assert_eq!(
            titles(text),
            [
                "Pakar Sebut Vaksin Lama Kurang Efektif untuk Varian Baru",
                "Kemenkes Sebut Warga Lansia Bertambah, Apa Itu?",
                "MengenalBlue Sapphire, Perhiasan Mewah yang Dipakai Penyanyi Terkenal"
            ]
        );
        // A headline ending with a quoted title, glued to the next; a name's apostrophe stays.
        let text = "Simak kabar lainnya.\nYuk, simak jugaSutradara Ungkap Tantangan Garap Film 'RUMAH TUA'Aktris Muda Beberkan Persiapan Main Film Horor Pertamanya\nD'Masiv Rilis Lagu Baru.";
        assert_eq!(
            titles(text),
            [
                "Sutradara Ungkap Tantangan Garap Film 'RUMAH TUA'",
                "Aktris Muda Beberkan Persiapan Main Film Horor Pertamanya"
            ]
        );
        let text = "Kabar musik.\nBaca juga: Band D'Masiv Rilis Lagu Baru untuk Penggemar Setia\nIa senang.";
        assert_eq!(
            titles(text),
            ["Band D'Masiv Rilis Lagu Baru untuk Penggemar Setia"]
        );
        // A headline ending with a year, glued to one opening with a hyphenated name.
        let text = "Simak kabar lainnya.\nYuk, simak jugaGrup Idola Rilis Teaser Album Baru, Siap Comeback 27 Juni 2025K-Pop Star Siap Guncang Jakarta Lewat Konser Akbar di Senayan\nKonser digelar besok.";
        assert_eq!(
            titles(text),
            [
                "Grup Idola Rilis Teaser Album Baru, Siap Comeback 27 Juni 2025",
                "K-Pop Star Siap Guncang Jakarta Lewat Konser Akbar di Senayan"
            ]
        );
    }

    #[test]
    fn camel_case_names_and_short_glued_words_stay_in_the_headline() {
        let text = "Warga resah.\nBaca juga: Cara Mengunci Chat WhatsApp dan Akun TikTok agar Aman dari Peretas\nIa menjelaskan.";
        assert_eq!(
            titles(text),
            ["Cara Mengunci Chat WhatsApp dan Akun TikTok agar Aman dari Peretas"]
        );
        // Italics run on by the scraper: a piece of two words is no headline of its own.
        let text = "Harga naik.\nBaca juga: Pengelola Sirkuit Sambut BaikTitle SponsorBalap Mobil Listrik 2025\nIa menjelaskan.";
        assert_eq!(
            titles(text),
            ["Pengelola Sirkuit Sambut BaikTitle SponsorBalap Mobil Listrik 2025"]
        );
        let text = "Harga naik.\nBaca juga: Solusi Jika Muncul Notifikasi \"Data Belum Valid\" saat Cek Bantuan\nIa menjelaskan.";
        assert_eq!(
            titles(text),
            ["Solusi Jika Muncul Notifikasi \"Data Belum Valid\" saat Cek Bantuan"]
        );
    }

    #[test]
    fn a_story_quote_glued_to_the_headline_is_story() {
        let text = "Tim datang lebih awal.Baca Juga:Suporter Padati Stadion Jelang Laga Final, Tiket Ludes Terjual\"Kami sudah siap bertanding,\" ujar pelatih.";
        assert_eq!(
            titles(text),
            ["Suporter Padati Stadion Jelang Laga Final, Tiket Ludes Terjual"]
        );
    }

    #[test]
    fn republika_bare_label_headlines_with_colons_after_the_first() {
        let text = "Acara ditutup siang.\nBaca Juga\nPemerintah Siapkan Insentif Baru untuk Kendaraan Listrik Tahun Depan\nKemenkeu: Penerimaan Pajak Tumbuh Tipis pada Kuartal Kedua Tahun Ini\nIa menjelaskan, insentif itu berlaku tahun depan.";
        assert_eq!(
            titles(text),
            [
                "Pemerintah Siapkan Insentif Baru untuk Kendaraan Listrik Tahun Depan",
                "Kemenkeu: Penerimaan Pajak Tumbuh Tipis pada Kuartal Kedua Tahun Ini"
            ]
        );
        // After a first headline, a shorter one still counts.
        let text = "Hutan terus menyusut.\nBaca Juga\nSatgas Targetkan Kuasai Kembali Hutan Negara di Riau\nKementerian Jaga Kawasan Hutan Lindung\n“Jika tidak, target gagal,” ujarnya.";
        assert_eq!(
            titles(text),
            [
                "Satgas Targetkan Kuasai Kembali Hutan Negara di Riau",
                "Kementerian Jaga Kawasan Hutan Lindung"
            ]
        );
    }

    #[test]
    fn run_on_story_resumes_at_an_opener_past_small_words() {
        let text = "Proyeksi diturunkan. Baca juga:Bank Dunia Pangkas Proyeksi Ekonomi, Imbas Perang Dagang Bahkan Dana Moneter Internasional dan Bank Pembangunan Asia (ADB) telah memangkas proyeksi.";
        assert_eq!(
            titles(text),
            ["Bank Dunia Pangkas Proyeksi Ekonomi, Imbas Perang Dagang"]
        );
        let text = "Layarnya mulus. Baca juga:Spek Ponsel Lipat Terbaru Versi Indonesia Lebih Murah Selain itu, Samsung bekerja sama dengan mitra lokal.";
        assert_eq!(
            titles(text),
            ["Spek Ponsel Lipat Terbaru Versi Indonesia Lebih Murah"]
        );
        let text = "Ia menang angka. Pilihan Editor: Perjalanan Karier Petinju Muda yang akan Melawan Juara Dunia";
        assert_eq!(
            titles(text),
            ["Perjalanan Karier Petinju Muda yang akan Melawan Juara Dunia"]
        );
    }

    #[test]
    fn run_on_story_resumes_with_a_counted_lower_case_noun() {
        // SINDOnews style: the story counts something in lower case (`Ada 2 syarat`), where a
        // headline writes the noun with a capital (`Ada 2 Syarat`).
        let text = "Ia lulus tahun ini. Baca juga: Beasiswa Kampus Negeri Dibuka, Pendaftar Bisa Pilih Jurusan Ada 2 syarat utama yang wajib dipenuhi calon peserta.";
        assert_eq!(
            titles(text),
            ["Beasiswa Kampus Negeri Dibuka, Pendaftar Bisa Pilih Jurusan"]
        );
        let text =
            "Ia hadir. Baca juga: Ada 5 Cara Hemat Listrik di Rumah Menurut ahli, cara itu ampuh.";
        assert_eq!(titles(text), ["Ada 5 Cara Hemat Listrik di Rumah"]);
    }

    #[test]
    fn run_on_story_after_a_question_with_a_clause_before_its_subject() {
        // The headline asks; the story's sentence opens with a clause, a comma, then its
        // subject (`Dibina oleh ... (Kemenhub), STIP mencetak`).
        let text = "Kampusnya di Jakarta. Baca juga: 6 Sekolah Kedinasan di Medan, Mau Jadi Pelaut atau Pilot? Dibina oleh Kementerian Perhubungan (Kemenhub), STIP mencetak perwira pelayaran.";
        assert_eq!(
            titles(text),
            ["6 Sekolah Kedinasan di Medan, Mau Jadi Pelaut atau Pilot?"]
        );
        // A headline's second sentence lists nouns with commas: it stays whole.
        let text = "Ia sakit. Baca juga: Apa Itu Migrain? Gejala, Penyebab, dan Cara Mengatasinya dalam Keseharian Migrain adalah sakit kepala sebelah.";
        assert_eq!(
            titles(text),
            ["Apa Itu Migrain? Gejala, Penyebab, dan Cara Mengatasinya dalam Keseharian"]
        );
    }

    #[test]
    fn kapanlagi_list_glued_after_a_doubled_word_into_a_lower_case_name() {
        // A headline ending in a doubled word (`Berturut-turut`) runs into the next one,
        // which opens with a name written in lower case: the doubled word shows the cut.
        let text = "Kalau bukan sekarang, KapanLagi?Yuk, simak jugaLagu Balada Ini Puncaki Tangga Lagu Selama 8 Minggu Berturut-turutwavve Umumkan Tur Asia, Jakarta Masuk Daftar KotaPotret Liburan Raisa di Labuan Bajo, Tampil Santai\nKonser digelar pekan depan.";
        assert_eq!(
            titles(text),
            [
                "Lagu Balada Ini Puncaki Tangga Lagu Selama 8 Minggu Berturut-turut",
                "wavve Umumkan Tur Asia, Jakarta Masuk Daftar Kota",
                "Potret Liburan Raisa di Labuan Bajo, Tampil Santai"
            ]
        );
        // A suffix after the doubled word is part of it, also when the next headline is
        // glued after the suffix.
        let text = "Kalau bukan sekarang, KapanLagi?Yuk, simak jugaKisah Ibu-ibunya Para Atlet Muda yang Selalu Setia Menemani\nKonser digelar.";
        assert_eq!(
            titles(text),
            ["Kisah Ibu-ibunya Para Atlet Muda yang Selalu Setia Menemani"]
        );
        let text = "Kalau bukan sekarang, KapanLagi?Yuk, simak jugaSopir Bus Siap Dipecat Jika Ugal-ugalanDinas Buka Rute Baru ke Pasar Minggu\nKonser digelar.";
        assert_eq!(
            titles(text),
            [
                "Sopir Bus Siap Dipecat Jika Ugal-ugalan",
                "Dinas Buka Rute Baru ke Pasar Minggu"
            ]
        );
    }

    #[test]
    fn invitation_labels_are_read_by_their_shape() {
        // A rare label (particle after the adverb) before a glued list.
        let text = "Sidang digelar pekan depan.\nBaca Ini Juga Deh:Penyanyi Dangdut Dipindah ke Rutan Pondok BambuBerkas Perkara Lengkap, Kapan Sidang Digelar?4 Bulan Ditahan, Selebgram Muda Belum Dapat Kepastian\n(kpl/abc)";
        assert_eq!(
            titles(text),
            [
                "Penyanyi Dangdut Dipindah ke Rutan Pondok Bambu",
                "Berkas Perkara Lengkap, Kapan Sidang Digelar?",
                "4 Bulan Ditahan, Selebgram Muda Belum Dapat Kepastian"
            ]
        );
        let found = find(&Document::new(text));
        assert_eq!(found[0].marker, "Baca Ini Juga Deh:");
        // An object and a particle after a comma, closed by `!`; a headline glued after one
        // ending in lower case opens with a number.
        let text = "Video klipnya tayang kemarin.Cek Yang Lain Juga, Yuk!7 Potret Idola K-Pop Sebelum Debut, Wajahnya Polos5 Trainee Agensi Besar yang Gagal Debut, Bikin Sedih\nGrup ini debut tahun lalu.";
        assert_eq!(
            titles(text),
            [
                "7 Potret Idola K-Pop Sebelum Debut, Wajahnya Polos",
                "5 Trainee Agensi Besar yang Gagal Debut, Bikin Sedih"
            ]
        );
        let text = "Film ini tayang bulan depan.\nSimak berita lainnya:Aktris Hollywood Umumkan Kehamilan Anak PertamaSutradara Kondang Garap Film Superhero Terbaru\nFilm ini berdurasi dua jam.";
        assert_eq!(
            titles(text),
            [
                "Aktris Hollywood Umumkan Kehamilan Anak Pertama",
                "Sutradara Kondang Garap Film Superhero Terbaru"
            ]
        );
        // A headline ending with an acronym glued to the next one; a mixed-case acronym stays.
        let text = "Sidang ditunda.\nYuk baca juga:Artis Senior Dipindah ke Tahanan Kejati DKIBerkas Perkara BUMDes Maju Lengkap, Sidang Segera Digelar\nIa sehat.";
        assert_eq!(
            titles(text),
            [
                "Artis Senior Dipindah ke Tahanan Kejati DKI",
                "Berkas Perkara BUMDes Maju Lengkap, Sidang Segera Digelar"
            ]
        );
        // An acronym glued to the story's first words opens no second headline.
        let text = "Tim berangkat.Baca juga:Garuda Muda Lolos ke Piala Asia 2026 Dokumentasi AFCPenjaga Gawang Timnas Muda Dafa Ramadhan tampil gemilang sepanjang laga.";
        assert_eq!(titles(text).len(), 1, "{:?}", titles(text));
        // The next headline opens with a name holding a particle in lower case.
        let text = "Acara ditutup.\nCek Yang Lain Juga, Yuk!Sutradara Muda Garap Film Horor Pertamanya di StudioMaria de Vries Rilis Lagu Baru untuk Film Drama Keluarga\nFilm tayang besok.";
        assert_eq!(
            titles(text),
            [
                "Sutradara Muda Garap Film Horor Pertamanya di Studio",
                "Maria de Vries Rilis Lagu Baru untuk Film Drama Keluarga"
            ]
        );
        // False friends: speech, promos and the outlet's own invitations.
        for text in [
            "\"Nanti kita masih cek juga jantungnya,\" kata dokter.",
            "Tonton juga video \"Banjir di Jakarta\" di sini:",
            "Gempa terjadi pagi ini, simak juga informasi keselamatan berikut.",
            "Konser selesai.Baca juga berita lainnya di Situs Kami.",
            "Gol dicetak.\nBaca berita lainnya di: Google News",
        ] {
            assert!(titles(text).is_empty(), "{text}: {:?}", titles(text));
        }
    }

    #[test]
    fn list_labels_are_headings() {
        // A list label whose list the scraper dropped is furniture, not a headline.
        let text = "Ia membantah kabar itu.\nBerita terkait lainnya";
        let a = crate::parse(text);
        assert!(a.read_also.is_empty(), "{:?}", a.read_also);
        assert_eq!(
            a.boilerplate.first().and_then(|b| b.span.slice(text)),
            Some("Berita terkait lainnya")
        );
        // Lower case after the label: a promo; a lower-case label: part of a sentence.
        for text in [
            "Acara selesai. (*)\nBerita lainnya di Pariwisata Bali",
            "Simak\nbreaking news\ndan\nberita pilihan\nkami langsung di ponselmu.",
        ] {
            assert!(titles(text).is_empty(), "{text}: {:?}", titles(text));
        }
    }

    #[test]
    fn a_label_without_a_headline_is_furniture() {
        let text = "Warga panik.\nBaca Juga\nSebelum ditemukan, korban sempat dibawa ke pos jaga.";
        let a = crate::parse(text);
        assert!(a.read_also.is_empty(), "{:?}", a.read_also);
        assert_eq!(a.boilerplate.len(), 1);
        assert_eq!(a.boilerplate[0].rule, Rule::ReadAlsoLabel);
        assert_eq!(a.boilerplate[0].span.slice(text), Some("Baca Juga"));
        // Link ids without their text are no headline.
        // Link ids without their text are no headline: the label, the ids and the page's
        // shortcode around them are furniture, none of it story.
        let text = "Acara meriah.\n[bacajuga:Baca Juga](6001122 6001133\nPengunjung datang.";
        let a = crate::parse(text);
        assert!(a.read_also.is_empty(), "{:?}", a.read_also);
        assert_eq!(
            a.boilerplate[0].span.slice(text),
            Some("[bacajuga:Baca Juga](6001122 6001133")
        );
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "Baca juga",
            "Baca juga:",
            "é Baca Juga é",
            "Baca juga:\n\n",
            "x Baca Juga&nbsp;",
        ] {
            let _ = titles(text);
        }
    }
}
