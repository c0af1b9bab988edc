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
//! (`menurut`, `dilaporkan`, `bersumber`) cite only a known outlet. A few shapes read the
//! other way: a known outlet before a verb that closes the sentence (`..., kantor berita
//! Yonhap melaporkan.`), and source footers (`sumber : Antara`, [`footers`]). The article's
//! own outlet is never a source ([`OwnOutlet`]): `dirangkum Liputan6.com dari berbagai
//! sumber`, `katanya, dikutip CNBC Indonesia` in CNBC's own article.

mod footers;
mod own;

pub(crate) use own::OwnOutlet;

use crate::Rule;
use std::sync::LazyLock;

use aho_corasick::packed;
use regex::Regex;

use crate::article::{Boilerplate, Citation, CitationKind, Paragraph, Span};
use crate::document::Document;
use crate::lexicon::in_list;
use crate::lexicon::media::{
    BRAND_PREFIXES, CHAIN_WORDS, CITING_LEADS, CITING_PREPOSITIONS, CITING_VERBS, CitingVerb,
    DATA_SOURCES, DOCUMENTS, DOMAIN_ENDINGS, GLUED_AFTER_NAME, INSTITUTION_WORDS, LOWER_CASE_NAMES,
    MEDIA, NAME_CONNECTORS, OWNER_STOP_WORDS, PERSONAL_DOCUMENTS, ROLE_TITLES, UNNAMED_SOURCES,
    VENUES, WEEKDAYS,
};
use crate::lexicon::places::PLACES;
use crate::text::is_blank;

/// How far after the verb a citation may reach, in bytes.
const REACH: usize = 200;
/// Most words in one source's name.
const NAME_WORDS: usize = 7;
/// Most sources in one chain.
const CHAIN_LEN: usize = 4;
/// How far before a verb that closes its sentence the comma before its source may be, in
/// bytes (`, kantor berita Associated Press melaporkan.`).
const BACK_REACH: usize = 60;

/// Finds citations in the body paragraphs, source footers anywhere, and the outlets the
/// syndication credits among `boilerplate` name, in text order.
pub(crate) fn find(
    doc: &Document,
    body: &[Paragraph],
    boilerplate: &[Boilerplate],
) -> Vec<Citation> {
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
    footers::find(text, lowered, &mut out);
    footers::syndicated(text, lowered, boilerplate, &mut out);
    out.sort_by_key(|c| c.span);
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

/// A capitalised verb glued to the lower-case letter before it: a heading run into the next
/// sentence (`Aktivis Asal SwediaMelansir BBC`; 10 in the corpus). Case-sensitive, and a
/// pattern of its own: folded into [`VERB`] it slowed every paragraph's search.
static GLUED_VERB: LazyLock<Regex> = LazyLock::new(|| {
    let capitalised: Vec<String> = CITING_VERBS.iter().map(|v| capitalise(v.word)).collect();
    Regex::new(&format!(r"[a-z](?:{})", capitalised.join("|")))
        .unwrap_or_else(|e| unreachable!("glued citation verb pattern: {e}"))
});

/// The verbs of citing, lower case, searched in the lower-case copy of each paragraph: a
/// [`VERB`] match holds one, unless the text has a letter that Unicode case folding (`(?i)`)
/// takes for an ASCII one ([`FOLDED_LETTERS`]). A vectorised substring search (Teddy) tells
/// the paragraphs that may cite from the rest at a fraction of the regex's cost; `None`
/// (no such search on this processor) runs the regex everywhere.
///
/// A verb that needs a report word after it is searched with it, one blank between
/// (`berdasarkan berita`): `berdasarkan` alone is in about one paragraph in five.
static VERB_TRIGGERS: LazyLock<Option<packed::Searcher>> = LazyLock::new(|| {
    packed::Searcher::new(CITING_VERBS.iter().flat_map(|v| {
        let word = v.word.to_ascii_lowercase();
        if v.report_words.is_empty() {
            vec![word]
        } else {
            v.report_words
                .iter()
                .map(|r| format!("{word} {r}"))
                .collect()
        }
    }))
});

/// `melansir` -> `Melansir`.
fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The non-ASCII letters `(?i)` matches for ASCII ones: the Kelvin sign `K` (for `k`) and
/// the long `ſ` (for `s`).
const FOLDED_LETTERS: [char; 2] = ['\u{212A}', '\u{17F}'];

/// Citations whose verb starts in the first `own` bytes of `s` (the paragraph; the rest of
/// `s` is the start of the next one).
fn find_in(s: &str, base: usize, own: usize, out: &mut Vec<Citation>) {
    let spaced = VERB.find_iter(s).map(|m| Span::new(m.start(), m.end()));
    // The glued verb starts after the letter it is glued to.
    let glued = GLUED_VERB
        .find_iter(s)
        .map(|m| Span::new(m.start() + 1, m.end()));
    for whole in spaced.chain(glued) {
        if whole.start >= own {
            continue;
        }
        let Some(verb) = whole.slice(s).map(verb_of) else {
            continue;
        };
        let Some(entry) = CITING_VERBS
            .iter()
            .find(|v| v.word.eq_ignore_ascii_case(verb))
        else {
            continue;
        };
        let tail_end = floor_boundary(s, whole.end.saturating_add(REACH));
        let Some(tail) = s.get(..tail_end) else {
            continue;
        };
        let phrase = Phrase {
            s: tail,
            base,
            start: whole.start,
            verb,
            verb_end: whole.end,
            entry: *entry,
        };
        if entry.closes_after_source && closes_sentence(s.get(whole.end..own).unwrap_or("")) {
            phrase.read_back(out);
        } else {
            phrase.read(whole.end, 0, out);
        }
    }
}

/// Whether what follows a verb (up to its paragraph's end) closes the sentence: nothing, or
/// a full stop, question or exclamation mark (`Yonhap melaporkan.`).
fn closes_sentence(rest: &str) -> bool {
    let rest = rest.trim_start_matches(is_blank);
    rest.is_empty() || rest.starts_with(['.', '!', '?'])
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

/// What stands between the verb and the source's name: a venue (`laman resmi`), a document
/// (`keterangan pers`), and where the name may start.
struct Lead {
    /// Where the name may start.
    pos: usize,
    /// A piece was glued to the next (`lamanHealth`).
    glued: bool,
    /// A venue or document makes an unknown name a data source.
    data: bool,
    /// The venue, if one is named.
    venue: Option<Venue>,
    /// A document said by people is named (`pernyataan`, see [`PERSONAL_DOCUMENTS`]).
    personal_document: bool,
}

/// A venue named before the source (`laman resmi`, `laman resminya`).
#[derive(Clone, Copy)]
struct Venue {
    start: usize,
    end: usize,
    /// It names its owner (`laman resminya`, "its official site"): a source by itself.
    possessive: bool,
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
        if depth == 0 && !self.entry.report_words.is_empty() {
            let Some((end, g)) = first_match(s, pos, self.entry.report_words) else {
                return;
            };
            glued = g;
            pos = skip_blanks(s, end);
        }
        let lead = read_lead(s, pos, glued);
        let mut names = read_chain(s, lead.pos);
        if names.is_empty() && lead.venue.is_some() {
            // `laman dukungan Google`: a lower-case word between the venue and the name.
            names = read_chain(s, skip_blanks(s, owner_words_end(s, lead.pos)));
        }
        if names.is_empty() {
            self.push_unnamed(&lead, out);
            return;
        }
        if depth == 0 && self.read_quoting_outlet(&names, out) {
            return;
        }
        self.push_names(&names, &lead, out);
    }

    /// A venue with no name after it: `dilansir dari laman resmi klub`, `Dilansir dari laman
    /// resminya`. A document with no name cites nothing (`dikutip dari keterangan pers`, see
    /// [`DOCUMENTS`]).
    fn push_unnamed(&self, lead: &Lead, out: &mut Vec<Citation>) {
        if self.entry.needs_known_media {
            return;
        }
        let s = self.s;
        if let Some(venue) = lead.venue {
            // The venue and its lower-case owner, or the venue alone when it names its owner.
            let owner_end = owner_words_end(s, lead.pos);
            let to = if owner_end > lead.pos {
                owner_end
            } else if venue.possessive {
                venue.end
            } else {
                return;
            };
            let rule = Rule::CitationVenue;
            self.push(venue.start, to, to, CitationKind::Data, rule, out);
        }
    }

    /// `dikutip KompasTekno dari laman dukungan Google` (also glued, `KompasTeknodari`): the
    /// one name is the outlet that did the quoting; the source is what follows `dari`. With
    /// `dari berbagai sumber` after it, the name compiled the piece and nothing is cited.
    /// Whether the phrase is read that way.
    fn read_quoting_outlet(&self, names: &[Name], out: &mut Vec<Citation>) -> bool {
        let s = self.s;
        let [only] = names else {
            return false;
        };
        let after = match_words(s, only.end, "dari")
            .or_else(|| match_words(s, skip_blanks(s, only.end), "dari"));
        let Some((from, _)) = after else {
            return false;
        };
        if first_match(s, skip_blanks(s, from), UNNAMED_SOURCES).is_some() {
            return true;
        }
        let before = out.len();
        self.read(from, 1, out);
        out.len() > before
    }

    /// One citation for each name read after the lead.
    fn push_names(&self, names: &[Name], lead: &Lead, out: &mut Vec<Citation>) {
        let s = self.s;
        let end = names.last().map_or(lead.pos, |n| n.end);
        let end = match match_words(s, skip_blanks(s, end), "sebelumnya") {
            Some((e, false)) => e,
            _ => end,
        };
        let chained = names.len() > 1;
        let personal = lead.personal_document;
        for name in names {
            let Some(source) = s.get(name.start..name.end) else {
                continue;
            };
            if first_word_in(source, ROLE_TITLES) {
                continue;
            }
            let known = classify(source);
            if self.entry.needs_known_media && known != Some(CitationKind::Media) {
                continue;
            }
            if personal && known.is_none() && looks_like_person(source) {
                continue;
            }
            let kind = known.unwrap_or_else(|| kind_of(source, lead.data));
            let rule = if chained {
                Rule::CitationChain
            } else if lead.glued || self.glued_to_verb() {
                Rule::CitationGlued
            } else if self.entry.needs_known_media {
                Rule::CitationKnownMedia
            } else {
                Rule::CitationVerbSource
            };
            self.push(name.start, name.end, end, kind, rule, out);
        }
    }

    /// A known outlet before a verb that closes its sentence: `..., kantor berita Yonhap
    /// melaporkan.` The name runs from the comma before it (a media venue dropped) to the verb.
    fn read_back(&self, out: &mut Vec<Citation>) {
        let s = self.s;
        let Some(head) = s.get(..self.start) else {
            return;
        };
        let head = head.trim_end_matches(is_blank);
        let Some(comma) = head.rfind(',').filter(|&c| head.len() - c <= BACK_REACH) else {
            return;
        };
        let phrase_start = skip_blanks(s, comma + 1);
        let mut from = phrase_start;
        for (venue, _) in VENUES.iter().filter(|(_, data)| !data) {
            if let Some((end, false)) = match_words(s, from, venue) {
                from = skip_blanks(s, end);
                break;
            }
        }
        let Some(name) = read_name(s, from).filter(|n| n.end == head.len()) else {
            return;
        };
        let source = Span::new(name.start, name.end);
        if source.slice(s).and_then(classify) == Some(CitationKind::Media) {
            let phrase = Span::new(phrase_start, self.verb_end);
            let (kind, rule) = (CitationKind::Media, Rule::CitationTrailingReport);
            self.emit(phrase, source, kind, rule, out);
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

    /// Pushes the citation of the source at `from..to`, its phrase running from the verb (or
    /// its lead) to `end`.
    fn push(
        &self,
        from: usize,
        to: usize,
        end: usize,
        kind: CitationKind,
        rule: Rule,
        out: &mut Vec<Citation>,
    ) {
        let phrase = Span::new(self.start, end.max(to));
        self.emit(phrase, Span::new(from, to), kind, rule, out);
    }

    /// Pushes the citation of the source at `source` (in the phrase's text) whose phrase is
    /// `phrase`.
    fn emit(
        &self,
        phrase: Span,
        source: Span,
        kind: CitationKind,
        rule: Rule,
        out: &mut Vec<Citation>,
    ) {
        let Some(name) = source.slice(self.s) else {
            return;
        };
        let shift = |span: Span| Span::new(self.base + span.start, self.base + span.end);
        out.push(Citation {
            source: name.to_owned(),
            verb: self.verb.to_owned(),
            kind,
            span: shift(phrase),
            source_span: shift(source),
            rule,
        });
    }
}

/// Reads the venue and the document between the verb (and its preposition) and the name,
/// from `pos`; `glued` says whether a piece before was glued to the next.
fn read_lead(s: &str, pos: usize, glued: bool) -> Lead {
    let mut lead = Lead {
        pos,
        glued,
        data: false,
        venue: None,
        personal_document: false,
    };
    if let Some((end, g)) = first_match(s, lead.pos, CITING_PREPOSITIONS) {
        lead.glued |= g;
        lead.pos = skip_blanks(s, end);
    }
    for (venue, data_venue) in VENUES {
        if let Some((end, g)) = match_words(s, lead.pos, venue) {
            lead.glued |= g;
            lead.data |= data_venue;
            let possessive = venue.ends_with("nya");
            lead.venue = Some(Venue {
                start: lead.pos,
                end,
                possessive,
            });
            lead.pos = skip_blanks(s, end);
            if let Some(name) = after_venue_country(s, lead.pos) {
                lead.pos = name;
            }
            break;
        }
    }
    for doc in DOCUMENTS {
        if let Some((end, g)) = match_words(s, lead.pos, doc) {
            lead.glued |= g;
            lead.data = true;
            lead.personal_document = PERSONAL_DOCUMENTS.contains(doc);
            lead.pos = skip_blanks(s, end);
            // `keterangan pers dari X`, `unggahannya di Instagram`.
            if let Some((end, g)) = first_match(s, lead.pos, &["dari", "di"]) {
                lead.glued |= g;
                lead.pos = skip_blanks(s, end);
            }
            break;
        }
    }
    lead
}

/// Where the name starts after a venue's country and its comma (`kantor berita Turki,
/// Anadolu Agency`, `koran Swedia,Aftonbladet`, `media Malaysia, New Straits Times`): the
/// name is the apposition, not the country. 9 in the corpus (8 with the comma glued), each
/// read as a citation of the country before.
fn after_venue_country(s: &str, pos: usize) -> Option<usize> {
    let end = word_end(s, pos);
    let word = s.get(pos..end)?;
    let comma = end;
    let is_country = crate::lexicon::lowered(word, |w| in_list!(PLACES, w));
    if !is_country || !s.get(comma..)?.starts_with(',') {
        return None;
    }
    let name = skip_blanks(s, comma + 1);
    s.get(name..)?
        .starts_with(char::is_uppercase)
        .then_some(name)
}

/// The first of `entries` whose words stand at `pos` ([`match_words`]).
fn first_match(s: &str, pos: usize, entries: &[&str]) -> Option<(usize, bool)> {
    entries.iter().find_map(|e| match_words(s, pos, e))
}

/// The kind of a source that is no known outlet or data provider: data after a venue or
/// document (`laman X`, `data X`), for an institution (`Kementerian Kesehatan`) or an
/// account's handle (`@bmkgjateng`); otherwise another medium.
pub(super) fn kind_of(source: &str, data: bool) -> CitationKind {
    match classify(source) {
        Some(kind) => kind,
        None if data || first_word_in(source, INSTITUTION_WORDS) || source.starts_with('@') => {
            CitationKind::Data
        }
        None => CitationKind::Media,
    }
}

/// Whether an unknown name after `pernyataan` is a person's (`Trump`, `Erna Husein`), not
/// a body's: no word written in capitals (`KNKT`) and no institution word.
fn looks_like_person(source: &str) -> bool {
    let acronym = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() > 1 && !w.chars().any(char::is_lowercase)
    };
    !first_word_in(source, INSTITUTION_WORDS) && !source.split(is_blank).any(acronym)
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
        .unwrap_or_default()
        .trim_end_matches(['.', ':', '!', '?']);
    match word.chars().next() {
        Some(c) if c.is_uppercase() || c.is_ascii_digit() => true,
        Some(_) => {
            // `resmi` + `nya.Hanif`: a capital after a glued full stop starts a sentence.
            let head = sentence_glued_at(word)
                .and_then(|i| word.get(..i))
                .unwrap_or(word);
            head.chars().any(char::is_uppercase) || lower_case_name(head)
        }
        None => false,
    }
}

/// Whether a word is a web address (`globes.co`, `www.bmkg.go.id`): two or more labels of
/// letters, digits and hyphens, the last a [`DOMAIN_ENDINGS`] entry.
fn is_domain(word: &str) -> bool {
    let Some((_, last)) = word.rsplit_once('.') else {
        return false;
    };
    let first = word.split('.').next().unwrap_or_default();
    let label = |l: &str| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    first.chars().any(|c| c.is_ascii_alphabetic())
        && word.split('.').all(label)
        && DOMAIN_ENDINGS.contains(&last.to_ascii_lowercase().as_str())
}

/// Whether a word is an account's handle: `@` and at least two letters, digits, `_` or `.`.
fn is_handle(word: &str) -> bool {
    word.strip_prefix('@').is_some_and(|h| {
        h.chars().count() >= 2
            && h.chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
    })
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
    // `The Verge .Kemungkinan`: a word after a stray full stop starts a sentence.
    let starts_well = word
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || c == '@');
    let has_letter = starts_well && word.chars().any(char::is_alphabetic);
    let capital = word.chars().any(char::is_uppercase);
    has_letter && (capital || lower_case_name(word)) && !is_weekday(word)
}

/// Whether a word written in lower case is still a name: a brand (`detikcom`), a known
/// name sites write so (`cryptopotato`), a web address (`globes.co`), a handle (`@akun`).
fn lower_case_name(word: &str) -> bool {
    let lower = word.to_lowercase();
    has_brand_prefix(&lower)
        || in_list!(LOWER_CASE_NAMES, lower.as_str())
        || is_domain(word)
        || is_handle(word)
}

/// Whether a word is a day name.
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
        // A name ends at the end of its line (`Kemenkeu RI` ⏎ `Geser ...`: 8 sources ran
        // on into the next line in the corpus).
        let breaks_line = s.get(pos..w_start).is_some_and(|gap| gap.contains('\n'));
        if i > 0 && (w_start == pos || breaks_line) {
            break;
        }
        let w_end = word_end(s, w_start);
        let word = s.get(w_start..w_end)?;
        let core = word.trim_end_matches(['.', ':', '!', '?', '\'', '\u{2019}']);
        // `Mehr News.Dikutip`: the next sentence glued on at a full stop.
        let core = sentence_glued_at(core)
            .and_then(|stop| core.get(..stop))
            .unwrap_or(core);
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

/// Where a full stop parts a word from a capitalised one glued after it (`News.Dikutip`,
/// `resminya.Hanif`; not `Kompas.TV` nor `U.Today`, names).
fn sentence_glued_at(word: &str) -> Option<usize> {
    word.match_indices('.').map(|(i, _)| i).find(|&i| {
        let mut next = word.get(i + 1..).unwrap_or_default().chars();
        i > 1
            && next.next().is_some_and(char::is_uppercase)
            && next.next().is_some_and(char::is_lowercase)
    })
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
    // `Liputan6.compada`, `Reuterspada`: `pada` glued after any name (44 sources in the
    // corpus); no word ends so but `kepada`, `daripada`.
    if let Some(head) = word.strip_suffix("pada") {
        let lower = head.to_lowercase();
        if head.chars().count() >= 3 && !matches!(lower.as_str(), "ke" | "dari") {
            return Some((head.len(), None));
        }
    }
    // `UKpada`, `BMKGdi`: a word of the sentence glued after a capital ends the name.
    for tail in GLUED_AFTER_NAME {
        if let Some(head) = word.strip_suffix(tail) {
            if head.chars().count() >= 2 && head.chars().next_back().is_some_and(char::is_uppercase)
            {
                return Some((head.len(), None));
            }
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
        find(&Document::new(text), &body, &[])
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
        let c = find(&Document::new(text), &body, &[]);
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
        assert_eq!(
            sources("Kisah ini disadur dari laman Pesantren Darul Ulum, Jombang."),
            ["Pesantren Darul Ulum"]
        );
        assert_eq!(
            sources("Menurut laporan yang disadurSofia Globe, harga naik."),
            ["Sofia Globe"]
        );
        assert_eq!(
            sources("Disitat dariCarsworld, Senin (16/6), pabrik itu tutup."),
            ["Carsworld"]
        );
        assert_eq!(
            sources("Ia yakin menang, sebagaimana disitatDaily Mirror, Rabu (13/6/2012)."),
            ["Daily Mirror"]
        );
    }

    #[test]
    fn diberitakan_sebelumnya() {
        let text = "Seperti diberitakan Kompas.com sebelumnya, banjir surut.";
        let body = [Paragraph {
            span: Span::new(0, text.len()),
        }];
        let c = find(&Document::new(text), &body, &[]);
        assert_eq!(c[0].source, "Kompas.com");
        assert_eq!(
            c[0].span.slice(text),
            Some("Seperti diberitakan Kompas.com sebelumnya")
        );
        assert!(sources("Diberitakan sebelumnya, warga mengungsi.").is_empty());
    }

    #[test]
    fn a_venue_country_before_the_name_in_apposition() {
        assert_eq!(
            sources("Hal itu, seperti dilansir kantor berita Turki,Anadolu Agency, Rabu (4/6)."),
            ["Anadolu Agency"]
        );
        assert_eq!(
            sources("kata pelatih itu dikutip koran Swedia,Aftonbladet."),
            ["Aftonbladet"]
        );
        assert_eq!(
            sources("kata Rexy dilansir dari media Malaysia, The Star, Kamis (23/10)."),
            ["The Star"]
        );
        // A weekday after the outlet's comma is no apposition.
        assert_eq!(
            sources("kata Trump dilansir kantor berita AFP, Senin (7/7)."),
            ["AFP"]
        );
    }

    #[test]
    fn a_known_outlet_after_dilaporkan() {
        assert_eq!(
            sources("Ia dideportasi, seperti dilaporkan Middle East Eye. Ia menolak."),
            ["Middle East Eye"]
        );
    }

    #[test]
    fn glued_pada_and_line_ends_close_a_name() {
        assert_eq!(
            sources("Hal itu dikutip dari Liputan6.compada Senin (2/6/2025)."),
            ["Liputan6.com"]
        );
        assert_eq!(
            sources("Seperti dilansir Reuterspada Selasa, harga naik."),
            ["Reuters"]
        );
        assert_eq!(
            sources("Data itu dikutip dari laman DJPK Kemenkeu RI\nGeser Anggaran Daerah"),
            ["DJPK Kemenkeu RI"]
        );
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
    fn a_word_glued_after_a_name_of_capitals_ends_it() {
        let text = "Seperti dilansir Independent UKpada Senin (3/2), tim itu menang.";
        assert_eq!(sources(text), ["Independent UK"]);
        let data = "Mengutip laman BMKGdi laman resminya, hujan turun.";
        assert_eq!(sources(data), ["BMKG"]);
        // A name that merely ends in the letters of such a word is whole.
        assert_eq!(
            sources("Hal itu dilansir Mahdi News, Senin."),
            ["Mahdi News"]
        );
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
        let c = find(&Document::new(text), &body, &[]);
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
        // A statement with no name of who gave it out cites nothing; with one, it does.
        assert!(
            cites("\"Kami siap,\" kata dia seperti dikutip dari keterangan pers, Rabu.").is_empty()
        );
        assert!(cites("Hal itu dikutip dari keterangan tertulis, Senin (2/6/2025).").is_empty());
        let c = cites("Hal itu dikutip dari keterangan tertulis Kemenkes, Senin (2/6/2025).");
        assert_eq!((c[0].0.as_str(), c[0].2), ("Kemenkes", CitationKind::Data));
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
    fn web_addresses_in_lower_case() {
        assert_eq!(
            sources("Dikutip dari laman contohberita.co, pesawat itu terbang."),
            ["contohberita.co"]
        );
        assert_eq!(
            sources("seperti dirangkum dari lamanportalkita.com,Minggu (8/6/2025)."),
            ["portalkita.com"]
        );
        assert_eq!(
            sources("Dikutip darimajalahsains.org. Lalu"),
            ["majalahsains.org"]
        );
        assert_eq!(
            sources("Dikutip daricryptopotato, Minggu (4/5/2025), harga naik."),
            ["cryptopotato"]
        );
        assert_eq!(
            sources("Gol itu indah, dilansir eurosport, Senin."),
            ["eurosport"]
        );
        assert!(sources("Mengutip suara warga, ia menolak.").is_empty());
        let text = "\"Gempa kuat,\" papar BMKG dikutipWartaKota.comdari laman resminyawww.bmkg.go.id, Rabu (18/6/2025).";
        assert_eq!(sources(text), ["www.bmkg.go.id"]);
        assert!(sources("Ia dikutip dari dokumen itu. dll.").is_empty());
        assert!(is_domain("www.bmkg.go.id") && is_domain("berita-kita.net"));
        assert!(!is_domain("dll.") && !is_domain("Rp1.500") && !is_domain("s.d"));
    }

    #[test]
    fn a_possessive_venue_is_the_source_or_names_one() {
        assert_eq!(
            sources("Dilansir dari laman resminya, harga tiket naik."),
            ["laman resminya"]
        );
    }

    #[test]
    fn accounts_with_their_handles() {
        assert_eq!(
            sources("Hal itu dikutip dari kanal YouTube @kanalkita, Senin."),
            ["YouTube @kanalkita"]
        );
        assert_eq!(
            sources("Dilansir dari akun Instagram@balaitaman, Selasa (10/6/2025), taman ditutup."),
            ["Instagram@balaitaman"]
        );
        let c = cites("Melansir akun @humaskota, pejabat itu hadir.");
        assert_eq!(
            (c[0].0.as_str(), c[0].2),
            ("@humaskota", CitationKind::Data)
        );
        assert_eq!(
            sources("\"Terima kasih,\" ujarnya dikutip dari unggahannya di Instagram, Rabu."),
            ["Instagram"]
        );
        assert_eq!(
            sources("Hal itu dikutip dari tayangan YouTube Kanal Kita, Senin."),
            ["YouTube Kanal Kita"]
        );
        let c = cites("Mengutip keterangan Komdigi, Selasa (17/6/2025), menteri meminta.");
        assert_eq!((c[0].0.as_str(), c[0].2), ("Komdigi", CitationKind::Data));
        let c = cites("Hal itu dikutip dari laman Wikipedia, Senin.");
        assert_eq!((c[0].0.as_str(), c[0].2), ("Wikipedia", CitationKind::Data));
    }

    #[test]
    fn a_heading_glued_to_the_sentence_glues_its_verb() {
        assert_eq!(
            sources("1. Aktivis Asal NorwegiaMelansir BBC, ia lahir di Oslo."),
            ["BBC"]
        );
        assert!(sources("Pemimpin itu tidak disebutkan namanya.").is_empty());
        assert!(sources("Kata itu xdikutip Reuters.").is_empty());
    }

    #[test]
    fn a_sentence_glued_after_the_name() {
        assert_eq!(
            sources("seperti dilansir dari lamanMehr News.Dikutip pula"),
            ["Mehr News"]
        );
        assert_eq!(sources("Mengutip U.Today, harga naik."), ["U.Today"]);
        assert_eq!(
            sources("Melansir The Verge .Kemungkinan itu"),
            ["The Verge"]
        );
        assert!(
            sources("kata Hanif, dikutip dari keterangan resminya.Hanif menjelaskan").is_empty()
        );
    }

    #[test]
    fn a_news_report_after_berdasarkan() {
        assert_eq!(
            sources("Berdasarkan berita Kontan.co.id beberapa waktu lalu, menteri setuju."),
            ["Kontan.co.id"]
        );
        assert_eq!(
            sources("Berdasarkan laporan BBC, Jumat, 241 orang tewas."),
            ["BBC"]
        );
        assert!(sources("Berdasarkan data Bloomberg, IHSG turun.").is_empty());
        assert!(sources("Berdasarkan laporan Polda Metro Jaya, pelaku kabur.").is_empty());
        assert!(sources("Berdasarkan keterangan saksi, mobil melaju kencang.").is_empty());
    }

    #[test]
    fn an_outlet_reporting_at_the_end_of_the_sentence() {
        let c = cites("Perusahaan itu akan memakai alat baru, kantor berita Yonhap melaporkan.");
        assert_eq!(
            c,
            [(
                "Yonhap".into(),
                "melaporkan".into(),
                CitationKind::Media,
                Rule::CitationTrailingReport
            )]
        );
        assert_eq!(
            sources("Ia ditembak dua kali, Haaretz melaporkan"),
            ["Haaretz"]
        );
        // The outlet as the speaker of what follows: no citation (NOTES-batch2).
        assert!(sources("AFP melaporkan, polisi menahan tiga orang.").is_empty());
        assert!(sources("Warga itu, Budi Santoso melaporkan.").is_empty());
        assert!(sources("Warga melaporkan kasus itu ke polisi.").is_empty());
    }

    #[test]
    fn a_statement_by_a_person_is_no_source() {
        assert!(sources("kata Leavitt mengutip pernyataan Trump di depan wartawan.").is_empty());
        assert!(sources("ujar Agus mengutip pernyataan Erna Husein.").is_empty());
        assert_eq!(
            sources("\"Rem blong,\" demikian dikutip dari pernyataan KNKT."),
            ["KNKT"]
        );
    }

    #[test]
    fn the_compiler_of_the_piece_is_no_source() {
        assert!(
            sources("Dirangkum TimWisata Kabarkita.com dari berbagai sumber, Senin.").is_empty()
        );
        assert!(sources("yang dirangkum olehWartaKita.comdari beberapa sumber.").is_empty());
        assert_eq!(
            sources("dilansir WartaKita.com dari laman resmi BMKG, Senin."),
            ["BMKG"]
        );
    }

    #[test]
    fn footers_are_citations_too() {
        let text = "Harga naik.\nsumber : Antara";
        let c = find(&Document::new(text), &[], &[]);
        assert_eq!(c[0].source, "Antara");
        assert_eq!(c[0].rule, Rule::CitationSourceFooter);
        assert_eq!(c[0].span.slice(text), Some("sumber : Antara"));
    }

    #[test]
    fn seed_citation() {
        let Ok(text) = std::fs::read_to_string("../shared/seed/wahananews-xi-putin-nato.txt")
        else {
            return;
        };
        let a = crate::parse(&text);
        let c = find(&Document::new(&text), &a.body, &[]);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].source, "CNN");
        assert_eq!(c[0].kind, CitationKind::Media);
        assert_eq!(c[0].span.slice(&text), Some("seperti dikutip CNN"));
    }
}
