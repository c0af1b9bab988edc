//! The pyo3-free half of the Python bindings (`src/python.rs`, behind the `python`
//! feature): the parse a Python call runs ([`parse_text`]) and the conversion of its result
//! into what the result classes hold ([`Findings`]: spans in code points, kinds and dates as
//! strings, the text of each finding that has one sliced from the article). It compiles
//! without pyo3 (the `pyclass` attributes apply only with the feature) so that the fuzz
//! target `python` runs this very code. Not part of the API: hidden from the documentation.

use std::panic::{AssertUnwindSafe, catch_unwind};

use serde::{Deserialize, Serialize};

use crate::text::CharOffsets;
use crate::{Meta, Span};

/// A `[start, end)` range of code point offsets, written `[start, end]` in JSON.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Cp(pub usize, pub usize);

/// Declares a result class once for both builds: with the `python` feature a frozen
/// `#[pyclass]` of the module `berita`, named as `pyclass("Name")` says, with `==` and
/// `hash()`, whose fields marked `[get]` are read-only Python attributes (`#[pyo3(get)]`);
/// without the feature the same plain struct. The struct is written out twice because pyo3
/// cannot take `#[cfg_attr(feature = "python", pyo3(get))]` on a field (PyO3/pyo3#1003); the
/// class options are written here, not passed in, because the code pyo3 makes for `eq` and
/// `hash` must come from the same macro as the attribute (hygiene).
macro_rules! result_class {
    (
        $(#[doc = $doc:literal])*
        pyclass($pyname:literal)
        #[derive($($derive:path),*)]
        pub struct $name:ident {
            $(
                $(#[$attr:meta])*
                $([$get:ident])?
                pub $field:ident: $ty:ty,
            )*
        }
    ) => {
        #[cfg(feature = "python")]
        $(#[doc = $doc])*
        #[pyo3::pyclass(name = $pyname, module = "berita", frozen, eq, hash)]
        #[derive($($derive),*)]
        pub struct $name {
            $(
                $(#[$attr])*
                $(#[pyo3($get)])?
                pub $field: $ty,
            )*
        }

        #[cfg(not(feature = "python"))]
        $(#[doc = $doc])*
        #[derive($($derive),*)]
        pub struct $name {
            $(
                $(#[$attr])*
                pub $field: $ty,
            )*
        }
    };
}

result_class! {
    /// The stamp that opens the story: who filed it and from where (`JAKARTA, KOMPAS.com -`).
    pyclass("Dateline")
    #[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub struct PyDateline {
        /// The outlet as written (`KOMPAS.com`), or None.
        [get]
        pub outlet: Option<String>,
        /// A stable lower-case key for the outlet (`kompas`, `tribunsolo`), or None.
        [get]
        pub outlet_id: Option<String>,
        /// The network the outlet belongs to (`tribunnews`), or None.
        [get]
        pub network: Option<String>,
        /// The city as a person would write it (`Jakarta`), or None.
        [get]
        pub city: Option<String>,
        /// The span in code points (Python reads it as `start`, `end` and `span`).
        pub span: Cp,
        /// The rule that found it.
        [get]
        pub rule: String,
        /// The stamp as written (`text[start:end]`).
        #[serde(default)]
        [get]
        pub text: String,
    }
}

result_class! {
    /// A person credited in a byline or footer, with what they did.
    pyclass("Credit")
    #[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub struct PyCredit {
        /// The person's name as written.
        [get]
        pub name: String,
        /// `reporter`, `editor`, `writer`, `photographer`, `contributor` or `translator`.
        [get]
        pub role: String,
        /// The span in code points (Python reads it as `start`, `end` and `span`).
        pub span: Cp,
        /// The rule that found it.
        [get]
        pub rule: String,
    }
}

result_class! {
    /// A closing code naming reporter and editor: `[qnt]`, `(dna/dna)`.
    pyclass("Code")
    #[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub struct PyCode {
        /// The code as written, brackets included.
        [get]
        pub raw: String,
        /// The parts between the brackets, split at `/`.
        [get]
        pub initials: Vec<String>,
        /// The span in code points (Python reads it as `start`, `end` and `span`).
        pub span: Cp,
        /// The rule that found it.
        [get]
        pub rule: String,
    }
}

result_class! {
    /// Something berita could not do with its input, said instead of dropped: an unreadable
    /// `published` (`published_unreadable`), a text cut at the size limit (`text_truncated`).
    pyclass("ParseWarning")
    #[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub struct PyWarning {
        /// What it is about: `published_unreadable` or `text_truncated`.
        [get]
        pub kind: String,
        /// What happened, for people.
        [get]
        pub message: String,
    }
}

result_class! {
    /// A "Baca juga" line: a link to another story, not part of this one.
    pyclass("ReadAlso")
    #[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub struct PyReadAlso {
        /// The linked headline (empty when the scraper dropped it).
        [get]
        pub title: String,
        /// The marker as written (`Baca juga:`).
        [get]
        pub marker: String,
        /// The span in code points (Python reads it as `start`, `end` and `span`).
        pub span: Cp,
        /// The headline's own `(start, end)` in code points, or None.
        [get]
        pub title_span: Option<(usize, usize)>,
        /// The rule that found it.
        [get]
        pub rule: String,
        /// Marker and headline as written (`text[start:end]`).
        #[serde(default)]
        [get]
        pub text: String,
    }
}

result_class! {
    /// Page furniture around the story (`ADVERTISEMENT`, a syndication credit, ...).
    pyclass("Boilerplate")
    #[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub struct PyBoilerplate {
        /// What it is: `advertisement`, `embed`, `syndication`, `copyright`, ...
        [get]
        pub kind: String,
        /// The span in code points (Python reads it as `start`, `end` and `span`).
        pub span: Cp,
        /// For syndication credits and copy tails: the outlet credited, or None.
        [get]
        pub source: Option<String>,
        /// The rule that found it.
        [get]
        pub rule: String,
        /// The furniture as written (`text[start:end]`).
        #[serde(default)]
        [get]
        pub text: String,
    }
}

result_class! {
    /// One paragraph of the story itself.
    pyclass("Paragraph")
    #[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub struct PyParagraph {
        /// The span in code points (Python reads it as `start`, `end` and `span`).
        pub span: Cp,
        /// The paragraph as written (`text[start:end]`).
        #[serde(default)]
        [get]
        pub text: String,
    }
}

result_class! {
    /// The verb of saying that attributes a quote (`ujar`, `kata dia`, `menurut`).
    pyclass("Cue")
    #[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub struct PyCue {
        /// The cue as written (`ujarnya`, `kata dia`).
        [get]
        pub text: String,
        /// Its lemma (`ujar`, `kata`).
        [get]
        pub lemma: String,
        /// The span in code points (Python reads it as `start`, `end` and `span`).
        pub span: Cp,
    }
}

result_class! {
    /// Who said a quote: the mention as written and the person it resolves to.
    pyclass("Speaker")
    #[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub struct PySpeaker {
        /// The mention as written (`Peskov`, `ia`, `-nya`).
        [get]
        pub mention: String,
        /// The fullest name it refers to (`Dmitry Peskov`), or None.
        [get]
        pub name: Option<String>,
        /// The role the article gives (`juru bicara Kremlin`), or None.
        [get]
        pub role: Option<String>,
        /// `person`, `organisation`, `document` or `group`.
        [get]
        pub kind: String,
        /// The span in code points (Python reads it as `start`, `end` and `span`).
        pub span: Cp,
        /// The rule that chose this speaker.
        [get]
        pub rule: String,
    }
}

result_class! {
    /// Words the article attributes to someone, with the cue and the speaker.
    pyclass("Quote")
    #[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub struct PyQuote {
        /// `direct`, `partial` or `indirect`.
        [get]
        pub kind: String,
        /// The quoted words, without the marks.
        [get]
        pub text: String,
        /// The span in code points (Python reads it as `start`, `end` and `span`).
        pub span: Cp,
        /// The verb of saying, or None.
        [get]
        pub cue: Option<PyCue>,
        /// Who said it, or None.
        [get]
        pub speaker: Option<PySpeaker>,
        /// The outlet the quote was taken from (`CNN`), or None.
        [get]
        pub citation: Option<String>,
        /// The rule that found the quote.
        [get]
        pub rule: String,
    }
}

result_class! {
    /// Quoted text that is nobody's speech: a title, a term, a nickname.
    pyclass("QuotedTerm")
    #[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub struct PyQuotedTerm {
        /// The words between the marks.
        [get]
        pub text: String,
        /// The span in code points (Python reads it as `start`, `end` and `span`).
        pub span: Cp,
        /// The rule that judged it a term.
        [get]
        pub rule: String,
    }
}

result_class! {
    /// Material the article says it took from elsewhere: `seperti dikutip CNN`.
    pyclass("Citation")
    #[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub struct PyCitation {
        /// The source as written (`CNN`, `Reuters`).
        [get]
        pub source: String,
        /// The verb as written (`dikutip`, `dilansir`).
        [get]
        pub verb: String,
        /// `media` or `data`.
        [get]
        pub kind: String,
        /// The span in code points (Python reads it as `start`, `end` and `span`).
        pub span: Cp,
        /// The source's own `(start, end)` in code points.
        [get]
        pub source_span: (usize, usize),
        /// The rule that found it.
        [get]
        pub rule: String,
        /// The whole citation phrase as written (`text[start:end]`).
        #[serde(default)]
        [get]
        pub text: String,
    }
}

result_class! {
    /// A mention of a date or time (`Jumat (4/2)`, `pukul 10.00 WIB`), resolved when it can be.
    pyclass("DateMention")
    #[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub struct PyDateMention {
        /// The mention as written.
        [get]
        pub raw: String,
        /// The span in code points (Python reads it as `start`, `end` and `span`).
        pub span: Cp,
        /// Weekday written (Monday 1 … Sunday 7), or None.
        [get]
        pub weekday: Option<u8>,
        /// Day of the month written, or None.
        [get]
        pub day: Option<u8>,
        /// Month written, or None.
        [get]
        pub month: Option<u8>,
        /// Year written (even a typo), or None.
        [get]
        pub year: Option<i32>,
        /// Last day of a range (`10-12/6`), or None.
        [get]
        pub end_day: Option<u8>,
        /// Month of a range's last day (`8` for `7 Juli hingga 10 Agustus`), or None.
        [get]
        pub end_month: Option<u8>,
        /// Year of a range's last day, when a year is written, or None.
        [get]
        pub end_year: Option<i32>,
        /// Time of day written, `HH:MM` (see `time_of_day` for a datetime.time).
        pub time: Option<String>,
        /// UTC offset of the written zone (`+07:00` for WIB), or None.
        [get]
        pub utc_offset: Option<String>,
        /// Part of day (`pagi`, `malam`), or None.
        [get]
        pub part_of_day: Option<String>,
        /// For relative mentions (`kemarin`): the phrase's kind, or None.
        [get]
        pub relative: Option<String>,
        /// The resolved date, ISO (see the `resolved` property for a datetime.date).
        pub resolved: Option<String>,
        /// What the resolution rests on (`written`, `published`, ...), or None.
        [get]
        pub anchor: Option<String>,
        /// Whether the written weekday agrees with the resolved date, or None.
        [get]
        pub weekday_matches: Option<bool>,
        /// The year looked like a typo and was not taken at face value.
        [get]
        pub year_suspect: bool,
        /// The rule that found it.
        [get]
        pub rule: String,
    }
}

impl PyWarning {
    fn from_rust(w: &crate::Warning, _: &CodePoints<'_>) -> Self {
        PyWarning {
            kind: w.kind.as_str().to_owned(),
            message: w.message.clone(),
        }
    }
}

impl PyQuote {
    /// Who said it, for people: the speaker's name, else the mention; None without a speaker.
    pub fn speaker_name(&self) -> Option<&str> {
        let s = self.speaker.as_ref()?;
        Some(s.name.as_deref().unwrap_or(&s.mention))
    }
}

/// One parsed text seen in code points: converts the parser's byte spans and slices the text
/// by code point spans. The byte → code point map is built in one pass over the text, and
/// not at all for ASCII text ([`CharOffsets`]).
struct CodePoints<'a> {
    text: &'a str,
    offsets: CharOffsets,
}

impl<'a> CodePoints<'a> {
    fn new(text: &'a str) -> Self {
        CodePoints {
            text,
            offsets: CharOffsets::new(text),
        }
    }

    /// A byte span as code points, rounded as in the `berita/1` document.
    fn span(&self, span: Span) -> Cp {
        Cp(
            self.offsets.to_char(span.start),
            self.offsets.to_char(span.end),
        )
    }

    /// A byte span as a `(start, end)` pair of code points.
    fn pair(&self, span: Span) -> (usize, usize) {
        let Cp(start, end) = self.span(span);
        (start, end)
    }

    /// The text a code point span covers (empty when it is out of bounds).
    fn slice(&self, span: Cp) -> String {
        let (start, end) = (self.offsets.to_byte(span.0), self.offsets.to_byte(span.1));
        self.text.get(start..end).unwrap_or_default().to_owned()
    }
}

impl PyDateline {
    fn from_rust(d: &crate::Dateline, at: &CodePoints<'_>) -> Self {
        PyDateline {
            outlet: d.outlet.clone(),
            outlet_id: d.outlet_id.clone(),
            network: d.network.clone(),
            city: d.city.clone(),
            span: at.span(d.span),
            rule: d.rule.as_str().to_owned(),
            text: String::new(),
        }
    }
}

impl PyCredit {
    fn from_rust(c: &crate::Credit, at: &CodePoints<'_>) -> Self {
        PyCredit {
            name: c.name.clone(),
            role: c.role.as_str().to_owned(),
            span: at.span(c.span),
            rule: c.rule.as_str().to_owned(),
        }
    }
}

impl PyCode {
    fn from_rust(c: &crate::Code, at: &CodePoints<'_>) -> Self {
        PyCode {
            raw: c.raw.clone(),
            initials: c.initials.clone(),
            span: at.span(c.span),
            rule: c.rule.as_str().to_owned(),
        }
    }
}

impl PyReadAlso {
    fn from_rust(r: &crate::ReadAlso, at: &CodePoints<'_>) -> Self {
        PyReadAlso {
            title: r.title.clone(),
            marker: r.marker.clone(),
            span: at.span(r.span),
            title_span: r.title_span.map(|s| at.pair(s)),
            rule: r.rule.as_str().to_owned(),
            text: String::new(),
        }
    }
}

impl PyBoilerplate {
    fn from_rust(b: &crate::Boilerplate, at: &CodePoints<'_>) -> Self {
        PyBoilerplate {
            kind: b.kind.as_str().to_owned(),
            span: at.span(b.span),
            source: b.source.clone(),
            rule: b.rule.as_str().to_owned(),
            text: String::new(),
        }
    }
}

impl PyParagraph {
    fn from_rust(p: &crate::Paragraph, at: &CodePoints<'_>) -> Self {
        PyParagraph {
            span: at.span(p.span),
            text: String::new(),
        }
    }
}

impl PyCue {
    fn from_rust(c: &crate::Cue, at: &CodePoints<'_>) -> Self {
        PyCue {
            text: c.text.clone(),
            lemma: c.lemma.clone(),
            span: at.span(c.span),
        }
    }
}

impl PySpeaker {
    fn from_rust(s: &crate::Speaker, at: &CodePoints<'_>) -> Self {
        PySpeaker {
            mention: s.mention.clone(),
            name: s.name.clone(),
            role: s.role.clone(),
            kind: s.kind.as_str().to_owned(),
            span: at.span(s.span),
            rule: s.rule.as_str().to_owned(),
        }
    }
}

impl PyQuote {
    fn from_rust(q: &crate::Quote, at: &CodePoints<'_>) -> Self {
        PyQuote {
            kind: q.kind.as_str().to_owned(),
            text: q.text.clone(),
            span: at.span(q.span),
            cue: q.cue.as_ref().map(|c| PyCue::from_rust(c, at)),
            speaker: q.speaker.as_ref().map(|s| PySpeaker::from_rust(s, at)),
            citation: q.citation.clone(),
            rule: q.rule.as_str().to_owned(),
        }
    }
}

impl PyQuotedTerm {
    fn from_rust(t: &crate::QuotedTerm, at: &CodePoints<'_>) -> Self {
        PyQuotedTerm {
            text: t.text.clone(),
            span: at.span(t.span),
            rule: t.rule.as_str().to_owned(),
        }
    }
}

impl PyCitation {
    fn from_rust(c: &crate::Citation, at: &CodePoints<'_>) -> Self {
        PyCitation {
            source: c.source.clone(),
            verb: c.verb.clone(),
            kind: c.kind.as_str().to_owned(),
            span: at.span(c.span),
            source_span: at.pair(c.source_span),
            rule: c.rule.as_str().to_owned(),
            text: String::new(),
        }
    }
}

impl PyDateMention {
    fn from_rust(d: &crate::DateMention, at: &CodePoints<'_>) -> Self {
        PyDateMention {
            raw: d.raw.clone(),
            span: at.span(d.span),
            weekday: d.weekday,
            day: d.day,
            month: d.month,
            year: d.year,
            end_day: d.end_day,
            end_month: d.end_month,
            end_year: d.end_year,
            time: d.time.map(|t| t.to_string()),
            utc_offset: d.utc_offset.clone(),
            part_of_day: d.part_of_day.clone(),
            relative: d.relative.clone(),
            resolved: d.resolved.map(|r| r.to_string()),
            anchor: d.anchor.map(|a| a.as_str().to_owned()),
            weekday_matches: d.weekday_matches,
            year_suspect: d.year_suspect,
            rule: d.rule.as_str().to_owned(),
        }
    }
}

/// Everything an article found, as the result classes hold it: spans in code points, kinds
/// and dates as strings, the `text` of each finding that has one sliced from the article.
/// Field for field the `berita/1` document, which it deserialises from.
#[derive(Debug, Default, PartialEq, Deserialize)]
pub struct Findings {
    /// The opening stamp, or None.
    pub dateline: Option<PyDateline>,
    /// People credited in bylines and footers.
    pub byline: Vec<PyCredit>,
    /// Closing codes.
    pub codes: Vec<PyCode>,
    /// Read-also lines.
    pub read_also: Vec<PyReadAlso>,
    /// Page furniture.
    pub boilerplate: Vec<PyBoilerplate>,
    /// The story's paragraphs.
    pub body: Vec<PyParagraph>,
    /// Quotes with their cues and speakers.
    pub quotes: Vec<PyQuote>,
    /// Quoted titles and terms.
    pub quoted_terms: Vec<PyQuotedTerm>,
    /// Media and data citations.
    pub citations: Vec<PyCitation>,
    /// Date and time mentions.
    pub dates: Vec<PyDateMention>,
    /// The publication date given as metadata, ISO.
    pub published: Option<String>,
    /// What could not be done with the input.
    #[serde(default)]
    pub warnings: Vec<PyWarning>,
}

/// Each of `items` converted by `convert`.
fn each<T, U>(items: &[T], at: &CodePoints<'_>, convert: fn(&T, &CodePoints<'_>) -> U) -> Vec<U> {
    items.iter().map(|x| convert(x, at)).collect()
}

impl Findings {
    /// The findings of a parsed article, straight from its Rust structs.
    pub fn from_article(a: &crate::Article) -> Self {
        let at = CodePoints::new(&a.text);
        let mut findings = Findings {
            dateline: a.dateline.as_ref().map(|d| PyDateline::from_rust(d, &at)),
            byline: each(&a.byline, &at, PyCredit::from_rust),
            codes: each(&a.codes, &at, PyCode::from_rust),
            read_also: each(&a.read_also, &at, PyReadAlso::from_rust),
            boilerplate: each(&a.boilerplate, &at, PyBoilerplate::from_rust),
            body: each(&a.body, &at, PyParagraph::from_rust),
            quotes: each(&a.quotes, &at, PyQuote::from_rust),
            quoted_terms: each(&a.quoted_terms, &at, PyQuotedTerm::from_rust),
            citations: each(&a.citations, &at, PyCitation::from_rust),
            dates: each(&a.dates, &at, PyDateMention::from_rust),
            published: a.published.map(|d| d.to_string()),
            warnings: each(&a.warnings, &at, PyWarning::from_rust),
        };
        findings.slice_texts(&at);
        findings
    }

    /// The findings a `berita/1` document of `text` describes (an unpickled article's).
    pub fn from_document(json: &str, text: &str) -> Result<Self, String> {
        let mut findings: Findings = serde_json::from_str(json).map_err(|e| e.to_string())?;
        findings.slice_texts(&CodePoints::new(text));
        Ok(findings)
    }

    /// Fills the `text` of each finding that has one: the article's text at its span.
    fn slice_texts(&mut self, at: &CodePoints<'_>) {
        if let Some(d) = self.dateline.as_mut() {
            d.text = at.slice(d.span);
        }
        self.read_also
            .iter_mut()
            .for_each(|r| r.text = at.slice(r.span));
        self.boilerplate
            .iter_mut()
            .for_each(|b| b.text = at.slice(b.span));
        self.body.iter_mut().for_each(|p| p.text = at.slice(p.span));
        self.citations
            .iter_mut()
            .for_each(|c| c.text = at.slice(c.span));
    }
}

/// The parser's result for one text (no GIL needed); a panic becomes an error message.
pub fn parse_text(
    parser: &crate::Parser,
    text: &str,
    meta: &Meta,
) -> Result<crate::Article, String> {
    catch_unwind(AssertUnwindSafe(|| parser.parse_with(text, meta)))
        .map_err(|_| "internal error in berita: the parser panicked".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The demo article behind a line of two-byte and three-byte characters, so that byte
    /// and code point offsets differ everywhere after it.
    fn wide_article() -> crate::Article {
        let text = format!("Pé “ü” — ñ\n{}", crate::DEMO_TEXT);
        let meta = Meta {
            published: Some(crate::DEMO_PUBLISHED.to_owned()),
            ..Meta::default()
        };
        parse_text(crate::parser::default_parser(), &text, &meta)
            .expect("the parser does not panic")
    }

    #[test]
    fn spans_count_the_code_points_before_them() {
        let a = wide_article();
        let f = Findings::from_article(&a);
        let cp = |byte: usize| a.text.get(..byte).map(|s| s.chars().count());
        assert!(!f.body.is_empty() && !f.quotes.is_empty() && !f.dates.is_empty());
        for (p, pp) in a.body.iter().zip(&f.body) {
            assert_eq!(
                (cp(p.span.start), cp(p.span.end)),
                (Some(pp.span.0), Some(pp.span.1))
            );
            assert_eq!(p.span.slice(&a.text), Some(pp.text.as_str()));
        }
        for (q, pq) in a.quotes.iter().zip(&f.quotes) {
            assert_eq!(
                (cp(q.span.start), cp(q.span.end)),
                (Some(pq.span.0), Some(pq.span.1))
            );
        }
        assert_eq!(f.published, a.published.map(|d| d.to_string()));
    }

    #[test]
    fn the_document_reads_back_as_the_same_findings() {
        let a = wide_article();
        let back = Findings::from_document(&a.to_json(), &a.text);
        assert_eq!(back, Ok(Findings::from_article(&a)));
    }
}
