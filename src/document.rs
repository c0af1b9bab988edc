//! The document: what every stage reads, built once per article.
//!
//! The frame stages read the text and its blocks; the speech and date stages read the
//! story's paragraphs (which the frame adds to the [`crate::Article`]) and ask for the
//! lower-case copy of the text, made once, on first use, and shared by every case-blind
//! lookup (the lexicon, trigger words, cue words).

use std::cell::OnceCell;

use crate::frame::layout::Layout;

/// One article as the stages read it.
#[derive(Debug)]
pub(crate) struct Document<'t> {
    /// The article as given; every span points into it.
    pub text: &'t str,
    /// Its blocks: the lines, or the pieces of run-on text ([`Layout`]).
    pub layout: Layout,
    /// `text` with ASCII letters lower-cased, made on first use ([`Document::lowered`]).
    lowered: OnceCell<String>,
}

impl<'t> Document<'t> {
    /// The document of `text`: its blocks are cut now, its lower-case copy when first asked.
    pub(crate) fn new(text: &'t str) -> Document<'t> {
        Document {
            text,
            layout: Layout::new(text),
            lowered: OnceCell::new(),
        }
    }

    /// `text` with ASCII letters lower-cased (`str::to_ascii_lowercase`): every byte
    /// offset of `text` is the same offset here, so a span found in one is a span of the
    /// other.
    pub(crate) fn lowered(&self) -> &str {
        self.lowered.get_or_init(|| self.text.to_ascii_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowered_keeps_offsets() {
        let doc = Document::new("Kata SBY, “Ya.”");
        assert_eq!(doc.lowered(), "kata sby, “ya.”");
        assert_eq!(doc.lowered().len(), doc.text.len());
        assert_eq!(doc.layout.blocks.len(), 1);
    }
}
