//! Quotation spans: balanced, unbalanced, split and multi-paragraph quotes.
//!
//! Each body paragraph is read as a sequence of units (a char, or an HTML entity standing for
//! one) and its double quotation marks are paired left to right (the marks are found by their
//! bytes, and only the units around them are decoded):
//! - curly marks say which way they point, the straight `"` does not: its neighbours decide
//!   (a blank or `:` before and a letter after opens, a letter before and a blank or `,` after
//!   closes); when both sides agree (`ini."Tidak`, ` " `) the open quote decides: close it if
//!   one is open, else open one;
//! - straight marks inside a curly quote that closes later are nested, as are all single marks
//!   (`‘ ’ '`), which never open or close a span;
//! - a quote left open ends before an opening mark that starts a new quote, else at the end
//!   of its paragraph, and in both cases before a cue that follows a comma (`, kata dia`) when
//!   the scraper lost the closing mark;
//! - a mark followed by a cue word (`" kata`, `"ujarnya`) closes, whatever its neighbours;
//! - a paragraph that opens with a mark while the previous paragraph's quote ran to its end
//!   unclosed continues that quote;
//! - scrapers break lines inside quotes (a linked or italic word on a line of its own, a
//!   double space): when a quote runs to its paragraph's end and the next paragraph's first
//!   mark can only be a closer (`luar biasa," ujar`), the quote runs on into it, through at
//!   most two short mark-less paragraphs in between.

use std::sync::LazyLock;

use regex::Regex;

use crate::article::{Paragraph, Span};
use crate::frame::layout::trim;
use crate::lexicon::in_list;
use crate::lexicon::quote_marks::{LOST_CLOSE_CUES, MOJIBAKE_LEADS, MarkRole, mark_role};
use crate::text::{entity_at, is_blank};

/// A span of text between quotation marks, before attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Marked {
    /// The words inside the marks (to the paragraph's end, or to the cue that follows, when
    /// the closing mark is missing).
    pub inner: Span,
    /// The opening mark (`"`, `“`, `„`, `«`, `&ldquo;`, ...). Empty, at the paragraph's
    /// start, when the quote runs on from the previous paragraph with no mark reopening it
    /// (a line break the scraper put inside a quote); `continues` is then set.
    pub open: Span,
    /// The closing mark, `None` when the quote was left open.
    pub close: Option<Span>,
    /// Index of the body paragraph the quote is in.
    pub paragraph: usize,
    /// The quote goes on from the previous `Marked`, which was left open at the end of its
    /// paragraph: this paragraph reopens it with a mark (the multi-paragraph convention), or
    /// the scraper broke the quote across lines (`open` is then empty).
    pub continues: bool,
}

/// Finds quoted spans in the body paragraphs, in text order.
pub(crate) fn find(text: &str, body: &[Paragraph]) -> Vec<Marked> {
    let mut out = Vec::new();
    let mut carried = false;
    let mut pending: Vec<(usize, Span)> = Vec::new();
    // The marks of one paragraph, the buffer reused for every paragraph.
    let mut marks = Vec::new();
    for (index, paragraph) in body.iter().enumerate() {
        let para = ParagraphText::new(text, paragraph.span);
        para.marks(&mut marks);
        if marks.is_empty() {
            // Most paragraphs: no mark, so nothing opens or closes here; a quote carried
            // into it may still bridge it.
            let bridges = pending.len() < BRIDGE_PIECES && paragraph.span.len() < BRIDGE_PIECE_LEN;
            if carried && bridges {
                pending.push((index, paragraph.span));
            } else {
                pending.clear();
                carried = false;
            }
            continue;
        }
        let start = paragraph.span.start;
        let mut bridged = None;
        let first_closes_from_outside = marks
            .first()
            .is_some_and(|m| m.span.start != start && m.closes_from_outside());
        if carried && first_closes_from_outside {
            push_pieces(text, &pending, &mut out);
            bridged = Some(Open {
                mark: Span::new(start, start),
                inner_start: start,
                curly: false,
                continues: true,
            });
        }
        pending.clear();
        carried = find_in_paragraph(
            text,
            paragraph.span,
            &marks,
            index,
            carried,
            bridged,
            &mut out,
        );
    }
    out
}

/// Most mark-less paragraphs a quote may run through when a scraper broke it into lines
/// (`... mereka punya⏎pressing⏎yang luar biasa," ujar X`).
const BRIDGE_PIECES: usize = 2;
/// Longest such paragraph, in bytes: scraper breaks leave short pieces.
const BRIDGE_PIECE_LEN: usize = 200;

/// Whole paragraphs a bridged quote runs through, pushed as open pieces that continue it.
fn push_pieces(text: &str, pending: &[(usize, Span)], out: &mut Vec<Marked>) {
    for &(paragraph, span) in pending {
        let inner = trim(text, span);
        out.push(Marked {
            inner,
            open: Span::new(span.start, span.start),
            close: None,
            paragraph,
            continues: true,
        });
    }
}

/// One char of a paragraph, or an HTML entity standing for one (`&quot;` → `"`).
#[derive(Debug, Clone, Copy)]
struct Unit {
    /// The char (an entity's first char).
    c: char,
    /// Its length in bytes.
    len: usize,
}

/// A paragraph read as units, but only around its marks: most of a paragraph is plain words,
/// so the marks are found by their bytes and only their neighbours are decoded.
struct ParagraphText<'t> {
    /// The paragraph's text (empty when its span is not on char boundaries).
    s: &'t str,
    /// Where it starts in the article.
    base: usize,
}

impl<'t> ParagraphText<'t> {
    fn new(text: &'t str, span: Span) -> ParagraphText<'t> {
        ParagraphText {
            s: span.slice(text).unwrap_or_default(),
            base: span.start,
        }
    }

    /// The unit starting at byte `at` of the paragraph.
    fn unit_at(&self, at: usize) -> Option<Unit> {
        let rest = self.s.get(at..)?;
        let first = rest.chars().next()?;
        Some(match entity_at(rest) {
            Some((len, rep)) => Unit {
                c: rep.chars().next().unwrap_or(first),
                len,
            },
            None => Unit {
                c: first,
                len: first.len_utf8(),
            },
        })
    }

    /// The char of the unit ending at byte `at`. An entity ends with `;` and holds no other
    /// `&`, so only the last `&` before such a `;` can start one.
    fn char_before(&self, at: usize) -> Option<char> {
        let head = self.s.get(..at)?;
        if head.ends_with(';') {
            let entity = memchr::memrchr(b'&', head.as_bytes())
                .and_then(|amp| self.unit_at(amp).filter(|u| amp + u.len == at));
            if let Some(unit) = entity {
                return Some(unit.c);
            }
        }
        head.chars().next_back()
    }

    /// The chars of the units from byte `at` to the paragraph's end.
    fn chars_from(&self, at: usize) -> impl Iterator<Item = char> + '_ {
        let mut pos = at;
        std::iter::from_fn(move || {
            let unit = self.unit_at(pos)?;
            pos += unit.len;
            Some(unit.c)
        })
    }

    /// Puts the marks of the paragraph in `out` (emptied first), in order: the units whose
    /// char is a double quotation mark in use as one ([`ParagraphText::mark`]).
    fn marks(&self, out: &mut Vec<Mark>) {
        out.clear();
        for at in mark_bytes(self.s) {
            let Some(unit) = self.unit_at(at) else {
                continue;
            };
            if let Some(mark) = mark_role(unit.c).and_then(|role| self.mark(at, unit, role)) {
                out.push(mark);
            }
        }
    }

    /// The mark `unit` at byte `at` when it is in use as one: not the second byte of mojibake
    /// (`GaÃ«tan` is a mis-decoded `Gaëtan`) and not an inch or arc-second sign after a
    /// decimal number (`layar 15,6" 2K`, `32.35" S`).
    fn mark(&self, at: usize, unit: Unit, role: MarkRole) -> Option<Mark> {
        let before = self.char_before(at);
        if before.is_some_and(|c| MOJIBAKE_LEADS.contains(&c)) {
            return None;
        }
        let end = at + unit.len;
        let after = self.unit_at(end).map(|u| u.c);
        let cue_follows = followed_by_cue(self.chars_from(end));
        let closes_after =
            after.is_some_and(|c| matches!(c, ',' | '.' | ';' | ':' | '!' | '?')) || cue_follows;
        if role == MarkRole::Either && !closes_after && self.after_decimal_number(at) {
            return None;
        }
        Some(Mark {
            span: Span::new(self.base + at, self.base + end),
            role,
            context: context(before, after),
            cue_follows,
        })
    }

    /// Whether a decimal number (`15,6`, `32.35`) ends right before byte `at`. Digits, `,`
    /// and `.` are single bytes, never part of a wider char or of an entity.
    fn after_decimal_number(&self, at: usize) -> bool {
        let before = self.s.as_bytes().get(..at).unwrap_or_default();
        let mut rev = before.iter().rev().peekable();
        let mut digits = 0;
        while rev.next_if(|b| b.is_ascii_digit()).is_some() {
            digits += 1;
        }
        digits > 0
            && rev.next().is_some_and(|b| matches!(b, b',' | b'.'))
            && rev.next().is_some_and(u8::is_ascii_digit)
    }
}

/// The bytes of `s` that may start a double quotation mark, in order: `"`, `&` (an entity),
/// and the UTF-8 lead bytes of every other mark, 0xE2 (`“`, `”`, `„`, `″`) and 0xC2 (`«`,
/// `»`). None of them can sit inside another unit.
fn mark_bytes(s: &str) -> Vec<usize> {
    let bytes = s.as_bytes();
    let mut found: Vec<usize> = memchr::memchr3_iter(b'"', b'&', 0xE2, bytes).collect();
    if memchr::memchr(0xC2, bytes).is_some() {
        found.extend(memchr::memchr_iter(0xC2, bytes));
        found.sort_unstable();
    }
    found
}

/// A double quotation mark in use as one, with what its neighbours say.
#[derive(Debug, Clone, Copy)]
struct Mark {
    /// The mark (a char, or an entity standing for one).
    span: Span,
    /// Which way its glyph points.
    role: MarkRole,
    /// Which way its neighbours say it points.
    context: Context,
    /// Blanks and a cue word follow (`" kata`): it closes whatever its neighbours say.
    cue_follows: bool,
}

impl Mark {
    /// Whether the mark can only close a quote opened before its paragraph: glued to the word
    /// before and loose after (`luar biasa," ujar`), or followed by a cue.
    fn closes_from_outside(&self) -> bool {
        self.context == Context::Closing || self.cue_follows
    }
}

/// Which way a mark's neighbours say it points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Context {
    /// Loose on the left, glued on the right: `kata "Kami`.
    Opening,
    /// Glued on the left, loose on the right: `siap," kata`.
    Closing,
    /// Both sides alike: `ini."Tidak`, ` " `.
    Either,
}

fn context(before: Option<char>, after: Option<char>) -> Context {
    let left_loose = before.is_none_or(|c| is_blank(c) || "([{<:;/-\u{2013}\u{2014}".contains(c));
    let right_loose =
        after.is_none_or(|c| is_blank(c) || ",.;:!?)]}>/-\u{2013}\u{2014}\u{2026}".contains(c));
    match (left_loose, right_loose) {
        (true, false) => Context::Opening,
        (false, true) => Context::Closing,
        _ => Context::Either,
    }
}

/// Whether a mark starts a quote when none is open. A mark that looks like a closer is a
/// stray one (its opening mark was lost) and is skipped.
fn starts_quote(role: MarkRole, ctx: Context) -> bool {
    match ctx {
        Context::Closing => false,
        Context::Opening => true,
        Context::Either => role != MarkRole::Closing,
    }
}

/// Whether a mark closes the open quote (else it opens a new one, leaving the old unclosed).
fn ends_quote(role: MarkRole, ctx: Context) -> bool {
    match ctx {
        Context::Closing => true,
        Context::Opening => false,
        Context::Either => role != MarkRole::Opening,
    }
}

/// A quote opened and not yet closed.
#[derive(Debug, Clone, Copy)]
struct Open {
    /// The opening mark; empty at the paragraph's start for a bridged quote.
    mark: Span,
    /// Where the quoted words start (after the mark).
    inner_start: usize,
    /// Opened with a curly mark, so straight marks inside may be nested.
    curly: bool,
    continues: bool,
}

/// Longest cue word looked for after a mark, in chars.
const CUE_CHARS: usize = 12;

/// Whether blanks and then a cue word (`kata`, `ujarnya`) start `chars` (what follows a
/// mark): the mark closes a quote whatever its neighbours say (`siap "kata dia`).
fn followed_by_cue(chars: impl Iterator<Item = char>) -> bool {
    let letters = chars
        .skip_while(|c| is_blank(*c))
        .take(CUE_CHARS + 1)
        .take_while(|c| c.is_alphabetic());
    // The word, written on the stack: at most four bytes a letter.
    let mut word = [0u8; 4 * (CUE_CHARS + 1)];
    let mut len = 0;
    for c in letters {
        let Some(free) = word.get_mut(len..) else {
            break;
        };
        len += c.encode_utf8(free).len();
    }
    let word = word.get(..len).and_then(|w| std::str::from_utf8(w).ok());
    word.is_some_and(|w| in_list!(LOST_CLOSE_CUES, w))
}

/// Pairs the `marks` of one paragraph, starting inside `bridged` when a quote runs on into
/// it without a mark; returns whether the paragraph ended inside a quote that ran to its end
/// (so a next paragraph opening with a mark continues it).
fn find_in_paragraph(
    text: &str,
    span: Span,
    marks: &[Mark],
    paragraph: usize,
    carried: bool,
    bridged: Option<Open>,
    out: &mut Vec<Marked>,
) -> bool {
    let last_curly = marks.iter().rposition(|m| m.role != MarkRole::Either);
    let mut open = bridged;
    // A straight pair nested inside a curly quote is open (`“Istilah "healing`).
    let mut nested_open = false;
    for (i, mark) in marks.iter().enumerate() {
        let (role, ctx, cue_follows) = (mark.role, mark.context, mark.cue_follows);
        let opened = Open {
            mark: mark.span,
            inner_start: mark.span.end,
            curly: role != MarkRole::Either,
            continues: carried && mark.span.start == span.start,
        };
        match open {
            None => {
                if !cue_follows && starts_quote(role, ctx) {
                    open = Some(opened);
                }
            }
            Some(o) => {
                if o.curly && role == MarkRole::Either && !cue_follows {
                    let curly_ahead = last_curly.is_some_and(|l| l > i);
                    match ctx {
                        Context::Opening if curly_ahead => nested_open = true,
                        _ if nested_open => nested_open = false,
                        Context::Either if curly_ahead => {}
                        // A straight closer on a curly quote: mixed styles (Tempo's
                        // `&ldquo;...," ujarnya`).
                        _ => {
                            let end = mark.span.start;
                            push_quote(text, o, end, Some(mark.span), paragraph, out);
                            open = None;
                        }
                    }
                    continue;
                }
                nested_open = false;
                if cue_follows || ends_quote(role, ctx) {
                    push_quote(text, o, mark.span.start, Some(mark.span), paragraph, out);
                    open = None;
                } else {
                    push_unclosed(text, o, mark.span.start, paragraph, out);
                    open = Some(opened);
                }
            }
        }
    }
    match open {
        Some(o) => !push_unclosed(text, o, span.end, paragraph, out),
        None => false,
    }
}

/// The span from `start` to `end` (no earlier than `start`), trimmed; `None` when it holds
/// no letter or digit.
fn inner_span(text: &str, start: usize, end: usize) -> Option<Span> {
    let span = trim(text, Span::new(start, end.max(start)));
    span.slice(text)
        .is_some_and(|s| s.chars().any(char::is_alphanumeric))
        .then_some(span)
}

/// Pushes the quote opened by `open` and ending at byte `end`; returns the inner span.
fn push_quote(
    text: &str,
    open: Open,
    end: usize,
    close: Option<Span>,
    paragraph: usize,
    out: &mut Vec<Marked>,
) -> Option<Span> {
    let inner = inner_span(text, open.inner_start, end)?;
    out.push(Marked {
        inner,
        open: open.mark,
        close,
        paragraph,
        continues: open.continues,
    });
    Some(inner)
}

/// Pushes a quote left open, ending at byte `end` or before a cue; returns whether it was cut
/// at a cue.
fn push_unclosed(
    text: &str,
    open: Open,
    end: usize,
    paragraph: usize,
    out: &mut Vec<Marked>,
) -> bool {
    let Some(inner) = push_quote(text, open, end, None, paragraph, out) else {
        return false;
    };
    match (cut_at_cue(text, inner), out.last_mut()) {
        (Some(cut), Some(last)) => {
            last.inner = cut;
            true
        }
        _ => false,
    }
}

/// `, kata dia` and the like: punctuation, blanks, a cue word.
static LOST_CLOSE: LazyLock<Regex> = LazyLock::new(|| {
    let cues = LOST_CLOSE_CUES.join("|");
    // An ASCII word boundary keeps the regex on its fast automaton (see citations::VERB).
    Regex::new(&format!(r"[,.!?]\s+(?:{cues})(?-u:\b)"))
        .unwrap_or_else(|e| unreachable!("lost-close cue pattern: {e}"))
});

/// The part of an unclosed quote before the first `, kata`-style cue, punctuation kept.
fn cut_at_cue(text: &str, inner: Span) -> Option<Span> {
    let s = inner.slice(text)?;
    let m = LOST_CLOSE.find(s)?;
    let end = inner.start.checked_add(m.start())?.checked_add(1)?;
    Some(Span::new(inner.start, end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frame::layout::Layout;

    /// Paragraphs: the layout's blocks (no claims).
    fn body(text: &str) -> Vec<Paragraph> {
        Layout::new(text)
            .blocks
            .into_iter()
            .map(|span| Paragraph { span })
            .collect()
    }

    fn inner(text: &str) -> Vec<&str> {
        find(text, &body(text))
            .iter()
            .map(|m| &text[m.inner.start..m.inner.end])
            .collect()
    }

    #[test]
    fn straight_pair() {
        assert_eq!(inner("\"Kami siap,\" ujar Budi."), ["Kami siap,"]);
    }

    #[test]
    fn curly_pair() {
        assert_eq!(
            inner("Ia berkata, \u{201C}Harga naik.\u{201D} Lalu pergi."),
            ["Harga naik."]
        );
    }

    #[test]
    fn split_by_attribution() {
        assert_eq!(
            inner("\"Kami siap,\" kata Budi. \"Besok kami berangkat.\""),
            ["Kami siap,", "Besok kami berangkat."]
        );
    }

    #[test]
    fn low_nine_and_guillemets() {
        assert_eq!(
            inner("Ia menulis \u{201E}Damai\u{201C} di sana."),
            ["Damai"]
        );
        assert_eq!(inner("Slogan \u{AB}Liberté\u{BB} dibacakan."), ["Liberté"]);
    }

    #[test]
    fn nested_single_marks() {
        assert_eq!(
            inner("\u{201C}Dia bilang \u{2018}jangan\u{2019} ke saya,\u{201D} kata Rina."),
            ["Dia bilang \u{2018}jangan\u{2019} ke saya,"]
        );
        assert_eq!(
            inner("\"Kami tonton 'Laskar Pelangi' lagi,\" ujar Dani."),
            ["Kami tonton 'Laskar Pelangi' lagi,"]
        );
    }

    #[test]
    fn nested_straight_in_curly() {
        assert_eq!(
            inner("\u{201C}Istilah \"healing\" itu keliru,\u{201D} kata Ana."),
            ["Istilah \"healing\" itu keliru,"]
        );
    }

    #[test]
    fn mixed_curly_open_straight_close() {
        assert_eq!(
            inner("&ldquo;Saya jaga mood mereka,\" ujarnya. Menurut dia, \u{201C}Hebat.\u{201D}"),
            ["Saya jaga mood mereka,", "Hebat."]
        );
        assert_eq!(
            inner("\u{201C}Kata \"healing\" itu, \"self reward\" juga,\u{201D} kata Ana."),
            ["Kata \"healing\" itu, \"self reward\" juga,"]
        );
    }

    #[test]
    fn mojibake_and_inches_are_not_marks() {
        assert_eq!(
            inner("Tamu Ga\u{C3}\u{AB}tan Bruel hadir. \"Kami senang,\" katanya."),
            ["Kami senang,"]
        );
        assert_eq!(
            inner("Layar 15,6\" dan \"sangat terang,\" kata Budi."),
            ["sangat terang,"]
        );
        assert_eq!(
            inner("Titik 9'32.35\"S 114\u{B0} ditemukan."),
            Vec::<&str>::new()
        );
        assert_eq!(inner("\"Naik 2,5\" kata Budi."), ["Naik 2,5"]);
    }

    #[test]
    fn apostrophes_in_words_are_not_marks() {
        assert_eq!(
            inner("Salat Jum'at di era '90-an, \"ramai sekali,\" kata Udin."),
            ["ramai sekali,"]
        );
    }

    #[test]
    fn glued_marks() {
        assert_eq!(
            inner("Ia mengatakan pada:\u{201C}Kami menolak.\u{201D}"),
            ["Kami menolak."]
        );
        assert_eq!(
            inner("Warga mengeluh soal ini.\"Tidak ada air,\" kata Sri."),
            ["Tidak ada air,"]
        );
        assert_eq!(inner("\"Sudah cukup.\"Lalu ia pergi."), ["Sudah cukup."]);
    }

    #[test]
    fn entities() {
        let text = "&ldquo;Siswa wajib hadir,&rdquo; kata Farhan.";
        let found = find(text, &body(text));
        assert_eq!(found[0].inner.slice(text), Some("Siswa wajib hadir,"));
        assert_eq!(found[0].open.slice(text), Some("&ldquo;"));
        assert_eq!(found[0].close.and_then(|c| c.slice(text)), Some("&rdquo;"));
        assert_eq!(inner("&quot;Ya,&quot; ujar Dedi."), ["Ya,"]);
        assert_eq!(inner("&#8220;Tidak,&#8221; ujar Dedi."), ["Tidak,"]);
    }

    #[test]
    fn unclosed_ends_at_paragraph() {
        let text = "\"Kami akan terus berjuang sampai akhir.\nWarga pulang.";
        let found = find(text, &body(text));
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].inner.slice(text),
            Some("Kami akan terus berjuang sampai akhir.")
        );
        assert_eq!(found[0].close, None);
    }

    #[test]
    fn unclosed_ends_before_cue() {
        assert_eq!(
            inner("\"Kami sudah siap, kata dia. Sementara itu warga menunggu di luar."),
            ["Kami sudah siap,"]
        );
    }

    #[test]
    fn unclosed_ends_before_next_opening() {
        assert_eq!(
            inner("\u{201C}Kami siap. Lalu \u{201C}Kita lanjut,\u{201D} kata Budi."),
            ["Kami siap. Lalu", "Kita lanjut,"]
        );
    }

    #[test]
    fn odd_marks_are_not_errors() {
        assert_eq!(inner("Kata \" saja."), ["saja."]);
        assert_eq!(inner("siap,\" kata Budi."), Vec::<&str>::new());
        assert!(inner("\"\"\"").is_empty());
    }

    #[test]
    fn multi_paragraph_quote() {
        let text = "\"Kami datang pagi.\n\"Lalu kami pulang,\" kata Budi.";
        let found = find(text, &body(text));
        assert_eq!(found.len(), 2);
        assert!(!found[0].continues);
        assert_eq!(found[0].close, None);
        assert!(found[1].continues);
        assert_eq!(found[1].paragraph, 1);
        assert_eq!(found[1].inner.slice(text), Some("Lalu kami pulang,"));
    }

    #[test]
    fn mark_before_cue_closes() {
        assert_eq!(inner("\"Kami siap \"kata dia."), ["Kami siap"]);
        assert!(inner("\" jelasnya.").is_empty());
    }

    #[test]
    fn quote_broken_across_lines_runs_on() {
        let text = "\"Mereka punya\npressing\nyang luar biasa,\" ujar Budi.";
        let found = find(text, &body(text));
        let got: Vec<_> = found
            .iter()
            .map(|m| {
                (
                    m.inner.slice(text).unwrap_or(""),
                    m.continues,
                    m.close.is_some(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("Mereka punya", false, false),
                ("pressing", true, false),
                ("yang luar biasa,", true, true)
            ]
        );
        assert!(found[1].open.is_empty() && found[2].open.is_empty());
    }

    #[test]
    fn no_bridge_without_a_closer() {
        let text = "\"Kami datang pagi.\nWarga pulang.\nMereka bilang \"cukup\".";
        let found = find(text, &body(text));
        assert_eq!(found.len(), 2);
        assert!(!found[1].continues);
    }

    #[test]
    fn cut_quote_does_not_carry() {
        let text = "\"Kami siap, kata dia.\n\"Lanjut,\" ujar Budi.";
        let found = find(text, &body(text));
        assert!(!found[1].continues);
    }

    #[test]
    fn seed_quotes() {
        let Ok(text) = std::fs::read_to_string("../shared/seed/wahananews-xi-putin-nato.txt")
        else {
            return;
        };
        let a = crate::parse(&text);
        let got: Vec<&str> = find(&text, &a.body)
            .iter()
            .filter_map(|m| m.inner.slice(&text))
            .collect();
        assert_eq!(got.len(), 6);
        assert!(got[0].starts_with("negara-negara tertentu"));
        assert_eq!(got[1], "hangat dan bersahabat");
        assert_eq!(
            got[4],
            "pertemuan mitra dan sekutu yang sangat hangat dan konstruktif"
        );
        assert_eq!(got[5], "Pada saat yang sama, [itu] sangat substantif,");
    }
}

/// Any input: spans inside their paragraph, on char boundaries, in order.
#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;
    use crate::frame::layout::Layout;

    /// Strings rich in marks, entities, blanks and cue words.
    fn tricky() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{AB}", "\u{BB}", "'", "\u{2018}",
            "\u{2019}", "&quot;", "&ldquo;", "&rdquo;", "&#8220;", "&nbsp;", "&", " ", "  ", "\n",
            "\u{a0}", "\u{200B}", ",", ".", "kata", " ujar", "Kami", "é", "😀", "dari", "dilansir",
            "dikutip ", "CNN", "Rabu", "dan", "laman", "detik",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
    }

    fn check(text: &str) {
        let body: Vec<Paragraph> = Layout::new(text)
            .blocks
            .into_iter()
            .map(|span| Paragraph { span })
            .collect();
        for m in find(text, &body) {
            let para = body[m.paragraph].span;
            for span in [Some(m.inner), Some(m.open), m.close].into_iter().flatten() {
                assert!(para.contains(span), "{span:?} outside {para:?} in {text:?}");
                assert!(
                    span.slice(text).is_some(),
                    "{span:?} off a boundary in {text:?}"
                );
            }
            assert!(m.open.end <= m.inner.start);
            assert!(m.close.is_none_or(|c| m.inner.end <= c.start));
        }
        for c in crate::speech::citations::find(&crate::document::Document::new(text), &body, &[]) {
            assert!(c.span.slice(text).is_some() && c.source_span.slice(text).is_some());
            assert!(c.span.contains(c.source_span), "{c:?} in {text:?}");
        }
    }

    proptest! {
        #[test]
        fn spans_stay_in_paragraphs(text in tricky()) {
            check(&text);
        }

        #[test]
        fn any_string(text in any::<String>()) {
            check(&text);
        }
    }
}
