//! Media and data citations: `seperti dikutip CNN`, `dilansir dari Reuters`.

use crate::article::{Citation, Paragraph};

/// Finds citations in the body (TODO).
pub(crate) fn find(_text: &str, _body: &[Paragraph]) -> Vec<Citation> {
    Vec::new()
}
