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
    /// A directive: reports what the speaker asked of others when a clause follows, with its
    /// addressee (`meminta NATO menghormati …`, `mengimbau warga agar …`, `mendesak agar …`);
    /// not with a noun object alone (`meminta maaf`, `mendorong pertumbuhan ekonomi`).
    Directive,
    /// Colloquial `bilang`: after a quote (`"…," bilang X`, 16 in the corpus) and before its
    /// clause (`X bilang …`, 353).
    AfterOrVerb,
}

impl CueClass {
    /// Whether a cue of this class may follow the quote or clause it attributes (`…, kata X`).
    pub(crate) fn follows_quote(self) -> bool {
        matches!(self, CueClass::After | CueClass::AfterOrVerb)
    }

    /// Whether a cue of this class reports the clause that follows its subject (`X mengatakan
    /// …`, `X bilang …`), with or without `bahwa` or a comma.
    pub(crate) fn reports_clause(self) -> bool {
        matches!(
            self,
            CueClass::Verb | CueClass::WeakVerb | CueClass::AfterOrVerb
        )
    }
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

const fn directive(form: &'static str, lemma: &'static str) -> CueForm {
    CueForm {
        form,
        lemma,
        class: CueClass::Directive,
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
    // `bilang` is both (`"…," bilang X` and `X bilang …`): one entry, so the verb is not lost
    // behind the after-quote form.
    CueForm {
        form: "bilang",
        lemma: "bilang",
        class: CueClass::AfterOrVerb,
    },
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
    // A prayer quoted: `"…," doa Ustaz X` (4 in the corpus).
    after("doa", "doa"),
    after("doanya", "doa"),
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
    // `meyakini <clause>` stays weak: a belief, a mental state and not speech (NOTES-quotes,
    // NOTES-batch2 on svmihar-00318), though 80 of its 141 corpus uses take a clause with no
    // `bahwa` or comma.
    weak("meyakini", "meyakini"),
    weak("menanggapi", "menanggapi"),
    // Assessments and estimates (SPEC, Quotes, `indirect`): a clause only, never a noun object
    // (they are in [`TAKES_NOUN_OBJECT`]). Corpus counts (10,868 articles): memperkirakan 198,
    // memprediksi 94, menganggap 150, menduga 129, memproyeksikan 48, memproyeksi 7,
    // memprediksikan 5, menyangsikan 3, mengkalkulasi 4 (`JPPI mengkalkulasi …`).
    verb("memperkirakan", "memperkirakan"),
    verb("memprediksi", "memprediksi"),
    verb("memprediksikan", "memprediksikan"),
    verb("memproyeksikan", "memproyeksikan"),
    verb("memproyeksi", "memproyeksi"),
    verb("menganggap", "menganggap"),
    verb("menduga", "menduga"),
    verb("menyangsikan", "menyangsikan"),
    verb("mengkalkulasi", "mengkalkulasi"),
    // Reports and conclusions with a clause (`Sky Sports melaporkan bahwa …`, 86 with `bahwa`;
    // `melaporkan kasus itu ke polisi`, 63, has a noun object), `menyimpulkan` 42,
    // `mendalilkan` 5, accusations `menuduh X melakukan …` (29 of 85 with a verb after the
    // object).
    verb("melaporkan", "melaporkan"),
    verb("menyimpulkan", "menyimpulkan"),
    verb("mendalilkan", "mendalilkan"),
    verb("menuduh", "menuduh"),
    // `Dia berdalih tidak pantas …` (17): an excuse is a stated position.
    verb("berdalih", "berdalih"),
    // Only with `bahwa`, a comma or a colon: `tak menampik bahwa` (6 of 35), `mengamini bahwa`,
    // `mempertimbangkan bahwa` (a court's reasoning; 5 of 352, otherwise `mempertimbangkan
    // opsi`), `merinci, …`, `membocorkan, …`, `mempertanyakan, …` (`mempertanyakan alasan …`
    // is a topic, not speech).
    weak("menampik", "menampik"),
    weak("mengamini", "mengamini"),
    weak("mempertimbangkan", "mempertimbangkan"),
    weak("merinci", "merinci"),
    weak("membocorkan", "membocorkan"),
    weak("mempertanyakan", "mempertanyakan"),
    // `berjanji bahwa <clause>` is a stated promise (NOTES-batch2); `berjanji akan …` is not.
    weak("berjanji", "berjanji"),
    // Directives (SPEC: who demanded what), with their addressee and clause. Corpus counts, and
    // how many have `agar`/`supaya`/`untuk`/`bahwa` within seven words: meminta 1,327 (529),
    // mendorong 1,060 (255; mostly `mendorong pertumbuhan`, a noun object), mengajak 345
    // (211), mengimbau 245 (204), menghimbau 17 (10, the common misspelling), mendesak 242
    // (114), menuntut 217 (56), mengancam 217 (`mengancam akan …` 40; `mengancam keselamatan`
    // is a noun object), memerintahkan 200 (99), menyarankan 139 (97), menyerukan 110 (53),
    // merekomendasikan 80 (36), mewanti-wanti 19 (8).
    directive("meminta", "meminta"),
    // Headline-style bare `minta` (796; `sepakat minta NATO untuk …`, `minta pemerintah
    // …`); `minta maaf` (53), `minta tolong` (20), `minta izin` (10) are acts, not demands.
    directive("minta", "meminta"),
    directive("mendorong", "mendorong"),
    directive("mengajak", "mengajak"),
    directive("mengimbau", "mengimbau"),
    directive("menghimbau", "mengimbau"),
    directive("mendesak", "mendesak"),
    directive("menuntut", "menuntut"),
    directive("mengancam", "mengancam"),
    directive("memerintahkan", "memerintahkan"),
    directive("menyarankan", "menyarankan"),
    directive("menyerukan", "menyerukan"),
    directive("merekomendasikan", "merekomendasikan"),
    directive("mewanti-wanti", "mewanti-wanti"),
    // Rejected false friends: `menjanjikan` (143, mostly the adjective `yang menjanjikan`,
    // "promising"), `berharap`/`mengharapkan` (wishes, SPEC), `mencatat` as a record (kept weak:
    // only `mencatat, …`/`mencatat bahwa`), `menargetkan` (targets, SPEC), `melihat` (a
    // perception verb far more often than an assessment).
    // `X membenarkan (bahwa) …` confirms a fact; `membenarkan kejadian itu` has a noun object.
    weak("membenarkan", "membenarkan"),
    // `Seorang politikus bercerita, …`.
    weak("bercerita", "bercerita"),
    // Frames of a quoted fragment: `menggambarkan … sebagai "…"`, `menyebutnya "…"`.
    frame("menggambarkan", "menggambarkan"),
    frame("menyebutnya", "menyebut"),
    frame("mengistilahkan", "mengistilahkan"),
    frame("berharap", "berharap"),
    frame("menantang", "menantang"),
    frame("mengecam", "mengecam"),
    frame("mengkritik", "mengkritik"),
    frame("menyinggung", "menyinggung"),
    frame("menuding", "menuding"),
    frame("bersumpah", "bersumpah"),
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
    // `Xi Jinping bersama Putin sepakat minta NATO untuk …`.
    "sepakat",
];

/// Lower-case heads of an unnamed speaker phrase before a verb of saying, besides the group
/// heads (`para ulama`, `sejumlah pengamat pasar`, `pihak pemohon`): `majelis hakim
/// mempertimbangkan bahwa …`, `pemilik kios mengakui …`. Corpus counts of the head opening a
/// phrase of two to six words before a verb of saying: pemerintah 46, pelaku 21, majelis 22,
/// seorang 33 (`Seorang lansia yang …`), analis 24, jaksa 18, perusahaan 15, otoritas 13,
/// hakim 13, salah 13 (`Salah seorang warga …`), pejabat 10, pengamat 10, polisi 10,
/// manajemen 7, sebagian 6 (`Sebagian besar menilai`), petani 3, pemilik 3, responden (the
/// development set's `Responden survei menganggap`). Rejected: `spanduk` (1), `bankir` (0;
/// `beberapa bankir` has its group head), `masyarakat` (20, mostly with a modal, `masyarakat
/// bisa …`, and a group head already).
pub(crate) const UNNAMED_SUBJECT_HEADS: &[&str] = &[
    "pemerintah",
    "pelaku",
    "majelis",
    "seorang",
    "analis",
    "jaksa",
    "perusahaan",
    "otoritas",
    "hakim",
    "salah",
    "pejabat",
    "pengamat",
    "polisi",
    "manajemen",
    "sebagian",
    "petani",
    "pemilik",
    "responden",
];

/// Verbs of saying whose subject may be a thing that states or brings about the content,
/// besides the directives (`Capaian ini menegaskan …`, `Kemenangan ini memastikan Indonesia
/// lolos …`, `Konsep ini menekankan efisiensi`, `Lagu ini mengingatkan kita …`). In the corpus
/// output 32 of the 34 with a capitalised common noun and a demonstrative as subject had a
/// thing there (`Agensi itu memastikan` and `penyanyi tersebut menegaskan` are speakers).
/// Rejected: `menyebutkan`, `menjelaskan` (a thing there is a document that speaks: `Ketentuan
/// tersebut menyebutkan bahwa …`, `Media itu menjelaskan …`).
pub(crate) const THING_SUBJECT_VERBS: &[&str] =
    &["menegaskan", "memastikan", "menekankan", "mengingatkan"];

/// Words that open a sentence with no subject before its verb of saying, which the phrase
/// reader would take for a capitalised name: the ordinals of a list (`Pertama, meminta agar …`),
/// `Termasuk memastikan …`, purpose `Guna memastikan …`, `Demi …`. In the corpus output before
/// this list they stood as the speaker of indirect speech 19 times (Termasuk 9, Guna 4,
/// Pertama 4, Demi 1, Kedua 1) and never named one.
pub(crate) const SUBJECTLESS_OPENERS: &[&str] = &[
    "pertama", "kedua", "ketiga", "keempat", "kelima", "termasuk", "guna", "demi",
];

/// Nouns for a person that open a definite description before a verb of saying, besides the
/// role heads (`Pria berusia 33 tahun itu mengungkap …`, `Ibu tiga anak itu mengaku …`): the
/// description points back to the person just named. Corpus counts at a sentence start before
/// a demonstrative and a common verb of saying: perempuan 5, ibu 5, bapak 4, pria 3, wanita 2,
/// remaja 1, pemuda 1. Rejected: `akun` 15, `unggahan` 6, `pasal` 5, `laporan` 4 (documents,
/// whose owner the resolver does not look for), `warna`, `hal`, `langkah`, `data` (no speakers).
pub(crate) const PERSON_NOUNS: &[&str] = &[
    "pria",
    "wanita",
    "perempuan",
    "ibu",
    "bapak",
    "remaja",
    "pemuda",
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

/// Prepositions that tie a possessed noun right after a verb of saying to its complement,
/// making the noun the verb's object, not the subject of a clause (`menegaskan dukungannya
/// terhadap …`, `menyampaikan rasa bangganya atas …`, `menegaskan komitmennya dalam …`,
/// `menegaskan posisinya sebagai …`). In the corpus output 40 contents opened so (terhadap
/// 16, dalam 10, sebagai 6, atas 4, kepada 2, tentang 2), all noun phrases but one
/// (`keberpihakannya kepada rakyat membuatnya …`). Rejected: `untuk` (63, mostly a
/// directive's addressee, `mengingatkan timnya untuk waspada`), `dengan` (16, mostly clauses:
/// `hubungannya dengan Luhut baik-baik saja`), `di`, `ke`, `akan` (clauses).
pub(crate) const OBJECT_PREPOSITIONS: &[&str] = &[
    "terhadap", "atas", "dalam", "sebagai", "kepada", "tentang", "mengenai",
];

/// Words in `-nya` that open a clause after a verb of saying rather than name a possessed
/// object (`mengatakan pihaknya dalam waktu dekat akan …`, `menyebut sebelumnya …`).
pub(crate) const NYA_CLAUSE_WORDS: &[&str] = &[
    "pihaknya",
    "dirinya",
    "keduanya",
    "sebelumnya",
    "selanjutnya",
    "sebenarnya",
    "sejatinya",
    "awalnya",
    "umumnya",
    "biasanya",
    "khususnya",
    "akhirnya",
    "nantinya",
    "tentunya",
    "seharusnya",
    "rencananya",
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
    // Assessments, estimates, reports: `memperkirakan inflasi akan naik`, not
    // `memperkirakan potensi lonjakan serangan` (NOTES-batch2).
    "memperkirakan",
    "memprediksi",
    "memprediksikan",
    "memproyeksikan",
    "memproyeksi",
    "menganggap",
    "menduga",
    "menyangsikan",
    "mengkalkulasi",
    "melaporkan",
    "menyimpulkan",
    "mendalilkan",
    "menuduh",
];

/// Words after a directive verb that open the clause of what is asked (`mengimbau warga agar
/// …`, `meminta X untuk …`, `mendesak pemerintah segera …`, `meminta warga jangan …`).
pub(crate) const DIRECTIVE_LINKS: &[&str] = &["agar", "supaya", "untuk", "segera", "jangan"];

/// Directives whose clause must follow at once with a linking word: `mengancam akan …`,
/// `mengancam untuk …` (40 and 12 in the corpus), never `mengancam keselamatan warga` or
/// `mengancam pemimpin Iran menyusul …`.
pub(crate) const THREATS: &[&str] = &["mengancam"];

/// What opens the clause of a threat.
pub(crate) const THREAT_LINKS: &[&str] = &["akan", "untuk", "bakal"];

/// Noun objects that make a directive verb an act, not a demand: `meminta maaf` (an apology),
/// `meminta keterangan saksi` (questioning), `meminta izin` (permission).
pub(crate) const DIRECTIVE_NOUN_OBJECTS: &[&str] =
    &["maaf", "keterangan", "izin", "waktu", "tolong", "restu"];

/// Words that make what follows a verb of saying its topic, not its content: `membantah soal
/// rumor invasi`, `menjelaskan soal …` (21 in the corpus), `menjelaskan tentang …` (10),
/// `terkait`, `perihal`, `mengenai`.
pub(crate) const TOPIC_MARKERS: &[&str] = &["soal", "tentang", "terkait", "perihal", "mengenai"];

/// Nouns right after a verb of saying that make what follows its noun object, never its
/// content, even when a clause follows (NOTES-batch2): `menekankan pentingnya sinergi agar …`
/// (corpus: `menekankan pentingnya` 170, `menegaskan pentingnya` 61, `mengingatkan pentingnya`
/// 18), `menekankan perlunya` (7), `menyampaikan harapan(nya) agar …` (a wish, like `berharap`;
/// 20), the reflexive `memastikan diri lolos` (29, a team's result, not a statement), a
/// confession of a deed (`mengakui perbuatannya bersama …`, 28; NOTES-batch2: a noun object,
/// while `mengakui telah mencuri …` is reported), `mengakui keunggulan lawan` (14).
pub(crate) const OBJECT_NOUNS: &[&str] = &[
    "pentingnya",
    "perlunya",
    "harapan",
    "harapannya",
    "diri",
    "perbuatannya",
    "perbuatan",
    "keunggulan",
];

/// Nouns of time after a group head: `Beberapa waktu yang lalu OLX menyebut …`, `beberapa
/// hari lalu` open an adverbial of time, not an unnamed speaker.
pub(crate) const TIME_NOUNS: &[&str] = &[
    "waktu", "hari", "pekan", "minggu", "bulan", "tahun", "jam", "kali", "saat", "menit",
];

/// Subordinators that end the object of a verb of saying or a directive before any clause of
/// its own: `memperkirakan potensi lonjakan serangan, karena penjahat dapat …`,
/// `memerintahkan penangkapan editor usai protes meluas`. Right after the verb they open the
/// content (`menjelaskan, setelah data diperbaiki, …`); `jika` is also a complementiser
/// (`menjelaskan jika …`), so it is not one.
pub(crate) const CLAUSE_BREAKS: &[&str] = &[
    "karena", "sebab", "lantaran", "usai", "seusai", "setelah", "sesudah", "sebelum", "ketika",
    "sejak", "meski", "meskipun", "walau", "sehingga", "demi", "selama",
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
    // Modal adjectives: `mengungkapkan masyarakat pantas kecewa`, `menilai aturan itu layak
    // direvisi`, `menganggap pelaku patut dihukum`.
    "pantas",
    "layak",
    "patut",
    // Bare predicates of figures and arrivals: `mengumumkan ekonomi China tumbuh 6,6%`.
    "naik",
    "turun",
    "tumbuh",
    "anjlok",
    "tiba",
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
    // `mendorong pertumbuhan industri digital`: an adjective, not a `di-` passive.
    "digital",
    "diversifikasi",
    "diskon",
    "distribusi",
    "direktorat",
    "dinas",
    "diskusi",
    "dividen",
    "teknologi",
    "terminal",
    "bencana",
    "bensin",
    "berita",
    "betina",
    "medsos",
    "mesin",
    // `menyampaikan terima kasih`, `meminta tersangka …`: nouns.
    "terima",
    "tersangka",
    "tenaga",
    "tempat",
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
    // With a named agent opening the sentence (`Diakui Betrand, …`, `Disebutkan Binsar juga,
    // …`): 6, 6, 1, 1, 1 in the corpus (capitalised, before a capitalised name).
    ("diakui", "mengakui"),
    ("disebutkan", "menyebutkan"),
    ("diuraikan", "menguraikan"),
    ("dibeberkan", "membeberkan"),
    ("diterangkan", "menerangkan"),
];

/// Prepositions whose object may be a verb (`kemurahan hati yang diberikan warga dalam
/// mendukung …`, `dengan menggunakan`): the verb is no predicate of a reported clause. Not
/// `untuk`, which links a directive's clause (`meminta warga untuk …`).
pub(crate) const VERB_PREPOSITIONS: &[&str] =
    &["dalam", "dengan", "bagi", "demi", "guna", "tanpa", "oleh"];

/// Light verbs that make a verb of saying with a noun of [`SPEECH_NOUNS`] before `bahwa`
/// (`Putri memberikan penegasan bahwa …`, `LeMan membuat klarifikasi bahwa …`).
pub(crate) const LIGHT_VERBS: &[&str] = &[
    "memberikan",
    "memberi",
    "membuat",
    "mengeluarkan",
    "menyampaikan",
];

/// Nouns of saying after a light verb ([`LIGHT_VERBS`]), each with the verb whose lemma the
/// phrase takes. Corpus counts of a light verb, the noun and `bahwa` within four words:
/// pernyataan 6, keterangan 3, penegasan 2, penjelasan 2, klarifikasi 1, pengumuman 1 (14 in
/// all). Rejected: `memberi tahu` (a verb of its own, 36), `pesan` (`menyampaikan pesan bahwa`,
/// 10: the message is often a moral, not a report), `keputusan`, `sinyal`, `jaminan`, `catatan`
/// (decisions and signs, not words).
pub(crate) const SPEECH_NOUNS: &[(&str, &str)] = &[
    ("pernyataan", "menyatakan"),
    ("keterangan", "menerangkan"),
    ("penegasan", "menegaskan"),
    ("penjelasan", "menjelaskan"),
    ("klarifikasi", "mengklarifikasi"),
    ("pengumuman", "mengumumkan"),
];

/// Passive report verbs whose agent is a `-nya` that opens the sentence (`Dijelaskannya,
/// perbuatan …`, `Diungkapkannya persoalan ini …`): the person spoken of before. Corpus counts
/// at a sentence start: dijelaskannya 4, diakuinya 2, dikatakannya 2, ditambahkannya 2,
/// diterangkannya 1, diungkapkannya 1, disampaikannya 1 (13 with a comma or none, 1 with
/// `bahwa`). Each with its `me-` lemma.
pub(crate) const PASSIVE_REPORTS_NYA: &[(&str, &str)] = &[
    ("dijelaskannya", "menjelaskan"),
    ("diakuinya", "mengakui"),
    ("dikatakannya", "mengatakan"),
    ("ditambahkannya", "menambahkan"),
    ("diterangkannya", "menerangkan"),
    ("diungkapkannya", "mengungkapkan"),
    ("disampaikannya", "menyampaikan"),
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

    #[test]
    fn every_form_is_listed_once() {
        let mut seen = std::collections::HashSet::new();
        for c in CUES {
            assert!(seen.insert(c.form), "{} listed twice", c.form);
        }
        let bilang = cue("bilang").map(|c| c.class);
        assert!(bilang.is_some_and(|c| c.follows_quote() && c.reports_clause()));
    }
}
