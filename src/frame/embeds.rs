//! Embedded posts left as text: a tweet's blockquote, flattened by the scraper into its text,
//! its picture link and its signature, `— Name (@handle) June 18, 2025` (16 in the corpus, in
//! Okezone, Republika, detik and Kompas pages; the signature is Twitter's embed markup, the
//! same on every outlet).
//!
//! The signature is found by its `(@handle)` followed by an English or Indonesian date; the
//! post runs back from its dash to where the post's own text begins:
//! - when the dash opens its block (the page broke the post into lines), over the blocks
//!   before it that do not end as a story sentence does (`BREAKING:`, `... in Isfahan`,
//!   `...pic.twitter.com/x`), at most [`MAX_POST_BLOCKS`] of them;
//! - when the post shares its block with the story (a scraper glued the paragraphs), from
//!   the last sentence end glued to a capital (`Zionis.BREAKING:`) or the previous post's
//!   signature, within [`MAX_POST_BYTES`] before the dash; else from the block's start, when
//!   that is as near.
//!
//! A post whose signature the scraper dropped is a line of its own that ends with the post's
//! picture link (`... Man of the Match 👏#EURO2016pic.twitter.com/yTnjR3qYBi`: 15 such lines
//! in the corpus, Okezone, detik, Kompas; all a post's English text).

use memchr::memmem;

use crate::Rule;
use crate::article::{Boilerplate, BoilerplateKind, Span};
use crate::frame::layout::{Layout, trim};
use crate::lexicon::boilerplate::POST_DATE_MONTHS;

/// A post's text and link are at most this many bytes before its signature's dash (280
/// characters of text, a few links, emoji four bytes each).
const MAX_POST_BYTES: usize = 900;
/// A post broken into lines has at most this many lines before its signature.
const MAX_POST_BLOCKS: usize = 16;
/// A signature's name, from the dash to `(@`, is at most this many bytes.
const MAX_NAME_BYTES: usize = 80;

/// Finds the posts embedded in `text`, skipping any that overlaps a span of `taken` (sorted
/// by start, pairwise disjoint).
pub(crate) fn find(text: &str, layout: &Layout, taken: &[Span]) -> Vec<Boilerplate> {
    let mut found: Vec<Boilerplate> = Vec::new();
    let mut previous_end = 0;
    for handle in memmem::find_iter(text.as_bytes(), "(@") {
        let Some(signature) = signature_at(text, handle) else {
            continue;
        };
        let Some(start) = post_start(text, layout, signature.start, previous_end, taken) else {
            continue;
        };
        previous_end = signature.end;
        let span = Span::new(start, signature.end);
        let first = taken.partition_point(|t| t.end <= span.start);
        if taken.get(first).is_some_and(|t| t.overlaps(span)) {
            continue;
        }
        found.push(Boilerplate {
            kind: BoilerplateKind::Embed,
            span,
            source: None,
            rule: Rule::BoilerplateTweet,
        });
    }
    let signed: Vec<Span> = found.iter().map(|b| b.span).collect();
    found.extend(unsigned_posts(text, taken, &signed));
    found.sort_by_key(|b| b.span);
    found
}

/// The link to a post's picture, which closes the post's text.
const PICTURE_LINK: &str = "pic.twitter.com/";

/// The posts without a signature: lines of at most [`MAX_POST_BYTES`] that end with a
/// [`PICTURE_LINK`] and its id, overlapping neither furniture `taken` nor a signed post
/// (`signed`); both sorted by start, pairwise disjoint.
fn unsigned_posts(text: &str, taken: &[Span], signed: &[Span]) -> Vec<Boilerplate> {
    let overlaps = |spans: &[Span], span: Span| {
        let first = spans.partition_point(|t| t.end <= span.start);
        spans.get(first).is_some_and(|t| t.overlaps(span))
    };
    let mut found: Vec<Boilerplate> = Vec::new();
    for link in memmem::find_iter(text.as_bytes(), PICTURE_LINK) {
        let Some(line) = short_line_at(text, link) else {
            continue;
        };
        let id = text
            .get(link + PICTURE_LINK.len()..line.end)
            .unwrap_or_default();
        let ends_line = !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric());
        if ends_line && !overlaps(taken, line) && !overlaps(signed, line) {
            found.push(Boilerplate {
                kind: BoilerplateKind::Embed,
                span: line,
                source: None,
                rule: Rule::BoilerplateTweetUnsigned,
            });
        }
    }
    found
}

/// The line holding `at`, without its blanks, when it is at most [`MAX_POST_BYTES`] long.
fn short_line_at(text: &str, at: usize) -> Option<Span> {
    let window = floor_boundary(text, at.saturating_sub(MAX_POST_BYTES));
    let before = text.get(window..at)?;
    let start = match before.rfind('\n') {
        Some(i) => window + i + 1,
        None if window == 0 => 0,
        None => return None,
    };
    let after = text.get(at..)?;
    let end = at + after.find('\n').unwrap_or(after.len());
    let line = trim(text, Span::new(start, end));
    (line.len() <= MAX_POST_BYTES).then_some(line)
}

/// The signature whose `(@` is at `handle`: from its dash to the end of its date's year.
fn signature_at(text: &str, handle: usize) -> Option<Span> {
    let from = floor_boundary(text, handle.saturating_sub(MAX_NAME_BYTES));
    let before = text.get(from..handle)?;
    // The dash nearest the handle, with nothing between them that a name does not hold; a
    // hyphen only with a blank after it (`Jean-Luc` is a name).
    let dash = before.rfind(['—', '–']).or_else(|| before.rfind("- "))?;
    let name = before.get(dash..)?;
    if name.contains(['\n', '(', ')']) {
        return None;
    }
    let after = text.get(handle + 2..)?;
    let handle_len = after
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|&n| n > 0 && after.get(n..).is_some_and(|a| a.starts_with(')')))?;
    let date_from = handle + 2 + handle_len + 1;
    let date_len = date_len(text.get(date_from..)?)?;
    Some(Span::new(from + dash, date_from + date_len))
}

/// The length of the date that opens `s` after optional blanks (a line break too):
/// `June 18, 2025`, `November 7, 2023`.
fn date_len(s: &str) -> Option<usize> {
    let month_at = s.len() - s.trim_start().len();
    let rest = s.get(month_at..)?;
    let month = POST_DATE_MONTHS.iter().find(|m| rest.starts_with(*m))?;
    let after_month = rest.get(month.len()..)?;
    let day_at = after_month.len() - after_month.trim_start_matches(' ').len();
    let day = after_month.get(day_at..)?;
    let day_digits = day.find(|c: char| !c.is_ascii_digit())?;
    let year = day.get(day_digits..)?.strip_prefix(',')?;
    let year_at = year.len() - year.trim_start_matches(' ').len();
    let year_digits = year.get(year_at..)?;
    let digits = year_digits
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(year_digits.len());
    let day_ok = day
        .get(..day_digits)
        .and_then(|d| d.parse::<u8>().ok())
        .is_some_and(|d| (1..=31).contains(&d));
    if !day_ok || digits != 4 {
        return None;
    }
    Some(s.len() - year_digits.len() + digits)
}

/// Where the post whose signature's dash is at `dash` begins (see the module doc), not
/// before `previous_end`, the end of the post before it, nor inside furniture `taken`.
fn post_start(
    text: &str,
    layout: &Layout,
    dash: usize,
    previous_end: usize,
    taken: &[Span],
) -> Option<usize> {
    let index = layout.block_at(dash)?;
    let block = *layout.blocks.get(index)?;
    if block.start == dash {
        return Some(lines_before(text, layout, index, taken).max(previous_end));
    }
    let window = floor_boundary(text, dash.saturating_sub(MAX_POST_BYTES)).max(block.start);
    let glued = text
        .get(window..dash)
        .and_then(last_glued_sentence_end)
        .map(|at| window + at);
    let start = glued.or((window == block.start).then_some(block.start))?;
    Some(start.max(previous_end))
}

/// The start of the post's text broken into lines before the block at `index` (its
/// signature's): the earliest of the blocks before it, back to the first that ends as a
/// story sentence does or holds furniture (`taken`).
fn lines_before(text: &str, layout: &Layout, index: usize, taken: &[Span]) -> usize {
    let mut start = layout.blocks.get(index).map_or(0, |b| b.start);
    for k in (index.saturating_sub(MAX_POST_BLOCKS)..index).rev() {
        let Some(block) = layout.blocks.get(k) else {
            break;
        };
        let ends_sentence = block
            .slice(text)
            .is_some_and(|s| s.ends_with(['.', '!', '?', '"', '\u{201D}']));
        let first = taken.partition_point(|t| t.end <= block.start);
        let claimed = taken.get(first).is_some_and(|t| t.overlaps(*block));
        if ends_sentence || claimed {
            break;
        }
        start = block.start;
    }
    start
}

/// The position after the last sentence end glued to a capital in `s` (`Zionis.BREAKING`),
/// where a scraper joined the story's paragraph and the post's.
fn last_glued_sentence_end(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    (1..bytes.len()).rev().find(|&i| {
        matches!(bytes.get(i - 1), Some(b'.' | b'!' | b'?'))
            && bytes.get(i).is_some_and(u8::is_ascii_uppercase)
            && bytes
                .get(i.saturating_sub(2))
                .is_some_and(u8::is_ascii_lowercase)
    })
}

/// The largest char boundary of `text` at or before `at`.
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn posts(text: &str) -> Vec<&str> {
        let layout = Layout::new(text);
        find(text, &layout, &[])
            .iter()
            .map(|b| b.span.slice(text).unwrap_or(""))
            .collect()
    }

    #[test]
    fn a_post_on_its_own_line() {
        let text = "Warga ramai membagikan unggahan itu.\nHari ini saya pamit dari kantor. Terima kasih semua. — Budi Santoso (@budisan) March 3, 2024\nPolisi masih menyelidiki.";
        assert_eq!(
            posts(text),
            [
                "Hari ini saya pamit dari kantor. Terima kasih semua. — Budi Santoso (@budisan) March 3, 2024"
            ]
        );
    }

    #[test]
    fn a_post_glued_to_the_story_and_to_its_copy() {
        let text = "Pasukan itu membalas serangan.UPDATE: Drone shot down near the base.pic.twitter.com/Ab12Cd— Kabar Dunia (@kabardunia)June 18, 2025UPDATE: Drone shot down near the base.pic.twitter.com/Ab12Cd— Kabar Dunia (@kabardunia)June 18, 2025Loading...";
        assert_eq!(
            posts(text),
            [
                "UPDATE: Drone shot down near the base.pic.twitter.com/Ab12Cd— Kabar Dunia (@kabardunia)June 18, 2025",
                "UPDATE: Drone shot down near the base.pic.twitter.com/Ab12Cd— Kabar Dunia (@kabardunia)June 18, 2025",
            ]
        );
    }

    #[test]
    fn a_post_broken_into_lines() {
        let text = "Tim itu menang besar.\nGOAL ⚽\nWhat a strike\nfrom the edge pic.twitter.com/Zz9\n— Liga Kita (@ligakita)\nJuni 9, 2025\nPelatih puas.";
        assert_eq!(
            posts(text),
            [
                "GOAL ⚽\nWhat a strike\nfrom the edge pic.twitter.com/Zz9\n— Liga Kita (@ligakita)\nJuni 9, 2025"
            ]
        );
    }

    #[test]
    fn a_post_without_its_signature() {
        let text = "Gelandang itu tampil apik.\n#INAwinger Budi Santoso is the Man of the Match 👏#PIALA2025pic.twitter.com/Ab12Cd34\nPelatih memujinya.";
        assert_eq!(
            posts(text),
            [
                "#INAwinger Budi Santoso is the Man of the Match 👏#PIALA2025pic.twitter.com/Ab12Cd34"
            ]
        );
        // A link inside a story sentence, or a long block, is no post.
        for text in [
            "Foto itu diunggah di pic.twitter.com/Ab12 oleh akun resmi klub.",
            &format!("{} pic.twitter.com/Ab12", "Kata demi kata. ".repeat(80)),
        ] {
            assert!(posts(text).is_empty(), "{:?}", posts(text));
        }
    }

    #[test]
    fn a_handle_in_a_sentence_is_no_post() {
        for text in [
            "Akun resmi (@kemenkes) menulis pada 3 Juni 2025 bahwa vaksin aman.",
            "Ia - lewat akun (@budi) - mengaku June 18, 2025 sebagai harinya.",
            "Unggahan - (@x) June 40, 2025",
            "— (@",
            "a— b (@c)June 1, 202",
        ] {
            assert!(posts(text).is_empty(), "{text}: {:?}", posts(text));
        }
    }
}
