//! Scraper line breaks: the paragraphs the speech stage reads.
//!
//! Scrapers put a linked or italic word on a line of its own (`... wacana penerapan⏎Car Free
//! Night⏎(CFN) atau ...`, `“Prospek, ya, pasti bagus⏎dong⏎, kita ...`), so one sentence of the
//! original, and the quote or reported clause in it, comes as several body paragraphs. The
//! speech stage reads such lines as one paragraph: a line that stops mid-sentence (it ends
//! with a letter, a digit, a comma or an opening bracket) is joined to the next one when it
//! ends with a word no sentence ends with (`dikutip dari⏎CNN`), when the next one goes on
//! with the sentence (it starts with a lower-case letter or with `, . ; : ) /`),
//! or is a short piece that itself stops mid-sentence and is followed by such a line (the
//! italic term `Car Free Night` between `penerapan` and `(CFN) atau`). Lines are joined only
//! when nothing but blanks lies between them, so no claimed text (boilerplate, read-also) is
//! read as story. In the corpus, 674 of 10,868 articles have such a break in their text
//! (4,025 breaks, most in Kompas, Republika and Tribunnews).
//!
//! A break after a full stop inside a quote (`Kami ini punya⏎multiplier effect.⏎Kalau ...,"
//! ujarnya`) cannot be told from the lines alone: the quote finder sees the quote left open
//! and closed on a later line ([`crate::speech::quotes`]), and [`join_bridged`] joins those
//! lines for a second reading.

use crate::article::{Paragraph, Span};
use crate::lexicon::{in_list, pronouns};
use crate::speech::quotes::Marked;
use crate::text::is_blank;

/// Longest line, in bytes, that may be a piece of a sentence even though it starts with a
/// capital (an italic term or a linked name): longer lines are sentences or headings.
const PIECE_LEN: usize = 60;

/// The body paragraphs with scraper-broken lines joined into one paragraph each, in order.
pub(crate) fn join(text: &str, body: &[Paragraph]) -> Vec<Paragraph> {
    let mut out: Vec<Paragraph> = Vec::with_capacity(body.len());
    for (i, paragraph) in body.iter().enumerate() {
        let joined = i > 0 && joins_previous(text, body, i);
        match out.last_mut() {
            Some(last) if joined => last.span = Span::new(last.span.start, paragraph.span.end),
            _ => out.push(paragraph.clone()),
        }
    }
    out
}

/// Whether body paragraph `i` goes on with the sentence paragraph `i - 1` broke off: by
/// [`continues`], or because paragraph `i - 1` is a short piece that went on with the one
/// before it and stops mid-sentence itself (`Direktur Utama PT⏎Freeport⏎Indonesia Tony Wenas
/// mengatakan`: a linked name inside a sentence, which the sentence goes on after).
fn joins_previous(text: &str, body: &[Paragraph], i: usize) -> bool {
    continues(text, body, i)
        || (i >= 1
            && body
                .get(i - 1)
                .is_some_and(|prev| prev.span.len() <= PIECE_LEN)
            && stops_mid_sentence_before(text, body, i)
            && continues(text, body, i - 1))
}

/// Whether paragraph `i - 1` stops mid-sentence with only blanks between it and paragraph `i`.
fn stops_mid_sentence_before(text: &str, body: &[Paragraph], i: usize) -> bool {
    let (Some(prev), Some(cur)) = (body.get(i.wrapping_sub(1)), body.get(i)) else {
        return false;
    };
    let gap_is_blank = text
        .get(prev.span.end..cur.span.start)
        .is_some_and(|gap| gap.chars().all(is_blank));
    gap_is_blank && stops_mid_sentence(text, prev.span)
}

/// Whether body paragraph `i` goes on with the sentence paragraph `i - 1` broke off, judged
/// from the two lines (and the next one, for a piece between two).
fn continues(text: &str, body: &[Paragraph], i: usize) -> bool {
    let (Some(prev), Some(cur)) = (body.get(i.wrapping_sub(1)), body.get(i)) else {
        return false;
    };
    if !stops_mid_sentence_before(text, body, i) {
        return false;
    }
    goes_on(text, cur.span)
        || ends_open(text, prev.span)
        || (cur.span.len() <= PIECE_LEN
            && stops_mid_sentence(text, cur.span)
            && body.get(i + 1).is_some_and(|next| {
                text.get(cur.span.end..next.span.start)
                    .is_some_and(|gap| gap.chars().all(is_blank))
                    && goes_on(text, next.span)
            }))
}

/// Whether the line ends in the middle of a sentence: with a letter, a digit, a comma, an
/// opening bracket or a slash (`kendaraan listrik (`), not with a stop, a colon or a mark.
fn stops_mid_sentence(text: &str, span: Span) -> bool {
    span.slice(text)
        .and_then(|s| s.chars().next_back())
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | '(' | '/'))
}

/// Whether the line ends with a word no sentence ends with ([`pronouns::OPEN_ENDINGS`]:
/// `dikutip dari`, `di`, `PT`), so whatever the next line starts with goes on with it.
fn ends_open(text: &str, span: Span) -> bool {
    span.slice(text)
        .and_then(|s| s.rsplit(is_blank).next())
        .is_some_and(|word| in_list!(pronouns::OPEN_ENDINGS, word))
}

/// Whether the line goes on with a sentence begun before it: it starts with an ASCII
/// lower-case letter (Indonesian words; not a mojibake bullet such as `â€¢`), with
/// punctuation that cannot start a sentence (`, kita`, `. Kita bisa`, `/EV)`), or with a
/// bracket that closes before the line goes on (`(CFN) atau ...`; a line that is all one
/// bracket is a closing code, `(bay/nds)`: 400 of the 423 bracketed lines after a line that
/// stops mid-sentence in the corpus). A dash is not one: it starts list items.
fn goes_on(text: &str, span: Span) -> bool {
    let Some(s) = span.slice(text) else {
        return false;
    };
    match s.chars().next() {
        Some('(') => !s.ends_with(')'),
        Some(c) => c.is_ascii_lowercase() || matches!(c, ',' | '.' | ';' | ':' | ')' | '/'),
        None => false,
    }
}

/// The paragraphs with every quote the quote finder ran on across a scraper's line break
/// ([`Marked::open`] empty: a later line closes it, `... punya⏎multiplier effect.⏎Kalau ...,"
/// ujarnya`) joined into the paragraph it began in, so that it is read as one quote; `None`
/// when no quote ran on so. A quote that runs on over a real paragraph break (two long
/// paragraphs, the first ending a sentence) stays one quote per paragraph.
pub(crate) fn join_bridged(
    text: &str,
    body: &[Paragraph],
    marked: &[Marked],
) -> Option<Vec<Paragraph>> {
    let mut bridged = marked
        .iter()
        .filter(|m| m.continues && m.open.is_empty())
        .map(|m| m.paragraph)
        .peekable();
    bridged.peek()?;
    let mut out: Vec<Paragraph> = Vec::with_capacity(body.len());
    for (i, paragraph) in body.iter().enumerate() {
        while bridged.next_if(|&b| b < i).is_some() {}
        let joined = bridged.next_if(|&b| b == i).is_some();
        match out.last_mut() {
            Some(last) if joined && scraper_break(text, last.span, paragraph.span) => {
                last.span = Span::new(last.span.start, paragraph.span.end);
            }
            _ => out.push(paragraph.clone()),
        }
    }
    Some(out)
}

/// Whether the break between paragraphs `prev` and `cur` (in that order), with only blanks
/// between them, is a scraper's: no line break at all between them (a double space the layout split at), a sentence broken
/// off, or a piece of a sentence on either side of it (`multiplier effect.` on a line of its
/// own). Two whole sentences on two lines are two paragraphs.
fn scraper_break(text: &str, prev: Span, cur: Span) -> bool {
    let Some(gap) = text
        .get(prev.end..cur.start)
        .filter(|gap| gap.chars().all(is_blank))
    else {
        // Claimed text (an advertisement, a read-also line) between: the pieces stay apart.
        return false;
    };
    let prev_text = prev.slice(text).unwrap_or_default();
    let last_line = prev_text.rsplit('\n').next().unwrap_or(prev_text).trim();
    !gap.contains('\n')
        || stops_mid_sentence(text, prev)
        || is_piece(last_line)
        || cur.slice(text).is_some_and(is_piece)
}

/// Whether a line is a short piece of a sentence: it goes on with one begun before it.
fn is_piece(line: &str) -> bool {
    line.len() <= PIECE_LEN && goes_on(line, Span::new(0, line.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Body paragraphs: the non-blank lines of `text`.
    fn lines(text: &str) -> Vec<Paragraph> {
        let mut out = Vec::new();
        let mut at = 0;
        for line in text.split('\n') {
            if !line.trim().is_empty() {
                out.push(Paragraph {
                    span: Span::new(at, at + line.len()),
                });
            }
            at += line.len() + 1;
        }
        out
    }

    /// The joined paragraphs as text.
    fn joined(text: &str) -> Vec<&str> {
        join(text, &lines(text))
            .iter()
            .filter_map(|p| p.span.slice(text))
            .collect()
    }

    #[test]
    fn italic_term_inside_a_quote_is_one_paragraph() {
        let text =
            "“Yang kami uji dulu\nLow Emission Zone\n. Mulai pekan depan,” kata Budi.\nIa pergi.";
        assert_eq!(
            joined(text),
            vec![
                "“Yang kami uji dulu\nLow Emission Zone\n. Mulai pekan depan,” kata Budi.",
                "Ia pergi."
            ]
        );
    }

    #[test]
    fn lower_case_pieces_are_joined() {
        let text = "“Hasilnya bagus\ndong\n, kita\nsalah satu yang terbesar,” ujarnya.";
        assert_eq!(joined(text).len(), 1);
    }

    #[test]
    fn a_line_ending_with_a_preposition_goes_on() {
        let text = "Hal itu disampaikan Budi, dikutip dari\nKantor Berita Nusantara.\nIa pergi.";
        assert_eq!(
            joined(text),
            vec![
                "Hal itu disampaikan Budi, dikutip dari\nKantor Berita Nusantara.",
                "Ia pergi."
            ]
        );
    }

    #[test]
    fn a_linked_name_inside_a_sentence_goes_on() {
        // The company's name on a line of its own, inside the phrase before the person's.
        let text = "Direktur Utama PT\nSinar Baru\nSejahtera Rudi Santoso mengatakan laba naik.\nIa pergi.";
        assert_eq!(
            joined(text),
            vec![
                "Direktur Utama PT\nSinar Baru\nSejahtera Rudi Santoso mengatakan laba naik.",
                "Ia pergi."
            ]
        );
    }

    #[test]
    fn sentences_and_headings_stay_apart() {
        let text = "Ia datang pagi.\nlalu pulang.\nKronologi Kejadian\nPolisi menyebut dua orang.\n- satu\n- dua";
        assert_eq!(
            joined(text),
            vec![
                "Ia datang pagi.",
                "lalu pulang.",
                "Kronologi Kejadian",
                "Polisi menyebut dua orang.",
                "- satu",
                "- dua"
            ]
        );
    }

    #[test]
    fn a_quote_closed_on_a_later_line_is_one_paragraph() {
        let text =
            "\"Kami punya\nefek berganda.\nKalau hotel jalan, warga hidup,\" ujarnya.\nIa pergi.";
        let body = join(text, &lines(text));
        let marked = crate::speech::quotes::find(text, &body);
        let body = join_bridged(text, &body, &marked).unwrap_or(body);
        let paragraphs: Vec<&str> = body.iter().filter_map(|p| p.span.slice(text)).collect();
        assert_eq!(
            paragraphs,
            vec![
                "\"Kami punya\nefek berganda.\nKalau hotel jalan, warga hidup,\" ujarnya.",
                "Ia pergi."
            ]
        );
    }

    #[test]
    fn a_quote_over_two_whole_sentences_stays_two() {
        let text = "\"Korban menunggu di depan rumah, lalu tiga orang datang.\nTiba-tiba pelaku memukul,\" papar Kapolsek.";
        let body = join(text, &lines(text));
        let marked = crate::speech::quotes::find(text, &body);
        let body = join_bridged(text, &body, &marked).unwrap_or(body);
        assert_eq!(body.len(), 2);
    }

    #[test]
    fn a_bracket_that_closes_mid_line_goes_on() {
        let text =
            "Ia mengkaji penerapan\nCar Free Night\n(CFN) pada malam hari.\nIa pergi\n(ant/abc)";
        assert_eq!(
            joined(text),
            vec![
                "Ia mengkaji penerapan\nCar Free Night\n(CFN) pada malam hari.",
                "Ia pergi",
                "(ant/abc)"
            ]
        );
    }

    #[test]
    fn claimed_text_between_lines_is_not_joined() {
        let text = "Menurut dia\nBaca juga: Judul\nyang lain";
        let body = vec![
            Paragraph {
                span: Span::new(0, 11),
            },
            Paragraph {
                span: Span::new(29, 38),
            },
        ];
        assert_eq!(join(text, &body).len(), 2);
    }
}
