//! The citation lexicon: the verbs that introduce a source (`dikutip`, `melansir`), the words
//! between verb and source (`dari`, `laman`, `data`), and the names that decide whether a
//! source is another news outlet or a data provider.
//!
//! Counts are from `../shared/research/FIELD-NOTES.md` (C3) and the corpus.

/// A verb that introduces a citation.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CitingVerb {
    /// The verb, lower case.
    pub word: &'static str,
    /// Only a known outlet after it makes a citation: the verb is common in other senses
    /// (`menurut Budi` is speech, `dilaporkan ke polisi`, `bersumber dari APBN`).
    pub needs_known_media: bool,
}

const fn verb(word: &'static str, needs_known_media: bool) -> CitingVerb {
    CitingVerb {
        word,
        needs_known_media,
    }
}

/// Citation verbs. Longer forms first is not needed: each is matched as a whole word.
pub(crate) const CITING_VERBS: &[CitingVerb] = &[
    // dikutip 1,162, `seperti dikutip` 227: `dikutip dari Antara`, `seperti dikutip CNN`.
    verb("dikutip", false),
    // dilansir 466, `seperti dilansir` 91: `dilansir dari Reuters`, `dilansirAFP`.
    verb("dilansir", false),
    // mengutip 377: `mengutip AFP`, `mengutip data dari Coinmarketcap`.
    verb("mengutip", false),
    // melansir 132: `melansir laman X`, `MelansirAlmanac`.
    verb("melansir", false),
    // diberitakan 86: `seperti diberitakan Kompas.com sebelumnya`, `Diberitakan NBC`.
    verb("diberitakan", false),
    // dirangkum: `dirangkum KompasTekno dari Android Authority` (summarised from); with no
    // capitalised source after it (`dirangkum dari berbagai sumber`) it cites nothing.
    verb("dirangkum", false),
    // dinukil 4, menukil 3: rare synonyms of dikutip/mengutip.
    verb("dinukil", false),
    verb("menukil", false),
    // dilaporkan 433, melaporkan 425: mostly `dilaporkan ke polisi`, `melaporkan kasus`.
    verb("dilaporkan", true),
    verb("melaporkan", true),
    // bersumber 53: mostly `bersumber dari APBN` (funding).
    verb("bersumber", true),
    // menurut 2,224: speech (`Menurut Peskov`) unless an outlet follows (`menurut Reuters`).
    verb("menurut", true),
];

/// Words before a verb that belong to the citation phrase: `seperti dikutip`,
/// `sebagaimana diberitakan`.
pub(crate) const CITING_LEADS: &[&str] = &["seperti", "sebagaimana"];

/// Words between the verb and the source that say where it came from: `dari`, `oleh`
/// (`dilaporkan oleh Reuters`), `di` (`seperti dikutip di laman X`), `dalam`.
pub(crate) const CITING_PREPOSITIONS: &[&str] = &["dari", "oleh", "di", "dalam"];

/// Where a source sits, before its name, and whether an unknown name behind it is a data
/// source: `laman resmi BMKG`, `situs Kemenag`, `akun Instagram X` are data; `kantor
/// berita Tasnim`, `media Korea Selatan` are outlets. A known outlet stays media
/// (`laman Kompas.com`). `resmi` forms first, so they are matched whole.
pub(crate) const VENUES: &[(&str, bool)] = &[
    ("laman resmi", true),
    ("situs resmi", true),
    ("akun resmi", true),
    ("website resmi", true),
    ("kanal resmi", true),
    ("laman", true),
    ("situs", true),
    ("akun", true),
    ("kanal", true),
    ("website", true),
    ("halaman", true),
    ("kantor berita", false),
    ("media", false),
];

/// Kinds of document or data named before the source: `mengutip data dari Coinmarketcap`,
/// `dikutip dari keterangan pers`. The `true` ones are a source by themselves when no name
/// follows (`seperti dikutip dari keterangan pers, Rabu`).
pub(crate) const DOCUMENTS: &[(&str, bool)] = &[
    ("keterangan pers", true),
    ("keterangan tertulis", true),
    ("keterangan resmi", true),
    ("siaran pers", true),
    ("rilis resmi", true),
    ("rilis", true),
    ("keterbukaan informasi", true),
    ("data", false),
    ("riset", false),
    ("survei", false),
    ("laporan", false),
    ("pernyataan", false),
    ("unggahan", false),
    ("dokumen", false),
];

/// News outlets and agencies, lower case, matched at the start of a source (`CNN
/// International`, `Bloomberg News`) after dropping a leading `the` and a trailing `.com`.
/// Names starting with a [`BRAND_PREFIXES`] entry are outlets too (`detikBali`, `TribunSolo`).
pub(crate) const MEDIA: &[&str] = &[
    // Wire agencies.
    "reuters",
    "afp",
    "ap",
    "associated press",
    "antara",
    "antaranews",
    "xinhua",
    "kyodo",
    "yonhap",
    "tass",
    "sputnik",
    "ria novosti",
    "anadolu",
    "bernama",
    "irna",
    "mehr",
    "tasnim",
    "wafa",
    // International broadcasters and papers seen after citation verbs in the corpus.
    "cnn",
    "cnbc",
    "bbc",
    "al jazeera",
    "aljazeera",
    "nbc",
    "abc",
    "cbs",
    "fox news",
    "sky news",
    "nhk",
    "cna",
    "channel newsasia",
    "dw",
    "deutsche welle",
    "voa",
    "rt",
    "press tv",
    "i24news",
    "euronews",
    "bloomberg",
    "guardian",
    "new york times",
    "new york post",
    "washington post",
    "wall street journal",
    "wsj",
    "financial times",
    "times of india",
    "ndtv",
    "south china morning post",
    "scmp",
    "nikkei",
    "haaretz",
    "times of israel",
    "jerusalem post",
    "middle east monitor",
    "palestine chronicle",
    "daily mail",
    "independent",
    "mirror",
    "the sun",
    "telegraph",
    "politico",
    "axios",
    "forbes",
    "espn",
    "marca",
    "football italia",
    "goal",
    "variety",
    "billboard",
    "allkpop",
    "koreaboo",
    "soompi",
    "cointelegraph",
    "coindesk",
    "cryptonews",
    // Indonesian outlets.
    "kompas",
    "kompas.tv",
    "kompastekno",
    "tempo",
    "liputan6",
    "okezone",
    "sindonews",
    "republika",
    "bisnis",
    "kontan",
    "tirto",
    "kumparan",
    "suara",
    "merdeka",
    "jawapos",
    "media indonesia",
    "metro tv",
    "tvri",
    "rri",
    "beritasatu",
    "katadata",
    "idn times",
    "viva",
    "jpnn",
    "bolasport",
    "cnn indonesia",
    "cnbc indonesia",
];

/// Outlet names written in lower case at the start: `detikcom`, `detikbali`, `detik.com`,
/// `tribunjabar` (detik's regional desks and Tribun's network sites, glued or not).
pub(crate) const BRAND_PREFIXES: &[&str] = &["detik", "tribun"];

/// Data providers, official bodies and social platforms: a source, but not news media
/// (`Coinmarketcap`, `laman resmi BMKG`, `akun Instagram`).
pub(crate) const DATA_SOURCES: &[&str] = &[
    // Market and crypto data.
    "coinmarketcap",
    "coingecko",
    "investing",
    "trading economics",
    "refinitiv",
    "rti business",
    // `Mengutip RTI, pukul 09.10 WIB, indeks naik` (Kontan): RTI Business market data.
    "rti",
    "google trends",
    "worldometer",
    // Indonesian official bodies publishing figures.
    "bps",
    "badan pusat statistik",
    "bmkg",
    "bei",
    "bursa efek indonesia",
    "ojk",
    "bank indonesia",
    // Social platforms: a post is a document, not an outlet.
    "instagram",
    "youtube",
    "tiktok",
    "facebook",
    "twitter",
    "x",
    "threads",
];

/// Day names: `dikutip Selasa (17/6)` is a date, not a source.
pub(crate) const WEEKDAYS: &[&str] = &[
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad",
];

/// Lower-case words that may sit inside a source's name: `Times of India`, `Woman&home`.
pub(crate) const NAME_CONNECTORS: &[&str] = &["of", "the", "de", "for", "on", "and", "&"];

/// Words that join two sources: `seperti dilansir Mehr dan i24News`.
pub(crate) const CHAIN_WORDS: &[&str] = &["dan", "serta"];

/// First words of a source that name an institution, not an outlet: its site or statement
/// is a data source (`situs Kemenag`, `laman PT Liga Indonesia Baru`, `Universitas Gadjah Mada`).
pub(crate) const INSTITUTION_WORDS: &[&str] = &[
    "kementerian",
    "kemenag",
    "kemenkes",
    "kemenkeu",
    "kemendikbud",
    "kemlu",
    "badan",
    "dinas",
    "pemerintah",
    "pemprov",
    "pemkot",
    "pemkab",
    "polri",
    "polda",
    "polres",
    "pt",
    "bank",
    "universitas",
    "university",
    "institut",
    "institute",
    "rumah sakit",
    "pengadilan",
    "mahkamah",
    "komisi",
    "dewan",
    "jdih",
];

/// First words of a source that make it a person quoted, not a citation (`mengutip
/// Komisaris Polisi Ahmedabad`): attribution reads those.
pub(crate) const ROLE_TITLES: &[&str] = &[
    "presiden",
    "wakil",
    "menteri",
    "kepala",
    "ketua",
    "direktur",
    "komisaris",
    "juru",
    "gubernur",
    "bupati",
    "wali",
    "kapolri",
    "kapolda",
    "kapolres",
    "jenderal",
    "dr",
    "prof",
    "profesor",
];

/// Words that end the lower-case owner after a venue (`laman resmi klub pada Senin`).
pub(crate) const OWNER_STOP_WORDS: &[&str] = &[
    "pada",
    "yang",
    "di",
    "untuk",
    "saat",
    "ketika",
    "dan",
    "serta",
    "dari",
    "ke",
    "itu",
    "ini",
    "tersebut",
    "sebelumnya",
    "kemarin",
];
