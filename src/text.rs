//! Small text helpers shared by the finders: byte → code point offsets, the clean-text view,
//! character classes that scrapers leave behind.

/// Maps byte offsets of one text to code point offsets and back, built once per document.
///
/// ASCII text takes the fast path (the two are equal); otherwise one walk over the bytes
/// cuts the text in [`CharBlock`]s, so that either lookup is a popcount, not a search.
pub(crate) struct CharOffsets {
    /// `None` when the text is ASCII; else the text's blocks of [`CharBlock::BYTES`] bytes.
    blocks: Option<Vec<CharBlock>>,
    /// Length of the text in bytes.
    len: usize,
    /// Number of code points in the text.
    chars: usize,
}

/// One block of [`CharBlock::BYTES`] bytes of a text: which of its bytes start a char, and how
/// many chars start before it.
struct CharBlock {
    /// Chars that start before the block.
    chars_before: usize,
    /// Bit `i` is set when byte `i` of the block starts a char.
    starts: u64,
}

impl CharBlock {
    /// Bytes per block: one bit of [`CharBlock::starts`] each.
    const BYTES: usize = 64;

    /// The mask of the bytes of `chunk` (at most [`CharBlock::BYTES`] long) that start a char.
    fn starts_of(chunk: &[u8]) -> u64 {
        chunk.chunks(8).enumerate().fold(0, |mask, (i, word)| {
            mask | u64::from(Self::word_starts(word)) << (8 * i)
        })
    }

    /// The mask of the bytes of `word` (at most eight) that start a char, all eight at once:
    /// a byte starts a char unless it is `0b10xx_xxxx`.
    fn word_starts(word: &[u8]) -> u8 {
        const HIGHS: u64 = 0x8080_8080_8080_8080;
        let w = match <[u8; 8]>::try_from(word) {
            Ok(bytes) => u64::from_le_bytes(bytes),
            Err(_) => {
                // Bytes past the end of a short word read as continuation bytes: no start.
                let mut bytes = [0x80; 8];
                bytes.iter_mut().zip(word).for_each(|(b, w)| *b = *w);
                u64::from_le_bytes(bytes)
            }
        };
        // Bit 7 of each byte: set when the byte's bit 7 is clear or its bit 6 is set.
        let starts = (!w | w << 1) & HIGHS;
        // Gather those eight bits (one a byte) into the top byte, byte i to bit 56 + i.
        ((starts >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u8
    }
}

impl CharOffsets {
    pub(crate) fn new(text: &str) -> Self {
        if text.is_ascii() {
            return CharOffsets {
                blocks: None,
                len: text.len(),
                chars: text.len(),
            };
        }
        let mut chars = 0;
        let blocks = text
            .as_bytes()
            .chunks(CharBlock::BYTES)
            .map(|chunk| {
                let starts = CharBlock::starts_of(chunk);
                let block = CharBlock {
                    chars_before: chars,
                    starts,
                };
                chars += starts.count_ones() as usize;
                block
            })
            .collect();
        CharOffsets {
            blocks: Some(blocks),
            len: text.len(),
            chars,
        }
    }

    /// The code point offset of byte offset `byte` (rounded down to a char boundary).
    pub(crate) fn to_char(&self, byte: usize) -> usize {
        let Some(blocks) = &self.blocks else {
            return byte.min(self.len);
        };
        let Some(block) = blocks
            .get(byte / CharBlock::BYTES)
            .filter(|_| byte < self.len)
        else {
            return self.chars;
        };
        let bit = byte % CharBlock::BYTES;
        let starts_before = (block.starts & ((1 << bit) - 1)).count_ones() as usize;
        // Inside a char, the char's own start was counted: step back to it.
        let inside_char = block.starts >> bit & 1 == 0;
        (block.chars_before + starts_before).saturating_sub(usize::from(inside_char))
    }

    /// The byte offset of code point offset `cp` (the text's length when `cp` is past the end).
    #[cfg_attr(not(feature = "python"), allow(dead_code))]
    pub(crate) fn to_byte(&self, cp: usize) -> usize {
        let Some(blocks) = &self.blocks else {
            return cp.min(self.len);
        };
        let index = blocks
            .partition_point(|b| b.chars_before <= cp)
            .saturating_sub(1);
        let Some(block) = blocks.get(index).filter(|_| cp < self.chars) else {
            return self.len;
        };
        // Clear the starts of the chars before `cp` in the block: the lowest bit left is its.
        let starts = (block.chars_before..cp).fold(block.starts, |s, _| s & s.wrapping_sub(1));
        index * CharBlock::BYTES + starts.trailing_zeros() as usize
    }
}

/// Whether `c` is a space of any kind, the invisible ones scrapers leave included.
pub(crate) fn is_blank(c: char) -> bool {
    c.is_whitespace() || is_invisible(c)
}

/// Zero-width characters and the byte-order mark.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// HTML entities scrapers leave in text, with the character each stands for.
pub(crate) const ENTITIES: [(&str, &str); 14] = [
    ("&nbsp;", " "),
    ("&amp;", "&"),
    ("&quot;", "\""),
    ("&ldquo;", "\u{201C}"),
    ("&rdquo;", "\u{201D}"),
    ("&lsquo;", "\u{2018}"),
    ("&rsquo;", "\u{2019}"),
    ("&#8220;", "\u{201C}"),
    ("&#8221;", "\u{201D}"),
    ("&#8216;", "\u{2018}"),
    ("&#8217;", "\u{2019}"),
    ("&#39;", "'"),
    ("&ndash;", "\u{2013}"),
    ("&mdash;", "\u{2014}"),
];

/// The entity starting at `rest`, if any: its length in bytes and its replacement.
pub(crate) fn entity_at(rest: &str) -> Option<(usize, &'static str)> {
    if !rest.starts_with('&') {
        return None;
    }
    ENTITIES
        .iter()
        .find(|(e, _)| {
            rest.len() >= e.len() && rest.as_bytes()[..e.len()].eq_ignore_ascii_case(e.as_bytes())
        })
        .map(|(e, r)| (e.len(), *r))
}

/// A clean copy of a piece of text: entities decoded, invisible characters dropped, runs of
/// blanks collapsed to one space, ends trimmed. For display only: spans never point into it.
///
/// ```ignore
/// assert_eq!(clean(" a&nbsp;&nbsp;b\u{200B}c "), "a bc");
/// ```
pub(crate) fn clean(s: &str) -> String {
    if is_clean(s) {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    let mut pending_space = false;
    while let Some(c) = rest.chars().next() {
        let (piece, len) = match entity_at(rest) {
            Some((len, rep)) => (rep, len),
            None => ("", c.len_utf8()),
        };
        let chars: &mut dyn Iterator<Item = char> = if piece.is_empty() {
            &mut std::iter::once(c)
        } else {
            &mut piece.chars()
        };
        for ch in chars {
            if is_invisible(ch) {
                continue;
            }
            if ch.is_whitespace() {
                pending_space = !out.is_empty();
            } else {
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                out.push(ch);
            }
        }
        rest = &rest[len..];
    }
    out
}

/// [`clean`] of an owned string: the string itself when it is clean already (most names and
/// roles are), without a copy.
pub(crate) fn cleaned(s: String) -> String {
    if is_clean(&s) { s } else { clean(&s) }
}

/// Whether [`clean`] would give `s` back unchanged, seen in one pass over its bytes: printable
/// ASCII without `&` (no entity, no invisible character), single spaces, none at either end.
/// Most names and roles are.
fn is_clean(s: &str) -> bool {
    let bytes = s.as_bytes();
    let printable = bytes
        .iter()
        .all(|&b| (b == b' ' || b.is_ascii_graphic()) && b != b'&');
    printable
        && bytes.first() != Some(&b' ')
        && bytes.last() != Some(&b' ')
        && !bytes.windows(2).any(|pair| pair == b"  ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_comes_back_as_it_is() {
        for s in ["Dmitry Peskov", "juru bicara Kremlin", "", "a"] {
            assert!(is_clean(s), "{s:?}");
            assert_eq!(clean(s), s);
        }
        for s in [" a", "a ", "a  b", "a&amp;b", "a\tb", "é", "a\u{200B}b"] {
            assert!(!is_clean(s), "{s:?}");
        }
    }

    #[test]
    fn clean_decodes_and_collapses() {
        assert_eq!(clean(" a&nbsp;&nbsp;b\u{200B}c "), "a bc");
        assert_eq!(cleaned(" a&nbsp;&nbsp;b\u{200B}c ".to_owned()), "a bc");
        assert_eq!(cleaned("a b".to_owned()), "a b");
        assert_eq!(clean("&ldquo;Ya,&rdquo; kata"), "\u{201C}Ya,\u{201D} kata");
        assert_eq!(clean("&NBSP;x"), "x");
    }

    #[test]
    fn char_offsets_ascii_and_unicode() {
        let o = CharOffsets::new("abc");
        assert_eq!(o.to_char(2), 2);
        let text = "é😀a";
        let o = CharOffsets::new(text);
        assert_eq!(o.to_char(0), 0);
        assert_eq!(o.to_char(2), 1);
        assert_eq!(o.to_char(6), 2);
        assert_eq!(o.to_char(7), 3);
        assert_eq!(o.to_byte(0), 0);
        assert_eq!(o.to_byte(1), 2);
        assert_eq!(o.to_byte(2), 6);
        assert_eq!(o.to_byte(3), 7);
        assert_eq!(o.to_byte(9), 7);
        assert_eq!(CharOffsets::new("abc").to_byte(9), 3);
    }

    #[test]
    fn char_offsets_agree_with_char_indices_across_blocks() {
        let long = "Émile “kata” 😀 ".repeat(20) + "akhir";
        for text in ["", "a", "é", "😀😀", long.as_str(), &long[..long.len() - 5]] {
            let o = CharOffsets::new(text);
            let starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
            for byte in 0..text.len() + 3 {
                let expected = match starts.binary_search(&byte) {
                    Ok(i) => i,
                    Err(i) if byte < text.len() => i - 1,
                    Err(i) => i,
                };
                assert_eq!(o.to_char(byte), expected, "{text:?} byte {byte}");
            }
            for cp in 0..starts.len() + 3 {
                let expected = starts.get(cp).copied().unwrap_or(text.len());
                assert_eq!(o.to_byte(cp), expected, "{text:?} cp {cp}");
            }
        }
    }
}
