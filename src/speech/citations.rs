//! Media and data citations: `seperti dikutip CNN`, `dilansir dari Reuters`.
//!
//! A citation is a verb of citing (`dikutip`, `melansir`, ...; see `lexicon::media`), maybe
//! led by `seperti`/`sebagaimana`, then in this order and each optional: a preposition
//! (`dari`), a venue (`laman`, `situs resmi`), a document (`data`, `keterangan pers`), and
//! the source's name: capitalised words (`Times of India`, `Kompas.com`, `detikBali`), or
//! several joined by `dan` (`Mehr dan i24News`, one citation each). Scrapers glue the
//! pieces (`dilansirAFP`, `dariCNBC`, `lamanHealth`, `dariCNBCRabu (18/6)`): a word glued
//! to a capitalised one is split at the case change. A day name where the source should
//! be (`dikutip Selasa (17/6)`) makes no citation. Verbs with other common senses
//! (`menurut`, `dilaporkan`, `bersumber`) cite only a known outlet.

use crate::Rule;
use std::sync::LazyLock;

use aho_corasick::packed;
use regex::Regex;

use crate::article::{Citation, CitationKind, Paragraph, Span};
use crate::document::Document;
use crate::lexicon::in_list;
use crate::lexicon::media::{
    BRAND_PREFIXES, CHAIN_WORDS, CITING_LEADS, CITING_PREPOSITIONS, CITING_VERBS, CitingVerb,
    DATA_SOURCES, DOCUMENTS, INSTITUTION_WORDS, MEDIA, NAME_CONNECTORS, OWNER_STOP_WORDS,
    ROLE_TITLES, VENUES, WEEKDAYS,
};
use crate::text::is_blank;

/// How far after the verb a citation may reach, in bytes.
const REACH: usize = 200;
/// Most words in one source's name.
const NAME_WORDS: usize = 7;
/// Most sources in one chain.
const CHAIN_LEN: usize = 4;

/// Finds citations in the body paragraphs, in text order.
pub(crate) fn find(doc: &Document, body: &[Paragraph]) -> Vec<Citation> {
    let (text, lowered) = (doc.text, doc.lowered());
    let triggers = VERB_TRIGGERS
        .as_ref()
        .filter(|_| !FOLDED_LETTERS.iter().any(|c| text.contains(*c)));
    let mut out = Vec::new();
    for (i, paragraph) in body.iter().enumerate() {
        let window = window(text, paragraph.span, body.get(i + 1).map(|p| p.span));
        // Most paragraphs name no verb of citing: they are not given to the regex.
        let may_cite =
            triggers.is_none_or(|t| window.slice(lowered).is_some_and(|w| t.find(w).is_some()));
        if let Some(s) = window.slice(text).filter(|_| may_cite) {
            find_in(s, paragraph.span.start, paragraph.span.len(), &mut out);
        }
    }
    out
}

/// The paragraph, reaching into the next one when only blanks part them: scrapers put a
/// linked source on a line of its own (`dilansir⏎AFP⏎, Selasa`).
fn window(text: &str, span: Span, next: Option<Span>) -> Span {
    let Some(next) = next else {
        return span;
    };
    let gap_is_blank = text
        .get(span.end..next.start)
        .is_some_and(|g| g.chars().all(is_blank));
    if !gap_is_blank {
        return span;
    }
    let end = floor_boundary(text, next.end.min(span.end.saturating_add(REACH)));
    Span::new(span.start, end.max(span.end))
}

/// A verb of citing, led by `seperti`/`sebagaimana` when the text has one. The word
/// boundaries are ASCII ones (`(?-u:\b)`): a Unicode boundary makes the regex engine give up
/// its fast automaton on any text with a curly quote or a no-break space, and the verbs and
/// leads are ASCII words anyway.
static VERB: LazyLock<Regex> = LazyLock::new(|| {
    let leads = CITING_LEADS.join("|");
    let verbs: Vec<&str> = CITING_VERBS.iter().map(|v| v.word).collect();
    let verbs = verbs.join("|");
    Regex::new(&format!(
        r"(?i)(?:(?-u:\b)(?:{leads})[\s\u{{a0}}]+)?(?-u:\b)(?:{verbs})"
    ))
    .unwrap_or_else(|e| unreachable!("citation verb pattern: {e}"))
});

/// The verbs of citing, lower case, searched in the lower-case copy of each paragraph: a
/// [`VERB`] match holds one, unless the text has a letter that Unicode case folding (`(?i)`)
/// takes for an ASCII one ([`FOLDED_LETTERS`]). A vectorised substring search (Teddy) tells
/// the paragraphs that may cite from the rest at a fraction of the regex's cost; `None`
/// (no such search on this processor) runs the regex everywhere.
static VERB_TRIGGERS: LazyLock<Option<packed::Searcher>> = LazyLock::new(|| {
    packed::Searcher::new(CITING_VERBS.iter().map(|v| v.word.to_ascii_lowercase()))
});

/// The non-ASCII letters `(?i)` matches for ASCII ones: the Kelvin sign `K` (for `k`) and
/// the long `ſ` (for `s`).
const FOLDED_LETTERS: [char; 2] = ['\u{212A}', '\u{17F}'];

/// Citations whose verb starts in the first `own` bytes of `s` (the paragraph; the rest of
/// `s` is the start of the next one).
fn find_in(s: &str, base: usize, own: usize, out: &mut Vec<Citation>) {
    for whole in VERB.find_iter(s) {
        if whole.start() >= own {
            break;
        }
        let verb = verb_of(whole.as_str());
        let Some(entry) = CITING_VERBS
            .iter()
            .find(|v| v.word.eq_ignore_ascii_case(verb))
        else {
            continue;
        };
        let tail_end = floor_boundary(s, whole.end().saturating_add(REACH));
        let Some(tail) = s.get(..tail_end) else {
            continue;
        };
        let phrase = Phrase {
            s: tail,
            base,
            start: whole.start(),
            verb,
            verb_end: whole.end(),
            entry: *entry,
        };
        phrase.read(whole.end(), 0, out);
    }
}

/// The verb of a [`VERB`] match: its last word (the verbs are single words, and a lead is
/// parted from the verb by blanks), found without the slower capturing search.
fn verb_of(found: &str) -> &str {
    found
        .rfind(char::is_whitespace)
        .and_then(|i| found.get(i..))
        .map_or(found, |rest| rest.trim_start_matches(char::is_whitespace))
}

/// The largest char boundary of `s` at or below `i`.
fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One citation phrase being read: the paragraph text up to the reach, and the verb.
struct Phrase<'a> {
    s: &'a str,
    base: usize,
    start: usize,
    verb: &'a str,
    verb_end: usize,
    entry: CitingVerb,
}

/// A source's name found in the phrase (byte range in the paragraph), and whether a chain
/// word glued to its end (`GuardiandanBBC`) starts the next one.
struct Name {
    start: usize,
    end: usize,
    glued_next: Option<usize>,
}

impl Phrase<'_> {
    /// Reads what follows the verb at `pos`; pushes the citations it makes.
    fn read(&self, pos: usize, depth: u8, out: &mut Vec<Citation>) {
        let s = self.s;
        if depth == 0 && !self.verb_ends_word(pos) {
            return;
        }
        let mut pos = skip_blanks(s, pos);
        let mut glued = false;
        for prep in CITING_PREPOSITIONS {
            if let Some((end, g)) = match_words(s, pos, prep) {
                glued |= g;
                pos = skip_blanks(s, end);
                break;
            }
        }
        let mut data = false;
        let mut venue_at = None;
        for (venue, data_venue) in VENUES {
            if let Some((end, g)) = match_words(s, pos, venue) {
                glued |= g;
                data |= data_venue;
                venue_at = Some(pos);
                pos = skip_blanks(s, end);
                break;
            }
        }
        let mut document = None;
        for (doc, standalone) in DOCUMENTS {
            if let Some((end, g)) = match_words(s, pos, doc) {
                glued |= g;
                data = true;
                document = Some((pos, end, *standalone));
                pos = skip_blanks(s, end);
                if let Some((end, g)) = match_words(s, pos, "dari") {
                    glued |= g;
                    pos = skip_blanks(s, end);
                }
                break;
            }
        }
        let mut names = read_chain(s, pos);
        if names.is_empty() && venue_at.is_some() {
            // `laman dukungan Google`: a lower-case word between the venue and the name.
            names = read_chain(s, skip_blanks(s, owner_words_end(s, pos)));
        }
        if names.is_empty() {
            if let (Some((from, to, true)), false) = (document, self.entry.needs_known_media) {
                self.push(
                    from,
                    to,
                    to,
                    CitationKind::Data,
                    Rule::CitationDocument,
                    out,
                );
            } else if let (Some(from), false) = (venue_at, self.entry.needs_known_media) {
                // `dilansir dari laman resmi klub`: the venue and its lower-case owner.
                let to = owner_words_end(s, pos);
                if to > pos {
                    self.push(from, to, to, CitationKind::Data, Rule::CitationVenue, out);
                }
            }
            return;
        }
        // `dikutip KompasTekno dari laman dukungan Google` (also glued, `KompasTeknodari`): the
        // first name is the outlet that did the quoting; the source is what follows `dari`.
        if let [only] = names.as_slice() {
            let after = match match_words(s, only.end, "dari") {
                Some(found) => Some(found),
                None => match_words(s, skip_blanks(s, only.end), "dari"),
            };
            if let (Some((from, _)), 0) = (after, depth) {
                let before = out.len();
                self.read(from, depth + 1, out);
                if out.len() > before {
                    return;
                }
            }
        }
        let end = names.last().map_or(pos, |n| n.end);
        let end = match match_words(s, skip_blanks(s, end), "sebelumnya") {
            Some((e, false)) => e,
            _ => end,
        };
        let chained = names.len() > 1;
        for name in &names {
            let Some(source) = s.get(name.start..name.end) else {
                continue;
            };
            if first_word_in(source, ROLE_TITLES) {
                continue;
            }
            let kind = match classify(source) {
                Some(kind) => kind,
                None if self.entry.needs_known_media => continue,
                None if data || first_word_in(source, INSTITUTION_WORDS) => CitationKind::Data,
                None => CitationKind::Media,
            };
            if self.entry.needs_known_media && kind != CitationKind::Media {
                continue;
            }
            let rule = if chained {
                Rule::CitationChain
            } else if glued || self.glued_to_verb() {
                Rule::CitationGlued
            } else if self.entry.needs_known_media {
                Rule::CitationKnownMedia
            } else {
                Rule::CitationVerbSource
            };
            self.push(name.start, name.end, end, kind, rule, out);
        }
    }

    /// The verb is a whole word: followed by a blank, punctuation, or a glued capitalised name
    /// (`dilansirAFP`), not by more letters (`dikutipnya`, `menurutnya`).
    fn verb_ends_word(&self, pos: usize) -> bool {
        let rest = self.s.get(pos..).unwrap_or_default();
        match rest.chars().next() {
            None => true,
            Some(c) if c.is_alphanumeric() => glued_name_starts(rest),
            Some(_) => true,
        }
    }

    /// The source is glued to the verb (`dilansirAFP`).
    fn glued_to_verb(&self) -> bool {
        self.s
            .get(self.verb_end..)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_alphanumeric)
    }

    fn push(
        &self,
        from: usize,
        to: usize,
        end: usize,
        kind: CitationKind,
        rule: Rule,
        out: &mut Vec<Citation>,
    ) {
        let Some(source) = self.s.get(from..to) else {
            return;
        };
        out.push(Citation {
            source: source.to_owned(),
            verb: self.verb.to_owned(),
            kind,
            span: Span::new(self.base + self.start, self.base + end.max(to)),
            source_span: Span::new(self.base + from, self.base + to),
            rule,
        });
    }
}

/// Media, data, or unknown (`None`) for a source's name.
fn classify(source: &str) -> Option<CitationKind> {
    let key = normalise(source);
    if has_brand_prefix(&key) || starts_with_entry(&key, MEDIA) {
        Some(CitationKind::Media)
    } else if starts_with_entry(&key, DATA_SOURCES) {
        Some(CitationKind::Data)
    } else {
        None
    }
}

/// Whether a lower-case name starts like `detikcom`, `tribunjabar`.
fn has_brand_prefix(lower: &str) -> bool {
    BRAND_PREFIXES.iter().any(|p| lower.starts_with(p))
}

/// Lower case, without a leading `the ` and the domain ending of the first word.
fn normalise(source: &str) -> String {
    let lower = source.to_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower).to_owned();
    for suffix in [".com", ".co.id", ".id", ".co"] {
        if let Some(head) = lower.strip_suffix(suffix) {
            return head.to_owned();
        }
    }
    lower
}

/// Whether the first word of `source` (lower case, without a final `.`) is in `words`.
fn first_word_in(source: &str, words: &[&str]) -> bool {
    let first = source.split(is_blank).next().unwrap_or_default();
    let first = first.trim_end_matches('.').to_lowercase();
    words.contains(&first.as_str())
}

/// Whether `key` is an entry, or starts with one followed by a space (`bloomberg news`).
fn starts_with_entry(key: &str, entries: &[&str]) -> bool {
    entries.iter().any(|e| {
        key.strip_prefix(e)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    })
}

/// Skips blanks and `&nbsp;` from `pos`.
fn skip_blanks(s: &str, mut pos: usize) -> usize {
    while let Some(rest) = s.get(pos..) {
        if let Some(c) = rest.chars().next().filter(|c| is_blank(*c)) {
            pos += c.len_utf8();
        } else if rest
            .get(..6)
            .is_some_and(|p| p.eq_ignore_ascii_case("&nbsp;"))
        {
            pos += 6;
        } else {
            break;
        }
    }
    pos
}

/// Whether `rest` starts with a name glued to the word before it: a capital or a digit
/// (`AFP`, `9to5Google`), or a lower-case brand with a capital inside (`detikBali`).
fn glued_name_starts(rest: &str) -> bool {
    let word: &str = rest
        .split(|c: char| is_blank(c) || c == ',' || c == '(')
        .next()
        .unwrap_or_default();
    match word.chars().next() {
        Some(c) if c.is_uppercase() || c.is_ascii_digit() => true,
        Some(_) => word.chars().any(char::is_uppercase) || has_brand_prefix(word),
        None => false,
    }
}

/// Matches the words of `entry` (single spaces between) at `pos`, case-insensitively, as
/// whole words or glued to a name; returns the end and whether it was glued.
fn match_words(s: &str, pos: usize, entry: &str) -> Option<(usize, bool)> {
    let mut pos = pos;
    let mut words = entry.split(' ').peekable();
    while let Some(word) = words.next() {
        let head = s.get(pos..pos.checked_add(word.len())?)?;
        if !head.eq_ignore_ascii_case(word) {
            return None;
        }
        pos += word.len();
        let rest = s.get(pos..)?;
        let next = rest.chars().next();
        let glued = match next {
            None => false,
            Some(c) if c.is_alphanumeric() => {
                if words.peek().is_some() || !glued_name_starts(rest) {
                    return None;
                }
                true
            }
            Some(_) => false,
        };
        if glued {
            return Some((pos, true));
        }
        if words.peek().is_some() {
            let next_pos = skip_blanks(s, pos);
            if next_pos == pos {
                return None;
            }
            pos = next_pos;
        }
    }
    Some((pos, false))
}

/// One or more names joined by `dan`/`serta`, starting at `pos`.
fn read_chain(s: &str, pos: usize) -> Vec<Name> {
    let mut names: Vec<Name> = Vec::new();
    let mut pos = pos;
    while names.len() < CHAIN_LEN {
        let Some(name) = read_name(s, pos) else {
            break;
        };
        let next = match name.glued_next {
            Some(next) => Some(next),
            None => {
                let after = skip_blanks(s, name.end);
                CHAIN_WORDS
                    .iter()
                    .find_map(|w| match_words(s, after, w))
                    .map(|(end, _)| skip_blanks(s, end))
            }
        };
        names.push(name);
        match next {
            Some(next) => pos = next,
            None => break,
        }
    }
    names
}

/// A word from `pos`: up to a blank or a bracket, comma, semicolon or quotation mark.
fn word_end(s: &str, pos: usize) -> usize {
    let rest = s.get(pos..).unwrap_or_default();
    rest.find(|c: char| {
        is_blank(c)
            || matches!(
                c,
                ',' | ';' | '(' | ')' | '"' | '\u{201C}' | '\u{201D}' | '&'
            )
    })
    .map_or(s.len(), |i| pos + i)
}

/// Whether a word can be (part of) a source's name.
fn name_like(word: &str) -> bool {
    let has_letter = word.chars().any(char::is_alphabetic);
    let capital = word.chars().any(char::is_uppercase);
    has_letter && (capital || has_brand_prefix(&word.to_lowercase())) && !is_weekday(word)
}

fn is_weekday(word: &str) -> bool {
    let lower = word.to_lowercase();
    in_list!(WEEKDAYS, lower.as_str())
}

/// A source's name at `pos`: name-like words, with connectors (`of`, `the`) between them.
fn read_name(s: &str, pos: usize) -> Option<Name> {
    let start = pos;
    let mut end = pos;
    let mut pos = pos;
    for i in 0..NAME_WORDS {
        let w_start = if i == 0 { pos } else { skip_blanks(s, pos) };
        if i > 0 && w_start == pos {
            break;
        }
        let w_end = word_end(s, w_start);
        let word = s.get(w_start..w_end)?;
        let core = word.trim_end_matches(['.', ':', '!', '?', '\'', '\u{2019}']);
        let core_end = w_start + core.len();
        if i > 0 && in_list!(NAME_CONNECTORS, core) {
            pos = w_end;
            continue;
        }
        if let Some((cut, glued_next)) = glued_tail(core) {
            if i == 0 && cut == 0 {
                return None;
            }
            let cut_end = w_start + cut;
            return (cut_end > start).then_some(Name {
                start,
                end: if cut == 0 { end } else { cut_end },
                glued_next: glued_next.map(|g| w_start + g),
            });
        }
        // `KompasTekno dariAndroid Authority`: a glued `dari` starts the next phrase.
        let glued_dari = core
            .strip_prefix("dari")
            .is_some_and(|r| r.starts_with(char::is_uppercase));
        if !name_like(core) || (i > 0 && glued_dari) {
            break;
        }
        end = core_end;
        pos = w_end;
        if core.len() < word.len() || w_end >= s.len() {
            break;
        }
    }
    (end > start).then_some(Name {
        start,
        end,
        glued_next: None,
    })
}

/// Where the lower-case owner of a venue ends (`klub` in `laman resmi klub`): up to two
/// lower-case words, stopping at punctuation and at function words.
fn owner_words_end(s: &str, pos: usize) -> usize {
    let mut end = pos;
    let mut at = pos;
    for _ in 0..2 {
        let w_start = skip_blanks(s, at);
        let w_end = word_end(s, w_start);
        let Some(word) = s.get(w_start..w_end) else {
            break;
        };
        let core = word.trim_end_matches(['.', ':', '!', '?']);
        let plain = !core.is_empty() && core.chars().all(|c| c.is_lowercase() || c == '-');
        if !plain || in_list!(OWNER_STOP_WORDS, core) {
            break;
        }
        end = w_start + core.len();
        if core.len() < word.len() {
            break;
        }
        at = w_end;
    }
    end
}

/// A word that ends in a glued weekday (`CNBCRabu`), a possessive on a known name
/// (`Instagramnya`), or a chain word plus a name (`GuardiandanBBC`): where the name ends,
/// and where the next name starts.
fn glued_tail(word: &str) -> Option<(usize, Option<usize>)> {
    for day in WEEKDAYS {
        let n = day.len();
        if word.len() > n
            && word.is_char_boundary(word.len() - n)
            && word[word.len() - n..].eq_ignore_ascii_case(day)
            && word[word.len() - n..].starts_with(char::is_uppercase)
        {
            return Some((word.len() - n, None));
        }
    }
    if let Some(head) = word.strip_suffix("nya") {
        let key = head.to_lowercase();
        if in_list!(MEDIA, key.as_str()) || in_list!(DATA_SOURCES, key.as_str()) {
            return Some((head.len(), None));
        }
    }
    // `KompasTeknodari`: a glued `dari` after the quoting outlet's name.
    if let Some(head) = word.strip_suffix("dari").filter(|h| h.chars().count() > 2) {
        if head.chars().next_back().is_some_and(char::is_alphabetic) {
            return Some((head.len(), None));
        }
    }
    for (i, _) in word.match_indices("dan") {
        let before = word.get(..i).and_then(|b| b.chars().next_back());
        let after = word.get(i + 3..).and_then(|a| a.chars().next());
        if i > 0 && before.is_some_and(char::is_lowercase) && after.is_some_and(char::is_uppercase)
        {
            return Some((i, Some(i + 3)));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cites(text: &str) -> Vec<(String, String, CitationKind, Rule)> {
        let body = [Paragraph {
            span: Span::new(0, text.len()),
        }];
        find(&Document::new(text), &body)
            .into_iter()
            .map(|c| (c.source, c.verb, c.kind, c.rule))
            .collect()
    }

    fn sources(text: &str) -> Vec<String> {
        cites(text).into_iter().map(|c| c.0).collect()
    }

    #[test]
    fn case_folded_letters_still_reach_the_regex() {
        // A Kelvin sign (folded to `k` by `(?i)`) turns the verb prefilter off: every
        // paragraph goes to the regex, as before the prefilter.
        assert_eq!(sources("Seperti dikutip CNN, suhu 300 \u{212A}."), ["CNN"]);
        assert!(sources("Seperti di\u{212A}utip CNN.").is_empty());
    }

    #[test]
    fn the_verb_is_the_last_word_of_a_match() {
        assert_eq!(verb_of("dikutip"), "dikutip");
        assert_eq!(verb_of("seperti dikutip"), "dikutip");
        assert_eq!(verb_of("Sebagaimana\u{a0} dilansir"), "dilansir");
    }

    #[test]
    fn seperti_dikutip() {
        let text = "\"Kami siap,\" tulis pernyataan itu seperti dikutip CNN.";
        let body = [Paragraph {
            span: Span::new(0, text.len()),
        }];
        let c = find(&Document::new(text), &body);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].source, "CNN");
        assert_eq!(c[0].verb, "dikutip");
        assert_eq!(c[0].kind, CitationKind::Media);
        assert_eq!(c[0].span.slice(text), Some("seperti dikutip CNN"));
        assert_eq!(c[0].source_span.slice(text), Some("CNN"));
    }

    #[test]
    fn dilansir_dari() {
        assert_eq!(
            sources("Harga minyak naik, dilansir dari Reuters, Senin (2/6)."),
            ["Reuters"]
        );
    }

    #[test]
    fn mengutip_and_melansir() {
        assert_eq!(sources("Mengutip AFP, militer bergerak."), ["AFP"]);
        assert_eq!(
            sources("Melansir laman Times of India, Kamis (5/6/2025), tren itu meluas."),
            ["Times of India"]
        );
    }

    #[test]
    fn diberitakan_sebelumnya() {
        let text = "Seperti diberitakan Kompas.com sebelumnya, banjir surut.";
        let body = [Paragraph {
            span: Span::new(0, text.len()),
        }];
        let c = find(&Document::new(text), &body);
        assert_eq!(c[0].source, "Kompas.com");
        assert_eq!(
            c[0].span.slice(text),
            Some("Seperti diberitakan Kompas.com sebelumnya")
        );
        assert!(sources("Diberitakan sebelumnya, warga mengungsi.").is_empty());
    }

    #[test]
    fn glued_sources() {
        assert_eq!(
            cites("Serangan itu dilansirAFP, Rabu (4/6)."),
            [(
                "AFP".into(),
                "dilansir".into(),
                CitationKind::Media,
                Rule::CitationGlued
            )]
        );
        assert_eq!(sources("Seperti dikutip dariCNBC, Rabu."), ["CNBC"]);
        assert_eq!(sources("dikutip dariCNBCRabu (18/6/2025)."), ["CNBC"]);
        assert_eq!(sources("MengutipdetikBali, tim SAR tiba."), ["detikBali"]);
        assert_eq!(
            sources("Hal itu diberitakandetikcom, Kamis (3/7)."),
            ["detikcom"]
        );
        assert_eq!(sources("Dilansir daridetik, mereka tiba."), ["detik"]);
        assert_eq!(sources("dikutip dari detik.com."), ["detik.com"]);
        assert_eq!(
            sources("Mengutip lamanHealth berikut ciri itu."),
            ["Health"]
        );
    }

    #[test]
    fn official_site_with_a_lower_case_owner() {
        let text = "\"Kami siap,\" kata Slot dilansir dari laman resmi klub.";
        assert_eq!(sources(text), ["laman resmi klub"]);
        assert!(sources("Ia dikutip dari laman pada Senin.").is_empty());
    }

    #[test]
    fn quoting_outlet_then_its_source() {
        let text = "\"Perlu Android 10,\" kata Ellen, dikutipKompasTeknodari laman dukungan Google. Sementara itu, ...";
        assert_eq!(sources(text), ["Google"]);
        let glued = "Hal itu dirangkum KompasTekno dariAndroid Authority, Senin.";
        assert_eq!(sources(glued), ["Android Authority"]);
        let spaced = "Hal itu dikutip KompasTekno dari Android Authority, Senin.";
        assert_eq!(sources(spaced), ["Android Authority"]);
    }

    #[test]
    fn chains() {
        let found = cites("Serangan itu, seperti dilansir Mehr dan i24News, menewaskan dua orang.");
        let got: Vec<&str> = found.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(got, ["Mehr", "i24News"]);
        assert!(found.iter().all(|c| c.3 == Rule::CitationChain));
        assert_eq!(
            sources("DilansirThe GuardiandanBBC, Kamis (3/7/2025), ia ditahan."),
            ["The Guardian", "BBC"]
        );
    }

    #[test]
    fn source_on_its_own_line() {
        let text = "Harga naik, dilansir\nAFP\n, Selasa (10/6/2025).";
        let body: Vec<Paragraph> = crate::frame::layout::Layout::new(text)
            .blocks
            .into_iter()
            .map(|span| Paragraph { span })
            .collect();
        let c = find(&Document::new(text), &body);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].source, "AFP");
    }

    #[test]
    fn date_is_not_a_source() {
        assert!(sources("Unggahan akun @ditjenpkrl, dikutip Selasa (17/6/2025).").is_empty());
        assert!(sources("seperti dikutip Jumat (20/6/2025).").is_empty());
    }

    #[test]
    fn data_sources() {
        assert_eq!(
            cites("Mengutip data dari Coinmarketcap, Jumat (13/6/2025), harga turun."),
            [(
                "Coinmarketcap".into(),
                "Mengutip".into(),
                CitationKind::Data,
                Rule::CitationVerbSource
            )]
        );
        assert_eq!(
            cites("\"Kami siap,\" kata dia seperti dikutip dari keterangan pers, Rabu."),
            [(
                "keterangan pers".into(),
                "dikutip".into(),
                CitationKind::Data,
                Rule::CitationDocument
            )]
        );
        let c = cites("Melansir laman resmi BMKG, hujan turun sore ini.");
        assert_eq!(c[0].0, "BMKG");
        assert_eq!(c[0].2, CitationKind::Data);
    }

    #[test]
    fn institutions_are_data_and_people_are_not_cited() {
        let c = cites("Hal itu dikutip dari situs Kemenag, Jumat (20/6/2025).");
        assert_eq!((c[0].0.as_str(), c[0].2), ("Kemenag", CitationKind::Data));
        let c = cites("Ia mengutip Kementerian Kesehatan, Senin.");
        assert_eq!(
            (c[0].0.as_str(), c[0].2),
            ("Kementerian Kesehatan", CitationKind::Data)
        );
        assert!(sources("Ia mengutip Komisaris Polisi Ahmedabad, GS Malik.").is_empty());
        let c = cites("Kabar itu dilansir kantor berita Yonhap Selasa (3/6).");
        assert_eq!((c[0].0.as_str(), c[0].2), ("Yonhap", CitationKind::Media));
        let c = cites("Hal itu dikutip kantor berita Austria.");
        assert_eq!(c[0].2, CitationKind::Media);
    }

    #[test]
    fn menurut_only_with_known_media() {
        assert!(sources("Menurut Peskov, pertemuan itu hangat.").is_empty());
        assert_eq!(
            cites("Menurut Reuters, kapal itu tenggelam."),
            [(
                "Reuters".into(),
                "Menurut".into(),
                CitationKind::Media,
                Rule::CitationKnownMedia
            )]
        );
        assert!(sources("Ia dilaporkan ke Polda Metro Jaya.").is_empty());
        assert!(sources("Dananya bersumber dari APBN.").is_empty());
        assert!(sources("Gejala yang dilaporkan antara lain demam.").is_empty());
        assert!(sources("Menurut siaran pers yang diterima, rapat ditunda.").is_empty());
    }

    #[test]
    fn verb_inside_longer_word_is_no_citation() {
        assert!(sources("Menurutnya, Reuters keliru.").is_empty());
        assert!(sources("dikutipnya Reuters").is_empty());
    }

    #[test]
    fn lowercase_after_verb_is_no_source() {
        assert_eq!(
            sources("dikutip dari laman resmi klub."),
            ["laman resmi klub"]
        );
    }

    #[test]
    fn seed_citation() {
        let Ok(text) = std::fs::read_to_string("../shared/seed/wahananews-xi-putin-nato.txt")
        else {
            return;
        };
        let a = crate::parse(&text);
        let c = find(&Document::new(&text), &a.body);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].source, "CNN");
        assert_eq!(c[0].kind, CitationKind::Media);
        assert_eq!(c[0].span.slice(&text), Some("seperti dikutip CNN"));
    }
}
