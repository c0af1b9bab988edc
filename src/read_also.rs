//! "Baca juga" lines: links to other stories, with their headlines.

use crate::article::ReadAlso;
use crate::layout::Layout;

/// Finds every read-also line (TODO).
pub(crate) fn find(_text: &str, _layout: &Layout) -> Vec<ReadAlso> {
    Vec::new()
}
