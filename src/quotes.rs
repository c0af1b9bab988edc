//! Quotation spans: balanced, unbalanced, split and multi-paragraph quotes.
//!
//! Each body paragraph is read as a sequence of units (a char, or an HTML entity standing for
//! one) and its double quotation marks are paired left to right:
//! - curly marks say which way they point, the straight `"` does not: its neighbours decide
//!   (a blank or `:` before and a letter after opens, a letter before and a blank or `,` after
//!   closes); when both sides agree (`ini."Tidak`, ` " `) the open quote decides: close it if
//!   one is open, else open one;
//! - straight marks inside a curly quote that closes later are nested, as are all single marks
//!   (`‘ ’ '`), which never open or close a span;
//! - a quote left open ends before an opening mark that starts a new quote, else at the end
//!   of its paragraph, and in both cases before a cue that follows a comma (`, kata dia`) when
//!   the scraper lost the closing mark;
//! - a paragraph that opens with a mark while the previous paragraph's quote ran to its end
//!   unclosed continues that quote.

use std::sync::LazyLock;

use regex::Regex;

use crate::article::{Paragraph, Span};
use crate::layout::trim;
use crate::lexicon::quote_marks::{LOST_CLOSE_CUES, MarkRole, mark_role};
use crate::text::{entity_at, is_blank};

/// A span of text between quotation marks, before attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Marked {
    /// The words inside the marks (to the paragraph's end, or to the cue that follows, when
    /// the closing mark is missing).
    pub inner: Span,
    /// The opening mark (`"`, `“`, `„`, `«`, `&ldquo;`, ...).
    pub open: Span,
    /// The closing mark, `None` when the quote was left open.
    pub close: Option<Span>,
    /// Index of the body paragraph the quote is in.
    pub paragraph: usize,
    /// This paragraph reopens a quote the previous paragraph left open (a multi-paragraph quote).
    pub continues: bool,
}

/// Finds quoted spans in the body paragraphs, in text order.
pub(crate) fn find(text: &str, body: &[Paragraph]) -> Vec<Marked> {
    let mut out = Vec::new();
    let mut carried = false;
    for (index, paragraph) in body.iter().enumerate() {
        carried = find_in_paragraph(text, paragraph.span, index, carried, &mut out);
    }
    out
}

/// One char of a paragraph, or an HTML entity standing for one (`&quot;` → `"`).
#[derive(Debug, Clone, Copy)]
struct Unit {
    span: Span,
    c: char,
}

/// The units of `span`, entities decoded to their first char.
fn units(text: &str, span: Span) -> Vec<Unit> {
    let mut out = Vec::new();
    let Some(s) = span.slice(text) else {
        return out;
    };
    let mut offset = 0;
    while let Some(rest) = s.get(offset..) {
        let Some(first) = rest.chars().next() else {
            break;
        };
        let (c, len) = match entity_at(rest) {
            Some((len, rep)) => (rep.chars().next().unwrap_or(first), len),
            None => (first, first.len_utf8()),
        };
        let start = span.start + offset;
        out.push(Unit {
            span: Span::new(start, start + len),
            c,
        });
        offset += len;
    }
    out
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
    /// Index of the opening mark's unit.
    at: usize,
    /// Opened with a curly mark, so straight marks inside may be nested.
    curly: bool,
    continues: bool,
}

/// Pairs the marks of one paragraph; returns whether it ended inside a quote that ran to the
/// paragraph's end (so a next paragraph opening with a mark continues it).
fn find_in_paragraph(
    text: &str,
    span: Span,
    paragraph: usize,
    carried: bool,
    out: &mut Vec<Marked>,
) -> bool {
    let units = units(text, span);
    let last_curly = units
        .iter()
        .rposition(|u| mark_role(u.c).is_some_and(|r| r != MarkRole::Either));
    let mut open: Option<Open> = None;
    for (i, unit) in units.iter().enumerate() {
        let Some(role) = mark_role(unit.c) else {
            continue;
        };
        let before = i.checked_sub(1).and_then(|j| units.get(j)).map(|u| u.c);
        let after = units.get(i + 1).map(|u| u.c);
        let ctx = context(before, after);
        let opened = Open {
            at: i,
            curly: role != MarkRole::Either,
            continues: carried && i == 0,
        };
        match open {
            None => {
                if starts_quote(role, ctx) {
                    open = Some(opened);
                }
            }
            Some(o) => {
                let nested =
                    o.curly && role == MarkRole::Either && last_curly.is_some_and(|l| l > i);
                if nested {
                    continue;
                }
                if ends_quote(role, ctx) {
                    push_closed(text, &units, o, i, paragraph, out);
                    open = None;
                } else {
                    push_unclosed(text, &units, o, i, paragraph, out);
                    open = Some(opened);
                }
            }
        }
    }
    match open {
        Some(o) => !push_unclosed(text, &units, o, units.len(), paragraph, out),
        None => false,
    }
}

/// The span from the unit after `open` to the unit before `end`, trimmed.
fn inner_span(text: &str, units: &[Unit], open: usize, end: usize) -> Option<Span> {
    let start = units.get(open)?.span.end;
    let stop = end
        .checked_sub(1)
        .and_then(|j| units.get(j))
        .map_or(start, |u| u.span.end)
        .max(start);
    let span = trim(text, Span::new(start, stop));
    span.slice(text)
        .is_some_and(|s| s.chars().any(char::is_alphanumeric))
        .then_some(span)
}

fn push_closed(
    text: &str,
    units: &[Unit],
    open: Open,
    close: usize,
    paragraph: usize,
    out: &mut Vec<Marked>,
) {
    let (Some(inner), Some(o), Some(c)) = (
        inner_span(text, units, open.at, close),
        units.get(open.at),
        units.get(close),
    ) else {
        return;
    };
    out.push(Marked {
        inner,
        open: o.span,
        close: Some(c.span),
        paragraph,
        continues: open.continues,
    });
}

/// Pushes a quote left open, ending at unit `end` or before a cue; returns whether it was cut
/// at a cue.
fn push_unclosed(
    text: &str,
    units: &[Unit],
    open: Open,
    end: usize,
    paragraph: usize,
    out: &mut Vec<Marked>,
) -> bool {
    let (Some(inner), Some(o)) = (inner_span(text, units, open.at, end), units.get(open.at)) else {
        return false;
    };
    let (inner, cut) = match cut_at_cue(text, inner) {
        Some(cut) => (cut, true),
        None => (inner, false),
    };
    out.push(Marked {
        inner,
        open: o.span,
        close: None,
        paragraph,
        continues: open.continues,
    });
    cut
}

/// `, kata dia` and the like: punctuation, blanks, a cue word.
static LOST_CLOSE: LazyLock<Regex> = LazyLock::new(|| {
    let cues = LOST_CLOSE_CUES.join("|");
    Regex::new(&format!(r"[,.!?]\s+(?:{cues})\b"))
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
    use crate::layout::Layout;

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

/// Corpus figures for the quote spans, run by hand:
/// `BERITA_DUMP=/tmp/quotes.jsonl cargo test --release --lib quotes::corpus -- --ignored`.
#[cfg(test)]
mod corpus {
    use std::io::{BufRead, Write};

    #[test]
    #[ignore = "reads ../shared/corpus, writes $BERITA_DUMP"]
    fn dump_quote_spans() {
        let Ok(dump) = std::env::var("BERITA_DUMP") else {
            return;
        };
        let Ok(dir) = std::fs::read_dir("../shared/corpus") else {
            return;
        };
        let Ok(file) = std::fs::File::create(dump) else {
            return;
        };
        let mut out = std::io::BufWriter::new(file);
        let mut paths: Vec<_> = dir.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths
            .iter()
            .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        {
            let Ok(f) = std::fs::File::open(path) else {
                continue;
            };
            for line in std::io::BufReader::new(f).lines().map_while(Result::ok) {
                let Ok(rec) = serde_json::from_str::<serde_json::Value>(&line) else {
                    continue;
                };
                let text = rec["text"].as_str().unwrap_or_default();
                let article = crate::parse(text);
                let spans: Vec<_> = super::find(text, &article.body)
                    .iter()
                    .map(|m| {
                        let para = article.body.get(m.paragraph).map(|p| p.span);
                        serde_json::json!({
                            "inner": m.inner.slice(text),
                            "open": m.open.slice(text),
                            "close": m.close.and_then(|c| c.slice(text)),
                            "continues": m.continues,
                            "paragraph": m.paragraph,
                            "in_para": para.is_some_and(|p| p.contains(m.inner)),
                            "para_len": para.map(|p| p.len()),
                            "after": text.get(m.inner.end..).map(|s| s.chars().take(40).collect::<String>()),
                            "before": text.get(..m.open.start).map(|s| s.chars().rev().take(40).collect::<Vec<_>>().into_iter().rev().collect::<String>()),
                        })
                    })
                    .collect();
                let row =
                    serde_json::json!({"id": rec["id"], "outlet": rec["outlet"], "marks": spans});
                let _ = writeln!(out, "{row}");
            }
        }
    }
}
