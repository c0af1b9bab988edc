//! Abbreviations that end in a dot inside a sentence, so the sentence splitter does not end a
//! sentence after them. Compared case-sensitively where the case tells (`No.` vs `no.` both
//! listed), without the final dot.
pub(crate) const ABBREVIATIONS: &[&str] = &[
    // Titles before names: `Prof. Dr. H. Ahmad`, `dr. Siti`, `Ir. Budi`.
    "Prof", "prof", "Dr", "dr", "Drs", "Dra", "Ir", "H", "Hj", "K.H", "KH", "Sdr", "Sdri", "Bpk",
    "Mr", "Mrs", "Ms", "St", "Jend", "Brigjen", "Irjen", "Kombes", "Pdt", "drg", "Apt", "Ust",
    "Tn", "Ny", "Nn",
    // `Ipda Rd. Arief Ardian`: `Raden`, before a name in all 4 `Rd.` of the corpus.
    "Rd",
    // Not `Ibu` or `Kota`: over the corpus every `Ibu. X` (2) and `Kota. X` (25: `meninggalkan
    // Balai Kota. Kaesang menyebut …`) ends a sentence.
    // Degrees after names: `S.H.`, `M.Si.`, `S.Pd.`, `M.M.`, `Ph.D.`
    "S.H", "M.H", "S.E", "M.Si", "S.Si", "S.Pd", "M.Pd", "S.Kom", "M.Kom", "S.T", "M.T", "S.Sos",
    "S.IP", "M.M", "S.Ag", "M.Ag", "Ph.D", "S.Ked", "Sp.OG", "Sp.A", "Sp.PD", "S.Psi", "M.Psi",
    "Lc", "M.A", "M.Sc", "S.Kep", "Ns", "S.Farm", "M.Kes", "SH", "MH", "SE", "MM", "MSi", "MA",
    "MBA", "Spd",
    // Addresses and references: `Jl. Sudirman No. 5`, `Kec.`, `Kab.`, `Kel.`, `RT.`, `Hal.`
    "Jl", "Jln", "jl", "No", "no", "Kec", "Kab", "Kel", "Ds", "Kp", "Gg", "Rt", "RT", "Rw", "RW",
    "Hal", "hal", "Tel", "Telp", "telp", "Fax", "Vol", "vol", "Ed", "ed", "Kav", "Blok", "Prov",
    // Latin and short-form abbreviations: `a.n.`, `u.p.`, `a.l.`, `s.d.`
    "tsb", "yth", "Yth", "a.n", "u.p", "a.l", "s.d", "s/d", "vs", "e.g", "i.e", "cf", "approx",
    "sbb", "pkl", "tgl", "Tgl", "thn", "bln", "Rp", "Mt", "Gn", "PT", "Tbk", "Co", "Inc", "Ltd",
    "Corp", "Bros", "Jr", "Sr", "Sdn", "Bhd", // Months written short: `12 Jan. 2025`.
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Agu", "Agt", "Sep", "Sept", "Okt", "Nov", "Des",
];

/// List endings (`dkk.`, `dll.`, `dsb.`, `dst.`): they close a list, and often the sentence
/// too, so a capital after them starts a new sentence (`… dan buah dll. Harga …`), while a
/// lower-case word does not (`Budi dkk. menulis`): the splitter treats them as plain words.
pub(crate) const LIST_ENDINGS: &[&str] = &["dkk", "dll", "dsb", "dst", "dlsb", "etc"];

/// Abbreviations inside organisation names (`PT Bank Tabungan Negara (Persero) Tbk. Winang
/// Budoyo`): the dot stays on the word, so a speaker phrase reads through it to the name.
pub(crate) const IN_NAMES: &[&str] = &[
    "Tbk", "Co", "Inc", "Ltd", "Corp", "Bros", "Sdn", "Bhd", "Pte", "Plc", "LLC",
];

/// Currency signs written before an amount, lower case (`jaksa Rp 1,3 juta`): after a role
/// word they look like a one-word name, and are none (`Rp` was a speaker once in the
/// corpus). `RM` is left out: it is also a K-pop singer's name (12 quotes in the corpus).
pub(crate) const CURRENCY_SIGNS: &[&str] = &["rp", "usd", "idr", "us$"];
