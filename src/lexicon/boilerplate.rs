//! Page furniture: what the page put around the story, as regular expressions (regex crate
//! syntax) matched inside one layout block, each with its kind and rule id. A pattern with a
//! capture group named `source` reports the outlet it credits; one with a group named `keep`
//! reports only that group as furniture (the rest of the match is context).

use crate::Rule;
use crate::article::BoilerplateKind as K;
use crate::article::Span;

/// One built-in pattern of page furniture.
pub(crate) struct Pattern {
    /// The regular expression, matched inside one block.
    pub regex: &'static str,
    /// What it marks.
    pub kind: K,
    /// The rule id reported with each match.
    pub rule: Rule,
    /// Literals of which every match holds at least one: the regex runs only on blocks where
    /// one occurs, found for all patterns at once by one automaton. Written in lower case
    /// they are compared ignoring ASCII case; written with a capital (the regex spells them
    /// case-sensitively) they must occur as written, so that `Lihat` does not wake the regex
    /// on every `melihat`. A test checks each pattern's examples hold a trigger.
    pub triggers: &'static [&'static str],
    /// Whether every match starts with one of the triggers at the start of its block (the
    /// regex opens with `^` and a trigger): a trigger elsewhere does not wake it.
    pub at_block_start: bool,
    /// Whether every match starts where one of the triggers does (the regex opens with
    /// them) and the regex looks at nothing before its start: it is then tried at each
    /// trigger only, anchored there, and never reads the rest of a long block.
    pub at_trigger: bool,
    /// A repetition the regex leaves unbounded and the finder bounds, if any.
    pub bound: Option<Bound>,
    /// What must hold around a trigger (the block, the trigger's span in it) for a match to
    /// use it, if anything: a trigger failing it does not wake the regex.
    pub gate: Option<fn(&str, Span) -> bool>,
}

/// A repetition of a large Unicode class (`.`, `\p{L}`) that the page's wording bounds, as
/// in `[\p{L}\p{N}]{0,40}`: the regex writes it unbounded, in a named group, because a
/// bounded repeat compiles into one copy of the class per repetition (tens of millions of
/// instructions at start-up for `{0,40}`); the finder counts the group's characters.
pub(crate) struct Bound {
    /// The named group holding the repetition.
    pub group: &'static str,
    /// The most characters it may hold.
    pub max_chars: usize,
    /// What becomes of a match whose group holds more.
    pub beyond: Beyond,
}

/// What a bound does to a match whose group holds too many characters.
pub(crate) enum Beyond {
    /// The match is dropped. Only for a regex that opens with `^` (one match per block) and
    /// where no other reading of the group could match within the bound: a lazy `{2,40}?`
    /// before a fixed ending, or a greedy one before an ending that can occur only once.
    Drop,
    /// The group is a greedy repeat cut after the most characters, as `{0,max}` stops there,
    /// and the match goes on with `rest`, matched from the end of the group (cut or not):
    /// the regex ends with the group, `rest` (opening with `^`) holds what followed it.
    Cut { rest: &'static str },
}

/// Built-in patterns, checked in this order; a match may not overlap an earlier one.
pub(crate) const PATTERNS: &[Pattern] = &[
    // Copy-paste tails first: they swallow everything to the end of the block.
    // detik / CNN: `Baca artikel detiksport, "..." selengkapnya https://...`.
    Pattern {
        regex: r#"(?i)Baca artikel (?P<source>detik\w*|CNN Indonesia|CNBC Indonesia)\b.*$"#,
        kind: K::CopyTail,
        rule: Rule::BoilerplateCopyTail,
        triggers: &["baca artikel"],
        at_block_start: false,
        at_trigger: true,
        bound: None,
        gate: None,
    },
    // Tirto: `Baca selengkapnya di artikel "...", https://tirto.id/f71K`.
    Pattern {
        regex: r#"(?i)Baca selengkapnya di artikel\s*["“].*$"#,
        kind: K::CopyTail,
        rule: Rule::BoilerplateCopyTail,
        triggers: &["baca selengkapnya di artikel"],
        at_block_start: false,
        at_trigger: true,
        bound: None,
        gate: None,
    },
    // Tribun and many others: `Artikel ini telah tayang di Kompas.com dengan judul "..."`
    // (Kontan writes `degan judul`);
    // detik `Artikel ini telah naik di detikJabar.`; Kompas `Artikel ini bersumber dari ...`;
    // Kompas's Kontan stories `Berita ini telah tayang di Kontan.co.id dengan judul ...` (5,
    // after the author's code; `Artikel ini` 47).
    // The name's class is written case-sensitively: ignoring case only adds U+0345 to it.
    Pattern {
        regex: r"(?i)(?:Artikel ini|Berita ini) (?:telah )?(?:tayang|naik|terbit|dimuat|bersumber)(?:\s*di|\s*dari)?\s*(?P<source>(?-i:[\p{L}\p{N}.\-\x{345}])+?(?: \p{Lu}(?-i:[\p{L}\p{N}.\-\x{345}])*?)?)\.?(?:\s+(?:dengan|degan) judul.*|\s*$)",
        kind: K::Syndication,
        rule: Rule::BoilerplateSyndication,
        triggers: &["artikel ini", "berita ini"],
        at_block_start: false,
        at_trigger: true,
        bound: None,
        gate: None,
    },
    // Merdeka `Sumber: Liputan6.com`, Republika `sumber : Republika` on their own line, or
    // glued to the credit that follows (Posmetro `Sumber: RandomEditor: Oki Budiman`: only
    // the `keep` group is furniture, the credit is left to the credits finder).
    Pattern {
        regex: r"(?i)^(?P<keep>sumber\s*:\s*(?P<source>(?-i:[\p{L}\p{N}.\- \x{345}][\p{L}\p{N}.\- \x{345}]+?)))(?:$|(?-i:Editor|Penulis|Reporter|Pewarta)\s*:)",
        kind: K::Syndication,
        rule: Rule::BoilerplateSourceLine,
        triggers: &["sumber"],
        at_block_start: true,
        // 2 to 40 characters: the shortest reading before the ending is the one taken. The
        // class is written case-sensitively: ignoring case only adds U+0345 to it, and
        // folding the class costs as much as compiling it.
        at_trigger: false,
        bound: Some(Bound {
            group: "source",
            max_chars: 40,
            beyond: Beyond::Drop,
        }),
        gate: None,
    },
    // detik/CNN `SCROLL TO CONTINUE WITH CONTENT` (2,708 docs), often after `ADVERTISEMENT`
    // (a trigger too: a match starts at one or the other).
    Pattern {
        regex: r"(?:ADVERTISEMENT\s*)?SCROLL TO CONTINUE WITH CONTENT",
        kind: K::ScrollMarker,
        rule: Rule::BoilerplateScroll,
        triggers: &["ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT"],
        at_block_start: false,
        at_trigger: true,
        bound: None,
        gate: None,
    },
    // The ad placeholder: upper case anywhere (run-on text), any case as a whole line
    // (Liputan6 `Advertisement`, 2,799 docs). Republika's `Loading...` placeholder too.
    Pattern {
        regex: r"\bADVERTISEMENT\b",
        kind: K::Advertisement,
        rule: Rule::BoilerplateAd,
        triggers: &["ADVERTISEMENT"],
        at_block_start: false,
        at_trigger: false,
        bound: None,
        gate: None,
    },
    Pattern {
        regex: r"(?i)^(?:advertisement|iklan|ads|loading\.\.\.)$",
        kind: K::Advertisement,
        rule: Rule::BoilerplateAdLine,
        triggers: &["advertisement", "iklan", "ads", "loading..."],
        at_block_start: true,
        at_trigger: false,
        bound: None,
        gate: None,
    },
    Pattern {
        regex: r"Loading\.\.\.",
        kind: K::Advertisement,
        rule: Rule::BoilerplateAdLoading,
        triggers: &["Loading..."],
        at_block_start: false,
        at_trigger: true,
        bound: None,
        gate: None,
    },
    // detik/CNN embeds `[Gambas:Video 20detik]`, also cut off by the scraper (`[Gambas:Video`).
    Pattern {
        regex: r"\[Gambas:[^\]\n]*\]?",
        kind: K::Embed,
        rule: Rule::BoilerplateGambas,
        triggers: &["[Gambas:"],
        at_block_start: false,
        at_trigger: true,
        bound: None,
        gate: None,
    },
    // Instagram embeds left as text (Kompas).
    Pattern {
        regex: r"(?i)^A post shared by .*$",
        kind: K::Embed,
        rule: Rule::BoilerplateInstagram,
        triggers: &["a post shared by"],
        at_block_start: true,
        at_trigger: false,
        bound: None,
        gate: None,
    },
    // Video promos: detik `Simak juga Video: ...`, `Lihat juga Video '...'`, `Tonton juga ...`,
    // `Saksikan Live DetikPagi:`, Liputan6 `Simak juga video pilihan berikut ini:`.
    Pattern {
        regex: r"(?:Simak|Lihat|Tonton|Saksikan)(?: juga)?(?: Video\b| video\b| Live\b|\s+[\x22“”])[^\[\n]*",
        kind: K::VideoPromo,
        rule: Rule::BoilerplateVideoPromo,
        triggers: &["Simak", "Lihat", "Tonton", "Saksikan"],
        at_block_start: false,
        at_trigger: true,
        bound: None,
        gate: None,
    },
    // Channel invitations: `Ikuti Whatsapp Channel Republika`, `Ikuti Saluran WhatsApp ...`,
    // `Ikuti Berita POS-KUPANG.COM lainnya di GOOGLE NEWS`, `Ikuti kami di`.
    Pattern {
        regex: r"Ikuti (?i:kami|saluran|whatsapp|channel|berita|terus|juga|akun|instagram|tiktok|twitter|facebook|youtube|google|update)\b.*$",
        kind: K::ChannelInvite,
        rule: Rule::BoilerplateChannel,
        triggers: &["Ikuti "],
        at_block_start: false,
        at_trigger: true,
        bound: None,
        gate: None,
    },
    Pattern {
        regex: r"(?i)^(?:GOOGLE NEWS\s*-?\s*)?Dapatkan (?:update|berita|informasi|artikel).*(?:WhatsApp|Google News|Telegram|saluran|kanal).*$",
        kind: K::ChannelInvite,
        rule: Rule::BoilerplateChannelUpdate,
        triggers: &["dapatkan ", "google news"],
        at_block_start: true,
        at_trigger: false,
        bound: None,
        gate: None,
    },
    Pattern {
        regex: r"(?i)^(?:\.\s*)?(?:https?://(?:www\.)?whatsapp\.com/channel/\S*|Pastikan kamu sudah install aplikasi WhatsApp.*)$",
        kind: K::ChannelInvite,
        rule: Rule::BoilerplateChannelLink,
        triggers: &[
            "whatsapp.com/channel/",
            "pastikan kamu sudah install aplikasi whatsapp",
        ],
        at_block_start: false,
        at_trigger: false,
        bound: None,
        gate: None,
    },
    Pattern {
        regex: r"(?i)^(?P<lead>.*)\b(?:di|via) Google News\W*$",
        kind: K::ChannelInvite,
        rule: Rule::BoilerplateGoogleNews,
        triggers: &["google news"],
        at_block_start: false,
        // At most 80 characters before it: only the last `di Google News` can end the block.
        at_trigger: false,
        bound: Some(Bound {
            group: "lead",
            max_chars: 80,
            beyond: Beyond::Drop,
        }),
        gate: None,
    },
    // Tribun's footer `- Baca Berita Terbaru Lainnya di GOOGLE NEWS - Dapatkan Berita Viral Via
    // Saluran WhatsApp` (one line, or two).
    Pattern {
        regex: r"(?i)^-?\s*Baca Berita Terbaru Lainnya di\s*GOOGLE NEWS.*$",
        kind: K::ChannelInvite,
        rule: Rule::BoilerplateChannelTribun,
        triggers: &["baca berita terbaru lainnya di"],
        at_block_start: false,
        at_trigger: false,
        bound: None,
        gate: None,
    },
    // Tribun's slogan after the footer: `!!!Membaca Bagi Pikiran Seperti Olahraga Bagi Tubuh!!!`.
    Pattern {
        regex: r"(?i)^!*\s*Membaca Bagi Pikiran Seperti Olahraga Bagi Tubuh\s*!*$",
        kind: K::Promo,
        rule: Rule::BoilerplatePromoTribun,
        triggers: &["membaca bagi pikiran seperti olahraga bagi tubuh"],
        at_block_start: false,
        at_trigger: false,
        bound: None,
        gate: None,
    },
    // KapanLagi `(Ayo ikuti saluran WhatsApp KapanLagi.com biar enggak ketinggalan ... Klovers!)`.
    Pattern {
        regex: r"(?i)^\(?Ayo (?:ikuti|gabung)\b.*(?:WhatsApp|saluran|Google News).*$",
        kind: K::ChannelInvite,
        rule: Rule::BoilerplateChannelAyo,
        triggers: &["ayo "],
        at_block_start: false,
        at_trigger: false,
        bound: None,
        gate: None,
    },
    // `Disclaimer: ...` to the end of its block.
    Pattern {
        regex: r"(?i)^Disclaimer\s*:.*$",
        kind: K::Disclaimer,
        rule: Rule::BoilerplateDisclaimer,
        triggers: &["disclaimer"],
        at_block_start: true,
        at_trigger: false,
        bound: None,
        gate: None,
    },
    // detik's spoiler warning before film and series reviews.
    Pattern {
        regex: r"(?i)^Artikel ini (?:mungkin )?(?:mengandung|berisi|memuat) spoiler.*$",
        kind: K::Disclaimer,
        rule: Rule::BoilerplateSpoiler,
        triggers: &["spoiler"],
        at_block_start: false,
        at_trigger: false,
        bound: None,
        gate: None,
    },
    // Tempo's advertorial rubric opening the text like a stamp: `INFO NASIONAL - `, `INFO
    // BISNIS– `, `Info Event - ` (7 in the corpus, all Tempo, all at the text's start). The
    // word after `INFO` is capitalised: `Info lebih lanjut - ...` is a sentence.
    Pattern {
        regex: r"^(?i:info) \p{Lu}\p{L}+\s*[-–—]",
        kind: K::Other,
        rule: Rule::BoilerplateRubric,
        triggers: &["info"],
        at_block_start: true,
        at_trigger: false,
        bound: None,
        gate: None,
    },
    // A run of three or more stars ending a line, alone or after the line's last sentence:
    // the end mark of the Tribun network's regional sites (Surya: 29 in the corpus, 11
    // closing an article, the others before a syndication note `Artikel ini sudah lebih
    // dulu tayang di ...`). Stars inside a line (`nilai ****`) are the story's.
    Pattern {
        regex: r"\*\*\*\**[ \t]*(?m:$)",
        kind: K::Other,
        rule: Rule::BoilerplateEndMark,
        triggers: &["***"],
        at_block_start: false,
        at_trigger: true,
        bound: None,
        gate: Some(opens_a_star_run),
    },
    // Photo captions left in the text: a short block ending in its credit (`... Foto: dok.
    // Netflix`, detik), a bracketed credit (`(credit: instagram.com/x)`, KapanLagi), or a
    // block that opens with the photographer's credit glued to the caption
    // (`KOMPAS.com/Aisyah Sekar Ayu MaharaniMock up rumah ...`): no story paragraph does.
    Pattern {
        regex: r"^.{0,200}?\b(?:Foto|FOTO|Ilustrasi foto|Sumber foto)\s*:\s*.{2,60}$",
        kind: K::Caption,
        rule: Rule::BoilerplateCaptionCredit,
        triggers: &["Foto", "FOTO", "Ilustrasi foto", "Sumber foto"],
        at_block_start: false,
        at_trigger: false,
        bound: None,
        gate: Some(ends_a_caption),
    },
    Pattern {
        regex: r"(?i)^\((?:credit|kredit|foto|sumber foto|photo)\s*:(?P<credit>[^)]+)\)$",
        kind: K::Caption,
        rule: Rule::BoilerplateCaptionBracket,
        triggers: &["(credit", "(kredit", "(foto", "(sumber foto", "(photo"],
        at_block_start: true,
        at_trigger: false,
        // At most 80 characters after the colon, to the closing bracket that ends the block.
        bound: Some(Bound {
            group: "credit",
            max_chars: 80,
            beyond: Beyond::Drop,
        }),
        gate: None,
    },
    // KapanLagi's captions with their credit in brackets at the end of the line
    // (`Ilustrasi Drama (Image by mydramalist)`, `Piala AMI Awards (credit: instagram/ami)`,
    // `VAISHNO DEVI (Credit; Istimewa)`; 174 in the corpus), detik's `... di Pekanbaru.
    // (Foto: dok. Polda Riau)` (6): the caption is at most 200 characters.
    Pattern {
        regex: r"(?i)^(?P<caption>.*?)\s*\((?:credit|kredit|foto|sumber foto|photo|image)\s*(?:[:;]|by\b)[^()\n]+\)$",
        kind: K::Caption,
        rule: Rule::BoilerplateCaptionWithCredit,
        triggers: &[
            "(credit",
            "(kredit",
            "(foto",
            "(sumber foto",
            "(photo",
            "(image by",
        ],
        at_block_start: false,
        at_trigger: false,
        bound: Some(Bound {
            group: "caption",
            max_chars: 200,
            beyond: Beyond::Drop,
        }),
        gate: None,
    },
    Pattern {
        regex: r"^(?i:KOMPAS\.com|KOMPAS|Tribunnews\.com|ANTARA FOTO|ANTARA|SHUTTERSTOCK|DOK\.?)\s*/\s*\p{Lu}(?P<caption>.*)$",
        kind: K::Caption,
        rule: Rule::BoilerplateCaptionPhotographer,
        triggers: &["kompas", "tribunnews.com", "antara", "shutterstock", "dok"],
        at_block_start: true,
        // At most 300 characters after the capital, to the end of the block.
        at_trigger: false,
        bound: Some(Bound {
            group: "caption",
            max_chars: 300,
            beyond: Beyond::Drop,
        }),
        gate: None,
    },
    // Kompas's captions opening with their `Dok.` credit glued to the caption (`Dok. Jasa
    // MargaRazia Truk ODOL ...`): 15 lines in the corpus open with `Dok.` and a capital,
    // every one a caption (up to 209 characters); no story line does (`Dokumen ...`,
    // `dokter ...` have no full stop). The 3 glued `dok.XpengXpeng Indonesia` are not read
    // here: the layout splits a line at a full stop glued to a capital.
    Pattern {
        regex: r"^(?i:dok)\.\s*\p{Lu}(?P<caption>.*)$",
        kind: K::Caption,
        rule: Rule::BoilerplateCaptionDok,
        triggers: &["dok."],
        at_block_start: true,
        at_trigger: false,
        // At most 300 characters after the capital, to the end of the block.
        bound: Some(Bound {
            group: "caption",
            max_chars: 300,
            beyond: Beyond::Drop,
        }),
        gate: None,
    },
    // KapanLagi's image credits on a line of their own: the account the photo comes from
    // (`instagram/handle`, `X.com/handle`; 12 in the corpus, each between story paragraphs
    // or after `Advertisement`) or the outlet's own photographer (`© KapanLagi.com/Name`, 1).
    // The whole block must be the credit: a sentence naming an account stays.
    Pattern {
        regex: r"^(?:(?i:instagram|twitter|tiktok|x)\.com/@?[A-Za-z0-9_.]+|(?i:instagram|twitter|tiktok)/@?[A-Za-z0-9_.]+|©\s*[A-Za-z0-9.-]+\.(?:com|id)/\p{Lu}[\p{L}.' ]*)$",
        kind: K::Caption,
        rule: Rule::BoilerplateCaptionHandle,
        triggers: &["instagram", "twitter", "tiktok", "x.com/", "©"],
        at_block_start: true,
        at_trigger: false,
        bound: None,
        gate: None,
    },
    // Footers: `COPYRIGHT © ANTARA 2023`, `© 2007 - 2015 okezone.com, All Rights Reserved`.
    // A bare `©` must be followed by a year or a name in capitals: mis-decoded UTF-8 in detik
    // text (`Ã©`) leaves stray `©` inside words.
    Pattern {
        regex: r"(?:(?:COPYRIGHT|Copyright)\s*©?|©\s*(?:\d{4}|\p{Lu}{3,})\s*)\s*(?:\d{4}\s*(?:-\s*\d{4}\s*)?)?(?P<owner>[\p{L}\p{N}.\- ]*)",
        kind: K::Copyright,
        rule: Rule::BoilerplateCopyright,
        triggers: &["COPYRIGHT", "Copyright", "©"],
        at_block_start: false,
        // The owner's name and years, at most 40 characters, then a year and the rights.
        at_trigger: true,
        bound: Some(Bound {
            group: "owner",
            max_chars: 40,
            beyond: Beyond::Cut {
                rest: r"^(?:\d{4})?(?:,?\s*All Rights Reserved\.?)?",
            },
        }),
        gate: None,
    },
    Pattern {
        regex: r"(?i)All Rights Reserved\.?",
        kind: K::Copyright,
        rule: Rule::BoilerplateRights,
        triggers: &["all rights reserved"],
        at_block_start: false,
        at_trigger: true,
        bound: None,
        gate: None,
    },
    // Antara's notice against crawling for AI.
    Pattern {
        regex: r"(?i)Dilarang keras mengambil konten.*$",
        kind: K::Copyright,
        rule: Rule::BoilerplateNoCrawl,
        triggers: &["dilarang keras mengambil konten"],
        at_block_start: false,
        at_trigger: true,
        bound: None,
        gate: None,
    },
    // Pagination: `Halaman 1 2 Selanjutnya`, `Bersambung ke halaman berikutnya...`,
    // `Lanjut ke sebelah...`, `Simak berita selengkapnya di halaman selanjutnya.`,
    // `Baca di halaman berikutnya>>>`, `Baca selengkapnyadi sini.`, Bisnis `Selengkapnya baca
    // di sini.`
    Pattern {
        regex: r"(?i)^Halaman(?:\s+\d+)+(?:\s+Selanjutnya)?$",
        kind: K::Pagination,
        rule: Rule::BoilerplatePages,
        triggers: &["halaman"],
        at_block_start: true,
        at_trigger: false,
        bound: None,
        gate: None,
    },
    Pattern {
        regex: r"(?i)(?:Bersambung ke halaman (?:berikutnya|selanjutnya)|Lanjut ke (?:sebelah|halaman berikutnya))\W*",
        kind: K::Pagination,
        rule: Rule::BoilerplateContinued,
        triggers: &["bersambung ke halaman", "lanjut ke "],
        at_block_start: false,
        at_trigger: true,
        bound: None,
        gate: None,
    },
    // An invitation to read on the next page, a few words between: detik `Simak berita
    // selengkapnya di halaman selanjutnya.` (19), `Simak selengkapnya di halaman
    // selanjutnya.` (5), CNN `Baca di halaman berikutnya>>>` (4), `Baca lanjutan analisis
    // ini di halaman selanjutnya>>>` (2), `Simak cara menurunkan asam urat di halaman
    // berikutnya..` (1): 32 in the corpus, 20 of them missed by the older fixed wording. The
    // verb is written with a capital, opening a sentence.
    Pattern {
        regex: r"(?:Simak|Baca)(?:\s+[A-Za-z]+){0,6}?\s+di\s+halaman\s+(?:berikutnya|selanjutnya)(?:\s*(?:\.+|…|>+))?",
        kind: K::Pagination,
        rule: Rule::BoilerplateMoreHere,
        triggers: &["Simak", "Baca"],
        at_block_start: false,
        at_trigger: true,
        bound: None,
        gate: None,
    },
    // Tempo's digests write `Baca berita selengkapnya di sini` (4 in the corpus).
    Pattern {
        regex: r"(?i)(?:Baca selengkapnya\s*di\s*sini|Baca berita selengkapnya\s*di\s*sini|Selengkapnya baca di sini)\.?",
        kind: K::Pagination,
        rule: Rule::BoilerplateMoreHere,
        triggers: &[
            "baca selengkapnya",
            "baca berita selengkapnya",
            "selengkapnya baca di sini",
        ],
        at_block_start: false,
        at_trigger: true,
        bound: None,
        gate: None,
    },
    Pattern {
        regex: r"(?i)^Load More\.*$",
        kind: K::Pagination,
        rule: Rule::BoilerplateLoadMore,
        triggers: &["load more"],
        at_block_start: true,
        at_trigger: false,
        bound: None,
        gate: None,
    },
    // App downloads: Kompas `Download aplikasi Kompas.com ...`, detik `Download Apps Detikcom
    // Sekarang https://...`, CNN `Download Apps CNN Indonesia sekarang https://...`.
    Pattern {
        regex: r"(?:Download|DOWNLOAD|Unduh) (?i:aplikasi|apps?)\b.*$",
        kind: K::AppDownload,
        rule: Rule::BoilerplateApp,
        triggers: &["Download ", "DOWNLOAD ", "Unduh "],
        at_block_start: false,
        at_trigger: true,
        bound: None,
        gate: None,
    },
    // The same slogan after an invitation that opens with one of KapanLagi's six openers,
    // wherever its sentence starts: the scraper often glues it to the story's last sentence
    // (`...menemukannya.Temukan berbagai ulasan ...`). In the corpus the slogan closes 50
    // invitations; these openers start 42 of them (`Temukan` 10, `Ingin baca` 10, `Yuk, baca`
    // 6, `Ikuti kabar` 8, `Masih banyak rekomendasi` 8, and `Simak update terbaru` 3 with
    // `kapan lagi?` in lower case); 15 of those are glued to the story, which the pattern
    // after this one, reading from the block's start, misses. `Simak selengkapnya yuk!`
    // (4) and `Intip ... yuk!` (1) invite to the story itself and are left to it.
    Pattern {
        // The openers are matched as written, capitalised as a sentence opens them; no
        // group, so the search needs no capture engine.
        regex: r"(?:Temukan|Ingin baca|Yuk,? baca|Ikuti kabar|Masih banyak rekomendasi|Simak update terbaru)\b[^\n]{0,200}?(?i:Kalau bukan sekarang,\s*Kapan\s?Lagi\?)",
        kind: K::Promo,
        rule: Rule::BoilerplatePromoKapanLagi,
        triggers: &["kalau bukan sekarang"],
        at_block_start: false,
        at_trigger: false,
        bound: None,
        gate: None,
    },
    // KapanLagi's slogan closing a story, with the invitation before it (`Temukan berbagai
    // ulasan menarik ... di kapanlagi.com. Kalau bukan sekarang, KapanLagi?`, `Yuk baca di
    // KapanLagi.com. ...`; 39 in the corpus), at most 200 characters before the slogan.
    Pattern {
        regex: r"(?i)^(?P<lead>.*?kapanlagi\.com.*?)Kalau bukan sekarang,\s*KapanLagi\?",
        kind: K::Promo,
        rule: Rule::BoilerplatePromoKapanLagi,
        triggers: &["kalau bukan sekarang"],
        at_block_start: false,
        at_trigger: false,
        bound: Some(Bound {
            group: "lead",
            max_chars: 200,
            beyond: Beyond::Drop,
        }),
        gate: None,
    },
    // Promotions of the outlet itself: Liputan6 `Simak penelusuran Cek Fakta Liputan6.com.`,
    // Tempo `Halo, pembaca nawala Cek Fakta Tempo!`.
    // Liputan6 `Baca juga berita lainnya di Liputan6.com.`, Tribun `Berita lainnya di Sampah
    // di Bali` (a topic link after the code).
    Pattern {
        regex: r"(?i)^(?:Simak penelusuran Cek Fakta Liputan6\.com|Halo, pembaca nawala.*|Baca juga berita lainnya.*|Berita lainnya di .*)\.?$",
        kind: K::Promo,
        rule: Rule::BoilerplatePromo,
        triggers: &[
            "simak penelusuran cek fakta",
            "halo, pembaca nawala",
            "berita lainnya",
        ],
        at_block_start: false,
        at_trigger: false,
        bound: None,
        gate: None,
    },
];

/// [`Pattern::gate`] of `boilerplate.end_mark`: the stars start a line or follow a blank,
/// so that a run is tried once, from its first star.
fn opens_a_star_run(block: &str, stars: Span) -> bool {
    block
        .get(..stars.start)
        .is_some_and(|before| before.chars().next_back().is_none_or(char::is_whitespace))
}

/// [`Pattern::gate`] of `boilerplate.caption_credit`: the label (the trigger) starts within
/// 200 characters of the block start, and after it come blanks, a colon and 2 to 60
/// characters to the end of the block (the blanks after the colon may count or not), as the
/// regex has them. Most blocks naming a `Foto` hold it deep in a long paragraph.
fn ends_a_caption(block: &str, label: Span) -> bool {
    let (Some(before), Some(after)) = (block.get(..label.start), block.get(label.end..)) else {
        return false;
    };
    let Some(credit) = after.trim_start().strip_prefix(':') else {
        return false;
    };
    before.chars().nth(200).is_none()
        && credit.chars().nth(1).is_some()
        && credit.trim_start().chars().nth(60).is_none()
}

/// Patterns matched over the whole text because the scraper broke them over several lines
/// (one word a line where the page had links).
pub(crate) const SPANNING_PATTERNS: &[Pattern] = &[
    // Kompas: `Simak⏎breaking news⏎dan⏎berita pilihan⏎kami langsung di ponselmu. Pilih saluran
    // andalanmu akses berita Kompas.com WhatsApp Channel :` (the link and the `Pastikan ...`
    // line after it are caught by `boilerplate.channel_link`).
    Pattern {
        regex: r"(?i)Simak\s+breaking\s+news\s+dan\s+berita\s+pilihan\s+kami\s+langsung\s+di\s+ponselmu[^\n]*",
        kind: K::ChannelInvite,
        rule: Rule::BoilerplateChannelKompas,
        triggers: &["ponselmu"],
        at_block_start: false,
        at_trigger: false,
        bound: None,
        gate: None,
    },
];

/// The months of an embedded post's date (`— Name (@handle) June 18, 2025`): Twitter writes
/// them in English, or in the reader's language.
pub(crate) const POST_DATE_MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Januari",
    "Februari",
    "Maret",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "Oktober",
    "Desember",
];

/// Short function words that stay lower case in a Title Case headline.
pub(crate) const HEADLINE_SMALL_WORDS: &[&str] = &[
    "di", "ke", "dari", "dan", "yang", "untuk", "dengan", "ini", "itu", "pada", "atau", "vs",
    "ala", "jadi", "bagi", "oleh", "soal", "usai", "demi", "hingga", "saat", "&", "-", "–",
];
