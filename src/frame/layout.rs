//! Text → blocks: the paragraphs (or, in run-on text, the pieces) every finder reads.
//!
//! A block is a line of the input, trimmed of blanks, `&nbsp;` and invisible characters at
//! both ends. Lines are split further where scrapers glued paragraphs together:
//! - at runs of two or more blanks after a sentence end and before a capital or an opening
//!   mark (svmihar's Kompas/Kontan/Bisnis and Tempo join paragraphs with double spaces; double
//!   blanks inside sentences, `Menteri Perhubungan  Budi`, are as common and do not split,
//!   nor do those after a bracketed abbreviation, `Menteri ESDM (ESDM)  Ignasius Jonan`);
//! - at a sentence end glued to the next sentence, `tuntas.Hal tersebut` (CNBC, Okezone):
//!   two lower-case letters, `.`/`!`/`?`, then an upper-case letter and a lower-case one.
//!
//! Spans always point into the original text.

use crate::article::Span;
use crate::text::{entity_at, is_blank};

/// The blocks of one text, in order.
#[derive(Debug, Clone, Default)]
pub(crate) struct Layout {
    /// Non-empty blocks, trimmed, in text order.
    pub blocks: Vec<Span>,
    /// Whether the text had no line breaks at all (scrapers that flatten articles).
    pub run_on: bool,
}

impl Layout {
    /// The blocks of `text`: one pass over it, splitting at line breaks, then inside each
    /// line at double blanks and glued sentence ends. Only the bytes that may matter (see
    /// [`NOTABLE`]) are looked at one by one; the runs of other bytes between them (most of
    /// any text: the letters of words) are skipped eight at a time ([`next_notable`]).
    pub(crate) fn new(text: &str) -> Layout {
        let mut splitter = Splitter {
            text,
            blocks: Vec::new(),
            line: Line::new(0),
            had_break: false,
        };
        let mut at = 0;
        while let Some(notable) = next_notable(text.as_bytes(), at) {
            at = splitter.step(notable);
        }
        splitter.finish()
    }

    /// Index of the block that contains byte `pos`, if any.
    pub(crate) fn block_at(&self, pos: usize) -> Option<usize> {
        let i = self.blocks.partition_point(|b| b.end <= pos);
        self.blocks.get(i).filter(|b| b.start <= pos).map(|_| i)
    }
}

/// The bytes the splitter stops at: blanks and line breaks (ASCII, and any non-ASCII byte,
/// decoded there), `&` (of `&nbsp;`), `"` (quotes are counted) and sentence ends (a glued
/// sentence may follow). Every other byte is a solid ASCII char that needs no look: a
/// capital or a digit matters only right after a blank run or a sentence end, where the
/// splitter looks ahead.
static NOTABLE: [bool; 256] = {
    let mut notable = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        notable[b] = !c.is_ascii()
            || c.is_ascii_whitespace()
            || matches!(c, 0x0b | b'&' | b'"' | b'.' | b'!' | b'?');
        b += 1;
    }
    notable
};

/// The first byte of `bytes` at or after `from` that is [`NOTABLE`]. Every notable byte is
/// below `0x40` or above `0x7f`, where no letter is: eight bytes at a time are tested for
/// such a byte at once (the two high bits of each byte are not `01`), and only those bytes
/// are looked up in the table.
fn next_notable(bytes: &[u8], from: usize) -> Option<usize> {
    const HIGH_BITS: u64 = 0xC0C0_C0C0_C0C0_C0C0;
    const LETTER_RANGE: u64 = 0x4040_4040_4040_4040;
    const TOP_BIT: u64 = 0x8080_8080_8080_8080;
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let Ok(eight) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let outside = (u64::from_le_bytes(eight) & HIGH_BITS) ^ LETTER_RANGE;
        // The top bit of each byte: whether either of its two high bits differs from `01`.
        let flags = (outside | (outside << 1)) & TOP_BIT;
        if flags == 0 {
            at += 8;
            continue;
        }
        let candidate = at + flags.trailing_zeros() as usize / 8;
        if bytes
            .get(candidate)
            .is_some_and(|&b| NOTABLE[usize::from(b)])
        {
            return Some(candidate);
        }
        at = candidate + 1;
    }
    let rest = bytes.get(at..)?;
    rest.iter()
        .position(|&b| NOTABLE[usize::from(b)])
        .map(|i| at + i)
}

/// Whether `c` ends a line.
fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}')
}

/// One step of the scan: a char, or `&nbsp;` read as one blank.
#[derive(Clone, Copy)]
struct Unit {
    c: char,
    /// Its length in bytes.
    len: usize,
    blank: bool,
}

impl Unit {
    /// The unit at byte `at` (a char boundary), `None` at the end. ASCII bytes are read
    /// without decoding; only `&` is checked for an entity that stands for a blank (`&nbsp;`).
    fn at(text: &str, at: usize) -> Option<Unit> {
        let byte = *text.as_bytes().get(at)?;
        let (c, len) = if byte.is_ascii() {
            let entity = (byte == b'&').then(|| entity_at(text.get(at..)?)).flatten();
            if let Some((len, " ")) = entity {
                return Some(Unit {
                    c: ' ',
                    len,
                    blank: true,
                });
            }
            (char::from(byte), 1)
        } else {
            let c = text.get(at..)?.chars().next()?;
            (c, c.len_utf8())
        };
        Some(Unit {
            c,
            len,
            blank: is_blank(c),
        })
    }

    /// Whether the unit is a blank inside a line.
    fn is_inner_blank(&self) -> bool {
        self.blank && !is_line_break(self.c)
    }
}

/// The blocks being cut from one text.
struct Splitter<'t> {
    text: &'t str,
    blocks: Vec<Span>,
    line: Line,
    /// Whether a line break was seen.
    had_break: bool,
}

/// The line being split into pieces at double blanks and glued sentence ends.
struct Line {
    /// Where the line starts.
    start: usize,
    /// Where the current piece starts.
    piece_start: usize,
    quotes: QuoteBalance,
}

impl Line {
    /// A line starting at byte `start`.
    fn new(start: usize) -> Line {
        Line {
            start,
            piece_start: start,
            quotes: QuoteBalance::default(),
        }
    }
}

impl Splitter<'_> {
    /// Takes the notable unit at byte `at` (with what it implies about the units after it);
    /// returns where the scan goes on.
    fn step(&mut self, at: usize) -> usize {
        let bytes = self.text.as_bytes();
        match bytes.get(at) {
            // One space between words (most notable bytes): a single blank splits nothing.
            Some(b' ') if !bytes.get(at + 1).is_some_and(|&b| NOTABLE[usize::from(b)]) => {
                return at + 1;
            }
            Some(b'.' | b'!' | b'?') => {
                self.sentence_end(at + 1);
                return at + 1;
            }
            _ => {}
        }
        let Some(unit) = Unit::at(self.text, at) else {
            return self.text.len();
        };
        if is_line_break(unit.c) {
            self.push_piece(at);
            self.line = Line::new(at + unit.len);
            self.had_break = true;
        } else if unit.blank {
            return self.blank_run(at);
        } else {
            self.line.quotes.see(unit.c);
        }
        at + unit.len
    }

    /// Takes the run of blanks that starts at `from`: two or more between a sentence end and
    /// a capital (or an opening mark) end a piece. Returns the run's end.
    fn blank_run(&mut self, from: usize) -> usize {
        let mut end = from;
        let mut units = 0;
        while let Some(unit) = Unit::at(self.text, end).filter(Unit::is_inner_blank) {
            end += unit.len;
            units += 1;
        }
        if units >= 2 && from > self.line.start && self.joins_paragraphs(from, end) {
            self.push_piece(from);
            self.line.piece_start = end;
        }
        end
    }

    /// After a `.`, `!` or `?` ending at `after`: a sentence glued to the next one, outside
    /// quotes, ends a piece.
    fn sentence_end(&mut self, after: usize) {
        let mut before = self
            .text
            .get(..after)
            .unwrap_or_default()
            .chars()
            .rev()
            .skip(1);
        let lower_before = before.next().is_some_and(char::is_lowercase)
            && before.next().is_some_and(char::is_lowercase);
        if lower_before && !self.line.quotes.is_open() && glued_sentence_start(self.text, after) {
            self.push_piece(after);
            self.line.piece_start = after;
            self.line.quotes = QuoteBalance::default();
        }
    }

    /// Whether the blanks from `from` to `end` join two paragraphs ([`paragraph_join`]), a
    /// `)` before them not closing an abbreviation ([`ends_with_bracketed_abbreviation`]).
    fn joins_paragraphs(&self, from: usize, end: usize) -> bool {
        let head = self.text.get(..from).unwrap_or_default();
        let before = head.chars().next_back();
        let after = self.text.get(end..).and_then(|s| s.chars().next());
        let Some((before, after)) = before.zip(after) else {
            return false;
        };
        let abbreviation = || {
            let inside = head.strip_suffix(')').unwrap_or(head);
            ends_with_bracketed_abbreviation(inside)
        };
        paragraph_join(before, after) && !(before == ')' && abbreviation())
    }

    /// Pushes the current piece, ending at byte `end`.
    fn push_piece(&mut self, end: usize) {
        push_trimmed(self.text, self.line.piece_start, end, &mut self.blocks);
    }

    /// The layout, once the scan reached the end.
    fn finish(mut self) -> Layout {
        self.push_piece(self.text.len());
        Layout {
            blocks: self.blocks,
            run_on: !self.had_break,
        }
    }
}

/// Quotation marks seen in the current piece: a glued sentence end inside an open quote
/// (detik drops the spaces around italics: `"…pakai.Kalau …," kata X`) is not a paragraph
/// break.
#[derive(Default)]
struct QuoteBalance {
    straight: usize,
    open: usize,
    close: usize,
}

impl QuoteBalance {
    fn see(&mut self, c: char) {
        match c {
            '"' => self.straight += 1,
            '\u{201C}' | '\u{201E}' | '\u{AB}' => self.open += 1,
            '\u{201D}' | '\u{BB}' => self.close += 1,
            _ => {}
        }
    }

    fn is_open(&self) -> bool {
        self.straight % 2 == 1 || self.open > self.close
    }
}

/// A run of blanks between `before` and `after` that joins two paragraphs: a sentence end,
/// then a capital, a digit or an opening quotation mark.
fn paragraph_join(before: char, after: char) -> bool {
    matches!(
        before,
        '.' | '!' | '?' | '"' | '\u{201D}' | '\u{2019}' | ')'
    ) && (after.is_uppercase()
        || after.is_ascii_digit()
        || matches!(after, '"' | '\u{201C}' | '\u{201E}' | '\u{AB}'))
}

/// The most chars looked back from a `)` for its `(` ([`ends_with_bracketed_abbreviation`]):
/// a bound, so that the scan stays linear.
const MAX_ABBREVIATION: usize = 24;

/// Whether `head` (the text up to a `)`) ends with `(` and one word of letters starting with
/// a capital, blanks allowed around it (`(ESDM`, `( Menhub`): a bracketed abbreviation
/// inside a sentence, `Menteri ESDM (ESDM)  Ignasius Jonan`, unlike the brackets that can end
/// a paragraph, round a date or credits (`Kamis (10/1/2019)`, `(Wahyu Tri, Yoliawan H)`) or
/// a closing code (`(ant)`). Reads at most [`MAX_ABBREVIATION`] chars back.
fn ends_with_bracketed_abbreviation(head: &str) -> bool {
    let open = head
        .char_indices()
        .rev()
        .take(MAX_ABBREVIATION)
        .find(|&(_, c)| c == '(');
    let Some(word) = open.and_then(|(at, _)| head.get(at + 1..)) else {
        return false;
    };
    let word = word.trim_matches(is_blank);
    word.chars().next().is_some_and(char::is_uppercase) && word.chars().all(char::is_alphabetic)
}

/// Whether a capital then a small letter start at byte `pos`, right after `xx.` (checked by
/// the caller): a paragraph break the scraper ate (`tuntas.Hal`).
fn glued_sentence_start(text: &str, pos: usize) -> bool {
    let mut chars = text.get(pos..).unwrap_or_default().chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
}

/// Pushes `text[start..end]` trimmed of blanks and `&nbsp;`, if anything is left.
fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let span = trim(text, Span::new(start, end));
    if !span.is_empty() {
        out.push(span);
    }
}

/// `span` without blanks, invisible characters and `&nbsp;` at either end.
pub(crate) fn trim(text: &str, span: Span) -> Span {
    let Some(s) = span.slice(text) else {
        return Span::new(span.start, span.start);
    };
    let mut a = 0;
    let mut b = s.len();
    loop {
        let rest = &s[a..b];
        if let Some(c) = rest.chars().next().filter(|c| is_blank(*c)) {
            a += c.len_utf8();
        } else if rest
            .get(..6)
            .is_some_and(|p| p.eq_ignore_ascii_case("&nbsp;"))
        {
            a += 6;
        } else {
            break;
        }
    }
    loop {
        let rest = &s[a..b];
        if let Some(c) = rest.chars().next_back().filter(|c| is_blank(*c)) {
            b -= c.len_utf8();
        } else if rest.len() >= 6
            && rest.is_char_boundary(rest.len() - 6)
            && rest[rest.len() - 6..].eq_ignore_ascii_case("&nbsp;")
        {
            b -= 6;
        } else {
            break;
        }
    }
    Span::new(span.start + a, span.start + b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<&str> {
        Layout::new(text)
            .blocks
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn lines_and_blank_lines() {
        assert_eq!(
            pieces("Satu.\r\n\r\nDua.\nTiga."),
            ["Satu.", "Dua.", "Tiga."]
        );
    }

    #[test]
    fn double_spaces_split_run_on_text() {
        assert_eq!(
            pieces("Satu dua.  Tiga empat."),
            ["Satu dua.", "Tiga empat."]
        );
        assert!(Layout::new("a  b").run_on);
    }

    #[test]
    fn double_blanks_inside_a_sentence_do_not_split() {
        assert_eq!(
            pieces("Menteri Perhubungan  Budi Karya hadir."),
            ["Menteri Perhubungan  Budi Karya hadir."]
        );
        assert_eq!(
            pieces("Rp 6 miliar.&nbsp; Sebelumnya"),
            ["Rp 6 miliar.", "Sebelumnya"]
        );
    }

    #[test]
    fn double_blanks_after_an_abbreviation_in_brackets_do_not_split() {
        let text = "Menteri Energi dan Sumber Daya Mineral (ESDM)  Ignasius Jonan memastikan \
                    pasokan listrik aman. Menteri Perhubungan ( Menhub)\u{a0} Budi hadir.";
        assert_eq!(pieces(text), [text]);
    }

    #[test]
    fn double_blanks_after_other_brackets_still_split() {
        assert_eq!(
            pieces("kata dia, Kamis (10/1/2019)  Baca juga: Harga naik"),
            ["kata dia, Kamis (10/1/2019)", "Baca juga: Harga naik"]
        );
        assert_eq!(
            pieces("Harga turun. (Wahyu Tri, Yoliawan H)  Artikel ini tayang"),
            ["Harga turun. (Wahyu Tri, Yoliawan H)", "Artikel ini tayang"]
        );
        assert_eq!(pieces("Ya (ant)  Hujan"), ["Ya (ant)", "Hujan"]);
        assert_eq!(pieces("Ya.)  Hujan"), ["Ya.)", "Hujan"]);
    }

    #[test]
    fn glued_sentences_split() {
        assert_eq!(
            pieces("usut tuntas.Hal tersebut"),
            ["usut tuntas.", "Hal tersebut"]
        );
        assert_eq!(pieces("Liputan6.com, Jakarta"), ["Liputan6.com, Jakarta"]);
    }

    #[test]
    fn glued_sentence_inside_a_quote_does_not_split() {
        assert_eq!(
            pieces("\"Kami pakai.Kalau rusak kami ganti,\" kata Budi."),
            ["\"Kami pakai.Kalau rusak kami ganti,\" kata Budi."]
        );
        assert_eq!(
            pieces("\"Ya,\" kata dia.Hal itu"),
            ["\"Ya,\" kata dia.", "Hal itu"]
        );
    }

    #[test]
    fn nbsp_and_zero_width_trimmed() {
        let text = "&nbsp;\u{200B} Ya.\u{a0}\n";
        let l = Layout::new(text);
        assert_eq!(l.blocks[0].slice(text), Some("Ya."));
    }

    #[test]
    fn notable_bytes_found_eight_at_a_time_as_one_by_one() {
        let text =
            "Kata,Budi (45) di-\"sana\"&nbsp;ya\u{a0}tidak.Ini?!\tabcdefghijklmnopqrstuvwxyz";
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() {
            let one_by_one = (from..bytes.len()).find(|&i| NOTABLE[usize::from(bytes[i])]);
            assert_eq!(next_notable(bytes, from), one_by_one, "from {from}");
        }
    }

    #[test]
    fn block_lookup() {
        let l = Layout::new("ab\ncd");
        assert_eq!(l.block_at(4), Some(1));
        assert_eq!(l.block_at(2), None);
    }
}
