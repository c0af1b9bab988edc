//! Lower-case words that scrapers glue onto the name before them when a link around the name
//! is dropped (`Saifullah Yusufbakal`, `Netanyahumemuji`): counted over the corpus, where a
//! capitalised word ending in one of these (with four letters or more before it) is such a
//! glue ~360 times (`Trumpmengatakan` 11, `Ghazalimengungkapkan` 3, `Subiantomenegaskan` 2).
//! Only words of four letters or more, with four letters or more before them, so that names
//! ending in a short word stay whole (`Mendalam`, `Teruntuk` are not split).
//! Verbs of saying are read from the cue lexicon; these are the others.

/// Glued words that are not verbs of saying.
pub(crate) const GLUED_WORDS: &[&str] = &[
    // Future and aspect words right after a subject: `Yusufbakal rampung`.
    "bakal",
    // Prepositions after a name or place: `Mulyanidalam`, `Subiantountuk`, `Madriddengan`.
    "dalam",
    "untuk",
    "dengan",
    "kepada",
    // Verbs that follow a subject in news leads: `Netanyahumemuji`, `Lembongmengaku`.
    "memuji",
    "mengaku",
    "menyebut",
    // Other `me-` verbs glued to a capitalised word three times or more in the corpus
    // (`Pangarepmerupakan`, `Subiantomenjadi`, `Timurmelaporkan`), none of them the end of a
    // name (counted against words such as `Fundamental`, `Kilometer`, `Multimedia`, which are
    // left out).
    "merupakan",
    "menjadi",
    "melaporkan",
    "meninggal",
    "menggelar",
    "meluncurkan",
    "memberikan",
    "memiliki",
    "mengalami",
    "melakukan",
    "membuka",
    "membagikan",
    "memulai",
    "membuat",
    "merayakan",
    "memberi",
    "mencapai",
    "merasa",
    "menghadirkan",
    "mendapatkan",
    "memutuskan",
    "melawan",
    "menggunakan",
    "mempromosikan",
    "menawarkan",
    "menemukan",
    "menetapkan",
    "menghadiri",
    "mengeluarkan",
    "menjalani",
    "menyambut",
    "mengerahkan",
    "menuntut",
    "mengincar",
    "membuktikan",
    "mendorong",
    "mengambil",
    "membawa",
    "mengancam",
    "mengalahkan",
    "mengajukan",
    "memperlihatkan",
    // Relative and adverb words (`Besariyang`, `Tebaskembali`): four letters or more.
    "yang",
    "kembali",
    // Words after a subject that no corpus word or name ends in (`Estiantysaat`,
    // `Wibowoalias`, `Kristiyantosempat`); not `pada` (`Daripada`), `kini` (`Diyakini`),
    // `atau` (`Krakatau`), `resmi` (`Sukaresmi`), `punya` (`Sepupunya`), `dari` (`Wulandari`).
    "saat",
    // Adverbs right after a subject, glued to a capitalised word with four letters or more
    // before them (corpus: `juga` 46, `sudah` 35, `tidak` 25, `masih` 15, `memang` 8,
    // `sedang` 7, `pernah` 2: `Duttonjuga`, `Halilintarsudah`, `Pratamamemang`), and no
    // corpus word or name of that shape ends so; not `kini` (`Diyakini`, `Berbikini`).
    "juga",
    "sudah",
    "tidak",
    "masih",
    "memang",
    "sedang",
    "pernah",
    "bersama",
    "alias",
    "tampil",
    "bisa",
    "sempat",
    "telah",
    // Passive `di-` verbs after a subject: a capitalised word ending in one of these is glue
    // 48 times over the corpus (`Subiantodijadwalkan`, `Shihabditangkap`,
    // `Lukmintodiperiksa`, `Bieberdikenal`), and no name or word ends so.
    "dilaporkan",
    "disebut",
    "dikenal",
    "ditangkap",
    "dijadwalkan",
    "diperiksa",
    "ditahan",
    "dinilai",
];

/// Names that end in one of the glued words above but are whole (lower case): `Edwin
/// Sebayang mengatakan`, `Pura Lempuyang`, `Aubameyang`. Counted in the corpus among the
/// capitalised words ending in `yang` before a lower-case word.
pub(crate) const WHOLE_NAMES: &[&str] = &[
    "sebayang",
    "lempuyang",
    "pyongyang",
    "aubameyang",
    "nyangnyang",
    "kahiyang",
];
