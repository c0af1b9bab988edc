//! Calendar words: month names, weekdays, parts of the day, time zones and the words of
//! relative dates (`kemarin`, `pekan lalu`), as the corpus writes them.
//!
//! Matching is case-insensitive unless a finder says otherwise; the longest spelling of a
//! word is listed first so that a regex alternation built from a list prefers it.

/// Month names and their number: Indonesian names in the current spelling, the older ones
/// still used by some desks (`Pebruari`, `Nopember`), and the English names that syndicated
/// copy and some metadata (`13+December+2018`) carry.
pub(crate) const MONTHS: &[(&str, u8)] = &[
    // Current Indonesian names.
    ("Januari", 1),
    ("Februari", 2),
    ("Maret", 3),
    ("April", 4),
    ("Mei", 5),
    ("Juni", 6),
    ("Juli", 7),
    ("Agustus", 8),
    ("September", 9),
    ("Oktober", 10),
    ("November", 11),
    ("Desember", 12),
    // Older spellings (Pebruari, Nopember) still seen on regional desks.
    ("Pebruari", 2),
    ("Nopember", 11),
    // English names: wire copy and metadata.
    ("January", 1),
    ("February", 2),
    ("March", 3),
    ("May", 5),
    ("June", 6),
    ("July", 7),
    ("August", 8),
    ("October", 10),
    ("December", 12),
];

/// Month abbreviations of CMS stamps and tables (`18 Jun 2025`, `22 - 26 Jul 2025`) and of
/// older desks (`Peb`, `Mrt`, `Agt`, `Ags`, `Nop`). Matched in text only as written
/// (capitalised), since `mar`, `des`, `sep` are common lower-case fragments.
pub(crate) const MONTH_ABBREVIATIONS: &[(&str, u8)] = &[
    ("Sept", 9),
    ("Agust", 8),
    ("Jan", 1),
    ("Feb", 2),
    ("Peb", 2),
    ("Mar", 3),
    ("Mrt", 3),
    ("Apr", 4),
    ("Jun", 6),
    ("Jul", 7),
    ("Agu", 8),
    ("Agt", 8),
    ("Ags", 8),
    ("Aug", 8),
    ("Sep", 9),
    ("Okt", 10),
    ("Oct", 10),
    ("Nov", 11),
    ("Nop", 11),
    ("Des", 12),
    ("Dec", 12),
];

/// Weekday spellings and their ISO number (Monday 1 … Sunday 7).
///
/// `Jum'at` keeps the apostrophe of the Arabic spelling (straight or curly); `Ahad` is the
/// Arabic-derived name for Sunday used by Republika and religious desks. `Minggu` also means
/// "week": the finders decide by case and context (see `dates`).
pub(crate) const WEEKDAYS: &[(&str, u8)] = &[
    ("Senin", 1),
    ("Selasa", 2),
    ("Rabu", 3),
    ("Kamis", 4),
    ("Jumat", 5),
    ("Jum'at", 5),
    ("Jum\u{2019}at", 5),
    ("Sabtu", 6),
    ("Minggu", 7),
    ("Ahad", 7),
];

/// Parts of the day written next to a date (`Kamis malam (12/6/2025)`, `Minggu (15/6) pagi`),
/// longest first. `hari` forms (`malam hari`) are as frequent as the bare word.
pub(crate) const PARTS_OF_DAY: &[&str] = &[
    "dini hari",
    "tengah malam",
    "tengah hari",
    "larut malam",
    "pagi hari",
    "siang hari",
    "sore hari",
    "malam hari",
    "subuh",
    "pagi",
    "siang",
    "sore",
    "petang",
    "malam",
];

/// Time zones written after a time, with their UTC offset. `waktu setempat` ("local time")
/// is a zone word too, but names no offset.
pub(crate) const TIME_ZONES: &[(&str, Option<&str>)] = &[
    // Indonesia's three zones, abbreviated (case varies: `WITA`, `Wita`) and in full.
    ("Waktu Indonesia Barat", Some("+07:00")),
    ("Waktu Indonesia Tengah", Some("+08:00")),
    ("Waktu Indonesia Timur", Some("+09:00")),
    ("WITA", Some("+08:00")),
    ("WIB", Some("+07:00")),
    ("WIT", Some("+09:00")),
    // Saudi time, in hajj reporting (`pukul 10.00 WAS`).
    ("WAS", Some("+03:00")),
    // Foreign zones seen in sport and wire copy.
    ("GMT", Some("+00:00")),
    ("UTC", Some("+00:00")),
    ("BST", Some("+01:00")),
    ("KST", Some("+09:00")),
    ("JST", Some("+09:00")),
    // Local time of a foreign dateline: a zone without a known offset.
    ("waktu setempat", None),
    // Sport copy: `pukul 02.00 waktu Indonesia` (the zone is not said).
    ("waktu Indonesia", None),
];

/// Words that introduce a time of day (`pukul 10.00`, `jam 09:15 WIT`).
pub(crate) const CLOCK_WORDS: &[&str] = &["pukul", "jam"];

/// Words for "yesterday", "today", "tomorrow" and their kin, with their offset in days from
/// the publication date. `semalam` is left out: it also means "one night" (`menginap
/// semalam`).
pub(crate) const RELATIVE_DAYS: &[(&str, i64)] = &[
    ("kemarin lusa", -2),
    ("kemarin", -1),
    ("tadi malam", -1),
    ("hari ini", 0),
    ("tadi pagi", 0),
    ("pagi ini", 0),
    ("siang ini", 0),
    ("sore ini", 0),
    ("malam ini", 0),
    ("besok", 1),
    ("lusa", 2),
];

/// Calendar units of relative phrases that name a day (`dua hari lalu`, `pekan lalu` = a
/// week before). `minggu` is a week only in lower case or at the start of a sentence;
/// elsewhere `Minggu` is Sunday. Months and years (`bulan lalu`, `tahun depan`, `tahun
/// ini`) are left out: they name no day, and the gold set does not count them.
pub(crate) const RELATIVE_UNITS: &[(&str, Unit)] = &[
    ("hari", Unit::Day),
    ("pekan", Unit::Week),
    ("minggu", Unit::Week),
];

/// A unit of a relative phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    /// Days (`dua hari lalu`).
    Day,
    /// Weeks (`pekan lalu`, `minggu depan`).
    Week,
}

/// Words that point back or forward from the publication date, with their direction.
/// `silam` and `yang lalu` are literary "ago"; `kemarin` after a unit (`pekan kemarin`) means
/// "last"; `ini` is "this".
pub(crate) const DIRECTIONS: &[(&str, i64)] = &[
    ("yang lalu", -1),
    ("lalu", -1),
    ("silam", -1),
    ("kemarin", -1),
    ("depan", 1),
    ("mendatang", 1),
    ("besok", 1),
    ("ini", 0),
];

/// Number words of `dua hari lalu`, `tiga pekan lalu` (`se-` glued, `sepekan lalu`, is
/// handled by the finder).
pub(crate) const NUMBER_WORDS: &[(&str, i64)] = &[
    ("satu", 1),
    ("dua", 2),
    ("tiga", 3),
    ("empat", 4),
    ("lima", 5),
    ("enam", 6),
    ("tujuh", 7),
    ("delapan", 8),
    ("sembilan", 9),
    ("sepuluh", 10),
];

/// Words before a weekday that make it something other than a date: Friday prayer
/// (`salat Jumat`) names the prayer, not a day; `malam Minggu`, `malam Jumat` name the
/// (recurring) eve, not a date.
pub(crate) const NOT_A_DAY_BEFORE: &[&str] = &["salat", "shalat", "sholat", "solat", "malam"];

/// Words that make a following weekday a habit, not a date (`setiap Senin`, `tiap hari
/// Jumat`, `saban Minggu`).
pub(crate) const HABIT_WORDS: &[&str] = &["setiap", "tiap", "tiap-tiap", "saban"];

/// Words before `pekan lalu`, `hari lalu` that make the count vague (`beberapa hari lalu`):
/// no date can be read from them.
pub(crate) const VAGUE_COUNTS: &[&str] = &[
    "beberapa", "berapa", "sekian", "belasan", "puluhan", "ratusan", "banyak",
];

/// Placeholders that scrapers write in the `published` field when the page had no date.
pub(crate) const PUBLISHED_PLACEHOLDERS: &[&str] = &["tidak ditemukan", "not found", "n/a", "-"];

/// The number of a month name or abbreviation (case-insensitive), if it is one.
pub(crate) fn month_number(word: &str) -> Option<u8> {
    lookup(MONTHS, word).or_else(|| lookup(MONTH_ABBREVIATIONS, word))
}

/// The ISO number of a weekday spelling (case-insensitive), if it is one.
pub(crate) fn weekday_number(word: &str) -> Option<u8> {
    lookup(WEEKDAYS, word)
}

/// The UTC offset of a zone word: `Some(None)` for a zone without one (`waktu setempat`).
pub(crate) fn zone_offset(word: &str) -> Option<Option<&'static str>> {
    lookup(TIME_ZONES, word)
}

/// The value of `word` in a (spelling, value) list, ignoring ASCII case and treating any run
/// of blanks (`dini\u{a0}hari`) as one space.
pub(crate) fn lookup<T: Copy>(list: &[(&str, T)], word: &str) -> Option<T> {
    let find = |word: &str| {
        list.iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(word))
            .map(|(_, v)| *v)
    };
    // Most words are one word without blanks: asked as they are, with no copy.
    if word.contains(char::is_whitespace) {
        find(&word.split_whitespace().collect::<Vec<_>>().join(" "))
    } else {
        find(word)
    }
}

/// The spellings in `words`, longest first (ties in the order given): the order in which
/// an alternation tries them.
pub(crate) fn longest_first<'a>(words: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut words: Vec<&str> = words.collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    words
}

/// A regex alternation of the spellings in `words`, longest first, each escaped.
pub(crate) fn alternation<'a>(words: impl Iterator<Item = &'a str>) -> String {
    longest_first(words)
        .iter()
        .map(|w| {
            regex::escape(w)
                .replace(' ', r"\s+")
                .replace('\'', "['\u{2019}]")
        })
        .collect::<Vec<_>>()
        .join("|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_weekdays_look_up_in_any_case() {
        assert_eq!(month_number("juni"), Some(6));
        assert_eq!(month_number("NOP"), Some(11));
        assert_eq!(month_number("Agus"), None);
        assert_eq!(weekday_number("jum\u{2019}at"), Some(5));
        assert_eq!(weekday_number("Ahad"), Some(7));
        assert_eq!(zone_offset("Wita"), Some(Some("+08:00")));
        assert_eq!(zone_offset("waktu setempat"), Some(None));
    }

    #[test]
    fn alternation_puts_long_spellings_first() {
        let alt = alternation(["Jun", "Juni"].into_iter());
        assert!(alt.starts_with("Juni|"));
    }
}
