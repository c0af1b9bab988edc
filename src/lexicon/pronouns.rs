//! Pronouns that stand for a speaker, and the capitalised words that open a clause and so can
//! never start a speaker's name (`"…," kata Sementara itu` is a scraper dropping a linked name).

/// Third-person singular pronouns: resolved to the last named person speaker.
/// `Dirinya mengatakan`: the reflexive used as a subject (43 speaker names `Dirinya` over the
/// corpus output before it was listed).
pub(crate) const PERSON: &[&str] = &["ia", "dia", "beliau", "doi", "dirinya"];

/// Third-person plural pronouns: resolved to the last group speaker, if any.
pub(crate) const PLURAL: &[&str] = &["mereka", "keduanya"];

/// First-person pronouns: inside a quote they say nothing about who speaks; after a cue they
/// never name the speaker.
pub(crate) const FIRST_PERSON: &[&str] = &["saya", "aku", "kami", "kita", "gue", "gua"];

/// Words that open an apposition written after a name with no comma (`Muhammad Iqbal salah
/// seorang warga mengaku`, `Rina seorang pedagang mengatakan`): the subject's verb comes after
/// it. In the corpus 14 such subjects have commas around the apposition (`Aris, seorang
/// pedagang buah di Desa ..., mengaku`), a handful none. Not `yang`: a relative clause's own
/// verb (`Jonatan yang tampil di Denmark Open adalah ...`) is not the subject's.
pub(crate) const APPOSITION_OPENERS: &[&str] = &["salah", "seorang"];

/// Words no sentence ends with: a line that ends with one was broken off by the scraper
/// before a linked or italic name (`dikutip dari⏎CNN News`, `tambang nikel di⏎Raja Ampat`,
/// `Direktur Utama PT⏎Freeport`). Over the corpus, 129 lines end so before a line with a
/// capital; all but a handful go on with the sentence (the rest are list items after `; dan`).
pub(crate) const OPEN_ENDINGS: &[&str] = &[
    "dari", "di", "ke", "dan", "yang", "untuk", "oleh", "dengan", "pada", "bahwa", "atau", "serta",
    "para", "sang", "kepada", "dalam", "tentang", "seperti", "sebagai", "PT",
];

/// Capitalised words that open a sentence or clause, never a name.
pub(crate) const CLAUSE_OPENERS: &[&str] = &[
    // `Sang pelatih Rudi Hartono mengatakan`: the article word of a description, never a name
    // (13 speaker names `Sang …` over the corpus output before it was listed).
    "sang",
    "sementara",
    "selain",
    "dalam",
    "menurut",
    "sebagai",
    "lebih",
    "baca",
    "simak",
    "meski",
    "meskipun",
    "di",
    "saat",
    "adapun",
    "namun",
    "tetapi",
    "tapi",
    "sedangkan",
    "karena",
    "jika",
    "bahkan",
    "pada",
    "untuk",
    "dari",
    "terkait",
    "setelah",
    "sebelumnya",
    "tonton",
    "lihat",
    "advertisement",
    "scroll",
    "dengan",
    "kemudian",
    "lalu",
    // `Lantas, jaksa kembali bertanya`: `then`, like `lalu` (58 `. Lantas,` in the corpus).
    "lantas",
    // Sentence adverbs before a comma and a speaker (corpus, at a sentence start:
    // `Selanjutnya,` 73, `Terpisah,` 19, `Senada,` 15): `Senada, analis … Hendri Widiantoro
    // mengatakan` made `Senada` a person with the analyst's phrase as role. Not `Diketahui,`
    // (111): it opens background, whose subject is no one a later `-nya` means, and as an
    // opener it made that subject one.
    "selanjutnya",
    "terpisah",
    "senada",
    "oleh",
    "hal",
    "itu",
    "ini",
    "yang",
    "dan",
    "atau",
    "akan",
    "juga",
    "kini",
    "sebelum",
    "usai",
    "seusai",
    "ketika",
    "sejak",
    "hingga",
    "sampai",
    "selama",
    "agar",
    "supaya",
    "sehingga",
    "maka",
    "apalagi",
    "bagi",
    "kepada",
    "tak",
    "tidak",
    "belum",
    "sudah",
    "telah",
    "masih",
    "jadi",
    "begitu",
    "demikian",
    "kalau",
    "walau",
    "walaupun",
    "the",
    "video",
    "foto",
    "berita",
    "artikel",
    "halaman",
    "selanjutnya",
    "berikut",
    "sebab",
    "akibat",
    "tanpa",
    "atas",
    "soal",
    "ada",
    "apa",
    "siapa",
    "bagaimana",
    "mengapa",
    "kenapa",
    "kapan",
    "dimana",
    "sebagaimana",
    "seperti",
    "melalui",
    "lewat",
    "ia",
    "dia",
    "mereka",
    "kami",
    "kita",
    "saya",
    "beliau",
    "pihaknya",
    "sedang",
    "bila",
    "apabila",
    "setiap",
    "tiap",
    "selasa",
    "senin",
    "rabu",
    "kamis",
    "jumat",
    "sabtu",
    "minggu",
    "kemarin",
    "hari",
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
    "pukul",
    "tahun",
    "bulan",
    "pekan",
];

/// Page furniture that scrapers glue into sentences (`ADVERTISEMENT SCROLL TO CONTINUE WITH
/// CONTENT Milanovic`): never part of a name.
pub(crate) const FURNITURE: &[&str] = &[
    "advertisement",
    "scroll",
    "continue",
    "content",
    "iklan",
    "baca",
    "simak",
    "lihat",
];

/// Words after a role phrase that make it point back to someone already named
/// (`politikus PDI-P ini`, `pelatih asal Belanda itu`).
pub(crate) const DEMONSTRATIVES: &[&str] = &["ini", "itu", "tersebut"];

/// Prepositions that make the name after them an object (`Senada dengan Rofikoh, ekonom …
/// Winang Budoyo mengatakan`): a comma after such a name opens a new clause, not an apposition.
pub(crate) const OBJECT_PREPOSITIONS: &[&str] = &[
    "dengan", "kepada", "oleh", "bersama", "terhadap", "seperti", "untuk", "dari", "ke",
];
