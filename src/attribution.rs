//! Who said it: cues, speakers, pronoun and surname resolution, indirect speech.

use crate::article::{Citation, Paragraph, Quote, QuotedTerm};
use crate::quotes::Marked;

/// Quotes with speakers, and the quoted terms that are nobody's speech.
#[derive(Debug, Default)]
pub(crate) struct Attributed {
    pub quotes: Vec<Quote>,
    pub terms: Vec<QuotedTerm>,
}

/// Attributes the marked spans and finds indirect speech (TODO).
pub(crate) fn attribute(
    _text: &str,
    _body: &[Paragraph],
    _marked: Vec<Marked>,
    _citations: &[Citation],
) -> Attributed {
    Attributed::default()
}
