//! Rule ids: every item berita finds says which rule found it (`rule` in the Rust structs,
//! the JSON and Python), so that a user can keep or drop the work of one rule and a developer
//! can count what each rule does. Ids are stable strings (`dateline.city_outlet`); in Rust
//! they are one enum, compared as values, never as strings.

use std::fmt;

/// Declares [`Rule`] with each variant's id, and its table of all rules.
macro_rules! rules {
    ($($(#[doc = $doc:literal])* $variant:ident = $id:literal,)*) => {
        /// The rule that found an item, with its stable id ([`Rule::as_str`]).
        ///
        /// ```
        /// use berita::Rule;
        /// let a = berita::parse("JAKARTA, KOMPAS.com - Hujan turun.");
        /// assert_eq!(a.dateline.unwrap().rule, Rule::DatelineCityOutlet);
        /// assert_eq!(Rule::DatelineCityOutlet.as_str(), "dateline.city_outlet");
        /// assert_eq!("dateline.city_outlet".parse::<Rule>(), Ok(Rule::DatelineCityOutlet));
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Rule {
            $($(#[doc = $doc])* $variant,)*
        }

        impl Rule {
            /// Every rule, in the order of the pipeline's stages.
            ///
            /// ```
            /// assert!(berita::Rule::ALL.contains(&berita::Rule::SpeakerNya));
            /// ```
            pub const ALL: &'static [Rule] = &[$(Rule::$variant,)*];

            /// The rule's stable id, as the JSON and Python give it.
            ///
            /// ```
            /// assert_eq!(berita::Rule::QuoteDirectAfterCue.as_str(), "quote.direct.after_cue");
            /// ```
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Rule::$variant => $id,)*
                }
            }
        }
    };
}

rules! {
    // The dateline finder (`frame::dateline`).
    /// A known outlet, then the city: `Liputan6.com, Jakarta -`.
    DatelineOutletCity = "dateline.outlet_city",
    /// A known outlet and city with no separator before the story: `Liputan6.com, JakartaKita`.
    DatelineOutletCityGlued = "dateline.outlet_city_glued",
    /// A known outlet, a dash, then the city: `KONTAN.CO.ID - JAKARTA.`.
    DatelineOutletDashCity = "dateline.outlet_dash_city",
    /// A city, then a known outlet: `JAKARTA, KOMPAS.com -`.
    DatelineCityOutlet = "dateline.city_outlet",
    /// A city and a news agency in brackets: `Jakarta (ANTARA) -`.
    DatelineCityAgency = "dateline.city_agency",
    /// A city alone before the dash: `JAKARTA -`.
    DatelineCity = "dateline.city",
    /// A place and a colon, the outlet unnamed: Medcom's `Jakarta: ...`.
    DatelineCityColon = "dateline.city_colon",
    /// A known outlet alone: `KOMPAS.com -`.
    DatelineOutlet = "dateline.outlet",
    /// A known outlet glued to the story: `KOMPAS.com-Presiden ...`.
    DatelineOutletGlued = "dateline.outlet_glued",
    /// An outlet berita does not know (a domain-like name), then the city.
    DatelineGenericOutletCity = "dateline.generic_outlet_city",
    /// A city, then an outlet berita does not know.
    DatelineGenericCityOutlet = "dateline.generic_city_outlet",
    /// An outlet berita does not know, alone before the dash.
    DatelineGenericOutlet = "dateline.generic_outlet",
    // The read-also finder.
    /// A label and its headline on one line: `Baca juga: ...`.
    ReadAlsoInline = "read_also.inline",
    /// A label alone on its line, the headline on the next.
    ReadAlsoNextLine = "read_also.next_line",
    /// A bare label without a colon (`Baca Juga`), the headline on the next line.
    ReadAlsoBareLabelNextLine = "read_also.bare_label_next_line",
    /// A label whose headline the scraper dropped: reported as boilerplate (kind `other`),
    /// not as a read-also line.
    ReadAlsoLabel = "read_also.label",
    /// One headline of a list after one label (`Berita Lainnya`).
    ReadAlsoList = "read_also.list",
    // The boilerplate finder and its patterns (`lexicon::boilerplate`).
    /// An advertisement marker: `Advertisement`, `ADVERTISEMENT`.
    BoilerplateAd = "boilerplate.ad",
    /// A line that only announces an advertisement.
    BoilerplateAdLine = "boilerplate.ad_line",
    /// An advertisement slot's `Loading...`.
    BoilerplateAdLoading = "boilerplate.ad_loading",
    /// An invitation to download an app.
    BoilerplateApp = "boilerplate.app",
    /// A photo caption in brackets.
    BoilerplateCaptionBracket = "boilerplate.caption_bracket",
    /// A caption line ending in its bracketed credit: `Ilustrasi Drama (Image by X)`.
    BoilerplateCaptionWithCredit = "boilerplate.caption_with_credit",
    /// A photo caption with its credit (`Foto: ...`).
    BoilerplateCaptionCredit = "boilerplate.caption_credit",
    /// A photo caption naming the photographer.
    BoilerplateCaptionPhotographer = "boilerplate.caption_photographer",
    /// A photo caption opening with its `Dok.` credit (`Dok. Jasa MargaRazia truk ...`, Kompas).
    BoilerplateCaptionDok = "boilerplate.caption_dok",
    /// A photo caption glued into run-on text after its credit: `KOMPAS.com/NameCaption ...`.
    BoilerplateCaptionRunOn = "boilerplate.caption_run_on",
    /// An advertorial rubric opening the text like a stamp: Tempo's `INFO NASIONAL - `.
    BoilerplateRubric = "boilerplate.rubric",
    /// A photo caption glued into run-on text after a credit naming no photographer:
    /// `ReutersWarga ...`, `TANGKAPAN LAYARFoto ...`.
    BoilerplateCaptionWordCredit = "boilerplate.caption_word_credit",
    /// A run of three or more stars ending a line: the end mark of some outlets (`*****`).
    BoilerplateEndMark = "boilerplate.end_mark",
    /// An image credit alone on its line: an account (`instagram/x`) or `© Outlet.com/Name`.
    BoilerplateCaptionHandle = "boilerplate.caption_handle",
    /// An invitation to follow a channel (`Ikuti Whatsapp Channel ...`).
    BoilerplateChannel = "boilerplate.channel",
    /// An invitation of the `Ayo ...` form to a channel.
    BoilerplateChannelAyo = "boilerplate.channel_ayo",
    /// Kompas's invitation to its channels.
    BoilerplateChannelKompas = "boilerplate.channel_kompas",
    /// A channel invitation given as a link.
    BoilerplateChannelLink = "boilerplate.channel_link",
    /// Tribun's invitation to its channels.
    BoilerplateChannelTribun = "boilerplate.channel_tribun",
    /// An invitation to get news updates on a channel.
    BoilerplateChannelUpdate = "boilerplate.channel_update",
    /// A marker that the story goes on: `Bersambung ke halaman berikutnya`.
    BoilerplateContinued = "boilerplate.continued",
    /// A link to the full article elsewhere: `Baca artikel detiksport, "..." selengkapnya`.
    BoilerplateCopyTail = "boilerplate.copy_tail",
    /// A copyright footer.
    BoilerplateCopyright = "boilerplate.copyright",
    /// A pattern the user added with `ParserConfig::with_pattern`.
    BoilerplateCustom = "boilerplate.custom",
    /// A disclaimer: `Disclaimer: ...`.
    BoilerplateDisclaimer = "boilerplate.disclaimer",
    /// CNN Indonesia's embed marker: `[Gambas:Video CNN]`.
    BoilerplateGambas = "boilerplate.gambas",
    /// An invitation to follow the outlet on Google News.
    BoilerplateGoogleNews = "boilerplate.google_news",
    /// An embedded Instagram post's text.
    BoilerplateInstagram = "boilerplate.instagram",
    /// A `load more` marker.
    BoilerplateLoadMore = "boilerplate.load_more",
    /// A pointer to the rest: `Baca selengkapnya di sini`.
    BoilerplateMoreHere = "boilerplate.more_here",
    /// A notice against taking the content: `Dilarang keras mengambil konten ...`.
    BoilerplateNoCrawl = "boilerplate.no_crawl",
    /// A pagination marker (`Halaman 2`).
    BoilerplatePages = "boilerplate.pages",
    /// A promotion line (`Simak juga Video: ...`).
    BoilerplatePromo = "boilerplate.promo",
    /// Tribun's promotion lines.
    BoilerplatePromoTribun = "boilerplate.promo_tribun",
    /// KapanLagi's closing slogan: `... di kapanlagi.com. Kalau bukan sekarang, KapanLagi?`.
    BoilerplatePromoKapanLagi = "boilerplate.promo_kapanlagi",
    /// A rights notice: `All Rights Reserved`.
    BoilerplateRights = "boilerplate.rights",
    /// A scroll marker: `SCROLL TO CONTINUE WITH CONTENT`.
    BoilerplateScroll = "boilerplate.scroll",
    /// A source footer: `Sumber: Antara`.
    BoilerplateSourceLine = "boilerplate.source_line",
    /// A spoiler warning.
    BoilerplateSpoiler = "boilerplate.spoiler",
    /// A syndication credit: `Artikel ini telah tayang di Kompas.com ...`.
    BoilerplateSyndication = "boilerplate.syndication",
    /// Another story's headline left after the story's end.
    BoilerplateTrailingHeadline = "boilerplate.trailing_headline",
    /// An embedded post left as text, up to its signature `— Name (@handle) June 18, 2025`.
    BoilerplateTweet = "boilerplate.tweet",
    /// An embedded post whose signature was dropped: a line ending with its picture link.
    BoilerplateTweetUnsigned = "boilerplate.tweet_unsigned",
    /// A video promotion: `Simak Video "..."`.
    BoilerplateVideoPromo = "boilerplate.video_promo",
    // The credits finder: bylines and closing codes.
    /// A byline phrase: `Laporan Wartawan TribunSolo.com, Name`.
    CreditsBylinePhrase = "credits.byline_phrase",
    /// A labelled credit: `Penulis: X`, `Editor: Y`.
    CreditsLabel = "credits.label",
    /// Contributors named before Tempo's `... berkontribusi dalam penulisan artikel ini`.
    CreditsContributorPhrase = "credits.contributor_phrase",
    /// A photographer named by a photo caption's credit: `KOMPAS.com/Name` before the caption.
    CreditsPhotoCredit = "credits.photo_credit",
    /// A closing code of initials: `[qnt]`, `(dna/dna)`.
    CreditsCodeInitials = "credits.code_initials",
    /// A closing code with a full name: `(Tribunnews.com/Name)`.
    CreditsCodeFullName = "credits.code_full_name",
    /// A closing code naming the outlet.
    CreditsCodeOutletName = "credits.code_outlet_name",
    /// The closing code `(*)`.
    CreditsCodeStar = "credits.code_star",
    /// A closing code glued to the tag list after it.
    CreditsCodeGluedToTags = "credits.code_glued_to_tags",
    /// The tag lines after a closing code.
    CreditsTagsAfterCode = "credits.tags_after_code",
    /// A footer line after a closing code: `Baca berita lainnya di Google News`, `Kumpulan
    /// Artikel Buleleng`, `sumber: ...`, a share or campaign prompt.
    CreditsFooterAfterCode = "credits.footer_after_code",
    // Quotes: direct, partial, indirect.
    /// A direct quote with its cue after it: `"...," ujar X`.
    QuoteDirectAfterCue = "quote.direct.after_cue",
    /// A direct quote with its cue before it: `X mengatakan, "..."`.
    QuoteDirectBeforeCue = "quote.direct.before_cue",
    /// A direct quote without a cue (the speaker carried or unknown).
    QuoteDirectNoCue = "quote.direct.no_cue",
    /// A partial quote in a sentence with a cue verb.
    QuotePartialCueVerb = "quote.partial.cue_verb",
    /// A partial quote followed by its cue.
    QuotePartialAfterCue = "quote.partial.after_cue",
    /// A partial quote attributed from its sentence's context.
    QuotePartialContext = "quote.partial.context",
    /// Indirect speech after a verb of saying: `X mengatakan ...`.
    QuoteIndirectVerb = "quote.indirect.verb",
    /// Indirect speech opened by `Menurut X, ...`.
    QuoteIndirectMenurut = "quote.indirect.menurut",
    /// Indirect speech closed by its cue: `..., kata X`.
    QuoteIndirectAfterCue = "quote.indirect.after_cue",
    /// Indirect speech with the attribution inside the sentence.
    QuoteIndirectEmbedded = "quote.indirect.embedded",
    /// Indirect speech opened by a passive naming the speaker: `Disampaikan oleh X, ...`.
    QuoteIndirectPassiveOpener = "quote.indirect.passive_opener",
    // Speakers of quotes.
    /// The speaker named after the cue: `ujar Peskov`.
    SpeakerAfterCue = "speaker.after_cue",
    /// The speaker named before the cue: `Peskov mengatakan`.
    SpeakerBeforeCue = "speaker.before_cue",
    /// The speaker as `-nya` on the cue (`ujarnya`), resolved to the person meant.
    SpeakerNya = "speaker.nya",
    /// The speaker as a pronoun (`ia`, `dia`), resolved to the person meant.
    SpeakerPronoun = "speaker.pronoun",
    /// The speaker of the quote before, carried on to a quote without a cue.
    SpeakerCarried = "speaker.carried",
    /// The speaker named at the next quote of the same paragraph run.
    SpeakerNextQuote = "speaker.next_quote",
    /// The speaker of a closing `demikian X`.
    SpeakerDemikian = "speaker.demikian",
    /// The speaker in `Menurut X`.
    SpeakerMenurut = "speaker.menurut",
    /// The subject of the sentence that holds the quote.
    SpeakerSubject = "speaker.subject",
    /// The speaker named inside the reported sentence.
    SpeakerInside = "speaker.inside",
    /// The agent of a passive cue: `disampaikan oleh X`.
    SpeakerPassive = "speaker.passive",
    // Quoted terms (quoted words that are nobody's speech).
    /// Quoted words after a word that introduces a term or title (`istilah`, `bertema`).
    TermTrigger = "term.trigger",
    /// A short quoted phrase nobody is said to have said.
    TermShort = "term.short",
    /// A quoted title in title case.
    TermTitleCase = "term.title_case",
    /// Quoted words that are the subject of their sentence.
    TermSentenceSubject = "term.sentence_subject",
    // Media citations.
    /// A citation verb and its source: `dilansir dari Reuters`.
    CitationVerbSource = "citation.verb_source",
    /// A known medium named as a source: `seperti dikutip CNN`.
    CitationKnownMedia = "citation.known_media",
    /// A citation glued to its source: `dikutip dariAljazeera`.
    CitationGlued = "citation.glued",
    /// A further source of one citation: `seperti dilansir Mehr dan i24News`.
    CitationChain = "citation.chain",
    /// A venue cited with its owner: `dilansir dari laman resmi klub`.
    CitationVenue = "citation.venue",
    /// A known medium before a verb that closes its sentence: `..., kantor berita Yonhap
    /// melaporkan.`
    CitationTrailingReport = "citation.trailing_report",
    /// A source footer: `sumber : Antara`, `Sumber: Bank Indonesia`.
    CitationSourceFooter = "citation.source_footer",
    /// The outlet a syndication credit names: `Artikel ini telah tayang di Tribunnews.com`.
    CitationSyndication = "citation.syndication",
    // Date and time mentions.
    /// A weekday with the date in brackets: `Jumat (4/2)`.
    DateBracket = "date.bracket",
    /// A date with the month's name: `4 Juni 2025`.
    DateWritten = "date.written",
    /// A date in numbers: `4/6/2025`.
    DateNumeric = "date.numeric",
    /// A date and time stamp: `Senin, 9 Juni 2025 10:48 WIB`.
    DateStamp = "date.stamp",
    /// A time of day alone: `pukul 10.00 WIB`.
    DateTime = "date.time",
    /// A weekday without a date: `pada Senin`.
    DateWeekday = "date.weekday",
    /// A day relative to publication: `kemarin`, `hari ini`.
    DateRelativeDay = "date.relative_day",
    /// A relative weekday: `Senin lalu`.
    DateRelativeWeekday = "date.relative_weekday",
    /// A relative unit: `pekan lalu`, `dua hari lalu`.
    DateRelativeUnit = "date.relative_unit",
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An id that names no rule.
///
/// ```
/// assert!("no.such_rule".parse::<berita::Rule>().is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownRule(pub String);

impl fmt::Display for UnknownRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no rule has the id {:?}", self.0)
    }
}

impl std::error::Error for UnknownRule {}

impl std::str::FromStr for Rule {
    type Err = UnknownRule;

    fn from_str(id: &str) -> Result<Rule, UnknownRule> {
        Rule::ALL
            .iter()
            .copied()
            .find(|r| r.as_str() == id)
            .ok_or_else(|| UnknownRule(id.to_owned()))
    }
}

impl serde::Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_read_back() {
        let mut ids: Vec<&str> = Rule::ALL.iter().map(|r| r.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Rule::ALL.len());
        for rule in Rule::ALL {
            assert_eq!(rule.as_str().parse::<Rule>(), Ok(*rule));
        }
    }
}
