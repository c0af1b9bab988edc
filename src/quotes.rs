//! Quotation spans: balanced, unbalanced, split and multi-paragraph quotes.

use crate::article::{Paragraph, Span};

/// A span of text between quotation marks, before attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Marked {
    /// The words inside the marks (to the paragraph's end, or to the cue that follows, when
    /// the closing mark is missing).
    pub inner: Span,
    /// The opening mark (`"`, `“`, `„`, `«`, `&ldquo;`, ...).
    pub open: Span,
    /// The closing mark, `None` when the quote was left open.
    pub close: Option<Span>,
    /// Index of the body paragraph the quote is in.
    pub paragraph: usize,
    /// This paragraph reopens a quote the previous paragraph left open (a multi-paragraph quote).
    pub continues: bool,
}

/// Finds quoted spans in the body (TODO).
pub(crate) fn find(_text: &str, _body: &[Paragraph]) -> Vec<Marked> {
    Vec::new()
}
