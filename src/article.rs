//! The result types: what [`crate::parse`] finds in an article.
//!
//! Every finding carries a [`Span`] of **byte** offsets into the text that was parsed, and
//! the id of the rule that produced it (`rule`), so a caller can always see where and why.
//! [`Article::to_json`] writes the `berita/1` document, whose spans are **code point**
//! offsets (what Python and most other languages index strings by).

use crate::Rule;
use serde::Serialize;

mod json;

/// A half-open range `[start, end)` of byte offsets into the parsed text.
///
/// Serialised as a two-element array `[start, end]`.
///
/// ```
/// let span = berita::Span::new(2, 5);
/// assert_eq!(span.slice("a bcd e"), Some("bcd"));
/// assert_eq!(span.len(), 3);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (byte offsets).
    ///
    /// ```
    /// assert_eq!(berita::Span::new(1, 4).end, 4);
    /// ```
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The text this span covers, or `None` when it is out of bounds or off a char boundary.
    ///
    /// ```
    /// assert_eq!(berita::Span::new(0, 1).slice("é"), None);
    /// ```
    pub fn slice(self, text: &str) -> Option<&str> {
        text.get(self.start..self.end)
    }

    /// Length in bytes.
    ///
    /// ```
    /// assert_eq!(berita::Span::new(3, 3).len(), 0);
    /// ```
    pub const fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers nothing.
    ///
    /// ```
    /// assert!(berita::Span::new(3, 3).is_empty());
    /// ```
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// Whether `other` lies wholly inside this span.
    ///
    /// ```
    /// use berita::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 4)));
    /// ```
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    ///
    /// ```
    /// use berita::Span;
    /// assert!(Span::new(0, 5).overlaps(Span::new(4, 9)));
    /// assert!(!Span::new(0, 5).overlaps(Span::new(5, 9)));
    /// ```
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl Serialize for Span {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(s)
    }
}

/// The stamp that opens the story: who filed it and from where.
///
/// ```
/// let a = berita::parse("JAKARTA, KOMPAS.com - Hujan turun sejak pagi.");
/// let d = a.dateline.unwrap();
/// assert_eq!(d.outlet.as_deref(), Some("KOMPAS.com"));
/// assert_eq!(d.outlet_id.as_deref(), Some("kompas"));
/// assert_eq!(d.city.as_deref(), Some("Jakarta"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Dateline {
    /// The outlet as written (`KOMPAS.com`, `Liputan6.com`), if the stamp names one.
    pub outlet: Option<String>,
    /// A stable lower-case key for the outlet (`kompas`, `tribunsolo`).
    pub outlet_id: Option<String>,
    /// The network the outlet belongs to (`tribunnews` for `tribunsolo`), if any.
    pub network: Option<String>,
    /// The city as a person would write it (`Jakarta`, `Klaten`), if the stamp names one.
    pub city: Option<String>,
    /// The whole stamp, separator included.
    pub span: Span,
    /// The rule that found it.
    pub rule: Rule,
}

/// What a credited person did for the article.
///
/// ```
/// assert_eq!(berita::Role::Editor.as_str(), "editor");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Role {
    /// Reporter, `Laporan Wartawan`, `Pewarta`, `Rep`.
    Reporter,
    /// Editor, `Redaktur`, `Red`.
    Editor,
    /// Writer, `Penulis`, `Author`.
    Writer,
    /// Photographer (`Foto:`).
    Photographer,
    /// Contributor (`... berkontribusi dalam penulisan artikel ini`).
    Contributor,
    /// Translator or adapter (`Diadaptasi oleh`, `Penerjemah`).
    Translator,
}

impl Role {
    /// The lower-case name used in JSON.
    ///
    /// ```
    /// assert_eq!(berita::Role::Reporter.as_str(), "reporter");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Role::Reporter => "reporter",
            Role::Editor => "editor",
            Role::Writer => "writer",
            Role::Photographer => "photographer",
            Role::Contributor => "contributor",
            Role::Translator => "translator",
        }
    }
}

/// A person credited in a byline or footer.
///
/// ```
/// let a = berita::parse("Pewarta: Nur Imansyah\nEditor: Ade Marboen");
/// assert!(a.byline.iter().any(|c| c.name == "Ade Marboen" && c.role == berita::Role::Editor));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Credit {
    /// The person's name as written.
    pub name: String,
    /// What they did.
    pub role: Role,
    /// The span of the name.
    pub span: Span,
    /// The rule that found it.
    pub rule: Rule,
}

/// A closing code naming reporter and editor: `[qnt]`, `(dna/dna)`, `(Tribunnews.com/Name)`.
///
/// ```
/// let a = berita::parse("JAKARTA - Harga emas naik hari ini. (zik)");
/// assert_eq!(a.codes[0].initials, vec!["zik"]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Code {
    /// The code as written, brackets included.
    pub raw: String,
    /// The parts between the brackets, split at `/`.
    pub initials: Vec<String>,
    /// The span of `raw`.
    pub span: Span,
    /// The rule that found it.
    pub rule: Rule,
}

/// A "Baca juga" line: a link to another story, not part of this one.
///
/// ```
/// let a = berita::parse("Hujan turun.\nBaca juga: Banjir Rendam Jakarta Utara\nWarga mengungsi.");
/// assert_eq!(a.read_also[0].title, "Banjir Rendam Jakarta Utara");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ReadAlso {
    /// The linked headline (empty when the scraper dropped it).
    pub title: String,
    /// The marker as written (`Baca juga:`, `Pilihan Editor:`).
    pub marker: String,
    /// Marker and headline together.
    pub span: Span,
    /// The headline alone, if there is one.
    pub title_span: Option<Span>,
    /// The rule that found it.
    pub rule: Rule,
}

/// What kind of page furniture a [`Boilerplate`] is.
///
/// ```
/// assert_eq!(berita::BoilerplateKind::Advertisement.as_str(), "advertisement");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BoilerplateKind {
    /// `Advertisement`, `ADVERTISEMENT`.
    Advertisement,
    /// `SCROLL TO CONTINUE WITH CONTENT`.
    ScrollMarker,
    /// `[Gambas:Video CNN]` and other embeds.
    Embed,
    /// `Simak Video "..."`, `Saksikan Live DetikPagi`.
    VideoPromo,
    /// WhatsApp channel, Google News and social-media invitations.
    ChannelInvite,
    /// `Disclaimer: ...`.
    Disclaimer,
    /// `Copyright © ...`, `All Rights Reserved`.
    Copyright,
    /// `Halaman 1 2 Selanjutnya`, `Bersambung ke halaman berikutnya`.
    Pagination,
    /// `Download aplikasi ...`.
    AppDownload,
    /// `Baca artikel detiksport, "..." selengkapnya https://...`.
    CopyTail,
    /// `Artikel ini telah tayang di Kompas.com dengan judul ...`.
    Syndication,
    /// A list of tags after the closing code.
    Tags,
    /// Photo captions and credits left in the text.
    Caption,
    /// Newsletter and other promotions of the outlet itself.
    Promo,
    /// Anything else a caller's pattern marks.
    Other,
}

impl BoilerplateKind {
    /// The snake_case name used in JSON.
    ///
    /// ```
    /// assert_eq!(berita::BoilerplateKind::ScrollMarker.as_str(), "scroll_marker");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            BoilerplateKind::Advertisement => "advertisement",
            BoilerplateKind::ScrollMarker => "scroll_marker",
            BoilerplateKind::Embed => "embed",
            BoilerplateKind::VideoPromo => "video_promo",
            BoilerplateKind::ChannelInvite => "channel_invite",
            BoilerplateKind::Disclaimer => "disclaimer",
            BoilerplateKind::Copyright => "copyright",
            BoilerplateKind::Pagination => "pagination",
            BoilerplateKind::AppDownload => "app_download",
            BoilerplateKind::CopyTail => "copy_tail",
            BoilerplateKind::Syndication => "syndication",
            BoilerplateKind::Tags => "tags",
            BoilerplateKind::Caption => "caption",
            BoilerplateKind::Promo => "promo",
            BoilerplateKind::Other => "other",
        }
    }
}

/// Page furniture around the story.
///
/// ```
/// let a = berita::parse("Hujan turun.\nADVERTISEMENT\nWarga mengungsi.");
/// assert_eq!(a.boilerplate[0].kind, berita::BoilerplateKind::Advertisement);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Boilerplate {
    /// What it is.
    pub kind: BoilerplateKind,
    /// Where it is.
    pub span: Span,
    /// For syndication credits and copy tails: the outlet credited (`Kompas.com`).
    pub source: Option<String>,
    /// The rule that found it.
    pub rule: Rule,
}

/// One paragraph of the story itself.
///
/// ```
/// let text = "Hujan turun.\nWarga mengungsi.";
/// let a = berita::parse(text);
/// assert_eq!(a.body[1].span.slice(text), Some("Warga mengungsi."));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Paragraph {
    /// The paragraph, trimmed of surrounding blanks and of anything that is not story.
    pub span: Span,
}

/// How a quote reports speech.
///
/// ```
/// assert_eq!(berita::QuoteKind::Direct.as_str(), "direct");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum QuoteKind {
    /// A whole utterance in quotation marks.
    Direct,
    /// A quoted fragment inside a reported sentence.
    Partial,
    /// Reported speech without quotation marks.
    Indirect,
}

impl QuoteKind {
    /// The lower-case name used in JSON.
    ///
    /// ```
    /// assert_eq!(berita::QuoteKind::Indirect.as_str(), "indirect");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// The verb of saying that attributes a quote.
///
/// ```
/// let a = berita::parse("\"Kami siap,\" ujar Budi.");
/// assert_eq!(a.quotes[0].cue.as_ref().unwrap().lemma, "ujar");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Cue {
    /// The cue as written (`ujarnya`, `kata dia`, `mengatakan`).
    pub text: String,
    /// Its dictionary form (`ujar`, `kata`).
    pub lemma: String,
    /// Where it is.
    pub span: Span,
}

/// What sort of speaker a [`Speaker`] is.
///
/// ```
/// assert_eq!(berita::SpeakerKind::Person.as_str(), "person");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum SpeakerKind {
    /// A named or pronominal person.
    Person,
    /// A ministry, company, country acting as speaker.
    Organisation,
    /// A statement, letter, post: `pernyataan bersama tersebut`.
    Document,
    /// Several people: `Kedua presiden`, `mereka`.
    Group,
}

impl SpeakerKind {
    /// The lower-case name used in JSON.
    ///
    /// ```
    /// assert_eq!(berita::SpeakerKind::Document.as_str(), "document");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organisation => "organisation",
            SpeakerKind::Document => "document",
            SpeakerKind::Group => "group",
        }
    }
}

/// Who said a quote.
///
/// ```
/// let a = berita::parse("Juru bicara Kremlin Dmitry Peskov hadir.\n\"Ya,\" ujar Peskov.");
/// let s = a.quotes[0].speaker.as_ref().unwrap();
/// assert_eq!(s.mention, "Peskov");
/// assert_eq!(s.name.as_deref(), Some("Dmitry Peskov"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Speaker {
    /// The mention as written (`Peskov`, `ia`, `-nya`, `Kedua presiden`).
    pub mention: String,
    /// The fullest name it refers to, when it can be resolved.
    pub name: Option<String>,
    /// The role the article gives the speaker (`juru bicara Kremlin`).
    pub role: Option<String>,
    /// What sort of speaker.
    pub kind: SpeakerKind,
    /// Where the mention is.
    pub span: Span,
    /// The rule that chose this speaker.
    pub rule: Rule,
}

/// A quote with its attribution.
///
/// ```
/// let a = berita::parse("\"Kami siap,\" kata Budi.");
/// assert_eq!(a.quotes[0].text, "Kami siap,");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Quote {
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// The quoted words without the marks, exactly as in the text (`span` sliced; see
    /// [`Article::body_text`] for a cleaned view).
    pub text: String,
    /// The span of `text`.
    pub span: Span,
    /// The verb of saying, if any.
    pub cue: Option<Cue>,
    /// Who said it, if the article says.
    pub speaker: Option<Speaker>,
    /// The outlet the quote was taken from (`CNN`), if the article says.
    pub citation: Option<String>,
    /// The rule that found the quote.
    pub rule: Rule,
}

/// Quoted text that is nobody's speech: a title, a term, a nickname.
///
/// ```
/// let a = berita::parse("Acara bertema \"AI dan Masa Depan\" digelar di Bandung.");
/// assert_eq!(a.quoted_terms[0].text, "AI dan Masa Depan");
/// assert!(a.quotes.is_empty());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct QuotedTerm {
    /// The words between the marks.
    pub text: String,
    /// The span of `text`.
    pub span: Span,
    /// The rule that judged it a term.
    pub rule: Rule,
}

/// What a [`Citation`] credits.
///
/// ```
/// assert_eq!(berita::CitationKind::Media.as_str(), "media");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum CitationKind {
    /// Another news outlet or agency (`CNN`, `Reuters`).
    Media,
    /// A data provider, website or document (`Coinmarketcap`, `laman resmi BMKG`).
    Data,
}

impl CitationKind {
    /// The lower-case name used in JSON.
    ///
    /// ```
    /// assert_eq!(berita::CitationKind::Data.as_str(), "data");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            CitationKind::Media => "media",
            CitationKind::Data => "data",
        }
    }
}

/// Material the article says it took from elsewhere: `seperti dikutip CNN`.
///
/// ```
/// let a = berita::parse("Harga minyak naik, seperti dilansir Reuters, Senin (2/6).");
/// assert_eq!(a.citations[0].source, "Reuters");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Citation {
    /// The source as written (`CNN`, `Reuters`).
    pub source: String,
    /// The verb as written (`dikutip`, `dilansir`).
    pub verb: String,
    /// Media outlet or data source.
    pub kind: CitationKind,
    /// The whole citation phrase.
    pub span: Span,
    /// The span of `source`.
    pub source_span: Span,
    /// The rule that found it.
    pub rule: Rule,
}

/// A calendar date (no time zone).
///
/// ```
/// let d = berita::Date::new(2022, 2, 4).unwrap();
/// assert_eq!(d.to_string(), "2022-02-04");
/// assert_eq!(d.weekday(), 5); // Friday
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub struct Date {
    /// Year, e.g. 2025.
    year: i32,
    /// Month, 1 to 12.
    month: u8,
    /// Day of the month, 1 to 31.
    day: u8,
}

impl Date {
    /// The year, e.g. 2022.
    ///
    /// ```
    /// assert_eq!(berita::Date::new(2022, 2, 4).unwrap().year(), 2022);
    /// ```
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    ///
    /// ```
    /// assert_eq!(berita::Date::new(2022, 2, 4).unwrap().month(), 2);
    /// ```
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1 to 31.
    ///
    /// ```
    /// assert_eq!(berita::Date::new(2022, 2, 4).unwrap().day(), 4);
    /// ```
    pub fn day(self) -> u8 {
        self.day
    }

    /// A valid date, or `None`.
    ///
    /// ```
    /// assert!(berita::Date::new(2023, 2, 29).is_none());
    /// ```
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        (1..=12)
            .contains(&month)
            .then_some(())
            .filter(|_| day >= 1 && day <= days_in_month(year, month))
            .map(|_| Date { year, month, day })
    }

    /// Days since 1970-01-01 (negative before).
    ///
    /// ```
    /// assert_eq!(berita::Date::new(1970, 1, 2).unwrap().days_since_epoch(), 1);
    /// ```
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    ///
    /// ```
    /// use berita::Date;
    /// assert_eq!(Date::from_days_since_epoch(19_027), Date::new(2022, 2, 4).unwrap());
    /// ```
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// ISO weekday: Monday is 1, Sunday is 7.
    ///
    /// ```
    /// assert_eq!(berita::Date::new(2025, 6, 15).unwrap().weekday(), 7);
    /// ```
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (4).
        ((self.days_since_epoch() + 3).rem_euclid(7) + 1) as u8
    }

    /// The date `n` days later (earlier when negative).
    ///
    /// ```
    /// use berita::Date;
    /// assert_eq!(Date::new(2024, 2, 28).unwrap().add_days(2), Date::new(2024, 3, 1).unwrap());
    /// ```
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + n)
    }
}

/// Number of days in `month` of `year` (Gregorian).
fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A time of day as written (`pukul 10.00 WIB`).
///
/// ```
/// let t = berita::TimeOfDay::new(10, 0).unwrap();
/// assert_eq!(t.to_string(), "10:00");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub struct TimeOfDay {
    /// Hour, 0 to 23 (24 only in `24.00`, the end of a day).
    pub hour: u8,
    /// Minute, 0 to 59.
    pub minute: u8,
}

impl TimeOfDay {
    /// A valid time of day (hour 0 to 23, minute 0 to 59, or `24.00` for the end of a
    /// day), or `None`.
    ///
    /// ```
    /// assert_eq!(berita::TimeOfDay::new(24, 0).unwrap().to_string(), "24:00");
    /// assert!(berita::TimeOfDay::new(24, 55).is_none());
    /// assert!(berita::TimeOfDay::new(10, 60).is_none());
    /// ```
    pub fn new(hour: u8, minute: u8) -> Option<TimeOfDay> {
        let valid = minute <= 59 && (hour <= 23 || (hour == 24 && minute == 0));
        valid.then_some(TimeOfDay { hour, minute })
    }
}

impl std::fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl Serialize for TimeOfDay {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Where a date's resolution came from.
///
/// ```
/// assert_eq!(berita::Anchor::Published.as_str(), "published");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Anchor {
    /// The year was written.
    Written,
    /// The publication date given with the text.
    Published,
    /// A date in the dateline.
    Dateline,
    /// The article's own latest full date.
    LatestInText,
}

impl Anchor {
    /// The snake_case name used in JSON.
    ///
    /// ```
    /// assert_eq!(berita::Anchor::LatestInText.as_str(), "latest_in_text");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Anchor::Written => "written",
            Anchor::Published => "published",
            Anchor::Dateline => "dateline",
            Anchor::LatestInText => "latest_in_text",
        }
    }
}

/// A mention of a date or time in the article.
///
/// ```
/// let meta = berita::Meta { published: Some("2022-02-05".into()), ..Default::default() };
/// let a = berita::Parser::default().parse_with("Mereka bertemu pada Jumat (4/2).", &meta);
/// let d = &a.dates[0];
/// assert_eq!(d.raw, "Jumat (4/2)");
/// assert_eq!(d.resolved.map(|r| r.to_string()).as_deref(), Some("2022-02-04"));
/// assert_eq!(d.weekday_matches, Some(true));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct DateMention {
    /// The mention as written.
    pub raw: String,
    /// Where it is.
    pub span: Span,
    /// Weekday written (Monday 1 … Sunday 7).
    pub weekday: Option<u8>,
    /// Day of the month written.
    pub day: Option<u8>,
    /// Month written.
    pub month: Option<u8>,
    /// Year written (as written, even when it is a typo).
    pub year: Option<i32>,
    /// Last day of a range (`10-12/6`), when the mention is a range.
    pub end_day: Option<u8>,
    /// Month of the range's last day, when the mention is a range (`7` for `20-22 Juli`,
    /// `8` for `7 Juli hingga 10 Agustus 2025`).
    pub end_month: Option<u8>,
    /// Year of the range's last day, when a year is written (`2025` for `30 Desember 2024 -
    /// 2 Januari 2025`, and for `20-22 Juni 2025`).
    pub end_year: Option<i32>,
    /// Time of day written.
    pub time: Option<TimeOfDay>,
    /// UTC offset of the written zone (`+07:00` for WIB).
    pub utc_offset: Option<String>,
    /// Part of day (`pagi`, `malam`, `dini hari`).
    pub part_of_day: Option<String>,
    /// For relative mentions (`kemarin`, `pekan lalu`): the phrase's kind.
    pub relative: Option<String>,
    /// The calendar date it refers to, when it can be known.
    pub resolved: Option<Date>,
    /// What the resolution rests on.
    pub anchor: Option<Anchor>,
    /// Whether the written weekday agrees with the resolved date (`None` if either is missing).
    pub weekday_matches: Option<bool>,
    /// The year looked like a typo (`2926`) and was not taken at face value.
    pub year_suspect: bool,
    /// The rule that found it.
    pub rule: Rule,
}

/// The structure of one article. Built by [`crate::parse`] or [`crate::Parser`].
///
/// ```
/// let a = berita::parse("JAKARTA - Harga emas naik.\nBaca juga: Emas Antam Turun\nPedagang senang. (zik)");
/// assert!(a.dateline.is_some());
/// assert_eq!(a.read_also.len(), 1);
/// assert_eq!(a.codes.len(), 1);
/// assert_eq!(a.body_text(), "Harga emas naik.\n\nPedagang senang.");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Article {
    /// Always `berita/1`.
    pub schema: &'static str,
    /// The opening stamp.
    pub dateline: Option<Dateline>,
    /// People credited in bylines and footers.
    pub byline: Vec<Credit>,
    /// Closing codes.
    pub codes: Vec<Code>,
    /// Read-also lines.
    pub read_also: Vec<ReadAlso>,
    /// Page furniture.
    pub boilerplate: Vec<Boilerplate>,
    /// The story's paragraphs.
    pub body: Vec<Paragraph>,
    /// Quotes with their speakers.
    pub quotes: Vec<Quote>,
    /// Quoted titles and terms that are nobody's speech.
    pub quoted_terms: Vec<QuotedTerm>,
    /// Media and data citations.
    pub citations: Vec<Citation>,
    /// Date and time mentions.
    pub dates: Vec<DateMention>,
    /// The publication date given as metadata, parsed.
    pub published: Option<Date>,
    /// What berita could not do with this input (an unreadable `published`, a text cut at
    /// [`crate::MAX_TEXT_BYTES`]); empty when all went well.
    pub warnings: Vec<Warning>,
    /// The text that was parsed (not serialised).
    #[serde(skip)]
    pub text: String,
}

/// What a warning is about.
///
/// ```
/// assert_eq!(berita::WarningKind::PublishedUnreadable.as_str(), "published_unreadable");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WarningKind {
    /// The `published` metadata holds no date berita can read (`"not a date"`): the
    /// article's relative dates (`Jumat (4/2)`) stay unresolved.
    PublishedUnreadable,
    /// The text is longer than [`crate::MAX_TEXT_BYTES`]: only its first part was read.
    TextTruncated,
}

impl WarningKind {
    /// The lower-case name used in JSON.
    ///
    /// ```
    /// assert_eq!(berita::WarningKind::TextTruncated.as_str(), "text_truncated");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            WarningKind::PublishedUnreadable => "published_unreadable",
            WarningKind::TextTruncated => "text_truncated",
        }
    }
}

/// Something berita could not do with its input, said in the result instead of dropped.
///
/// ```
/// let meta = berita::Meta { published: Some("not a date".into()), ..Default::default() };
/// let a = berita::Parser::default().parse_with("Hujan turun Jumat (4/2).", &meta);
/// assert_eq!(a.warnings[0].kind, berita::WarningKind::PublishedUnreadable);
/// assert_eq!(a.warnings[0].message, r#"published: could not read "not a date""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Warning {
    /// What it is about.
    pub kind: WarningKind,
    /// What happened, for people.
    pub message: String,
}

impl Warning {
    /// A warning of `kind` saying `message`.
    pub(crate) fn new(kind: WarningKind, message: String) -> Warning {
        Warning { kind, message }
    }
}

/// The schema name written in every JSON document.
pub const SCHEMA: &str = "berita/1";

impl Article {
    /// An article with nothing found yet.
    pub(crate) fn empty(text: &str) -> Article {
        Article {
            schema: SCHEMA,
            dateline: None,
            byline: Vec::new(),
            codes: Vec::new(),
            read_also: Vec::new(),
            boilerplate: Vec::new(),
            body: Vec::new(),
            quotes: Vec::new(),
            quoted_terms: Vec::new(),
            citations: Vec::new(),
            dates: Vec::new(),
            published: None,
            warnings: Vec::new(),
            text: text.to_owned(),
        }
    }

    /// The story's paragraphs as clean text: one paragraph a line pair, blanks tidied,
    /// HTML entities and invisible characters gone. A view: spans still point into
    /// [`Article::text`].
    ///
    /// ```
    /// let a = berita::parse("Satu&nbsp;dua.\n\n\nTiga.");
    /// assert_eq!(a.body_text(), "Satu dua.\n\nTiga.");
    /// ```
    pub fn body_text(&self) -> String {
        let parts: Vec<String> = self
            .body
            .iter()
            .filter_map(|p| p.span.slice(&self.text))
            .map(crate::text::clean)
            .filter(|s| !s.is_empty())
            .collect();
        parts.join("\n\n")
    }

    /// The `berita/1` JSON document, with spans in code points.
    ///
    /// ```
    /// let a = berita::parse("Émile: \"Oui,\" kata Émile.");
    /// let json = a.to_json();
    /// assert!(json.starts_with("{\"schema\":\"berita/1\""));
    /// ```
    pub fn to_json(&self) -> String {
        let mut out = Vec::new();
        self.write_json(&mut out);
        // Always UTF-8: the writer copies whole strings and adds ASCII.
        String::from_utf8(out)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }

    /// Appends the `berita/1` JSON document (what [`Article::to_json`] returns) to `out`,
    /// UTF-8 encoded: for writing many documents into one buffer.
    ///
    /// ```
    /// let mut out = b"[".to_vec();
    /// berita::parse("Hujan turun.").write_json(&mut out);
    /// out.push(b']');
    /// assert!(out.starts_with(b"[{\"schema\":\"berita/1\""));
    /// ```
    pub fn write_json(&self, out: &mut Vec<u8>) {
        json::write_document(self, out);
    }

    /// The `berita/1` JSON document as a [`serde_json::Value`], spans in code points.
    ///
    /// ```
    /// let a = berita::parse("é JAKARTA - Hujan.");
    /// let v = a.to_json_value();
    /// assert_eq!(v["schema"], "berita/1");
    /// ```
    pub fn to_json_value(&self) -> serde_json::Value {
        serde_json::to_value(self.in_code_points()).unwrap_or(serde_json::Value::Null)
    }

    /// A copy whose spans count code points, as the JSON document does (its text emptied: it
    /// is not serialised).
    fn in_code_points(&self) -> Article {
        let offsets = crate::text::CharOffsets::new(&self.text);
        let mut copy = self.clone();
        copy.text = String::new();
        copy.for_each_span(|span| {
            *span = Span::new(offsets.to_char(span.start), offsets.to_char(span.end));
        });
        copy
    }

    /// Calls `f` on every span of every finding.
    fn for_each_span(&mut self, mut f: impl FnMut(&mut Span)) {
        if let Some(d) = &mut self.dateline {
            f(&mut d.span);
        }
        self.byline.iter_mut().for_each(|c| f(&mut c.span));
        self.codes.iter_mut().for_each(|c| f(&mut c.span));
        for r in &mut self.read_also {
            f(&mut r.span);
            r.title_span.iter_mut().for_each(&mut f);
        }
        self.boilerplate.iter_mut().for_each(|b| f(&mut b.span));
        self.body.iter_mut().for_each(|p| f(&mut p.span));
        for q in &mut self.quotes {
            f(&mut q.span);
            q.cue.iter_mut().for_each(|c| f(&mut c.span));
            q.speaker.iter_mut().for_each(|s| f(&mut s.span));
        }
        self.quoted_terms.iter_mut().for_each(|t| f(&mut t.span));
        for c in &mut self.citations {
            f(&mut c.span);
            f(&mut c.source_span);
        }
        self.dates.iter_mut().for_each(|d| f(&mut d.span));
    }
}

#[cfg(test)]
mod tests {

    /// Every `[start, end]` pair under `key` in the JSON document, with the key.
    fn json_spans(v: &serde_json::Value, out: &mut Vec<(String, usize, usize)>) {
        match v {
            serde_json::Value::Object(map) => {
                for (key, v) in map {
                    let pair = v
                        .as_array()
                        .filter(|a| a.len() == 2 && key.ends_with("span"));
                    match pair.map(|a| (a[0].as_u64(), a[1].as_u64())) {
                        Some((Some(s), Some(e))) => out.push((key.clone(), s as usize, e as usize)),
                        _ => json_spans(v, out),
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| json_spans(v, out)),
            _ => {}
        }
    }

    #[test]
    fn json_spans_count_code_points() {
        let text = "JAKARTA, KOMPAS.com – Menteri Émile Zoë bilang ada 3 dokumen.\n\
                    Baca juga: Harga Cabai Naik di Pasar Induk\n\
                    “Kami siap,” kata Émile, Kamis (5/6/2025), seperti dikutip Antara. (zoë/dna)";
        let a = crate::parse(text);
        let mut spans = Vec::new();
        json_spans(&a.to_json_value(), &mut spans);
        let chars: Vec<char> = text.chars().collect();
        let mut byte_spans = Vec::new();
        let mut copy = a.clone();
        copy.for_each_span(|s| byte_spans.push(*s));
        assert_eq!(spans.len(), byte_spans.len());
        assert!(spans.len() >= 8, "{spans:?}");
        for ((key, s, e), bytes) in spans.iter().zip(&byte_spans) {
            let by_chars: String = chars[*s..*e].iter().collect();
            assert_eq!(Some(by_chars.as_str()), bytes.slice(text), "{key}");
        }
        assert_eq!(a.to_json(), a.to_json_value().to_string());
    }

    #[test]
    fn body_text_keeps_a_run_on_sentence_with_a_double_blank_whole() {
        let text = "JAKARTA, KOMPAS.com - Menteri Energi dan Sumber Daya Mineral (ESDM)  \
                    Ignasius Jonan memastikan pasokan listrik aman.  Warga lega.";
        assert_eq!(
            crate::parse(text).body_text(),
            "Menteri Energi dan Sumber Daya Mineral (ESDM) Ignasius Jonan memastikan pasokan \
             listrik aman.\n\nWarga lega."
        );
    }

    #[test]
    fn to_json_writes_what_serde_json_writes() {
        let meta = crate::Meta {
            published: Some(crate::DEMO_PUBLISHED.into()),
            ..Default::default()
        };
        let odd = "JAKARTA, KOMPAS.com - \"Kami\tsiap \\ \u{1}\u{7f} é/😀,\" kata Budi pada \
                   Senin (2/6/2025) pukul 10.00 WIB, seperti dikutip Reuters.\n\
                   Baca juga: Hujan \"Deras\"\r\nPewarta: Nur Imansyah\nEditor: Ade Marboen (zik/dna)";
        let parser = crate::Parser::default();
        for text in [crate::DEMO_TEXT, odd, "", "\u{0}"] {
            let a = parser.parse_with(text, &meta);
            let by_serde = serde_json::to_string(&a.in_code_points()).unwrap_or_default();
            assert_eq!(a.to_json(), by_serde, "{text:?}");
        }
    }
}
