//! Read-also markers and the words a Title Case headline keeps in lower case.

/// Read-also labels are read by their shape, not from a closed list: an invitation to read,
/// `[particle] verb [objects] adverb [particle]` (`Baca juga`, `Yuk, simak juga`, `Baca Ini
/// Juga Deh:`, `Cek Yang Lain Juga, Yuk!`, `Simak berita lainnya:`), with its optional `:`
/// or `!`. Counted over the corpus (10,868 articles): `Baca juga` 5,200 (Kompas, detik,
/// Tribun, Sindonews, Okezone, Republika, Liputan6's bare line), `Simak juga` 430 (detik,
/// KapanLagi), `Lihat juga` 190 (Sindonews, detik), `Tonton juga` 220 (detik), `Baca artikel
/// menarik lainnya` 10, `Yuk baca juga` 8, `Yuk, simak juga` 8, `Yuk baca artikel lainnya` 8,
/// `Cek Yang Lain Juga, Yuk!` 6, `Simak berita lainnya` 3, `Baca berita lainnya` 2, `Baca Ini
/// Juga Deh` 2, `Baca pula` 1 (KapanLagi's glued lists use the rare ones). False friends,
/// left to the checks of the reader (a label is written with a capital or after a sentence,
/// and a headline follows it, not lower case): `Simak juga video ...`, `Tonton juga video`
/// (detik's video promos, 190), `Lihat juga Video` (155), speech such as `kita masih cek juga
/// jantung` (3) or `kalian lihat juga beberapa tahun` (17), `Baca juga berita lainnya di
/// Liputan6.com.` (a promo, 3), `Baca berita lainnya di: Google News` (Tribun, 5).
///
/// Words inviting the reader before the verb (`Yuk, simak juga`, `Ayo baca juga`).
pub(crate) const LABEL_PARTICLES_BEFORE: &[&str] = &["yuk", "ayo"];

/// Verbs of reading or watching that open a label.
pub(crate) const LABEL_VERBS: &[&str] = &["baca", "simak", "lihat", "cek", "tonton"];

/// Words between the verb and its adverb: what to read (`Baca artikel menarik lainnya`,
/// `Baca Ini Juga`, `Cek Yang Lain Juga`), as regex fragments.
pub(crate) const LABEL_OBJECTS: &[&str] = &["ini", "artikel", "berita", "menarik", r"yang\s+lain"];

/// Adverbs that make the verb an invitation to more reading: a label holds one at least
/// (`Simak selengkapnya`, `Baca berita` are other things).
pub(crate) const LABEL_ADVERBS: &[&str] = &["juga", "pula", "lainnya"];

/// Particles closing the invitation (`Baca Ini Juga Deh:`, `Cek Yang Lain Juga, Yuk!`).
pub(crate) const LABEL_PARTICLES_AFTER: &[&str] = &["deh", "nih", "ya", "yuk", "dong"];

/// Labels of another shape, as case-insensitive regex fragments.
pub(crate) const OTHER_MARKERS: &[&str] = &[
    // Tempo: 310 in 519 docs, also `PIlihan Editor` and `Pilihan editor`.
    r"pilihan\s+editor",
    // SPEC; only with a colon and a headline (`Baca selengkapnya di sini` is pagination).
    r"baca\s+selengkapnya",
];

/// Labels of a block of related headlines glued together on one line (KapanLagi
/// `Berita LainnyaRia Ricis Buka Suara ...Ria Ricis Tak Hitung ...`): each headline is a
/// read-also item of its own. A list label is a heading at a block's start, written with a
/// capital: a noun (`Berita`, `Artikel`) and one qualifier or more (`Berita Lainnya` 4 in
/// the corpus, `Berita terkait lainnya` 1, Tribun, its list lost). False friends: Kompas's
/// lower-case `berita pilihan` line inside its channel invitation (37), Tribun's `Berita
/// lainnya di Sampah di Bali` (4, a promo: lower case follows the label).
///
/// The nouns of a list label.
pub(crate) const LIST_LABEL_NOUNS: &[&str] = &["berita", "artikel"];

/// The qualifiers of a list label's noun.
pub(crate) const LIST_LABEL_QUALIFIERS: &[&str] = &["lainnya", "terkait", "pilihan"];

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
    // Measured again over 3,177 newline-separated headlines after `Baca/Simak/Lihat juga`
    // (four words or more, mostly Title Case): `buat` 26 (`Tips Buat ...`, `buat Pemula`),
    // `tentang` 8, `gegara` 7, `atas` 4, `antara` 3, `andai` 3, `sebelum` 2, `dkk` 2
    // (`Harvey Moeis dkk`).
    "buat",
    "tentang",
    "gegara",
    "atas",
    "antara",
    "andai",
    "sebelum",
    "dkk",
    // Particles of names (`Frenkie de Jong`, `Ali bin Abi Thalib`, `Rafael van der Vaart`:
    // 4 read-also titles; in the corpus before a capital nearly always, the exceptions a
    // French quote and an article on `bin atau binti`). In a glued list the next headline
    // may open with such a name (`StudioMawar de Jongh Multitasking ...`).
    "de",
    "van",
    "der",
    "den",
    "von",
    "bin",
    "binti",
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
    // `Ditemui di sela acara, ...` opens 7 corpus sentences, no headline of the 3,177 on
    // lines of their own.
    "ditemui",
    // Connectives that open corpus sentences (count) and occur in none of the 3,530
    // headlines on lines of their own, in any position: a search of every word that opens
    // 40 sentences or more, nouns, names and verbs left out (`duel`, `Jonatan`, `Ditambah`:
    // a headline may hold them, `Kuota Tahun Depan Ditambah`).
    "keduanya",    // 266
    "misalnya",    // 199
    "sayangnya",   // 153
    "terlebih",    // 141
    "akibatnya",   // 114
    "tentunya",    // 84
    "sebaliknya",  // 84
    "setidaknya",  // 79
    "apabila",     // 79
    "alhasil",     // 76
    "sebagaimana", // 72
    "walau",       // 67
    "makanya",     // 52
    "baginya",     // 51
    "karenanya",   // 50
    "contohnya",   // 49
    "senada",      // 41
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
