//! The parser: configuration, metadata, and the pipeline that runs the finders in order.

use std::sync::{Arc, LazyLock};

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::article::{Article, BoilerplateKind, Date, Span, Warning, WarningKind};
use crate::document::Document;
use crate::frame::{self, body, boilerplate, credits, dateline, read_also};
use crate::lexicon::outlets::{OutletProfile, OutletTable};
use crate::speech::{attribution, citations, lines, quotes};
use crate::{dates, published};

/// A caller's own boilerplate: a regular expression (`regex` crate syntax) matched inside each
/// block of the article, and the kind to report.
///
/// ```
/// let p = berita::BoilerplatePattern { pattern: r"(?i)^Ikuti kami di .*$".into(), kind: berita::BoilerplateKind::ChannelInvite };
/// let parser = berita::Parser::new(berita::ParserConfig::default().with_boilerplate(p)).unwrap();
/// let a = parser.parse("Hujan turun.\nIkuti kami di Mastodon");
/// assert_eq!(a.boilerplate[0].kind, berita::BoilerplateKind::ChannelInvite);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoilerplatePattern {
    /// The regular expression.
    pub pattern: String,
    /// What it marks.
    pub kind: BoilerplateKind,
}

/// What a [`Parser`] knows beyond its built-in lexicons, and which finders it runs.
///
/// Built from [`ParserConfig::default`] with the `with_*` methods (or by setting its public
/// fields on a default value); it is `#[non_exhaustive]`, so that a new setting in a later
/// version breaks no caller.
///
/// ```
/// let beritabaru = berita::OutletProfile::new("beritabaru", &["BeritaBaru.id"], None);
/// let config = berita::ParserConfig::default().with_outlet(beritabaru);
/// let parser = berita::Parser::new(config).unwrap();
/// let a = parser.parse("BeritaBaru.id, MEDAN - Hujan turun.");
/// assert_eq!(a.dateline.unwrap().outlet_id.as_deref(), Some("beritabaru"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ParserConfig {
    /// Extra outlet profiles, checked before the built-in ones.
    #[serde(default)]
    pub outlets: Vec<OutletProfile>,
    /// Extra boilerplate patterns, checked after the built-in ones.
    #[serde(default)]
    pub boilerplate: Vec<BoilerplatePattern>,
    /// Find quotes, their speakers, media citations and quoted terms (default `true`). Without
    /// them a parse takes about half the time, for those who need only the clean body.
    ///
    /// ```
    /// let frame_only = berita::ParserConfig::default().with_quotes(false);
    /// let a = berita::Parser::new(frame_only).unwrap().parse("\"Kami siap,\" kata Budi.");
    /// assert!(a.quotes.is_empty());
    /// assert_eq!(a.body.len(), 1);
    /// ```
    #[serde(default = "enabled")]
    pub quotes: bool,
    /// Find date and time mentions (default `true`).
    ///
    /// ```
    /// let no_dates = berita::ParserConfig::default().with_dates(false);
    /// let a = berita::Parser::new(no_dates).unwrap().parse("Rapat digelar Senin (16/6).");
    /// assert!(a.dates.is_empty());
    /// ```
    #[serde(default = "enabled")]
    pub dates: bool,
}

/// The default of the stage switches.
fn enabled() -> bool {
    true
}

impl Default for ParserConfig {
    /// No extra outlets or patterns; every finder on.
    ///
    /// ```
    /// let c = berita::ParserConfig::default();
    /// assert!(c.outlets.is_empty() && c.quotes && c.dates);
    /// ```
    fn default() -> Self {
        ParserConfig {
            outlets: Vec::new(),
            boilerplate: Vec::new(),
            quotes: true,
            dates: true,
        }
    }
}

impl ParserConfig {
    /// The configuration with one more outlet profile (checked before the built-in ones).
    ///
    /// ```
    /// let p = berita::OutletProfile::new("beritabaru", &["BeritaBaru.id"], None);
    /// assert_eq!(berita::ParserConfig::default().with_outlet(p).outlets.len(), 1);
    /// ```
    #[must_use]
    pub fn with_outlet(mut self, profile: OutletProfile) -> Self {
        self.outlets.push(profile);
        self
    }

    /// The configuration with one more boilerplate pattern (checked after the built-in ones).
    ///
    /// ```
    /// let p = berita::BoilerplatePattern { pattern: "^Ikuti kami$".into(), kind: berita::BoilerplateKind::ChannelInvite };
    /// assert_eq!(berita::ParserConfig::default().with_boilerplate(p).boilerplate.len(), 1);
    /// ```
    #[must_use]
    pub fn with_boilerplate(mut self, pattern: BoilerplatePattern) -> Self {
        self.boilerplate.push(pattern);
        self
    }

    /// The configuration with quotes, speakers, citations and quoted terms found or not.
    ///
    /// ```
    /// assert!(!berita::ParserConfig::default().with_quotes(false).quotes);
    /// ```
    #[must_use]
    pub fn with_quotes(mut self, on: bool) -> Self {
        self.quotes = on;
        self
    }

    /// The configuration with date and time mentions found or not.
    ///
    /// ```
    /// assert!(!berita::ParserConfig::default().with_dates(false).dates);
    /// ```
    #[must_use]
    pub fn with_dates(mut self, on: bool) -> Self {
        self.dates = on;
        self
    }
}

/// Optional metadata about the article.
///
/// ```
/// let meta = berita::Meta { published: Some("Rabu, 18 Jun 2025 07:30 WIB".into()), ..Default::default() };
/// let a = berita::Parser::default().parse_with("Hujan turun.", &meta);
/// assert_eq!(a.published.unwrap().to_string(), "2025-06-18");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// Publication date: ISO, or any Indonesian date string (see [`crate::parse_published`]).
    pub published: Option<String>,
    /// The outlet's name or id, when known.
    pub outlet: Option<String>,
    /// The article's URL, when known.
    pub url: Option<String>,
}

/// Parses articles. Cheap to clone and to share across threads (`Send + Sync`).
///
/// ```
/// let parser = berita::Parser::default();
/// let a = parser.parse("TEMPO.CO, Jakarta - Hujan turun.");
/// assert_eq!(a.dateline.unwrap().outlet_id.as_deref(), Some("tempo"));
/// ```
#[derive(Clone, Debug)]
pub struct Parser {
    config: ParserConfig,
    outlets: Arc<OutletTable>,
    boilerplate: Arc<Vec<(Regex, BoilerplateKind)>>,
}

static DEFAULT: LazyLock<Parser> = LazyLock::new(|| {
    Parser::new(ParserConfig::default())
        .unwrap_or_else(|_| unreachable!("the empty configuration is valid"))
});

pub(crate) fn default_parser() -> &'static Parser {
    &DEFAULT
}

impl Default for Parser {
    fn default() -> Self {
        default_parser().clone()
    }
}

impl Parser {
    /// A parser with extra outlets and boilerplate patterns.
    ///
    /// # Errors
    /// [`crate::Error::Config`] when a pattern does not compile or a profile is empty.
    ///
    /// ```
    /// assert!(berita::Parser::new(berita::ParserConfig::default()).is_ok());
    /// ```
    pub fn new(config: ParserConfig) -> Result<Parser, crate::Error> {
        let outlets = OutletTable::new(&config.outlets)?;
        let boilerplate = config
            .boilerplate
            .iter()
            .map(|p| {
                Regex::new(&format!("(?m){}", p.pattern))
                    .map(|re| (re, p.kind))
                    .map_err(|e| {
                        crate::Error::Config(format!("boilerplate pattern {:?}: {e}", p.pattern))
                    })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Parser {
            config,
            outlets: Arc::new(outlets),
            boilerplate: Arc::new(boilerplate),
        })
    }

    /// The configuration this parser was built from.
    ///
    /// ```
    /// assert!(berita::Parser::default().config().outlets.is_empty());
    /// ```
    pub fn config(&self) -> &ParserConfig {
        &self.config
    }

    /// Parses one article without metadata.
    ///
    /// ```
    /// let a = berita::Parser::default().parse("JAKARTA - Hujan turun. (zik)");
    /// assert_eq!(a.codes.len(), 1);
    /// ```
    pub fn parse(&self, text: &str) -> Article {
        self.parse_with(text, &Meta::default())
    }

    /// Parses one article with its metadata (publication date, outlet, URL).
    ///
    /// ```
    /// let meta = berita::Meta { published: Some("2025-06-20".into()), ..Default::default() };
    /// let a = berita::Parser::default().parse_with("Kamis (19/6) hujan.", &meta);
    /// assert_eq!(a.dates[0].resolved.unwrap().to_string(), "2025-06-19");
    /// ```
    pub fn parse_with(&self, text: &str, meta: &Meta) -> Article {
        let mut article = Article::empty(text);
        let text = within_limit(text, &mut article.warnings);
        let doc = Document::new(text);
        article.dateline = dateline::find(&doc, &self.outlets);
        article.read_also = read_also::find(&doc);
        let read_also_spans: Vec<Span> = article.read_also.iter().map(|r| r.span).collect();
        article.boilerplate = boilerplate::find(&doc, &self.boilerplate, &read_also_spans);
        frame::settle_claims(&mut article.read_also, &mut article.boilerplate);
        read_also::lost_headlines_to_furniture(&mut article.read_also, &mut article.boilerplate);
        frame::drop_dateline_inside(
            &mut article.dateline,
            &article.read_also,
            &article.boilerplate,
        );
        let mut claimed = self.claimed(&article);
        let credits = credits::find(&doc, &claimed, &article.boilerplate);
        article.byline = credits.byline;
        article.codes = credits.codes;
        article.boilerplate.extend(credits.boilerplate);
        article.boilerplate.sort_by_key(|b| b.span);
        claimed = self.claimed(&article);
        claimed.extend(credits.other);
        claimed.sort();
        article.body = body::assemble(&doc, &claimed);

        article.published = published_of(meta, &mut article.warnings);
        if self.config.quotes {
            let mut body = lines::join(text, &article.body);
            let mut found = quotes::find(text, &body);
            if let Some(joined) = lines::join_bridged(text, &body, &found) {
                body = joined;
                found = quotes::find(text, &body);
            }
            article.citations = citations::find(&doc, &body, &article.boilerplate);
            citations::OwnOutlet::new(article.dateline.as_ref(), meta.outlet.as_deref())
                .drop_from(&mut article.citations);
            let attributed = attribution::attribute(&doc, &body, found, &article.citations);
            article.quotes = attributed.quotes;
            article.quoted_terms = attributed.terms;
        }
        if self.config.dates {
            article.dates = dates::find(
                text,
                &article.body,
                article.published,
                article.dateline.as_ref(),
            );
        }
        article
    }

    /// Everything found so far that is not story.
    fn claimed(&self, a: &Article) -> Vec<Span> {
        let mut spans: Vec<Span> = a.dateline.iter().map(|d| d.span).collect();
        spans.extend(a.read_also.iter().map(|r| r.span));
        spans.extend(a.boilerplate.iter().map(|b| b.span));
        spans.extend(a.codes.iter().map(|c| c.span));
        spans.sort();
        spans
    }
}

/// The largest text berita reads: 16 MiB, a hundred times the longest news article in the
/// corpus. A longer text is read up to the last line break before the limit (or up to the
/// limit itself, on a character boundary, when no line breaks near it), and the article says
/// so with a [`WarningKind::TextTruncated`] warning; its spans still point into the whole
/// text. Memory grows with what is read and found: a 16 MiB text of one-line paragraphs takes
/// about 40 bytes a byte, JSON included; an ordinary article about 20.
///
/// ```
/// let long = "Hujan turun. ".repeat(berita::MAX_TEXT_BYTES / 13 + 1);
/// let a = berita::Parser::new(berita::ParserConfig::default().with_quotes(false))
///     .unwrap()
///     .parse(&long);
/// assert_eq!(a.warnings[0].kind, berita::WarningKind::TextTruncated);
/// assert!(a.body.last().unwrap().span.end <= berita::MAX_TEXT_BYTES);
/// ```
pub const MAX_TEXT_BYTES: usize = 16 * 1024 * 1024;

/// How far back from the limit a line break is looked for, so that a cut text ends with a
/// whole line.
const CUT_LOOK_BACK: usize = 64 * 1024;

/// `text`, or its first part when it is longer than [`MAX_TEXT_BYTES`] (with a warning).
fn within_limit<'t>(text: &'t str, warnings: &mut Vec<Warning>) -> &'t str {
    let cut = cut_at(text, MAX_TEXT_BYTES);
    if cut < text.len() {
        warnings.push(Warning::new(
            WarningKind::TextTruncated,
            format!(
                "text: {} bytes is over the limit of {MAX_TEXT_BYTES}; read up to byte {cut}",
                text.len()
            ),
        ));
    }
    text.get(..cut).unwrap_or(text)
}

/// Where a text longer than `limit` is cut: after the last line break within
/// [`CUT_LOOK_BACK`] bytes before the limit, else at the last character boundary before it.
/// The text's length when it is not longer.
fn cut_at(text: &str, limit: usize) -> usize {
    if text.len() <= limit {
        return text.len();
    }
    let mut cut = limit;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let from = cut.saturating_sub(CUT_LOOK_BACK);
    match text
        .as_bytes()
        .get(from..cut)
        .and_then(|w| memchr::memrchr(b'\n', w))
    {
        Some(newline) => from + newline + 1,
        None => cut,
    }
}

/// The publication date of `meta`, read; a value given but not readable is a warning (the
/// dates it would have anchored stay unresolved), never dropped in silence.
fn published_of(meta: &Meta, warnings: &mut Vec<Warning>) -> Option<Date> {
    let given = meta.published.as_deref().filter(|p| !p.trim().is_empty())?;
    let date = published::parse_published(given);
    if date.is_none() {
        warnings.push(Warning::new(
            WarningKind::PublishedUnreadable,
            format!("published: could not read {given:?}"),
        ));
    }
    date
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_text_is_cut_after_a_line_or_on_a_char_boundary() {
        assert_eq!(cut_at("Hujan.\nTurun.", 100), 13);
        assert_eq!(cut_at("Hujan.\nTurun deras.", 10), 7);
        // `é` is two bytes: a cut at 2 would split it.
        assert_eq!(cut_at("aéb", 2), 1);
    }

    #[test]
    fn an_unreadable_published_is_a_warning() {
        let meta = |p: &str| Meta {
            published: Some(p.into()),
            ..Default::default()
        };
        let parser = Parser::default();
        let a = parser.parse_with("Hujan.", &meta("20220205"));
        assert_eq!(a.warnings.len(), 1);
        assert_eq!(a.warnings[0].kind, WarningKind::PublishedUnreadable);
        assert!(parser.parse_with("Hujan.", &meta("  ")).warnings.is_empty());
        assert!(
            parser
                .parse_with("Hujan.", &meta("2022-02-05"))
                .warnings
                .is_empty()
        );
    }

    #[test]
    fn parser_is_send_sync_clone() {
        fn check<T: Send + Sync + Clone>() {}
        check::<Parser>();
    }

    #[test]
    fn bad_pattern_is_a_config_error() {
        let cfg = ParserConfig {
            boilerplate: vec![BoilerplatePattern {
                pattern: "[".into(),
                kind: BoilerplateKind::Other,
            }],
            ..Default::default()
        };
        assert!(matches!(Parser::new(cfg), Err(crate::Error::Config(_))));
    }
}
