//! Hand readers of the date patterns: each reads, at one place of a paragraph, the match
//! its regex would give there (same end, same groups), in a few byte comparisons instead
//! of an automaton.
//!
//! A reader runs only in a paragraph whose cues are all seen ([`Digits::Ascii`]): its
//! digits are ASCII, and it holds neither the Kelvin sign nor the long `ſ`, so comparing
//! letters with ASCII case folding is what `(?i)` does there. White space (`\s`) and word
//! characters (`\b`) are Unicode, as in the regexes. A paragraph searched whole keeps the
//! regexes, which also serve the tests as the reference the readers are checked against.
//!
//! Alternations are tried in the regex's order (the spellings longest first, as
//! [`calendar::alternation`] lists them), each with the rest of its pattern, so that the
//! first that leads to a match wins, as leftmost-first matching has it.
//!
//! [`Digits::Ascii`]: super::cues::Digits::Ascii

use std::ops::Range;
use std::sync::LazyLock;

use regex_automata::meta;

use crate::lexicon::calendar::{
    self, CLOCK_WORDS, DIRECTIONS, HABIT_WORDS, MONTH_ABBREVIATIONS, MONTHS, NUMBER_WORDS,
    PARTS_OF_DAY, RELATIVE_DAYS, RELATIVE_UNITS, WEEKDAYS,
};

/// How a spelling's letters are compared with the text.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Case {
    /// As written.
    Exact,
    /// Ignoring ASCII case (`(?i)`).
    Fold,
}

/// Spellings of one alternation, in the regex's order, indexed by their first letter.
pub(super) struct Spellings {
    /// Each spelling and how its case is compared.
    words: Vec<(String, Case)>,
    /// For each ASCII letter (`a` is 0), the indices in `words` of the spellings starting
    /// with it (either case), in order.
    by_letter: [Vec<usize>; 26],
}

impl Spellings {
    /// The spellings `words`, tried in the order given.
    pub fn new(words: impl IntoIterator<Item = (String, Case)>) -> Spellings {
        let mut spellings = Spellings {
            words: words.into_iter().collect(),
            by_letter: Default::default(),
        };
        for (i, (word, _)) in spellings.words.iter().enumerate() {
            let Some(letter) = letter_index(word.as_bytes().first().copied()) else {
                unreachable!("date spellings start with an ASCII letter: {word:?}");
            };
            spellings.by_letter[letter].push(i);
        }
        spellings
    }

    /// The spellings of `list`, longest first (the order of [`calendar::alternation`]).
    pub fn longest_first<'a>(list: impl Iterator<Item = &'a str>, case: Case) -> Spellings {
        Spellings::new(
            calendar::longest_first(list)
                .into_iter()
                .map(|w| (w.to_owned(), case)),
        )
    }

    /// The first result of `then` (called with the end of each spelling found at byte `at`
    /// of `s`, in order), if any.
    pub fn first<R>(
        &self,
        s: &str,
        at: usize,
        mut then: impl FnMut(usize) -> Option<R>,
    ) -> Option<R> {
        let letter = letter_index(s.as_bytes().get(at).copied())?;
        let second = s.as_bytes().get(at + 1).map(u8::to_ascii_lowercase);
        self.by_letter[letter]
            .iter()
            .filter_map(|i| self.words.get(*i))
            .filter(|(word, _)| second_may_match(word, second))
            .find_map(|(word, case)| spelling_end(s, at, word, *case).and_then(&mut then))
    }

    /// The end of the first spelling found at byte `at` of `s` that a word boundary
    /// follows (`(?:a|b)\b`).
    pub fn word(&self, s: &str, at: usize) -> Option<usize> {
        self.first(s, at, |end| boundary(s, end).then_some(end))
    }

    /// Whether a spelling may start at byte `at` of `s` (its first letter is right).
    pub fn may_start(&self, s: &str, at: usize) -> bool {
        letter_index(s.as_bytes().get(at).copied()).is_some_and(|l| !self.by_letter[l].is_empty())
    }
}

/// Whether the second byte of `word` may match `second` (the text's, in lower case): a
/// quick test that spares most spellings their full comparison. A space or apostrophe
/// there stands for several spellings, and is let through.
fn second_may_match(word: &str, second: Option<u8>) -> bool {
    match word.as_bytes().get(1) {
        Some(b' ' | b'\'') | None => true,
        Some(w) => second == Some(w.to_ascii_lowercase()),
    }
}

/// The place in the alphabet of an ASCII letter (either case).
fn letter_index(b: Option<u8>) -> Option<usize> {
    let b = b?;
    b.is_ascii_alphabetic()
        .then(|| usize::from(b.to_ascii_lowercase() - b'a'))
}

/// Where `word` ends when it is written at byte `at` of `s`: its letters compared as `case`
/// says, each space standing for a run of white space (`\s+`), an apostrophe for a
/// straight or curly one.
fn spelling_end(s: &str, at: usize, word: &str, case: Case) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut at = at;
    for &w in word.as_bytes() {
        at = match w {
            b' ' => some_space(s, at)?,
            b'\'' => apostrophe_end(s, at)?,
            _ => {
                let b = *bytes.get(at)?;
                let same = match case {
                    Case::Exact => b == w,
                    Case::Fold => b.eq_ignore_ascii_case(&w),
                };
                if !same {
                    return None;
                }
                at + 1
            }
        };
    }
    Some(at)
}

/// Where a straight or curly apostrophe at byte `at` of `s` ends.
fn apostrophe_end(s: &str, at: usize) -> Option<usize> {
    let rest = s.get(at..)?;
    ["'", "\u{2019}"]
        .iter()
        .find(|a| rest.starts_with(**a))
        .map(|a| at + a.len())
}

/// Where the white space (`\s*`) from byte `at` of `s` ends.
pub(super) fn spaces(s: &str, at: usize) -> usize {
    let rest = s.get(at..).unwrap_or_default();
    at + rest.len() - rest.trim_start().len()
}

/// Where the white space (`\s+`) from byte `at` of `s` ends, if there is some.
pub(super) fn some_space(s: &str, at: usize) -> Option<usize> {
    let end = spaces(s, at);
    (end > at).then_some(end)
}

/// How many ASCII digits stand from byte `at` of `s`.
fn digit_count(s: &str, at: usize) -> usize {
    super::cues::digits_end(s.as_bytes(), at).saturating_sub(at)
}

/// The end of a number of one or two digits at byte `at` that no digit follows (`\d{1,2}`
/// where a non-digit must come next).
fn short_number(s: &str, at: usize) -> Option<usize> {
    let n = digit_count(s, at);
    (1..=2).contains(&n).then_some(at + n)
}

/// The byte at `at` of `s`, if any.
fn byte(s: &str, at: usize) -> Option<u8> {
    s.as_bytes().get(at).copied()
}

/// Where a dash of a range (`-` or `–`) at byte `at` of `s` ends.
fn dash_end(s: &str, at: usize) -> Option<usize> {
    let rest = s.get(at..)?;
    ["-", "\u{2013}"]
        .iter()
        .find(|d| rest.starts_with(**d))
        .map(|d| at + d.len())
}

/// Whether an ASCII word byte stands right before byte `at` of `s`: then no word that
/// starts at `at` has a word boundary before it (a quick test before [`boundary`]).
fn inside_word(s: &str, at: usize) -> bool {
    at.checked_sub(1)
        .and_then(|before| s.as_bytes().get(before))
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
}

/// Whether a word boundary (`\b`, Unicode) stands at byte `at` of `s`.
pub(super) fn boundary(s: &str, at: usize) -> bool {
    let before = s.get(..at).and_then(|b| b.chars().next_back());
    let after = s.get(at..).and_then(|a| a.chars().next());
    before.is_some_and(is_word_char) != after.is_some_and(is_word_char)
}

/// Whether `c` is a word character as `\w` has it (letters, marks, decimal digits,
/// connector punctuation, joiners). Blanks and the signs of news text are none: the C1
/// controls and Latin-1 signs (the letters among them, `ª`, `µ`, `º`, are alphabetic),
/// dashes and quotation marks, currency signs, arrows, emoji ([`NO_WORD_SIGNS`]); any other
/// character that is no letter is asked of the regex, built only if one comes.
pub(super) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else if c.is_alphabetic() {
        true
    } else if c.is_whitespace() || NO_WORD_SIGNS.iter().any(|r| r.contains(&c)) {
        false
    } else {
        WORD_CHAR.is_match(&*c.encode_utf8(&mut [0; 4]))
    }
}

/// Ranges of characters that are no word characters but for the letters among them (the
/// tests check each against `\w`).
pub(super) const NO_WORD_SIGNS: [std::ops::RangeInclusive<char>; 5] = [
    '\u{80}'..='\u{bf}',
    '\u{2010}'..='\u{2027}',
    '\u{20a0}'..='\u{20cf}',
    '\u{2190}'..='\u{21ff}',
    '\u{1f300}'..='\u{1faff}',
];

/// A word character, as `\w` has it.
static WORD_CHAR: LazyLock<meta::Regex> =
    LazyLock::new(|| meta::Regex::new(r"\w").unwrap_or_else(|e| unreachable!("word pattern: {e}")));

/// A match read by hand: where it ends, and its groups.
pub(super) struct Read {
    /// Where the match ends (byte offset).
    pub end: usize,
    /// The groups that took part, by name.
    pub groups: Vec<(&'static str, Range<usize>)>,
}

impl Read {
    /// A match ending at `end`, with no group yet.
    fn ending(end: usize) -> Read {
        Read {
            end,
            groups: Vec::new(),
        }
    }

    /// Adds the group `name`.
    fn with(mut self, name: &'static str, span: Range<usize>) -> Read {
        self.groups.push((name, span));
        self
    }

    /// Adds the group `name` when it took part.
    fn with_some(self, name: &'static str, span: Option<Range<usize>>) -> Read {
        match span {
            Some(span) => self.with(name, span),
            None => self,
        }
    }
}

/// The spellings the readers compare.
struct Words {
    /// Weekdays, as written (`Senin`).
    weekdays: Spellings,
    /// Weekdays, any case.
    weekdays_folded: Spellings,
    /// Parts of the day, as written (`pagi`).
    parts_of_day: Spellings,
    /// Parts of the day, any case.
    parts_of_day_folded: Spellings,
    /// Relative day words, any case (`kemarin`, `hari ini`).
    relative_days: Spellings,
    /// Directions after a weekday, any case (`lalu`, `depan`), in the pattern's order.
    directions_folded: Spellings,
    /// Zone words (`WIB`, `Wita`, `waktu setempat`), in the pattern's order.
    zones: Spellings,
    /// `pukul`, `jam`, any case.
    clocks: Spellings,
    /// Words of an approximate time (`sekitar`), any case.
    approximately: Spellings,
}

/// The words after a weekday that point back or forward (`Jumat lalu`, `Senin depan`).
pub(super) const WEEKDAY_DIRECTIONS: &[&str] =
    &["lalu", "kemarin", "besok", "depan", "mendatang", "ini"];

/// The words before a joined time that make it approximate (`sekitar pukul 10.00`).
pub(super) const APPROXIMATELY: &[&str] = &["sekitar", "sekira", "kira-kira"];

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let weekdays = || WEEKDAYS.iter().map(|(w, _)| *w);
    let in_order =
        |list: &[&str], case| Spellings::new(list.iter().map(|w| ((*w).to_owned(), case)));
    Words {
        weekdays: Spellings::longest_first(weekdays(), Case::Exact),
        weekdays_folded: Spellings::longest_first(weekdays(), Case::Fold),
        parts_of_day: Spellings::longest_first(PARTS_OF_DAY.iter().copied(), Case::Exact),
        parts_of_day_folded: Spellings::longest_first(PARTS_OF_DAY.iter().copied(), Case::Fold),
        relative_days: Spellings::longest_first(RELATIVE_DAYS.iter().map(|(w, _)| *w), Case::Fold),
        directions_folded: in_order(WEEKDAY_DIRECTIONS, Case::Fold),
        zones: Spellings::new(
            super::zone_spellings()
                .into_iter()
                .map(|(w, folded)| (w, if folded { Case::Fold } else { Case::Exact })),
        ),
        clocks: Spellings::longest_first(CLOCK_WORDS.iter().copied(), Case::Fold),
        approximately: in_order(APPROXIMATELY, Case::Fold),
    }
});

/// The month names (any case), then the abbreviations (as written).
static MONTH_SPELLINGS: LazyLock<Spellings> = LazyLock::new(|| {
    let names = calendar::longest_first(MONTHS.iter().map(|(w, _)| *w));
    let abbreviations = calendar::longest_first(MONTH_ABBREVIATIONS.iter().map(|(w, _)| *w));
    Spellings::new(
        names.into_iter().map(|w| (w.to_owned(), Case::Fold)).chain(
            abbreviations
                .into_iter()
                .map(|w| (w.to_owned(), Case::Exact)),
        ),
    )
});

/// A bracket date at byte `at`: `(4/2)`, `(10-12/6/2025)`, `( 9/6/2025 )`, `(18/6/`, as
/// [`super::explicit`]'s `BRACKET` reads it.
pub(super) fn bracket(s: &str, at: usize) -> Option<Read> {
    if byte(s, at) != Some(b'(') {
        return None;
    }
    let day = spaces(s, at + 1);
    let day_end = short_number(s, day)?;
    let mut read = Read::ending(day_end).with("day", day..day_end);
    if let Some(dash) = dash_end(s, spaces(s, day_end)) {
        let end = spaces(s, dash);
        let end_end = short_number(s, end)?;
        read = read.with("end", end..end_end);
        read.end = end_end;
    }
    let slash = spaces(s, read.end);
    if byte(s, slash) != Some(b'/') {
        return None;
    }
    let month = spaces(s, slash + 1);
    let month_end = month + digit_count(s, month).min(2);
    if month_end == month {
        return None;
    }
    read = read.with("month", month..month_end);
    read.end = month_end;
    let slash = spaces(s, month_end);
    if byte(s, slash) == Some(b'/') {
        let year = spaces(s, slash + 1);
        let digits = digit_count(s, year);
        read.end = year;
        if digits >= 2 {
            let year_end = year + digits.min(5);
            read = read.with("year", year..year_end);
            read.end = year_end;
        }
    }
    let close = spaces(s, read.end);
    if byte(s, close) == Some(b')') {
        let close_start = read.end;
        read = read.with("close", close_start..close + 1);
        read.end = close + 1;
    }
    Some(read)
}

/// A numeric date at byte `at`: `25/2/2018`, `09-11-2020`, as [`super::explicit`]'s
/// `NUMERIC` reads it.
pub(super) fn numeric(s: &str, at: usize) -> Option<Read> {
    if !boundary(s, at) {
        return None;
    }
    let day_end = short_number(s, at)?;
    if !matches!(byte(s, day_end), Some(b'/' | b'-')) {
        return None;
    }
    let month_end = short_number(s, day_end + 1)?;
    if !matches!(byte(s, month_end), Some(b'/' | b'-')) {
        return None;
    }
    let year = month_end + 1;
    let year_end = year + 4;
    if digit_count(s, year) != 4 || !boundary(s, year_end) {
        return None;
    }
    Some(
        Read::ending(year_end)
            .with("day", at..day_end)
            .with("sep", day_end..day_end + 1)
            .with("month", day_end + 1..month_end)
            .with("year", year..year_end),
    )
}

/// The group names of a time pattern ([`super::time_pattern`]) with its prefix.
struct TimeGroups {
    hour: &'static str,
    minute: &'static str,
    zone: &'static str,
    part_of_day: &'static str,
    zone2: &'static str,
}

/// The groups of a time alone.
const TIME_GROUPS: TimeGroups = TimeGroups {
    hour: "hour",
    minute: "minute",
    zone: "zone",
    part_of_day: "tpod",
    zone2: "zone2",
};

/// The groups of a time joined to a date.
const JOINED_TIME_GROUPS: TimeGroups = TimeGroups {
    hour: "jhour",
    minute: "jminute",
    zone: "jzone",
    part_of_day: "jtpod",
    zone2: "jzone2",
};

/// A time at byte `at`, with its `pukul`/`jam`: `pukul 10.00 WIB`, `17.30 WITA`, as
/// [`super::explicit`]'s `TIME` reads it.
pub(super) fn time(s: &str, at: usize) -> Option<Read> {
    if !boundary(s, at) {
        return None;
    }
    let clocked = WORDS.clocks.first(s, at, |clock_end| {
        let hour = some_space(s, clock_end)?;
        Some(time_body(s, hour, &TIME_GROUPS)?.with("clock", at..hour))
    });
    clocked.or_else(|| time_body(s, at, &TIME_GROUPS))
}

/// A time from its hour at byte `at` (the time pattern without its clock word): the hour,
/// its minutes, the end of a range, then a zone, or a part of day and a zone.
fn time_body(s: &str, at: usize, names: &TimeGroups) -> Option<Read> {
    let digits = digit_count(s, at);
    if digits == 0 {
        return None;
    }
    let hour_end = at + digits.min(2);
    let mut read = Read::ending(hour_end).with(names.hour, at..hour_end);
    if matches!(byte(s, hour_end), Some(b'.' | b':')) && digit_count(s, hour_end + 1) >= 2 {
        read = read.with(names.minute, hour_end + 1..hour_end + 3);
        read.end = hour_end + 3;
    }
    if let Some(range_end) =
        dash_end(s, spaces(s, read.end)).and_then(|d| range_tail(s, spaces(s, d)))
    {
        read.end = range_end;
    }
    let zone_at = spaces(s, read.end);
    if let Some(zone_end) = WORDS.zones.word(s, zone_at) {
        read.end = zone_end;
        return Some(read.with(names.zone, zone_at..zone_end));
    }
    let Some(pod_at) = some_space(s, read.end) else {
        return Some(read);
    };
    let Some(pod_end) = WORDS.parts_of_day.word(s, pod_at) else {
        return Some(read);
    };
    read = read.with(names.part_of_day, pod_at..pod_end);
    read.end = pod_end;
    let zone = some_space(s, pod_end).and_then(|z| Some(z..WORDS.zones.word(s, z)?));
    if let Some(zone) = &zone {
        read.end = zone.end;
    }
    Some(read.with_some(names.zone2, zone))
}

/// The end of a range's last time (`11.30` of `10.00-11.30`) written at byte `at`.
fn range_tail(s: &str, at: usize) -> Option<usize> {
    let hour_end = short_number(s, at)?;
    let minute = hour_end + 1;
    (matches!(byte(s, hour_end), Some(b'.' | b':')) && digit_count(s, minute) >= 2)
        .then_some(minute + 2)
}

/// What follows a date at byte `at`: a part of day, a zone, a joined time (`pagi`, `dini
/// hari WIB`, `, sekitar pukul 00.15 Wita`), as [`super::explicit`]'s `SUFFIX` reads it
/// (maybe nothing: an empty match).
pub(super) fn suffix(s: &str, at: usize) -> Option<Read> {
    let mut read = Read::ending(at);
    if let Some(pod_at) = some_space(s, at)
        && let Some(pod_end) = WORDS.parts_of_day_folded.word(s, pod_at)
    {
        read = read.with("pod", pod_at..pod_end);
        read.end = pod_end;
    }
    let zone_at = spaces(s, read.end);
    if let Some(zone_end) = WORDS.zones.word(s, zone_at) {
        read = read.with("zone", zone_at..zone_end);
        read.end = zone_end;
    }
    let mut time_at = spaces(s, read.end);
    if byte(s, time_at) == Some(b',') {
        time_at = spaces(s, time_at + 1);
    }
    let clocked = |clock_at: usize| {
        WORDS.clocks.first(s, clock_at, |clock_end| {
            time_body(s, some_space(s, clock_end)?, &JOINED_TIME_GROUPS)
        })
    };
    let joined = WORDS
        .approximately
        .first(s, time_at, |word_end| clocked(some_space(s, word_end)?))
        .or_else(|| clocked(time_at));
    if let Some(time) = joined {
        read.groups.extend(time.groups);
        read = read.with("time", time_at..time.end);
        read.end = time.end;
    }
    Some(read)
}

/// What stands before a date, read from a look-back window: where it starts in the window
/// and its words.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Prefix {
    /// Where the prefix starts in the window (byte offset).
    pub start: usize,
    /// The weekday (the first of a range).
    pub weekday: Option<Range<usize>>,
    /// The part of the day.
    pub part_of_day: Option<Range<usize>>,
    /// The relative day word (`kemarin`, `hari ini`).
    pub relative: Option<Range<usize>>,
    /// Whether it ends with an opening bracket (`Rabu (18 Juni 2025)`).
    pub open: bool,
}

/// The prefix of a bracket date at the end of `window`, as [`super::explicit`]'s
/// `BRACKET_PREFIX` finds it: a weekday (or a range of two) with a direction and a part of
/// day, a relative day word with a part of day, or a part of day alone, then blanks and
/// commas.
pub(super) fn bracket_prefix(window: &str) -> Option<Prefix> {
    let end = window
        .trim_end_matches(|c: char| c.is_whitespace() || c == ',')
        .len();
    let words = &*WORDS;
    (0..end)
        .filter(|at| {
            words.weekdays_folded.may_start(window, *at)
                || words.relative_days.may_start(window, *at)
                || words.parts_of_day_folded.may_start(window, *at)
        })
        .find_map(|at| bracket_prefix_at(window, at, end))
}

/// The bracket prefix that starts at byte `at` of `window` and ends at `end`.
fn bracket_prefix_at(window: &str, at: usize, end: usize) -> Option<Prefix> {
    let words = &*WORDS;
    // A part of day, then `end`: the part of day's span.
    let pod_then_end = |from: usize| -> Option<Option<Range<usize>>> {
        let pod = some_space(window, from).and_then(|p| {
            words
                .parts_of_day_folded
                .first(window, p, |e| (e == end).then_some(p..e))
        });
        match pod {
            Some(pod) => Some(Some(pod)),
            None => (from == end).then_some(None),
        }
    };
    let after_weekday = |from: usize| {
        let direction = some_space(window, from)
            .and_then(|d| words.directions_folded.first(window, d, &pod_then_end));
        direction.or_else(|| pod_then_end(from))
    };
    let weekday = words.weekdays_folded.first(window, at, |wd_end| {
        let range = dash_end(window, spaces(window, wd_end)).and_then(|d| {
            words
                .weekdays_folded
                .first(window, spaces(window, d), &after_weekday)
        });
        let pod = range.or_else(|| after_weekday(wd_end))?;
        Some(Prefix {
            start: at,
            weekday: Some(at..wd_end),
            part_of_day: pod,
            ..Prefix::default()
        })
    });
    // The other two start at a word boundary: none inside a word (an ASCII word byte
    // before), and elsewhere asked only where one of their words is.
    if weekday.is_some() || inside_word(window, at) {
        return weekday;
    }
    let relative = words.relative_days.first(window, at, |rel_end| {
        Some(Prefix {
            start: at,
            relative: Some(at..rel_end),
            part_of_day: pod_then_end(rel_end)?,
            ..Prefix::default()
        })
    });
    let prefix = relative.or_else(|| {
        words.parts_of_day_folded.first(window, at, |e| {
            (e == end).then(|| Prefix {
                start: at,
                part_of_day: Some(at..e),
                ..Prefix::default()
            })
        })
    })?;
    boundary(window, at).then_some(prefix)
}

/// The prefix of a written or numeric date at the end of `window`, as [`super::explicit`]'s
/// `WRITTEN_PREFIX` finds it: a weekday (or a range of two) with a part of day, then a
/// comma, `tanggal`, an opening bracket.
pub(super) fn written_prefix(window: &str) -> Option<Prefix> {
    let words = &*WORDS;
    (0..window.len())
        .filter(|at| words.weekdays_folded.may_start(window, *at) && !inside_word(window, *at))
        .find_map(|at| {
            let prefix = words.weekdays_folded.first(window, at, |wd_end| {
                let range = dash_end(window, spaces(window, wd_end)).and_then(|d| {
                    words.weekdays_folded.first(window, spaces(window, d), |e| {
                        written_prefix_tail(window, e)
                    })
                });
                let (part_of_day, open) = range.or_else(|| written_prefix_tail(window, wd_end))?;
                Some(Prefix {
                    start: at,
                    weekday: Some(at..wd_end),
                    part_of_day,
                    relative: None,
                    open,
                })
            })?;
            // The word boundary, dearer to ask, is asked last.
            boundary(window, at).then_some(prefix)
        })
}

/// What follows the weekday of a written-date prefix from byte `at` to the end of
/// `window`: a part of day (its span), then blanks, a comma, `tanggal`, an opening bracket
/// (whether there is one).
fn written_prefix_tail(window: &str, at: usize) -> Option<(Option<Range<usize>>, bool)> {
    let pod = some_space(window, at).and_then(|p| {
        WORDS
            .parts_of_day_folded
            .first(window, p, |e| Some((p..e, written_prefix_end(window, e)?)))
    });
    match pod {
        Some((pod, open)) => Some((Some(pod), open)),
        None => Some((None, written_prefix_end(window, at)?)),
    }
}

/// Whether blanks, a comma, `tanggal` and an opening bracket run from byte `at` to the end
/// of `window`: `None` when something else stands there, else whether the bracket does.
fn written_prefix_end(window: &str, at: usize) -> Option<bool> {
    let mut at = spaces(window, at);
    if byte(window, at) == Some(b',') {
        at = spaces(window, at + 1);
    }
    if let Some(end) =
        spelling_end(window, at, "tanggal", Case::Fold).and_then(|e| some_space(window, e))
    {
        at = end;
    }
    if byte(window, at) == Some(b'(') {
        return (spaces(window, at + 1) == window.len()).then_some(true);
    }
    (at == window.len()).then_some(false)
}

/// Whether `window` ends with `tanggal` or `pada` and white space, as [`super::explicit`]'s
/// `NUMERIC_CUE` has it.
pub(super) fn numeric_cue(window: &str) -> bool {
    let word_end = window.trim_end().len();
    word_end < window.len()
        && ["tanggal", "pada"].iter().any(|cue| {
            let start = word_end.saturating_sub(cue.len());
            window
                .get(start..word_end)
                .is_some_and(|w| w.eq_ignore_ascii_case(cue))
                && boundary(window, start)
        })
}

/// A written date at byte `at`: `18 Juni 2025`, `20 – 22 Juni 2025`, `9 hingga 15 Juni`,
/// `10 November sampai 2 Desember 2023`, as [`super::explicit`]'s `WRITTEN` reads it.
pub(super) fn written(s: &str, at: usize) -> Option<Read> {
    if !boundary(s, at) {
        return None;
    }
    let day_end = short_number(s, at)?;
    let ranged = range_word_end(s, day_end).and_then(|end| {
        let end_end = short_number(s, end)?;
        Some(month_and_year(s, end_end, "month", "year")?.with("end", end..end_end))
    });
    let mut read = ranged
        .or_else(|| month_and_year(s, day_end, "month", "year"))?
        .with("day", at..day_end);
    let second = range_word_end(s, read.end).and_then(|end2| {
        let end2_end = short_number(s, end2)?;
        Some(month_and_year(s, end2_end, "month2", "year2")?.with("end2", end2..end2_end))
    });
    if let Some(second) = second {
        read.end = second.end;
        read.groups.extend(second.groups);
    }
    Some(read)
}

/// A month name and maybe its year after the white space from byte `at`
/// (`\s+(month)\b(?:\.?\s+(year)\b)?`), with the groups called `month` and `year`.
fn month_and_year(s: &str, at: usize, month: &'static str, year: &'static str) -> Option<Read> {
    let month_at = some_space(s, at)?;
    let month_end = MONTH_SPELLINGS.word(s, month_at)?;
    let read = Read::ending(month_end).with(month, month_at..month_end);
    let dot = usize::from(byte(s, month_end) == Some(b'.'));
    let year_at =
        some_space(s, month_end + dot).filter(|y| digit_count(s, *y) >= 4 && boundary(s, y + 4));
    Some(match year_at {
        Some(y) => Read { end: y + 4, ..read }.with(year, y..y + 4),
        None => read,
    })
}

/// Where the word or dash that joins the two ends of a range (`–`, `&mdash;`, `hingga`,
/// `s.d.`), with its white space, ends, from byte `at`.
fn range_word_end(s: &str, at: usize) -> Option<usize> {
    let dash_at = spaces(s, at);
    let rest = s.get(dash_at..)?;
    if let Some(dash) = RANGE_DASHES.iter().find(|d| rest.starts_with(**d)) {
        return Some(spaces(s, dash_at + dash.len()));
    }
    let word_at = some_space(s, at)?;
    JOINING_WORDS.iter().find_map(|w| {
        let end = spelling_end(s, word_at, w, Case::Fold)?;
        some_space(s, end)
    })
}

/// The dashes of a written range: `-`, `–`, `—`, and the HTML entities of the last two.
pub(super) const RANGE_DASHES: &[&str] = &[
    "-", "\u{2013}", "\u{2014}", "&mdash;", "&ndash;", "&#8211;", "&#8212;",
];

/// The words of a written range, in the pattern's order (`s.d.` before `s.d`).
pub(super) const JOINING_WORDS: &[&str] = &["sampai", "hingga", "s.d.", "s.d", "s/d"];

/// An agency stamp at byte `at`, `10-Jun-25 06:15:07 WIB`, as [`super::explicit`]'s
/// `STAMP` reads it.
pub(super) fn stamp(s: &str, at: usize) -> Option<Read> {
    if !boundary(s, at) {
        return None;
    }
    let day_end = short_number(s, at)?;
    if byte(s, day_end) != Some(b'-') {
        return None;
    }
    let month_at = day_end + 1;
    let read = MONTH_SPELLINGS.first(s, month_at, |month_end| {
        if byte(s, month_end) != Some(b'-') {
            return None;
        }
        let year = month_end + 1;
        let digits = digit_count(s, year);
        let year_end = [4, 2]
            .into_iter()
            .map(|n| year + n)
            .find(|end| digits >= end - year && boundary(s, *end))?;
        Some(
            Read::ending(year_end)
                .with("month", month_at..month_end)
                .with("year", year..year_end),
        )
    })?;
    let read = read.with("day", at..day_end);
    Some(match stamp_time(s, read.end) {
        Some(time) => Read {
            end: time.end,
            groups: read.groups.into_iter().chain(time.groups).collect(),
        },
        None => read,
    })
}

/// The time of an agency stamp after byte `at`: ` 06:15:07 WIB`, `06:15`.
fn stamp_time(s: &str, at: usize) -> Option<Read> {
    let hour = some_space(s, at)?;
    let hour_end = short_number(s, hour)?;
    let minute = hour_end + 1;
    if byte(s, hour_end) != Some(b':') || digit_count(s, minute) < 2 {
        return None;
    }
    let read = Read::ending(minute + 2)
        .with("hour", hour..hour_end)
        .with("minute", minute..minute + 2);
    let seconds = (byte(s, read.end) == Some(b':') && digit_count(s, read.end + 1) >= 2)
        .then_some(read.end + 3);
    seconds
        .into_iter()
        .chain([read.end])
        .find_map(|end| {
            let zone_at = spaces(s, end);
            let zone = WORDS
                .zones
                .first(s, zone_at, |z| boundary(s, z).then_some(z));
            match zone {
                Some(z) => Some(Read::ending(z).with("zone", zone_at..z)),
                None => boundary(s, end).then(|| Read::ending(end)),
            }
        })
        .map(|tail| Read {
            end: tail.end,
            groups: read.groups.iter().cloned().chain(tail.groups).collect(),
        })
}

/// A relative day word at byte `at`, `kemarin`, `hari ini`, with its part of day
/// (`kemarin sore`), as [`super::relative`]'s `DAY_WORDS` reads it.
pub(super) fn day_word(s: &str, at: usize) -> Option<Read> {
    if !boundary(s, at) {
        return None;
    }
    let words = &*WORDS;
    let end = words.relative_days.word(s, at)?;
    let read = Read::ending(end).with("word", at..end);
    Some(with_part_of_day(s, read, &words.parts_of_day_folded))
}

/// `read` taken on over a part of the day after a blank (`besok pagi`, `Senin malam`), in
/// the group `pod`, when one of `parts` follows.
fn with_part_of_day(s: &str, read: Read, parts: &Spellings) -> Read {
    let pod = some_space(s, read.end).and_then(|p| Some(p..parts.word(s, p)?));
    match pod {
        Some(pod) => Read {
            end: pod.end,
            ..read
        }
        .with("pod", pod),
        None => read,
    }
}

/// A count, a unit and a direction at byte `at`: `dua hari lalu`, `sepekan lalu`, `pekan
/// lalu`, as [`super::relative`]'s `UNIT_PHRASES` reads it.
pub(super) fn unit_phrase(s: &str, at: usize) -> Option<Read> {
    if !boundary(s, at) {
        return None;
    }
    let words = &*UNIT_WORDS;
    let unit_and_direction = |unit_at: usize| {
        words.units.first(s, unit_at, |unit_end| {
            let dir_at = some_space(s, unit_end)?;
            let dir_end = words.directions.word(s, dir_at)?;
            Some(
                Read::ending(dir_end)
                    .with("unit", unit_at..unit_end)
                    .with("dir", dir_at..dir_end),
            )
        })
    };
    let counted = |count_end: usize| {
        let read = unit_and_direction(some_space(s, count_end)?)?;
        Some(read.with("n", at..count_end))
    };
    let count = match short_number(s, at) {
        Some(end) => counted(end),
        None => words.numbers.first(s, at, counted),
    };
    count
        .or_else(|| {
            let se = spelling_end(s, at, "se", Case::Fold)?;
            Some(unit_and_direction(se)?.with("se", at..se))
        })
        .or_else(|| unit_and_direction(at))
}

/// A weekday with a direction at byte `at`: `Jumat lalu`, `Senin depan`, `Jumat pekan
/// lalu`, `Sabtu malam lalu`, as [`super::relative`]'s `WEEKDAY_PHRASES` reads it.
pub(super) fn weekday_phrase(s: &str, at: usize) -> Option<Read> {
    if !boundary(s, at) {
        return None;
    }
    let words = &*WORDS;
    words.weekdays.first(s, at, |wd_end| {
        let with_pod = some_space(s, wd_end).and_then(|pod_at| {
            words.parts_of_day.first(s, pod_at, |pod_end| {
                Some(weekday_direction(s, pod_end)?.with("pod", pod_at..pod_end))
            })
        });
        Some(
            with_pod
                .or_else(|| weekday_direction(s, wd_end))?
                .with("wd", at..wd_end),
        )
    })
}

/// The direction after a weekday (and its part of day) ending at byte `at`, maybe through
/// the week (`pekan lalu`).
fn weekday_direction(s: &str, at: usize) -> Option<Read> {
    let words = &*UNIT_WORDS;
    let word_at = some_space(s, at)?;
    let direction = |dir_at: usize| {
        let dir_end = words.weekday_directions.word(s, dir_at)?;
        Some(Read::ending(dir_end).with("dir", dir_at..dir_end))
    };
    let through_week = words.weeks.first(s, word_at, |week_end| {
        Some(direction(some_space(s, week_end)?)?.with("week", word_at..week_end))
    });
    through_week.or_else(|| direction(word_at))
}

/// A weekday alone at byte `at` (`Rabu`), or a range of two (`Sabtu-Minggu`), with its
/// part of day, as [`super::relative`]'s `BARE_WEEKDAY` reads it.
pub(super) fn bare_weekday(s: &str, at: usize) -> Option<Read> {
    if !boundary(s, at) {
        return None;
    }
    let words = &*WORDS;
    let read = words.weekdays.first(s, at, |wd_end| {
        let read = Read::ending(wd_end).with("wd", at..wd_end);
        let second = dash_end(s, spaces(s, wd_end)).and_then(|d| {
            let wd2 = spaces(s, d);
            Some(wd2..words.weekdays.word(s, wd2)?)
        });
        match second {
            Some(wd2) => Some(
                Read {
                    end: wd2.end,
                    ..read
                }
                .with("wd2", wd2),
            ),
            None => boundary(s, wd_end).then_some(read),
        }
    })?;
    Some(with_part_of_day(s, read, &words.parts_of_day))
}

/// Whether `window` ends with a habit word governing a weekday that follows it (`setiap `,
/// `tiap hari `, `setiap Senin, Rabu, dan `), as [`super::relative`]'s `HABITUAL` has it.
pub(super) fn habitual(window: &str) -> bool {
    let words = &*UNIT_WORDS;
    (0..window.len())
        .filter(|at| words.habits.may_start(window, *at) && !inside_word(window, *at))
        .any(|at| {
            // The word boundary, dearer to ask, is asked last.
            words
                .habits
                .first(window, at, |habit_end| {
                    let list = some_space(window, habit_end)?;
                    let after_hari = spelling_end(window, list, "hari", Case::Fold)
                        .and_then(|h| some_space(window, h));
                    let ends = [after_hari, Some(list)];
                    ends.into_iter()
                        .flatten()
                        .any(|from| weekday_list_to_end(window, from))
                        .then_some(())
                })
                .is_some()
                && boundary(window, at)
        })
}

/// Whether weekdays each followed by separators (`Senin, Rabu, dan `) run from byte `at`
/// to the end of `window` (none at all, when `at` is its end).
fn weekday_list_to_end(window: &str, at: usize) -> bool {
    let mut at = at;
    loop {
        if at == window.len() {
            return true;
        }
        let Some(weekday_end) = WORDS.weekdays_folded.first(window, at, Some) else {
            return false;
        };
        let after = separators_end(window, weekday_end);
        if after == weekday_end {
            return false;
        }
        at = after;
    }
}

/// Where the separators of a weekday list (`,`, `dan`, `atau`, `hingga`, `sampai`, a dash,
/// each with white space around) from byte `at` end: `at` when there is none.
fn separators_end(window: &str, at: usize) -> usize {
    let mut end = at;
    loop {
        let sep = spaces(window, end);
        let punctuation = [",", "-", "\u{2013}"]
            .iter()
            .find(|p| window.get(sep..).is_some_and(|r| r.starts_with(**p)))
            .map(|p| sep + p.len());
        let word = || {
            LIST_WORDS.iter().find_map(|w| {
                let e = spelling_end(window, sep, w, Case::Fold)?;
                (boundary(window, sep) && boundary(window, e)).then_some(e)
            })
        };
        match punctuation.or_else(word) {
            Some(e) => end = spaces(window, e),
            None => return end,
        }
    }
}

/// The words that join the weekdays of a list (`Senin dan Kamis`).
pub(super) const LIST_WORDS: &[&str] = &["dan", "atau", "hingga", "sampai"];

/// The spellings of the relative phrases.
struct UnitWords {
    /// Number words (`dua`), any case.
    numbers: Spellings,
    /// Units (`hari`, `pekan`), any case.
    units: Spellings,
    /// Directions after a unit (`lalu`, `yang lalu`), any case.
    directions: Spellings,
    /// Directions after a weekday, as written.
    weekday_directions: Spellings,
    /// `pekan`, `minggu` between a weekday and its direction, as written.
    weeks: Spellings,
    /// Habit words (`setiap`), any case.
    habits: Spellings,
}

static UNIT_WORDS: LazyLock<UnitWords> = LazyLock::new(|| {
    let in_order =
        |list: &[&str], case| Spellings::new(list.iter().map(|w| ((*w).to_owned(), case)));
    UnitWords {
        numbers: Spellings::longest_first(NUMBER_WORDS.iter().map(|(w, _)| *w), Case::Fold),
        units: Spellings::longest_first(RELATIVE_UNITS.iter().map(|(w, _)| *w), Case::Fold),
        directions: Spellings::longest_first(DIRECTIONS.iter().map(|(w, _)| *w), Case::Fold),
        weekday_directions: in_order(WEEKDAY_DIRECTIONS, Case::Exact),
        weeks: in_order(WEEKS, Case::Exact),
        habits: Spellings::longest_first(HABIT_WORDS.iter().copied(), Case::Fold),
    }
});

/// The words for "week" between a weekday and its direction (`Jumat pekan lalu`).
pub(super) const WEEKS: &[&str] = &["pekan", "minggu"];
