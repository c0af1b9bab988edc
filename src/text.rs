//! Small text helpers shared by the finders: byte → code point offsets, the clean-text view,
//! character classes that scrapers leave behind.

/// Maps byte offsets of one text to code point offsets, built once per document.
///
/// ASCII text takes the fast path (the two are equal); otherwise one walk over
/// `char_indices` records the code point index of every char boundary.
pub(crate) struct CharOffsets {
    /// `None` when the text is ASCII; else, for each char start, its byte offset (sorted).
    starts: Option<Vec<usize>>,
    len: usize,
}

impl CharOffsets {
    pub(crate) fn new(text: &str) -> Self {
        let starts = (!text.is_ascii()).then(|| text.char_indices().map(|(b, _)| b).collect());
        CharOffsets {
            starts,
            len: text.len(),
        }
    }

    /// The code point offset of byte offset `byte` (rounded down to a char boundary).
    pub(crate) fn to_char(&self, byte: usize) -> usize {
        match &self.starts {
            None => byte.min(self.len),
            Some(starts) => match starts.binary_search(&byte) {
                Ok(i) => i,
                Err(i) => i
                    .saturating_sub(usize::from(byte < self.len))
                    .min(starts.len()),
            },
        }
    }

    /// The byte offset of code point offset `cp` (the text's length when `cp` is past the end).
    #[cfg_attr(not(feature = "python"), allow(dead_code))]
    pub(crate) fn to_byte(&self, cp: usize) -> usize {
        match &self.starts {
            None => cp.min(self.len),
            Some(starts) => starts.get(cp).copied().unwrap_or(self.len),
        }
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
}
