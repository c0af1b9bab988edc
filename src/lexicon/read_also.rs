//! Read-also markers and the words a Title Case headline keeps in lower case.

/// Markers that introduce a link to another story, as a case-insensitive regex fragment.
/// Each is followed by an optional `:`.
pub(crate) const MARKERS: &[&str] = &[
    // KapanLagi's lists of glued headlines after its closing slogan (`KapanLagi?Yuk, simak
    // jugaAktor ...`): `Yuk, simak juga` 8, `Yuk baca artikel lainnya` 8, `Baca artikel
    // menarik lainnya:` 10 in the corpus. Before `simak juga` and `baca`, which they hold.
    r"yuk\s*,?\s*simak\s+juga",
    r"yuk\s*,?\s*baca\s+artikel\s+lainnya",
    // `Yuk baca juga:` (8 in the corpus, KapanLagi, the same glued lists).
    r"yuk\s*,?\s*baca\s+juga",
    r"baca\s+artikel\s+menarik\s+lainnya",
    // Kompas, detik, Tribun, Sindonews, Okezone, Republika (`Baca JugaTertimbun`), Liputan6
    // (bare `Baca Juga` line).
    r"baca\s+juga",
    // A rarer variant of the same link (Kompas, 1 in the corpus).
    r"baca\s+pula",
    // detik, KapanLagi (`Simak juga Video` is a video promo and is left to boilerplate).
    r"simak\s+juga",
    // Sindonews trailing `Lihat Juga: 10 Adab ...` (37 of 408 docs).
    r"lihat\s+juga",
    // Tempo: 310 in 519 docs, also `PIlihan Editor` and `Pilihan editor`.
    r"pilihan\s+editor",
    // SPEC; only with a colon and a headline (`Baca selengkapnya di sini` is pagination).
    r"baca\s+selengkapnya",
];

/// Labels of a block of related headlines glued together on one line (KapanLagi
/// `Berita LainnyaRia Ricis Buka Suara ...Ria Ricis Tak Hitung ...`): each headline is a
/// read-also item of its own.
pub(crate) const LIST_MARKERS: &[&str] = &[
    r"berita\s+lainnya",
    r"berita\s+terkait",
    r"artikel\s+terkait",
];

/// Lower-case words a Title Case headline keeps (measured over 1,427 newline-separated
/// `Baca juga:` headlines: `di` 569, `dan` 246, `yang` 112, `ke` 96, `dari` 90, ...). Any
/// other lower-case word after a headline means the story has resumed (run-on text).
pub(crate) const HEADLINE_LOWER: &[&str] = &[
    "di",
    "dan",
    "yang",
    "ke",
    "dari",
    "dengan",
    "vs",
    "vs.",
    "untuk",
    "hingga",
    "soal",
    "saat",
    "sebagai",
    "pada",
    "jika",
    "dalam",
    "karena",
    "tak",
    "akibat",
    "agar",
    "akan",
    "per",
    "ini",
    "itu",
    "bagi",
    "kepada",
    "demi",
    "tapi",
    "atau",
    "oleh",
    "jadi",
    "via",
    "asal",
    "adalah",
    "setelah",
    "meski",
    "usai",
    "sampai",
    "tanpa",
    "ketimbang",
    "daripada",
    "berkat",
    "jelang",
    "pun",
    "para",
    "sang",
    "si",
    "ala",
    "versus",
    "lawan",
    "kontra",
    // English headlines and names (`Man of the Match`, `Play-off`).
    "of",
    "to",
    "and",
    "the",
    "off",
    "in",
    "on",
    "for",
    "at",
    "by",
    "a",
    "an",
    "x",
];

/// Words that open a story sentence but rarely sit inside a headline (first words of long
/// Kompas/Tribun/detik paragraphs that never occur in their read-also headlines). In
/// run-on text the story resumes at the earliest of them after the headline.
pub(crate) const STORY_OPENERS: &[&str] = &[
    "selain",
    "ia",
    "namun",
    "sebelumnya",
    "adapun",
    "berdasarkan",
    "menurutnya",
    "menurut",
    "kemudian",
    "diketahui",
    "dikutip",
    "dilansir",
    "bahkan",
    "sedangkan",
    "seperti",
    "selanjutnya",
    "mengutip",
    "melansir",
    "diberitakan",
    "sebab",
    "sebanyak",
    "pasalnya",
    "menanggapi",
    "pihaknya",
    "sejauh",
    "kendati",
    "menariknya",
    "sementara",
    "dia",
    "mereka",
    "kami",
    "saya",
    "hal",
    "sejak",
    "ketika",
    "meskipun",
    "padahal",
    "lalu",
    "kini",
    "ya",
    "nah",
    "rencananya",
    "targetnya",
    "ditanya",
    "dikabarkan",
    // `. Apalagi ...` opens 100 corpus sentences, `. Itulah` 72, `. Biasanya` 51, `.
    // Demikian` 48, `. Terlepas dari` 7; none is in any read-also headline the parser finds.
    "apalagi",
    "itulah",
    "biasanya",
    "demikian",
    "terlepas",
    // `. Walaupun ...` opens 39 corpus sentences.
    "walaupun",
];

/// Endings a doubled word takes (`ibu-ibunya`, `kupu-kupulah`, `sayur-sayuran`), lower case:
/// letters after the repeated half that are one of these are part of the word; other letters
/// glued there open the next headline of a glued list (`Berturut-turutaespa Rilis ...`, the
/// corpus's KapanLagi list whose next headline opens with a name in lower case; 94 doubled
/// words in the corpus run into the next word so, nearly all in story text, where no glued
/// list is searched).
pub(crate) const DOUBLED_WORD_SUFFIXES: &[&str] = &[
    "nya", "lah", "kah", "pun", "an", "kan", "ku", "mu", "tah", "annya", "kannya", "nyalah",
];

/// Words that open a story sentence counting something (`Ada 3 keunggulan ...`, `Terdapat 2
/// syarat ...`): before a number and a lower-case noun, where a run-on headline's story
/// resumed. 41 corpus sentences open `Ada`/`Terdapat`, a number and a lower-case word; a
/// headline writes the counted noun with a capital (`Ada 5 Cara ...`, 13 in the corpus).
pub(crate) const COUNT_OPENERS: &[&str] = &["ada", "terdapat"];

/// Function words that open story sentences but never a photo caption (a caption opens with
/// a noun: `Warga ...`, `Tampilan ...`) nor end a headline, lower case. Written with a capital
/// after a credit or inside a caption, they show the story resuming where the scraper lost a
/// caption or its full stop (`HonorUntuk urusan olahraga, ...`, `... (1/7/2025) Pada aspek
/// hardware, ...`: the 4 such places in the corpus's run-on Kompas captions); just before
/// where a run-on headline's story resumes, they open its sentence (`... Meninggal Dunia Di
/// Wolves, ia ...`). Articles and name words that are capitalised inside names (`Si Jalak
/// Harupat`, `Ponsel A`) are not here.
pub(crate) const STORY_FUNCTION_WORDS: &[&str] = &[
    // Prepositions opening an adverbial before the subject: `Pada aspek ..., ponsel ini`.
    "pada", "untuk", "di", "dalam", "dengan",
    // Conjunctions opening a subordinate clause before the main one: `Setelah ..., Google`.
    "setelah", "sebelum", "usai", "karena", "meski", "jika",
    // `Berikut daftar ...`: a sentence announcing a list.
    "berikut",
];

/// Names written in camel case (`WhatsApp`, `TransJakarta`): where a capitalised word of four
/// letters or more runs into a capital, a headline usually ended and the next one began
/// (`Rudal IranKapan Dubes`), except in these. Gathered from the corpus's camel-case words
/// (`WhatsApp` 580, `KapanLagi` 182, `TransJakarta` 54, `VietJet` 36, ... down to 4
/// occurrences); shorter heads (`TikTok`, `YouTube`, `McDonald`, `NasDem`) are never cut.
/// False friends left out: glued words of two headlines or sentences (`JakartaPramono`,
/// `PresidenPrabowo`, `IranBandara`).
pub(crate) const CAMEL_CASE_NAMES: &[&str] = &[
    "whatsapp",
    "kapanlagi",
    "vietjet",
    "motorland",
    "freego",
    "freebuds",
    "blackrock",
    "blackberry",
    "insyaallah",
    "masyaallah",
    "playstation",
    "indostrategi",
    "linkedin",
    "mediatek",
    "magicpad",
    "ideapad",
    "omnibook",
    "motiontrade",
    "cryptoquant",
    "masterchef",
    "fiberstar",
    "microstrategy",
    "sindonews",
    "serambinews",
    "landlogic",
    "pertalife",
    "splitbill",
    "bytedance",
    "deepseek",
    "thrucrete",
    "blueco",
    "bolasport",
    "roadsync",
    "britama",
    "lingling",
    "stratbox",
    "afribit",
    "gamestop",
    "supershow",
    "medcoenergi",
    "facetime",
    "sharplink",
    "grabfood",
    "softbank",
    "smartthings",
    "financeasia",
    "policetube",
    "pepsico",
    "joongang",
    "sofascore",
    "wartakotalive",
    // Not camel case, but a name ending in a number (Pegadaian's gold brand, 145 in the
    // corpus): `Galeri24 Sore Hari Ini` is one headline.
    "galeri24",
];

/// Heads of camel-case families (`TribunJakarta`, `DetikPagi`, `ShopeePay`, `KompasTekno`,
/// `TransJabodetabek`): a word opening with one of them is never cut.
pub(crate) const CAMEL_CASE_HEADS: &[&str] = &["tribun", "detik", "kompas", "shopee", "trans"];

/// Short words that end a headline and may run into the next one's capital (`Tayang Bulan
/// IniAktor Senior ...`, `iniSaya`): cut although their head is short or in lower case.
pub(crate) const SHORT_LAST_WORDS: &[&str] = &["ini", "itu"];
