//! Bylines, credit footers and the closing codes.

use crate::article::{Boilerplate, Code, Credit, Span};
use crate::layout::Layout;

/// What the credits finder returns.
#[derive(Debug, Default)]
pub(crate) struct Credits {
    pub byline: Vec<Credit>,
    pub codes: Vec<Code>,
    /// Furniture found around the credits (tag lists after the code).
    pub boilerplate: Vec<Boilerplate>,
    /// Other spans that are not story (the byline and footer lines themselves).
    pub other: Vec<Span>,
}

/// Finds credits and codes (TODO). `claimed` holds what other finders already took.
pub(crate) fn find(_text: &str, _layout: &Layout, _claimed: &[Span]) -> Credits {
    Credits::default()
}
