//! A sentence splitter that knows Indonesian abbreviations (`Prof.`, `H.`, `No.`, `Jl.`,
//! `dkk.`, `S.H.`, `M.Si.`) and never ends a sentence inside a quotation, so that spans end
//! where sentences do.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with any closing marks and brackets after it) when
//! a blank and a sentence opener (a capital, a digit, an opening mark) follow, or when a
//! scraper glued two sentences (`transparan.Menurut`).

use crate::article::Span;
use crate::lexicon::abbreviations::{ABBREVIATIONS, LIST_ENDINGS};
use crate::lexicon::in_list;
use crate::text::is_blank;

/// A quotation inside the text being split: no sentence ends inside `inner`; one may end
/// right after its closing mark, which ends at `after`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Shield {
    /// The quoted words.
    pub inner: Span,
    /// One past the closing mark (or `inner.end` when the quote is open).
    pub after: usize,
}

/// The sentences of `span` in `text`, as [`split_into`] gives them.
#[cfg(test)]
pub(crate) fn split(text: &str, span: Span, shields: &[Shield]) -> Vec<Span> {
    let mut out = Vec::new();
    split_into(text, span, shields, &mut out);
    out
}

/// Puts the sentences of `span` in `text` in `out` (emptied first, so one buffer serves every
/// paragraph), trimmed of blanks, in order. `shields` (sorted by start) are quotations no
/// sentence may end inside.
pub(crate) fn split_into(text: &str, span: Span, shields: &[Shield], out: &mut Vec<Span>) {
    out.clear();
    let Some(slice) = span.slice(text) else {
        return;
    };
    let mut start = span.start;
    let mut shield_at = 0;
    let mut from = 0;
    let mut terminals = Terminals::new(slice);
    while let Some((i, c)) = terminals.next_from(from) {
        let pos = span.start + i;
        from = i + c.len_utf8();
        while shields
            .get(shield_at)
            .is_some_and(|s| s.after.max(s.inner.end) <= pos)
        {
            shield_at += 1;
        }
        let mut end = pos + c.len_utf8();
        if let Some(s) = shields.get(shield_at).filter(|s| s.inner.start <= pos) {
            if end < s.inner.end {
                continue;
            }
            end = s.after.max(end);
        }
        // Closing marks, brackets and further terminals belong to this sentence, up to the
        // opening mark of a quote glued after it (`pihak pemohon."Saya padahal`).
        let limit = next_opening_mark(text, shields.get(shield_at..).unwrap_or_default(), end)
            .unwrap_or(span.end);
        let rest = text.get(end..limit.min(span.end)).unwrap_or("");
        end += rest
            .char_indices()
            .find(|&(_, ch)| !is_closer(ch) && !is_terminal(ch))
            .map_or(rest.len(), |(j, _)| j);
        if c == '.' && ends_abbreviation(text, span.start, pos) {
            continue;
        }
        if !opens_sentence(text, pos, end, span.end) {
            continue;
        }
        push_trimmed(text, Span::new(start, end), out);
        start = end;
        from = from.max(end - span.start);
    }
    push_trimmed(text, Span::new(start, span.end), out);
}

/// The terminals ([`is_terminal`]) of a text, found in order without decoding it: the next
/// `.`, `!` or `?` by `memchr`, unless a `…` (found by its lead byte) comes before it. The
/// next stop is remembered, so each byte is read once however many `…` come before it.
struct Terminals<'t> {
    bytes: &'t [u8],
    /// The next `.`, `!` or `?` at or after the last search, once looked for (`Some(None)`
    /// when there is none).
    stop: Option<Option<usize>>,
}

impl<'t> Terminals<'t> {
    fn new(s: &'t str) -> Terminals<'t> {
        Terminals {
            bytes: s.as_bytes(),
            stop: None,
        }
    }

    /// The first terminal at or after byte `from`, and where it is (`from` never goes back).
    fn next_from(&mut self, from: usize) -> Option<(usize, char)> {
        let stop = match self.stop {
            Some(known) if known.is_none_or(|k| k >= from) => known,
            _ => {
                let found = self
                    .bytes
                    .get(from..)
                    .and_then(|rest| memchr::memchr3(b'.', b'!', b'?', rest))
                    .map(|k| from + k);
                self.stop = Some(found);
                found
            }
        };
        let before_stop = self.bytes.get(from..stop.unwrap_or(self.bytes.len()))?;
        let ellipsis = "…".as_bytes();
        let mut at = 0;
        while let Some(k) = before_stop.get(at..).and_then(|r| memchr::memchr(0xE2, r)) {
            let k = at + k;
            if before_stop
                .get(k..)
                .is_some_and(|r| r.starts_with(ellipsis))
            {
                return Some((from + k, '…'));
            }
            at = k + 1;
        }
        let k = stop?;
        Some((k, char::from(*self.bytes.get(k)?)))
    }
}

/// Where the opening mark of the first quote in `shields` (sorted) that opens at or after
/// `from` starts: the mark is the character right before the quoted words. A straight `"`
/// glued after a stop may open the next sentence's quote (CNBC writes `pemohon."Saya`: 25
/// times in its corpus file, 478 times over the corpus after a lower-case word).
fn next_opening_mark(text: &str, shields: &[Shield], from: usize) -> Option<usize> {
    let quote = shields.iter().find(|s| s.inner.start > from)?;
    let mark = text.get(..quote.inner.start)?.chars().next_back()?;
    let start = quote.inner.start - mark.len_utf8();
    (start >= from).then_some(start)
}

/// `.`, `!`, `?`, `…`.
fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Closing quotation marks and brackets that may follow a sentence's final stop.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»')
}

/// Whether what follows `end` starts a new sentence: blanks then an opener, or (glued text) a
/// capital then a lower-case letter right after a lower-case word.
fn opens_sentence(text: &str, stop: usize, end: usize, limit: usize) -> bool {
    let rest = text.get(end..limit).unwrap_or("");
    // A scraper's entity is a blank (`kuburuan.&nbsp;Padahal`, Tempo).
    let spaced = rest.strip_prefix("&nbsp;");
    let trimmed = spaced.unwrap_or(rest).trim_start_matches(is_blank);
    let Some(next) = trimmed.chars().next() else {
        return true;
    };
    if spaced.is_some() || trimmed.len() < rest.len() {
        return next.is_uppercase()
            || next.is_ascii_digit()
            || matches!(
                next,
                '"' | '“' | '„' | '«' | '(' | '[' | '\'' | '‘' | '&' | '-' | '•'
            );
    }
    // Glued to an opening mark: `tiga tahun.“Saat CHT naik`.
    let mut after_mark = trimmed.chars();
    if matches!(after_mark.next(), Some('"' | '“' | '„' | '«'))
        && after_mark.next().is_some_and(char::is_uppercase)
        && end == stop + 1
    {
        return true;
    }
    // Glued: `transparan.Menurut`, but not `Liputan6.com` or `1.000`.
    let before_lower = text
        .get(..stop)
        .unwrap_or("")
        .chars()
        .rev()
        .take(2)
        .all(char::is_lowercase);
    // `Jakarta, Kamis (13/12/2018).Gati menjelaskan`: a date bracket closed the sentence;
    // `sepanjang 2018.Kurs Referensi`: a year did.
    let before = text.get(..stop).unwrap_or("");
    let after_bracket = before.ends_with(')');
    let after_year = before.len() >= 4
        && before
            .get(before.len() - 4..)
            .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()));
    let mut it = trimmed.chars();
    let glued = next.is_uppercase() && it.nth(1).is_some_and(char::is_lowercase);
    (before_lower || after_bracket || after_year || after_acronym(before, trimmed))
        && glued
        && end == stop + 1
        || before_lower && glued_acronym(trimmed) && end == stop + 1
}

/// Whether `before` (the text up to a stop) ends with an acronym and `rest` (after the stop)
/// is no domain ending: a scraper glued a sentence after it (`berbasis CPO.Ahli Derivatif`,
/// `2x1000 MW.Wakil Presiden`, `pukul 22.00 WIB.Sweeping`): over the corpus an acronym, a
/// stop and a capitalised word of three letters or more are written 156 times, all but a
/// bracketed club name (`PB.Exist`) sentence ends.
fn after_acronym(before: &str, rest: &str) -> bool {
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let capitals = word.chars().filter(char::is_ascii_uppercase).count();
    let next = first_word(rest);
    capitals >= 2
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && next.chars().count() >= 3
        && !is_domain_ending(next)
}

/// Domain endings written in capitals after a dot (`Grid.ID`, `Kompas.TV`): no sentence.
const DOMAIN_ENDINGS: &[&str] = &["ID", "TV", "COM", "CO", "NET", "ORG"];

/// Whether `word` is one of [`DOMAIN_ENDINGS`], in any case (`DETIK.Com`).
fn is_domain_ending(word: &str) -> bool {
    DOMAIN_ENDINGS.iter().any(|d| d.eq_ignore_ascii_case(word))
}

/// The run of letters and digits that opens `rest`.
fn first_word(rest: &str) -> &str {
    rest.split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
}

/// Whether `rest` opens with an acronym a scraper glued after a sentence's stop
/// (`ke Indonesia.CEO Upbit mengatakan`, `yang berlaku.OJK juga meminta`: 117 times in the
/// corpus after a lower-case word, all but the domains sentence starts).
fn glued_acronym(rest: &str) -> bool {
    let word = first_word(rest);
    let capitals = word.chars().take_while(char::is_ascii_uppercase).count();
    capitals >= 2 && !is_domain_ending(word)
}

/// Whether the `.` at `dot` ends an abbreviation or an initial (`Prof.`, `S.H.`, `A.`).
fn ends_abbreviation(text: &str, floor: usize, dot: usize) -> bool {
    let before = text.get(floor..dot).unwrap_or("");
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, ch)| is_blank(ch) || matches!(ch, '(' | '"' | '“' | ',' | '/'))
        .map_or(0, |(j, ch)| j + ch.len_utf8());
    let word = before.get(word_start..).unwrap_or("");
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    let single_capital = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    !in_list!(LIST_ENDINGS, word) && (single_capital || in_list!(ABBREVIATIONS, word))
}

/// Pushes `span` without its leading and trailing blanks, unless nothing is left.
fn push_trimmed(text: &str, span: Span, out: &mut Vec<Span>) {
    let Some(s) = span.slice(text) else {
        return;
    };
    let lead = s.len() - s.trim_start_matches(is_blank).len();
    let trail = s.len() - s.trim_end_matches(is_blank).len();
    let trimmed = Span::new(span.start + lead, span.end.saturating_sub(trail));
    if !trimmed.is_empty() {
        out.push(trimmed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, Span::new(0, text.len()), &[])
            .into_iter()
            .filter_map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn splits_at_stops_before_capitals() {
        assert_eq!(
            sentences("Hujan turun. Warga mengungsi! Kapan reda? Belum tahu."),
            vec![
                "Hujan turun.",
                "Warga mengungsi!",
                "Kapan reda?",
                "Belum tahu."
            ]
        );
    }

    #[test]
    fn keeps_abbreviations_and_initials() {
        let text =
            "Prof. Dr. H. Budi Santoso, S.H., M.Si. tinggal di Jl. Mawar No. 5 dkk. menulis.";
        assert_eq!(sentences(text).len(), 1);
        assert_eq!(sentences("Ada sayur, buah dll. Harga naik.").len(), 2);
        assert_eq!(sentences("Kata Mohammad S. Hidayat kemarin. Ya.").len(), 2);
    }

    #[test]
    fn a_sentence_glued_before_an_acronym_splits() {
        assert_eq!(
            sentences("Upbit resmi masuk ke Indonesia.CEO Upbit mengatakan pasar besar.").len(),
            2
        );
        assert_eq!(
            sentences("Hal itu dikutip dari Grid.ID pada Senin pagi.").len(),
            1
        );
    }

    #[test]
    fn a_place_ending_in_kota_ends_its_sentence() {
        assert_eq!(
            sentences("Ia lalu meninggalkan Balai Kota. Andi menyebut rapat itu lancar.").len(),
            2
        );
    }

    #[test]
    fn numbers_and_domains_do_not_split() {
        assert_eq!(
            sentences("Harga Rp 1.000 per kilo di Kompas.com hari ini.").len(),
            1
        );
    }

    #[test]
    fn glued_sentences_split() {
        assert_eq!(
            sentences("Ia datang sore tadi.Menurut warga, hujan deras."),
            vec!["Ia datang sore tadi.", "Menurut warga, hujan deras."]
        );
    }

    #[test]
    fn a_sentence_glued_after_a_year_or_an_entity_splits() {
        assert_eq!(
            sentences("Ekonomi tumbuh 5% sepanjang 2018.Kurs rupiah menguat."),
            vec!["Ekonomi tumbuh 5% sepanjang 2018.", "Kurs rupiah menguat."]
        );
        assert_eq!(
            sentences("Harga naik.&nbsp;Padahal stok aman."),
            vec!["Harga naik.", "&nbsp;Padahal stok aman."]
        );
        // A thousands separator is no stop.
        assert_eq!(
            sentences("Harga Rp 1.000.Murah."),
            vec!["Harga Rp 1.000.Murah."]
        );
    }

    #[test]
    fn a_sentence_glued_after_a_date_bracket_splits() {
        assert_eq!(
            sentences("Ia berbicara di Jakarta, Kamis (13/12/2018).Gati menjelaskan hal itu."),
            vec![
                "Ia berbicara di Jakarta, Kamis (13/12/2018).",
                "Gati menjelaskan hal itu."
            ]
        );
        // No split inside a bracketed abbreviation or before a lower-case word.
        assert_eq!(
            sentences("Harga naik (lihat tabel).dan turun lagi."),
            vec!["Harga naik (lihat tabel).dan turun lagi."]
        );
    }

    #[test]
    fn glued_opening_mark_starts_a_sentence() {
        assert_eq!(
            sentences("Ia menolak.\u{201C}Saat harga naik, kami rugi.\u{201D}"),
            vec!["Ia menolak.", "\u{201C}Saat harga naik, kami rugi.\u{201D}"]
        );
    }

    #[test]
    fn closing_marks_stay_with_their_sentence() {
        let text = "\"Kami siap.\" Budi tersenyum.";
        let inner = Span::new(1, 11);
        let shields = [Shield { inner, after: 12 }];
        let got: Vec<_> = split(text, Span::new(0, text.len()), &shields)
            .into_iter()
            .filter_map(|s| s.slice(text))
            .collect();
        assert_eq!(got, vec!["\"Kami siap.\"", "Budi tersenyum."]);
    }

    #[test]
    fn a_sentence_glued_after_an_acronym_splits() {
        assert_eq!(
            sentences("Harga naik karena permintaan CPO.Ahli ekonomi Budi Santoso menilai wajar."),
            vec![
                "Harga naik karena permintaan CPO.",
                "Ahli ekonomi Budi Santoso menilai wajar."
            ]
        );
        // A domain written in capitals is no sentence end.
        assert_eq!(sentences("Dikutip dari DETIK.Com hari ini.").len(), 1);
    }

    /// The sentences of `text` with one quote shielded (its inner span, where it closes).
    fn split_with_quote(text: &str, inner: Span, after: usize) -> Vec<&str> {
        let shields = [Shield { inner, after }];
        split(text, Span::new(0, text.len()), &shields)
            .into_iter()
            .filter_map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn a_straight_mark_glued_after_a_stop_opens_the_next_quote() {
        let text = "Putusan dibacakan tanpa pemohon.\"Kami menunggu,\" ujar Benny.";
        let got = split_with_quote(text, Span::new(33, 47), 48);
        assert_eq!(
            got,
            vec![
                "Putusan dibacakan tanpa pemohon.",
                "\"Kami menunggu,\" ujar Benny."
            ]
        );
    }

    #[test]
    fn no_boundary_inside_a_quote() {
        let text = "\"Kami siap. Kami datang,\" kata Budi. Lalu pulang.";
        let got = split_with_quote(text, Span::new(1, 24), 25);
        assert_eq!(
            got,
            vec!["\"Kami siap. Kami datang,\" kata Budi.", "Lalu pulang."]
        );
    }

    #[test]
    fn many_ellipses_before_a_stop_stay_linear() {
        let text = format!("{}.", "a\u{2026} ".repeat(200_000));
        assert_eq!(sentences(&text).len(), 1);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in ["", ".", "é.É", "...", "a.\u{200B}B", "\"", "A. "] {
            let _ = split(t, Span::new(0, t.len()), &[]);
            let _ = split(t, Span::new(5, 1), &[]);
        }
    }
}
