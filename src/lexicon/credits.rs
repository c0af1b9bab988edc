//! Credit labels (who did what) and the shapes of closing codes.

use crate::article::Role;

/// Labels that introduce a credited person, lower case, with the role they give.
/// Matched case-insensitively before a `:` (`Penulis : X`, glued `SavitriEditor: Y`).
pub(crate) const LABELS: &[(&str, Role)] = &[
    // Tribun `Laporan Wartawan TribunSolo.com, Zharfan Muhana` (handled with its outlet).
    ("laporan wartawan", Role::Reporter),
    ("laporan reporter", Role::Reporter),
    // Antara footer, KLY regional.
    ("pewarta", Role::Reporter),
    // Kompas `(Reporter: X | Editor: Y)`, Merdeka `Reporter: X,Sumber: Liputan6.com`.
    ("reporter", Role::Reporter),
    // Republika header `Rep: X Red: Y`.
    ("rep", Role::Reporter),
    ("wartawan", Role::Reporter),
    ("kontributor", Role::Contributor),
    // Tribun Jabar `Laporan Kontributor Tribunjabar.id, Subang, Ahya Nurdin` (4 in the corpus).
    ("laporan kontributor", Role::Contributor),
    // Kompas, Tirto, Liputan6 regional `Penulis: Arby Salim`.
    ("penulis", Role::Writer),
    ("author", Role::Writer),
    ("editor", Role::Editor),
    ("redaktur", Role::Editor),
    ("red", Role::Editor),
    ("penyunting", Role::Editor),
    ("foto", Role::Photographer),
    ("fotografer", Role::Photographer),
    ("penerjemah", Role::Translator),
    // detik's DW pieces `Diadaptasi oleh Ayu Purwaningsih` (no colon).
    ("diadaptasi oleh", Role::Translator),
];

/// Labels that take no colon (the phrase itself says what follows).
pub(crate) const LABELS_WITHOUT_COLON: &[&str] = &[
    "laporan wartawan",
    "laporan reporter",
    "laporan kontributor",
    "diadaptasi oleh",
];

/// Domains that sign a closing code `(Tribunnews.com/Name)` or a photo credit.
pub(crate) const CODE_DOMAINS: &[&str] = &[".com", ".co.id", ".id", ".co", ".net", ".tv"];

/// Footer lines that may follow a closing code (besides tag lines), as lower-case phrases
/// found anywhere in a short line ([`FOOTER_PHRASES`]) or opening it ([`FOOTER_OPENINGS`]):
/// with them the code is still the story's last thing, and they leave the body as
/// furniture. Counted in the corpus's last lines after a code the parser missed (42
/// articles): Tribun's network footers (`Baca berita lainnya di: Google News.`, `Berita
/// terbaru Tribun Manado: klik di sini.`, `Dapatkan informasi lain dari WartaKotaLive.Com
/// lewat WhatsApp : di sini`, Tribun Bali's topic link `Kumpulan Artikel Buleleng`: 23),
/// detik's campaign block (`Hoegeng Awards 2025` / `Baca kisah inspiratif ... di sini` /
/// `Selengkapnya`: 5), Posmetro's `sumber: ...editor: ...` (4).
pub(crate) const FOOTER_PHRASES: &[&str] =
    &["google news", "whatsapp", "di sini", "berita lainnya"];

/// See [`FOOTER_PHRASES`]: the phrases that open a footer line.
pub(crate) const FOOTER_OPENINGS: &[&str] = &[
    "selengkapnya",
    "kumpulan artikel",
    "dapatkan",
    "hoegeng awards",
    "sumber",
];

/// The sources of photo credits that open a caption, lower case (`KOMPAS.com/ADIL
/// NURSALAMLatihan ...`, `SHUTTERSTOCK/NameIlustrasi ...`): Kompas (56 captions glued into
/// the corpus's run-on Kompas text, and the print paper's `KOMPAS/Name`), the stock and wire
/// agencies (`SHUTTERSTOCK` 2, `AFP` 1; `REUTERS`, `AP`, `ANTARA FOTO`, `ANTARA` by the same
/// convention). `DOK` (a document, not a photographer) and accounts (`instagram/x`) are not
/// here.
pub(crate) const PHOTO_CREDIT_SOURCES: &[&str] = &[
    "kompas.com",
    "kompas.id",
    "kompas",
    "shutterstock",
    "afp",
    "reuters",
    "ap",
    "antara foto",
    "antara",
];

/// Credits that name neither a photographer nor a source, glued before a caption in run-on
/// text, lower case: Kompas's `TANGKAPAN LAYAR` (a screenshot: 10 in the corpus, 2 glued to
/// their caption).
pub(crate) const CREDIT_LABELS: &[&str] = &["tangkapan layar"];

/// Phrases that follow the names of the story's contributors: Tempo's `Name dan Name
/// berkontribusi dalam penulisan artikel ini` (9 in the corpus, after the story).
pub(crate) const CONTRIBUTOR_PHRASES: &[&str] = &[" berkontribusi dalam penulisan artikel ini"];
