//! Verbs of saying (*verba pewarta*): every form the attribution finder accepts as a cue, each
//! with its lemma. An allow-list: a word that merely ends in `-nya` (`artinya`, `sebenarnya`)
//! is never a cue. Counts in the comments are from FIELD-NOTES C (10,246 articles).

/// Where a cue sits and what it can introduce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueClass {
    /// Bare or `-nya` form that follows a quote or a reported clause: `"…," kata X`,
    /// `…, ujarnya.`. The speaker comes after it (or is the `-nya`).
    After,
    /// `me-`/`ber-` verb after its subject: `X mengatakan, "…"`, `X menjelaskan bahwa …`.
    /// Reports a clause without `bahwa` or a comma too (`X mengatakan kedua pemimpin …`).
    Verb,
    /// A verb that reports speech only when `bahwa`, a comma or a colon follows it
    /// (`X mengaku, …` but not `X mengaku mengerti …`), or when it frames a quoted fragment.
    WeakVerb,
    /// A verb that frames a quoted fragment (`menggambarkan … sebagai "…"`) but does not
    /// report a clause of indirect speech.
    Frame,
}

/// One cue form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CueForm {
    /// The form as written, lower case.
    pub form: &'static str,
    /// The lemma reported in [`crate::Cue::lemma`]: the base for bare and `-nya` forms
    /// (`ujarnya` → `ujar`), the `me-` form itself for verbs (`mengatakan`), as the gold set
    /// annotates them.
    pub lemma: &'static str,
    /// Where it sits.
    pub class: CueClass,
}

impl CueForm {
    /// Whether the form carries the `-nya` that names the speaker (`ujarnya`, `menurutnya`;
    /// not `tanya`, whose lemma ends that way).
    pub(crate) fn has_nya(&self) -> bool {
        self.form.len() > self.lemma.len() && self.form.ends_with("nya")
    }
}

const fn after(form: &'static str, lemma: &'static str) -> CueForm {
    CueForm {
        form,
        lemma,
        class: CueClass::After,
    }
}

const fn verb(form: &'static str, lemma: &'static str) -> CueForm {
    CueForm {
        form,
        lemma,
        class: CueClass::Verb,
    }
}

const fn weak(form: &'static str, lemma: &'static str) -> CueForm {
    CueForm {
        form,
        lemma,
        class: CueClass::WeakVerb,
    }
}

const fn frame(form: &'static str, lemma: &'static str) -> CueForm {
    CueForm {
        form,
        lemma,
        class: CueClass::Frame,
    }
}

/// Every cue form, lower case.
pub(crate) const CUES: &[CueForm] = &[
    // Post-quote cues, bare and -nya (FIELD-NOTES C1, most frequent first).
    after("kata", "kata"),
    after("katanya", "kata"),
    after("ujar", "ujar"),
    after("ujarnya", "ujar"),
    after("jelas", "jelas"),
    after("jelasnya", "jelas"),
    after("ungkap", "ungkap"),
    after("ungkapnya", "ungkap"),
    after("ucap", "ucap"),
    after("ucapnya", "ucap"),
    // Written sources: `tulis pernyataan bersama …`, `tulis akun @…`.
    after("tulis", "tulis"),
    after("tulisnya", "tulis"),
    after("tutur", "tutur"),
    after("tuturnya", "tutur"),
    after("tambah", "tambah"),
    after("tambahnya", "tambah"),
    after("tegas", "tegas"),
    after("tegasnya", "tegas"),
    after("terang", "terang"),
    after("terangnya", "terang"),
    after("lanjut", "lanjut"),
    after("lanjutnya", "lanjut"),
    after("imbuh", "imbuh"),
    after("imbuhnya", "imbuh"),
    after("sambung", "sambung"),
    after("sambungnya", "sambung"),
    after("pungkas", "pungkas"),
    after("pungkasnya", "pungkas"),
    after("tutup", "tutup"),
    after("tutupnya", "tutup"),
    after("sebut", "sebut"),
    after("sebutnya", "sebut"),
    after("beber", "beber"),
    after("bebernya", "beber"),
    after("papar", "papar"),
    after("paparnya", "papar"),
    after("tanya", "tanya"),
    after("tanyanya", "tanya"),
    after("jawab", "jawab"),
    after("jawabnya", "jawab"),
    after("tandas", "tandas"),
    after("tandasnya", "tandas"),
    after("tukas", "tukas"),
    after("tukasnya", "tukas"),
    after("urai", "urai"),
    after("urainya", "urai"),
    after("harap", "harap"),
    after("harapnya", "harap"),
    after("keluh", "keluh"),
    after("keluhnya", "keluh"),
    // `"…," bunyi pernyataan …` (46).
    after("bunyi", "bunyi"),
    after("bunyinya", "bunyi"),
    after("bilang", "bilang"),
    after("bilangnya", "bilang"),
    after("cerita", "cerita"),
    after("ceritanya", "cerita"),
    after("timpal", "timpal"),
    after("timpalnya", "timpal"),
    after("sahut", "sahut"),
    after("sahutnya", "sahut"),
    after("teriak", "teriak"),
    after("teriaknya", "teriak"),
    after("puji", "puji"),
    after("pujinya", "puji"),
    after("pinta", "pinta"),
    after("pintanya", "pinta"),
    after("cetus", "cetus"),
    after("cetusnya", "cetus"),
    after("kenang", "kenang"),
    after("kenangnya", "kenang"),
    after("ulas", "ulas"),
    after("ulasnya", "ulas"),
    after("seru", "seru"),
    after("serunya", "seru"),
    after("tegur", "tegur"),
    after("kisah", "kisah"),
    after("kisahnya", "kisah"),
    // `akunya` (11): "he admitted" (the bare `aku` is the pronoun "I", not a cue).
    after("akunya", "aku"),
    // Sindonews: `"…," cuit laman X @infoBMKG`.
    after("cuit", "cuit"),
    after("cuitnya", "cuit"),
    after("pesan", "pesan"),
    after("pesannya", "pesan"),
    after("katakan", "kata"),
    // `Menurut X, …` and `Menurutnya, …` (70): indirect speech and a pre-quote frame.
    after("menurut", "menurut"),
    after("menurutnya", "menurut"),
    // Pre-quote and indirect-speech verbs (FIELD-NOTES C2).
    verb("mengatakan", "mengatakan"),
    verb("menjelaskan", "menjelaskan"),
    verb("menambahkan", "menambahkan"),
    verb("menyebut", "menyebut"),
    verb("menyebutkan", "menyebutkan"),
    verb("menegaskan", "menegaskan"),
    verb("menuturkan", "menuturkan"),
    verb("mengungkapkan", "mengungkapkan"),
    verb("mengungkap", "mengungkap"),
    verb("menyampaikan", "menyampaikan"),
    verb("menilai", "menilai"),
    verb("menyatakan", "menyatakan"),
    verb("menerangkan", "menerangkan"),
    verb("melanjutkan", "melanjutkan"),
    verb("memastikan", "memastikan"),
    verb("menekankan", "menekankan"),
    verb("mengingatkan", "mengingatkan"),
    verb("mengklaim", "mengklaim"),
    verb("mengonfirmasi", "mengonfirmasi"),
    verb("memperingatkan", "memperingatkan"),
    verb("mengumumkan", "mengumumkan"),
    verb("membantah", "membantah"),
    verb("memaparkan", "memaparkan"),
    verb("membeberkan", "membeberkan"),
    verb("menguraikan", "menguraikan"),
    verb("berkata", "berkata"),
    verb("berujar", "berujar"),
    verb("bertutur", "bertutur"),
    verb("berpendapat", "berpendapat"),
    // Colloquial `X bilang …` (Kontan, detik): always a clause.
    verb("bilang", "bilang"),
    // `mengaku` / `mengakui` (the gold set counts `X mengaku mengerti …` as reported speech).
    verb("mengaku", "mengaku"),
    verb("mengakui", "mengakui"),
    weak("mencatat", "mencatat"),
    weak("menyoroti", "menyoroti"),
    weak("menjawab", "menjawab"),
    weak("bertanya", "bertanya"),
    weak("berbunyi", "berbunyi"),
    weak("menulis", "menulis"),
    weak("menuliskan", "menuliskan"),
    weak("bersabda", "bersabda"),
    weak("berteriak", "berteriak"),
    weak("berkomentar", "berkomentar"),
    weak("menceritakan", "menceritakan"),
    weak("mencontohkan", "mencontohkan"),
    weak("memperkirakan", "memperkirakan"),
    weak("menduga", "menduga"),
    weak("meyakini", "meyakini"),
    weak("menanggapi", "menanggapi"),
    // `X membenarkan (bahwa) …` confirms a fact; `membenarkan kejadian itu` has a noun object.
    weak("membenarkan", "membenarkan"),
    // `Seorang politikus bercerita, …`.
    weak("bercerita", "bercerita"),
    // Frames of a quoted fragment: `menggambarkan … sebagai "…"`, `menyebutnya "…"`.
    frame("menggambarkan", "menggambarkan"),
    frame("menyebutnya", "menyebut"),
    frame("mengistilahkan", "mengistilahkan"),
    frame("menganggap", "menganggap"),
    frame("menyerukan", "menyerukan"),
    frame("meminta", "meminta"),
    frame("mendesak", "mendesak"),
    frame("mengimbau", "mengimbau"),
    frame("berharap", "berharap"),
    frame("menantang", "menantang"),
    frame("mengecam", "mengecam"),
    frame("mengkritik", "mengkritik"),
    frame("menyinggung", "menyinggung"),
    frame("menuding", "menuding"),
    frame("menuduh", "menuduh"),
    frame("mengajak", "mengajak"),
    frame("bersumpah", "bersumpah"),
    frame("berjanji", "berjanji"),
];

/// Words that often follow a closing quotation mark but are not cues (FIELD-NOTES C1). The
/// allow-list above already excludes them; the list is kept to test that it does.
pub(crate) const NOT_CUES: &[&str] = &[
    "artinya",
    "sebenarnya",
    "tentunya",
    "selanjutnya",
    "biasanya",
    "misalnya",
    "intinya",
    "harusnya",
    "akhirnya",
    "nantinya",
    "sayangnya",
    "rupanya",
];

/// The cue form `word` is (compared in lower case).
pub(crate) fn cue(word: &str) -> Option<&'static CueForm> {
    static BY_FORM: std::sync::LazyLock<super::WordMap<&'static CueForm>> =
        std::sync::LazyLock::new(|| {
            let mut map = super::WordMap::default();
            for c in CUES {
                map.entry(c.form).or_insert(c);
            }
            map
        });
    let lower: std::borrow::Cow<'_, str> = if word.contains(char::is_uppercase) {
        word.to_lowercase().into()
    } else {
        word.into()
    };
    BY_FORM
        .get(&*lower)
        .copied()
        .filter(|_| !super::in_list!(NOT_CUES, &lower))
}

/// Words between a clause's subject and its verb: `China juga menyatakan`, `Ia pun menegaskan`.
pub(crate) const ADVERBS: &[&str] = &[
    "juga",
    "pun",
    "kembali",
    "lantas",
    "lalu",
    "kemudian",
    "sebelumnya",
    "telah",
    "sudah",
    "sempat",
    "turut",
    "justru",
    "bahkan",
    "pernah",
    "tidak",
    "tak",
    "masih",
    "secara",
    "lebih",
    "langsung",
    "sendiri",
    "pula",
    "akhirnya",
    "hanya",
    "sekadar",
    "terus",
    "tetap",
    "sebelum",
    "itu",
    "tersebut",
    "ini",
    "baru",
    "saat",
    "ketika",
    "kala",
    "sekaligus",
    "dengan",
    "tegas",
    // `Ruben malah mengaku`, `X kerap menyebut`.
    "malah",
    "kerap",
    "sering",
    "selalu",
    // `Ruben justru blak-blakan menyebut …`.
    "blak-blakan",
];

/// Words that introduce the reported clause after a verb of saying.
pub(crate) const COMPLEMENTISERS: &[&str] = &["bahwa", "bahwasanya", "jika", "kalau"];

/// Words that open an adjunct of the speech act, not reported content: `…, kata X, saat
/// ditemui di …`, `dikatakan X dalam konferensi pers`, `dia sampaikan di Istana`.
pub(crate) const NOT_CONTENT: &[&str] = &[
    "di",
    "dalam",
    "saat",
    "ketika",
    "usai",
    "seusai",
    "pada",
    "kepada",
    "melalui",
    "lewat",
    "seperti",
    "sebagaimana",
    "dikutip",
    "dilansir",
    "mengutip",
    "kemarin",
    "yang",
    "sebelum",
    "setelah",
    "sesudah",
    "selepas",
    "sembari",
    "sambil",
    "dengan",
    "kala",
    "tadi",
    "via",
];

/// Nouns of the occasion of a statement: `mengatakan dalam keterangan tertulis, …`, `pada
/// kesempatan itu`; after `dalam`/`pada` any other noun starts the content (`menyampaikan dalam
/// perjanjian pertama, perusahaan …`).
pub(crate) const STATEMENT_SETTINGS: &[&str] = &[
    "keterangan",
    "keterangannya",
    "konferensi",
    "jumpa",
    "rapat",
    "acara",
    "wawancara",
    "pernyataan",
    "pernyataannya",
    "siaran",
    "diskusi",
    "sambutan",
    "sambutannya",
    "kesempatan",
    "unggahan",
    "unggahannya",
    "akun",
    "video",
    "podcast",
    "kunjungan",
    "kunjungannya",
    "sidang",
    "pertemuan",
    "dialog",
    "seminar",
    "webinar",
    "rilis",
    "laporan",
    "surat",
    "pidato",
    "pidatonya",
    "talkshow",
    "program",
    "tayangan",
    "cuitan",
    "cuitannya",
    "postingan",
    "pesan",
    "peluncuran",
    "upacara",
    "kegiatan",
    "agenda",
    "forum",
    "media",
    "briefing",
];

/// Adverbs between a verb of saying and its `bahwa` or comma (`mengatakan sebelumnya bahwa`,
/// `menjelaskan lebih lanjut, …`, `mengatakan secara terpisah, …`); without either the
/// content starts at the adverb (`mengaku kembali bangga …`).
pub(crate) const ADVERB_ADJUNCTS: &[&str] = &[
    "sebelumnya",
    "secara",
    "lebih",
    "kemarin",
    "kembali",
    "pula",
    "juga",
    "lagi",
    "pun",
];

/// Report verbs that also take a noun object (`mengungkapkan keinginannya untuk …`,
/// `menyampaikan salam hormat`, `membeberkan fakta-fakta yang …`, `mengumumkan bergabungnya
/// X`: not quotes, NOTES-quotes): without `bahwa` or a comma they report only a clause.
pub(crate) const TAKES_NOUN_OBJECT: &[&str] = &[
    "mengungkap",
    "mengungkapkan",
    "menyampaikan",
    "membeberkan",
    "memaparkan",
    "menguraikan",
    "menjelaskan",
    "mengumumkan",
    "menerangkan",
    "membenarkan",
    "menceritakan",
    // `ia melanjutkan pendidikan di …`: continues, not says.
    "melanjutkan",
];

/// Words that make a predicate (auxiliaries, negation, modals, predicative words) in a clause
/// reported without `bahwa`: `… mengungkapkan kondisi ini akan membaik`.
pub(crate) const PREDICATE_MARKERS: &[&str] = &[
    "akan",
    "telah",
    "sudah",
    "sedang",
    "tengah",
    "masih",
    "belum",
    "tidak",
    "tak",
    "bukan",
    "bisa",
    "dapat",
    "harus",
    "perlu",
    "mampu",
    "mau",
    "ingin",
    "bakal",
    "pernah",
    "sempat",
    "butuh",
    "membutuhkan",
    "siap",
    "wajib",
    "mesti",
    "boleh",
    "adalah",
    "merupakan",
    "ialah",
    "menjadi",
    "ada",
    "terjadi",
    "mulai",
    "kian",
    "makin",
    "semakin",
    "terus",
    "tetap",
];

/// Words of four letters or more that start like a `me-`, `ber-`, `di-`, `ter-` verb but are
/// not one.
pub(crate) const NOT_VERBS: &[&str] = &[
    "dengan",
    "dalam",
    "demikian",
    "depan",
    "bersama",
    "beberapa",
    "berbagai",
    "berikut",
    "dimana",
    "diantara",
    "diri",
    "dirinya",
    "menurut",
    "mereka",
    "melalui",
    "mengenai",
    "menjelang",
    "menuju",
    "terhadap",
    "tertentu",
    "terkait",
    "terakhir",
    "tersebut",
    "terutama",
    "termasuk",
    "berkat",
    "beserta",
    "detail",
    "dewan",
    "direktur",
    "direksi",
    "desember",
    "menteri",
    "medis",
    "media",
    "meski",
    "meskipun",
    "tentang",
    "terbaru",
    "terbesar",
    "bersejarah",
    "berharga",
    "berat",
    "besaran",
    "bertahun-tahun",
];

/// Subjects that are a statement, not a claim: `Hal itu dia sampaikan …`, `Hal tersebut
/// dikatakan X …` say where words were said, not what (NOTES-quotes: not quotes).
pub(crate) const NOT_REPORTED_SUBJECTS: &[&str] = &[
    "hal",
    "pernyataan",
    "demikian",
    "begitu",
    "itu",
    "ini",
    "keterangan",
    "penjelasan",
    "ucapan",
];

/// Report verbs inside a sentence whose subject is the reported clause, with the `me-` lemma
/// the gold set gives them: after a pronoun (`Program itu dia nilai berhasil …`) or a passive
/// with its agent (`Bansos itu dikatakan Menteri X bakal rampung …`).
pub(crate) const REPORTS_INSIDE: &[(&str, &str)] = &[
    // Pronoun + bare verb (`dia nilai`, `ia sebut`, `dia akui`).
    ("nilai", "menilai"),
    ("sebut", "menyebut"),
    ("katakan", "mengatakan"),
    ("akui", "mengakui"),
    ("tegaskan", "menegaskan"),
    ("jelaskan", "menjelaskan"),
    ("ungkapkan", "mengungkapkan"),
    ("klaim", "mengklaim"),
    ("anggap", "menganggap"),
    // Passive + agent (`dikatakan Menteri X`).
    ("dikatakan", "mengatakan"),
    ("ditegaskan", "menegaskan"),
    ("dijelaskan", "menjelaskan"),
    ("diungkapkan", "mengungkapkan"),
    ("disebut", "menyebut"),
    ("dinilai", "menilai"),
    ("diakui", "mengakui"),
];

/// Openers of `Demikian X` attributions after a quote (153): `"…." Demikian kata X.`
pub(crate) const DEMIKIAN: &[&str] = &["demikian", "begitu"];

/// Passive report verbs, with the `me-` lemma: after `Demikian` (`Demikian disampaikan X`),
/// or opening a sentence with their agent (`Dijelaskan X, …`).
pub(crate) const PASSIVE_REPORTS: &[(&str, &str)] = &[
    ("disampaikan", "menyampaikan"),
    ("dikatakan", "mengatakan"),
    ("diungkapkan", "mengungkapkan"),
    ("dijelaskan", "menjelaskan"),
    ("ditegaskan", "menegaskan"),
    ("diutarakan", "mengutarakan"),
    ("dituturkan", "menuturkan"),
    ("dinyatakan", "menyatakan"),
];

/// The `me-` lemma of a passive report verb (`dijelaskan` → `menjelaskan`), compared in lower
/// case.
pub(crate) fn passive_report(lower: &str) -> Option<&'static str> {
    PASSIVE_REPORTS
        .iter()
        .find(|(form, _)| *form == lower)
        .map(|(_, lemma)| *lemma)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn false_friends_are_not_cues() {
        for w in NOT_CUES {
            assert!(cue(w).is_none(), "{w}");
        }
    }

    #[test]
    fn forms_are_lower_case_and_lemmas_known() {
        assert_eq!(cue("Ujarnya").map(|c| c.lemma), Some("ujar"));
        assert_eq!(cue("mengatakan").map(|c| c.class), Some(CueClass::Verb));
        for c in CUES {
            assert_eq!(c.form, c.form.to_lowercase());
        }
    }
}
