//! Text → blocks: the paragraphs (or, in run-on text, the pieces) every finder reads.
//!
//! A block is a line of the input, trimmed of blanks, `&nbsp;` and invisible characters at
//! both ends. Lines are split further where scrapers glued paragraphs together:
//! - at runs of two or more blanks after a sentence end and before a capital or an opening
//!   mark (svmihar's Kompas/Kontan/Bisnis and Tempo join paragraphs with double spaces; double
//!   blanks inside sentences, `Menteri Perhubungan  Budi`, are as common and do not split);
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
    /// line at double blanks and glued sentence ends.
    pub(crate) fn new(text: &str) -> Layout {
        let mut blocks = Vec::new();
        let mut line = LineSplitter::new(0);
        let mut had_break = false;
        let mut at = 0;
        loop {
            let quiet = quiet_run(text.as_bytes().get(at..).unwrap_or_default());
            if let Some(run) = quiet {
                line.see_quiet(run);
                at += run.len();
            }
            let Some(unit) = Unit::at(text, at) else {
                break;
            };
            if is_line_break(unit.c) {
                line.finish(text, at, &mut blocks);
                line = LineSplitter::new(at + unit.len);
                had_break = true;
            } else {
                line.see(text, at, unit, &mut blocks);
            }
            at += unit.len;
        }
        line.finish(text, text.len(), &mut blocks);
        Layout {
            blocks,
            run_on: !had_break,
        }
    }

    /// Index of the block that contains byte `pos`, if any.
    #[allow(dead_code)]
    pub(crate) fn block_at(&self, pos: usize) -> Option<usize> {
        let i = self.blocks.partition_point(|b| b.end <= pos);
        self.blocks.get(i).filter(|b| b.start <= pos).map(|_| i)
    }
}

/// The run of quiet bytes that `bytes` starts with, if any: ASCII bytes that are neither
/// blanks, capitals, digits, `"` nor `&`. They never split a line, so the splitter only
/// needs to remember the last ones (most of any text is such runs: the small letters of
/// words, commas, full stops).
fn quiet_run(bytes: &[u8]) -> Option<&[u8]> {
    let len = bytes.iter().take_while(|b| QUIET[usize::from(**b)]).count();
    bytes.get(..len).filter(|run| !run.is_empty())
}

/// [`quiet_run`]'s bytes, by value.
static QUIET: [bool; 256] = {
    let mut quiet = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        quiet[b] = !c.is_ascii_whitespace()
            && c != 0x0b
            && !c.is_ascii_uppercase()
            && !c.is_ascii_digit()
            && c != b'"'
            && c != b'&';
        b += 1;
    }
    quiet
};

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
}

/// The state of one line being split into pieces at double blanks and glued sentence ends.
struct LineSplitter {
    /// Where the current piece starts.
    piece_start: usize,
    /// Length in units of the run of blanks just seen, and where it started.
    blank_run: usize,
    blank_from: usize,
    /// The last three units, blanks as `' '`.
    prev: [char; 3],
    /// The last char that was not blank.
    last_solid: char,
    quotes: QuoteBalance,
}

impl LineSplitter {
    /// A line starting at byte `start`.
    fn new(start: usize) -> LineSplitter {
        LineSplitter {
            piece_start: start,
            blank_run: 0,
            blank_from: start,
            prev: [' '; 3],
            last_solid: ' ',
            quotes: QuoteBalance::default(),
        }
    }

    /// Takes the unit at byte `pos`, pushing the piece it ends, if any.
    fn see(&mut self, text: &str, pos: usize, unit: Unit, out: &mut Vec<Span>) {
        let c = unit.c;
        if unit.blank {
            if self.blank_run == 0 {
                self.blank_from = pos;
            }
            self.blank_run += 1;
        } else {
            if self.blank_run >= 2 && paragraph_join(self.last_solid, c) {
                push_trimmed(text, self.piece_start, self.blank_from, out);
                self.piece_start = pos;
            } else if !self.quotes.is_open() && glued_sentence_end(self.prev, c, text, pos) {
                push_trimmed(text, self.piece_start, pos, out);
                self.piece_start = pos;
                self.quotes = QuoteBalance::default();
            }
            self.quotes.see(c);
            self.blank_run = 0;
            self.last_solid = c;
        }
        self.prev = [self.prev[1], self.prev[2], if unit.blank { ' ' } else { c }];
    }

    /// Takes a run of quiet bytes (see [`quiet_run`]): they end any run of blanks and are
    /// remembered as the last chars seen.
    fn see_quiet(&mut self, run: &[u8]) {
        self.blank_run = 0;
        for &b in run.get(run.len().saturating_sub(3)..).unwrap_or_default() {
            self.prev = [self.prev[1], self.prev[2], char::from(b)];
            self.last_solid = char::from(b);
        }
    }

    /// Ends the line at byte `end`, pushing its last piece.
    fn finish(&self, text: &str, end: usize, out: &mut Vec<Span>) {
        push_trimmed(text, self.piece_start, end, out);
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

/// `xx.` followed directly by `Xx` (the capital `c` at byte `pos`): a paragraph break the
/// scraper ate.
fn glued_sentence_end(prev: [char; 3], c: char, text: &str, pos: usize) -> bool {
    prev[0].is_lowercase()
        && prev[1].is_lowercase()
        && matches!(prev[2], '.' | '!' | '?')
        && c.is_uppercase()
        && text
            .get(pos + c.len_utf8()..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_lowercase)
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
    fn block_lookup() {
        let l = Layout::new("ab\ncd");
        assert_eq!(l.block_at(4), Some(1));
        assert_eq!(l.block_at(2), None);
    }
}
