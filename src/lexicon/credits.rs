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
pub(crate) const LABELS_WITHOUT_COLON: &[&str] =
    &["laporan wartawan", "laporan reporter", "diadaptasi oleh"];

/// Domains that sign a closing code `(Tribunnews.com/Name)` or a photo credit.
pub(crate) const CODE_DOMAINS: &[&str] = &[".com", ".co.id", ".id", ".co", ".net", ".tv"];
