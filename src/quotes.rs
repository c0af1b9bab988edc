//! Quotation spans: balanced, unbalanced, split and multi-paragraph quotes.

use crate::article::{Paragraph, Span};

/// A span of text between quotation marks, before attribution.
#[derive(Debug, Clone)]
pub(crate) struct Marked {
    /// The words inside the marks.
    pub inner: Span,
}

/// Finds quoted spans in the body (TODO).
pub(crate) fn find(_text: &str, _body: &[Paragraph]) -> Vec<Marked> {
    Vec::new()
}
