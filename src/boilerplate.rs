//! Page furniture: advertisement markers, embeds, promos, invitations, footers.

use regex::Regex;

use crate::article::{Boilerplate, BoilerplateKind};
use crate::layout::Layout;

/// Finds boilerplate, built-in kinds first, then the caller's patterns (TODO).
pub(crate) fn find(
    _text: &str,
    _layout: &Layout,
    _extra: &[(Regex, BoilerplateKind)],
) -> Vec<Boilerplate> {
    Vec::new()
}
