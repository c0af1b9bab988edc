//! The `published` metadata string, in any of the shapes scrapers hand over.
//!
//! Shapes seen in the corpus (one of each; 9,989 non-null values over 14 outlets):
//! `2018-12-13`, `2025-07-02 01:00:55`, `2025/07/02 13:30:42` (ISO, either separator);
//! `Diperbarui 18 Jun 2025, 14:05 WIB`, `Rabu, 18 Jun 2025 07:30 WIB`,
//! `Tayang: Senin, 9 Juni 2025 10:48 WIB`, `10 Juni 2025 |04:01 WIB`,
//! `,\u{a0}Jurnalis-Jum'at, 13 Juni 2025 |15:20 WIB`, `13+December+2018`,
//! `18 Juni 2025 | 20.04 WIB` (day, month name, year, then an optional time);
//! `Kompas.com- 02/07/2025, 10:42 WIB` (day first) and detik's CMS export
//! `10/21/2025 20:43` (month first, no zone). Placeholders (`Tidak Ditemukan`) give `None`.
//!
//! A numeric `a/b/yyyy` is read day first when `a > 12` or when the stamp is Indonesian (a
//! comma after the date or a zone word), and month first when `b > 12` or when the stamp is
//! the bare `a/b/yyyy h:mm` of detik's export (746 of its 906 values have `b > 12`, none has
//! `a > 12`).
//!
//! Each shape has a regex, and a reader by hand that finds the same first match in a stamp
//! of ASCII (once Unicode blanks and dashes, quotes and apostrophes are read as ASCII
//! stand-ins that match the same way): a thousand stamps cost less than the regexes' start-up.
//! A stamp with any other character goes to the regexes, which are built only then.

use std::sync::LazyLock;

use regex::Regex;

use crate::article::{Date, TimeOfDay};
use crate::lexicon::calendar::{self, MONTH_ABBREVIATIONS, MONTHS, PUBLISHED_PLACEHOLDERS};

/// `2025-07-02`, `2025/07/02 13:30:42`, `2025-07-02T01:00:55+07:00`.
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2}))?")
        .unwrap_or_else(|e| unreachable!("ISO pattern: {e}"))
});

/// `18 Jun 2025, 14:05`, `13+December+2018`, `10 Juni 2025 |04:01`, `18 Juni 2025 | 20.04`.
static WRITTEN: LazyLock<Regex> = LazyLock::new(|| {
    let months = calendar::alternation(MONTHS.iter().chain(MONTH_ABBREVIATIONS).map(|(w, _)| *w));
    Regex::new(&format!(
        r"(?i)\b(\d{{1,2}})[\s+\-]+({months})\.?[\s+\-,]+(\d{{4}})\b(?:[\s,|/\-]*(\d{{1,2}})[:.](\d{{2}})\b)?"
    ))
    .unwrap_or_else(|e| unreachable!("written date pattern: {e}"))
});

/// `02/07/2025, 10:42 WIB`, `10/21/2025 20:43`.
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b(,)?(?:\s*(\d{1,2}):(\d{2})(\s*[A-Za-z])?)?")
        .unwrap_or_else(|e| unreachable!("numeric date pattern: {e}"))
});

/// Parses a publication date string: ISO, or any of the Indonesian stamps the corpus shows.
/// Placeholders and strings without a date give `None`.
///
/// ```
/// use berita::parse_published;
/// assert_eq!(parse_published("2022-02-05").unwrap().to_string(), "2022-02-05");
/// assert_eq!(parse_published("Diperbarui 18 Jun 2025, 14:05 WIB").unwrap().to_string(), "2025-06-18");
/// assert_eq!(parse_published("Kompas.com- 02/07/2025, 10:42 WIB").unwrap().to_string(), "2025-07-02");
/// assert_eq!(parse_published("13+December+2018").unwrap().to_string(), "2018-12-13");
/// assert_eq!(parse_published("Tidak Ditemukan"), None);
/// ```
pub fn parse_published(s: &str) -> Option<Date> {
    parse_published_time(s).map(|(date, _)| date)
}

/// Like [`parse_published`], with the time of day when the stamp gives one.
///
/// ```
/// let (date, time) = berita::parse_published_time("Rabu, 18 Jun 2025 07:30 WIB").unwrap();
/// assert_eq!(date.to_string(), "2025-06-18");
/// assert_eq!(time.unwrap().to_string(), "07:30");
/// ```
pub fn parse_published_time(s: &str) -> Option<(Date, Option<TimeOfDay>)> {
    let s = s.trim();
    if is_placeholder(s) {
        return None;
    }
    match ascii_view(s) {
        Some(view) => {
            let b = view.as_bytes();
            iso(read_iso(b))
                .or_else(|| written(read_written(b)))
                .or_else(|| numeric(read_numeric(b)))
        }
        None => by_regexes(s),
    }
}

/// The date and time of a (trimmed) stamp as the regexes read it.
fn by_regexes(s: &str) -> Option<(Date, Option<TimeOfDay>)> {
    iso(groups(&ISO, s))
        .or_else(|| written(groups(&WRITTEN, s)))
        .or_else(|| numeric(groups(&NUMERIC, s)))
}

/// The numbered groups of a shape's first match (group 0 is left empty), as text.
type Groups<'s> = Option<[Option<&'s [u8]>; 8]>;

/// The groups of `regex`'s first match in `s`.
fn groups<'s>(regex: &Regex, s: &'s str) -> Groups<'s> {
    let c = regex.captures(s)?;
    let mut groups = [None; 8];
    for (i, slot) in groups.iter_mut().enumerate().skip(1) {
        *slot = c.get(i).map(|m| m.as_str().as_bytes());
    }
    Some(groups)
}

/// `s` in ASCII for the readers: Unicode white space becomes a space, a dash, quote or
/// apostrophe becomes `\x01` (a byte that, like them, is neither a word byte, a blank nor
/// any byte a shape names). `None` when `s` holds any other non-ASCII character.
fn ascii_view(s: &str) -> Option<std::borrow::Cow<'_, str>> {
    if s.is_ascii() {
        return Some(std::borrow::Cow::Borrowed(s));
    }
    s.chars()
        .map(|c| match c {
            c if c.is_ascii() => Some(c),
            c if c.is_whitespace() => Some(' '),
            '\u{2013}' | '\u{2014}' | '\u{2018}' | '\u{2019}' | '\u{201C}' | '\u{201D}' => {
                Some('\x01')
            }
            _ => None,
        })
        .collect::<Option<String>>()
        .map(std::borrow::Cow::Owned)
}

/// Whether the scraper wrote a "no date" placeholder.
fn is_placeholder(s: &str) -> bool {
    s.is_empty()
        || PUBLISHED_PLACEHOLDERS
            .iter()
            .any(|p| p.eq_ignore_ascii_case(s))
}

/// The date and time of an [`ISO`] match.
fn iso(c: Groups<'_>) -> Option<(Date, Option<TimeOfDay>)> {
    let c = c?;
    let date = Date::new(num(c[1])?, num(c[2])?, num(c[3])?)?;
    Some((date, time_of(num(c[4]), num(c[5]))))
}

/// The date and time of a [`WRITTEN`] match.
fn written(c: Groups<'_>) -> Option<(Date, Option<TimeOfDay>)> {
    let c = c?;
    let month = calendar::month_number(std::str::from_utf8(c[2]?).ok()?)?;
    let date = Date::new(num(c[3])?, month, num(c[1])?)?;
    Some((date, time_of(num(c[4]), num(c[5]))))
}

/// The date and time of a [`NUMERIC`] match, day or month first.
fn numeric(c: Groups<'_>) -> Option<(Date, Option<TimeOfDay>)> {
    let c = c?;
    let (a, b): (u8, u8) = (num(c[1])?, num(c[2])?);
    let year = num(c[3])?;
    let indonesian_stamp = c[4].is_some() || c[7].is_some();
    let month_first = b > 12 || (a <= 12 && !indonesian_stamp && c[5].is_some());
    let (day, month) = if month_first { (b, a) } else { (a, b) };
    let date = Date::new(year, month, day)?;
    Some((date, time_of(num(c[5]), num(c[6]))))
}

/// A number from an optional group.
fn num<T: std::str::FromStr>(m: Option<&[u8]>) -> Option<T> {
    std::str::from_utf8(m?).ok()?.parse().ok()
}

/// [`ISO`]'s first match in `b` (ASCII), read by hand.
fn read_iso(b: &[u8]) -> Groups<'_> {
    (0..b.len()).find_map(|at| {
        if !starts_word(b, at) || digits(b, at) < 4 || !matches!(b.get(at + 4), Some(b'-' | b'/')) {
            return None;
        }
        let year = b.get(at..at + 4);
        let (month, after_month) = number_before(b, at + 5, |c| matches!(c, b'-' | b'/'))?;
        let day_len = digits(b, after_month + 1).min(2);
        let day_end = after_month + 1 + day_len;
        let day = b.get(after_month + 1..day_end).filter(|_| day_len > 0)?;
        let gap = b.get(day_end..).map_or(0, |r| {
            r.iter()
                .take_while(|c| **c == b'T' || is_blank(**c))
                .count()
        });
        let time = if gap > 0 {
            clock(b, day_end + gap)
        } else {
            None
        };
        Some([
            None,
            year,
            Some(month),
            Some(day),
            time.map(|t| t.hour),
            time.map(|t| t.minute),
            None,
            None,
        ])
    })
}

/// [`WRITTEN`]'s first match in `b` (ASCII), read by hand.
fn read_written(b: &[u8]) -> Groups<'_> {
    (0..b.len()).find_map(|at| {
        if !starts_word(b, at) {
            return None;
        }
        let day_len = digits(b, at);
        let day = b
            .get(at..at + day_len)
            .filter(|_| (1..=2).contains(&day_len))?;
        let month_at = run_end(b, at + day_len, |c| is_blank(c) || c == b'+' || c == b'-');
        if month_at == at + day_len {
            return None;
        }
        WRITTEN_MONTHS.iter().find_map(|name| {
            let month = b
                .get(month_at..month_at + name.len())
                .filter(|w| w.eq_ignore_ascii_case(name.as_bytes()))?;
            let mut year_at = month_at + name.len();
            if b.get(year_at) == Some(&b'.') {
                year_at += 1;
            }
            let after_dot = year_at;
            year_at = run_end(b, year_at, |c| {
                is_blank(c) || matches!(c, b'+' | b'-' | b',')
            });
            if year_at == after_dot || digits(b, year_at) != 4 || !ends_word(b, year_at + 4) {
                return None;
            }
            let year = b.get(year_at..year_at + 4);
            let time_at = run_end(b, year_at + 4, |c| {
                is_blank(c) || matches!(c, b',' | b'|' | b'/' | b'-')
            });
            let time = clock_at_word_end(b, time_at);
            Some([
                None,
                Some(day),
                Some(month),
                year,
                time.map(|t| t.hour),
                time.map(|t| t.minute),
                None,
                None,
            ])
        })
    })
}

/// [`NUMERIC`]'s first match in `b` (ASCII), read by hand.
fn read_numeric(b: &[u8]) -> Groups<'_> {
    (0..b.len()).find_map(|at| {
        if !starts_word(b, at) {
            return None;
        }
        let (first, after_first) = number_before(b, at, |c| c == b'/')?;
        let (second, after_second) = number_before(b, after_first + 1, |c| c == b'/')?;
        let year_at = after_second + 1;
        if digits(b, year_at) != 4 || !ends_word(b, year_at + 4) {
            return None;
        }
        let year = b.get(year_at..year_at + 4);
        let mut end = year_at + 4;
        let comma = b.get(end..end + 1).filter(|c| *c == b",");
        end += comma.map_or(0, <[u8]>::len);
        let time_at = run_end(b, end, is_blank);
        let time = clock(b, time_at);
        let zone = time.and_then(|t| {
            let letter_at = run_end(b, t.end, is_blank);
            b.get(t.end..=letter_at)
                .filter(|_| b.get(letter_at).is_some_and(u8::is_ascii_alphabetic))
        });
        Some([
            None,
            Some(first),
            Some(second),
            year,
            comma,
            time.map(|t| t.hour),
            time.map(|t| t.minute),
            zone,
        ])
    })
}

/// A time read by hand: `h:mm` or `hh:mm`, and where it ends.
#[derive(Clone, Copy)]
struct Clock<'s> {
    /// The hour's digits.
    hour: &'s [u8],
    /// The minute's two digits.
    minute: &'s [u8],
    /// Where the minutes end.
    end: usize,
}

/// `\d{1,2}:\d{2}` at byte `at` (two hour digits when they fit, else one).
fn clock(b: &[u8], at: usize) -> Option<Clock<'_>> {
    clock_with(b, at, |c| c == b':', |_| true)
}

/// `\d{1,2}[:.]\d{2}\b` at byte `at`.
fn clock_at_word_end(b: &[u8], at: usize) -> Option<Clock<'_>> {
    clock_with(b, at, |c| matches!(c, b':' | b'.'), |end| ends_word(b, end))
}

/// An hour of one or two digits (two first), a separator, two minute digits and an end
/// that `ends` accepts, at byte `at`.
fn clock_with(
    b: &[u8],
    at: usize,
    separator: impl Fn(u8) -> bool,
    ends: impl Fn(usize) -> bool,
) -> Option<Clock<'_>> {
    let available = digits(b, at).min(2);
    (1..=available).rev().find_map(|hour_len| {
        let minute_at = at + hour_len + 1;
        let fits = b.get(at + hour_len).is_some_and(|c| separator(*c))
            && b.get(minute_at..minute_at + 2)
                .is_some_and(|m| m.iter().all(u8::is_ascii_digit))
            && ends(minute_at + 2);
        fits.then(|| Clock {
            hour: b.get(at..at + hour_len).unwrap_or_default(),
            minute: b.get(minute_at..minute_at + 2).unwrap_or_default(),
            end: minute_at + 2,
        })
    })
}

/// A number of one or two digits at byte `at` followed by a byte that `next` accepts:
/// the number and where it ends.
fn number_before(b: &[u8], at: usize, next: impl Fn(u8) -> bool) -> Option<(&[u8], usize)> {
    let available = digits(b, at).min(2);
    (1..=available)
        .rev()
        .find(|len| b.get(at + len).is_some_and(|c| next(*c)))
        .and_then(|len| Some((b.get(at..at + len)?, at + len)))
}

/// The month spellings as [`WRITTEN`] tries them: longest first.
static WRITTEN_MONTHS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut names: Vec<&str> = MONTHS
        .iter()
        .chain(MONTH_ABBREVIATIONS)
        .map(|(w, _)| *w)
        .collect();
    names.sort_by_key(|w| std::cmp::Reverse(w.len()));
    names
});

/// How many ASCII digits start at byte `at`.
fn digits(b: &[u8], at: usize) -> usize {
    run_end(b, at, |c| c.is_ascii_digit()) - at
}

/// Where the run of bytes that `keep` accepts from byte `at` ends.
fn run_end(b: &[u8], at: usize, keep: impl Fn(u8) -> bool) -> usize {
    at + b
        .get(at..)
        .map_or(0, |r| r.iter().take_while(|c| keep(**c)).count())
}

/// Whether `\b` stands before a word byte at `at` (no word byte before it).
fn starts_word(b: &[u8], at: usize) -> bool {
    b.get(at).is_some_and(|c| is_word(*c))
        && (at == 0 || !b.get(at - 1).is_some_and(|c| is_word(*c)))
}

/// Whether `\b` stands after a word byte ending at `at` (no word byte at `at`).
fn ends_word(b: &[u8], at: usize) -> bool {
    !b.get(at).is_some_and(|c| is_word(*c))
}

/// An ASCII word byte (`\w`).
fn is_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// ASCII white space as `\s` has it.
fn is_blank(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// A valid time of day from hour and minute, if both are there.
pub(crate) fn time_of(hour: Option<u8>, minute: Option<u8>) -> Option<TimeOfDay> {
    let (hour, minute) = (hour?, minute?);
    TimeOfDay::new(hour, minute)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso_of(s: &str) -> Option<String> {
        parse_published(s).map(|d| d.to_string())
    }

    #[test]
    fn every_corpus_shape_parses() {
        let cases = [
            ("2018-12-13", "2018-12-13"),
            ("2025-07-02 01:00:55", "2025-07-02"),
            ("2025/07/02 13:30:42", "2025-07-02"),
            ("2025-07-02T01:00:55+07:00", "2025-07-02"),
            ("Diperbarui 18 Jun 2025, 14:05 WIB", "2025-06-18"),
            ("Rabu, 18 Jun 2025 07:30 WIB", "2025-06-18"),
            ("Tayang: Senin, 9 Juni 2025 10:48 WIB", "2025-06-09"),
            ("10 Juni 2025 |04:01 WIB", "2025-06-10"),
            ("Kompas.com- 02/07/2025, 10:42 WIB", "2025-07-02"),
            ("Kompas.com - 10/06/2025, 21:23 WIB 21:23", "2025-06-10"),
            ("Kompas.com- Diperbarui 19/06/2025, 10:25 WIB", "2025-06-19"),
            (
                ",\u{a0}Jurnalis-Jum'at, 13 Juni 2025 |15:20 WIB",
                "2025-06-13",
            ),
            ("13+December+2018", "2018-12-13"),
            ("06 Jun 2025 21:02", "2025-06-06"),
            ("10/21/2025 20:43", "2025-10-21"),
            ("9/5/2025 21:15", "2025-09-05"),
            ("8/1/2025 9:39", "2025-08-01"),
            ("Selasa, 10 Juni 2025 - 07:00 WIB", "2025-06-10"),
            ("Kamis, 23 Okt 2025 21:41 WIB", "2025-10-23"),
            ("18 Juni 2025 | 20.04 WIB", "2025-06-18"),
            ("Selasa, 29 Januari 2019 / 20:44 WIB", "2019-01-29"),
            ("Sabtu, 24 Mei  2025 16:40 WIB 16:40", "2025-05-24"),
            ("Rabu   18 Jun 2025  22:02 WIB", "2025-06-18"),
            ("Selasa, 3 Juni 2025-  13:35 WIB", "2025-06-03"),
            ("Selasa, 10 Jun 2025 - 21:48 WIB_x0000_", "2025-06-10"),
            ("Jum'at, 06 Juni 2025 - 20:25 WIB", "2025-06-06"),
            ("Kamis   19 Jun 2025  10:13 WIB", "2025-06-19"),
        ];
        for (input, want) in cases {
            assert_eq!(iso_of(input).as_deref(), Some(want), "{input:?}");
        }
    }

    #[test]
    fn placeholders_and_junk_give_none() {
        for s in [
            "Tidak Ditemukan",
            "Tidak ditemukan",
            "",
            "  ",
            "-",
            "kemarin",
            "31/02/2025, 10:00 WIB",
            "99 Juni 2025",
            "2025-13-01",
        ] {
            assert_eq!(parse_published(s), None, "{s:?}");
        }
    }

    #[test]
    fn a_time_past_the_end_of_the_day_is_not_read() {
        let time = |s| {
            parse_published_time(s)
                .and_then(|(_, t)| t)
                .map(|t| t.to_string())
        };
        assert_eq!(time("10 Juni 2025 - 24:55 WIB"), None);
        assert_eq!(time("10 Juni 2025 - 24:00 WIB").as_deref(), Some("24:00"));
        assert_eq!(time("10 Juni 2025 - 23:59 WIB").as_deref(), Some("23:59"));
    }

    #[test]
    fn the_readers_find_what_the_regexes_find() {
        let stamps = [
            "2025-07-02T01:00:55+07:00",
            "x2025-07-02 1:00",
            "12025-07-02",
            "2025-123-4 10:00",
            "2025/7/023 T 9:30",
            "Rabu, 18 Jun 2025 07:30 WIB",
            "18 Jun. 2025, 14:05",
            "18 Jun.2025",
            "1 Sept 2025 |12:305",
            "9 Mart 2025 1 Maret 2025 | 20.04",
            "123 Juni 2025 4 Juni 20255 5 juni 2025",
            "13+December+2018",
            "Kompas.com- 02/07/2025, 10:42 WIB",
            "10/21/2025 20:43",
            "1/2/3/2025 4/5/2025,9:39x",
            "99/99/2025 1:2",
            "05/06/2025_ 06/07/2025",
            "Selasa, 10 Jun 2025 - 21:48 WIB_x0000_",
        ];
        for s in stamps {
            let b = s.as_bytes();
            assert_eq!(read_iso(b), groups(&ISO, s), "{s:?}");
            assert_eq!(read_written(b), groups(&WRITTEN, s), "{s:?}");
            assert_eq!(read_numeric(b), groups(&NUMERIC, s), "{s:?}");
        }
    }

    #[test]
    fn unicode_blanks_and_dashes_read_as_ascii() {
        let s = ",\u{a0}Jurnalis-Jum\u{2019}at, 13\u{a0}Juni 2025 \u{2013}15:20 WIB";
        assert_eq!(parse_published_time(s), by_regexes(s.trim()));
        assert_eq!(ascii_view("13\u{212A}"), None);
    }

    proptest::proptest! {
        /// Any stamp of date-like pieces: the readers find what the regexes find.
        #[test]
        fn readers_agree_with_the_regexes(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "2025", "20255", "-", "/", "07", "7", "12", "31", "123", " ", "  ", "T", ":",
                    "30", "1", "Juni", "jun", "JUNI", "Sept", "Sep", "Mart", ".", ",", "|", "+",
                    "WIB", "x", "_", "\u{a0}", "\u{2013}", "\u{2019}", "\u{212A}", "\u{661}",
                    "é", "Rabu", "20:43", "9:39", "10.42",
                ]),
                0..16,
            ),
        ) {
            let s: String = pieces.concat();
            let t = s.trim();
            if !is_placeholder(t) {
                proptest::prop_assert_eq!(parse_published_time(&s), by_regexes(t));
            }
            if let Some(view) = ascii_view(&s) {
                let b = view.as_bytes();
                proptest::prop_assert_eq!(read_iso(b), groups(&ISO, &view));
                proptest::prop_assert_eq!(read_written(b), groups(&WRITTEN, &view));
                proptest::prop_assert_eq!(read_numeric(b), groups(&NUMERIC, &view));
            }
        }
    }

    #[test]
    fn the_time_comes_with_it() {
        let (_, t) = parse_published_time("18 Juni 2025 | 20.04 WIB").unwrap();
        assert_eq!(
            t,
            Some(TimeOfDay {
                hour: 20,
                minute: 4
            })
        );
        let (_, t) = parse_published_time("13+December+2018").unwrap();
        assert_eq!(t, None);
        let (_, t) = parse_published_time("10/21/2025 9:00").unwrap();
        assert_eq!(t, Some(TimeOfDay { hour: 9, minute: 0 }));
    }

    #[test]
    fn day_first_when_the_stamp_is_indonesian() {
        assert_eq!(
            iso_of("05/06/2025, 10:00 WIB").as_deref(),
            Some("2025-06-05")
        );
        assert_eq!(iso_of("05/06/2025").as_deref(), Some("2025-06-05"));
        assert_eq!(iso_of("25/06/2025 10:00").as_deref(), Some("2025-06-25"));
    }
}
