//! The story's own paragraphs: every block minus what the other finders claimed.

use crate::article::{Paragraph, Span};
use crate::document::Document;
use crate::frame::layout::trim;

/// The body: each block with the claimed spans cut out, trimmed; pieces with no letter or
/// digit left (stray punctuation between two claims) are dropped.
pub(crate) fn assemble(doc: &Document<'_>, claimed: &[Span]) -> Vec<Paragraph> {
    let (text, layout) = (doc.text, &doc.layout);
    let mut body = Vec::new();
    for &block in &layout.blocks {
        let first = claimed.partition_point(|c| c.end <= block.start);
        let mut from = block.start;
        for c in claimed[first..].iter().take_while(|c| c.start < block.end) {
            push_piece(text, Span::new(from, c.start.max(from)), &mut body);
            from = from.max(c.end);
        }
        if from < block.end {
            push_piece(text, Span::new(from, block.end), &mut body);
        }
    }
    body
}

fn push_piece(text: &str, span: Span, body: &mut Vec<Paragraph>) {
    let span = trim(text, span);
    let has_word = span
        .slice(text)
        .is_some_and(|s| s.chars().any(char::is_alphanumeric));
    if has_word {
        body.push(Paragraph { span });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_are_cut_out() {
        let text = "JAKARTA - Hujan. ADVERTISEMENT Banjir.\nBaca juga: X";
        let doc = Document::new(text);
        let claimed = [Span::new(0, 10), Span::new(17, 30), Span::new(39, 51)];
        let body: Vec<&str> = assemble(&doc, &claimed)
            .iter()
            .map(|p| &text[p.span.start..p.span.end])
            .collect();
        assert_eq!(body, ["Hujan.", "Banjir."]);
    }

    #[test]
    fn punctuation_only_pieces_dropped() {
        let text = "Hujan. ( ) Banjir.";
        let doc = Document::new(text);
        let body = assemble(&doc, &[Span::new(6, 7), Span::new(7, 10)]);
        assert_eq!(body.len(), 2);
    }
}
