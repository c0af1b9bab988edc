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
    iso(s).or_else(|| written(s)).or_else(|| numeric(s))
}

/// Whether the scraper wrote a "no date" placeholder.
fn is_placeholder(s: &str) -> bool {
    s.is_empty()
        || PUBLISHED_PLACEHOLDERS
            .iter()
            .any(|p| p.eq_ignore_ascii_case(s))
}

fn iso(s: &str) -> Option<(Date, Option<TimeOfDay>)> {
    let c = ISO.captures(s)?;
    let date = Date::new(num(c.get(1))?, num(c.get(2))?, num(c.get(3))?)?;
    Some((date, time_of(num(c.get(4)), num(c.get(5)))))
}

fn written(s: &str) -> Option<(Date, Option<TimeOfDay>)> {
    let c = WRITTEN.captures(s)?;
    let month = calendar::month_number(c.get(2)?.as_str())?;
    let date = Date::new(num(c.get(3))?, month, num(c.get(1))?)?;
    Some((date, time_of(num(c.get(4)), num(c.get(5)))))
}

fn numeric(s: &str) -> Option<(Date, Option<TimeOfDay>)> {
    let c = NUMERIC.captures(s)?;
    let (a, b): (u8, u8) = (num(c.get(1))?, num(c.get(2))?);
    let year = num(c.get(3))?;
    let indonesian_stamp = c.get(4).is_some() || c.get(7).is_some();
    let month_first = b > 12 || (a <= 12 && !indonesian_stamp && c.get(5).is_some());
    let (day, month) = if month_first { (b, a) } else { (a, b) };
    let date = Date::new(year, month, day)?;
    Some((date, time_of(num(c.get(5)), num(c.get(6)))))
}

/// A number from an optional capture group.
fn num<T: std::str::FromStr>(m: Option<regex::Match<'_>>) -> Option<T> {
    m?.as_str().parse().ok()
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
