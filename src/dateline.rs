//! The opening stamp: `JAKARTA, KOMPAS.com -`, `Liputan6.com, Jakarta -`, `Jakarta (ANTARA) -`.

use crate::article::Dateline;
use crate::layout::Layout;
use crate::lexicon::outlets::OutletTable;

/// Finds the dateline at the start of the story (TODO: the dateline finder).
pub(crate) fn find(_text: &str, _layout: &Layout, _outlets: &OutletTable) -> Option<Dateline> {
    None
}
