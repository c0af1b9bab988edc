//! Relative mentions (`kemarin`, `dua hari lalu`, `pekan lalu`, `Jumat lalu`, `tahun
//! depan`) and bare weekdays (`pada Rabu,`).

use crate::Rule;
use std::sync::LazyLock;

use regex::Regex;

use super::cues::{
    Cue, Cues, Digits, Groups, Next, Pattern, Piece, digits_end, next_after_space, one_of,
    phrase_may_start,
};
use super::read;
use super::{
    Found, Kind, blank, lower_words, part_of_day_pattern, sentence_initial, weekday_pattern,
    word_before,
};
use crate::article::Span;
use crate::lexicon::calendar::{
    self, DIRECTIONS, HABIT_WORDS, NOT_A_DAY_BEFORE, NUMBER_WORDS, RELATIVE_DAYS, RELATIVE_UNITS,
    Unit, VAGUE_COUNTS,
};

/// `kemarin`, `hari ini`, `besok`, `lusa`, `tadi malam`, with a part of day (`kemarin sore`).
static DAY_WORDS: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        &format!(
            r"(?i)\b(?P<word>{})\b(?:\s+(?P<pod>{})\b)?",
            calendar::alternation(RELATIVE_DAYS.iter().map(|(w, _)| *w)),
            part_of_day_pattern()
        ),
        Cue::DAY_WORD,
        |bytes, at| {
            RELATIVE_DAYS
                .iter()
                .any(|(phrase, _)| phrase_may_start(bytes, at, phrase))
        },
    )
    .read_by(read::day_word)
});

/// `dua hari lalu`, `sepekan lalu`, `pekan lalu`, `minggu depan`, `tahun ini`.
static UNIT_PHRASES: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        &format!(
            r"(?i)\b(?:(?P<n>\d{{1,2}}|{})\s+|(?P<se>se))?(?P<unit>{})\s+(?P<dir>{})\b",
            calendar::alternation(NUMBER_WORDS.iter().map(|(w, _)| *w)),
            calendar::alternation(RELATIVE_UNITS.iter().map(|(w, _)| *w)),
            calendar::alternation(DIRECTIONS.iter().map(|(w, _)| *w)),
        ),
        Cue::DIGIT.or(Cue::UNIT),
        unit_phrase_may_start,
    )
    .read_by(read::unit_phrase)
});

/// `Jumat lalu`, `Senin depan`, `Kamis besok`, `Jumat pekan lalu`, `Sabtu malam lalu`.
static WEEKDAY_PHRASES: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        &format!(
            r"\b(?P<wd>{})(?:\s+(?P<pod>{}))?\s+(?:(?P<week>{})\s+)?(?P<dir>{})\b",
            weekday_pattern(),
            part_of_day_pattern(),
            read::WEEKS.join("|"),
            read::WEEKDAY_DIRECTIONS.join("|"),
        ),
        Cue::WEEKDAY,
        |bytes, at| weekday_at(bytes, at).is_some_and(|end| direction_may_follow(bytes, end)),
    )
    .read_by(read::weekday_phrase)
});

/// A weekday on its own (`pada Rabu,`), a range of two (`Sabtu-Minggu`), with a part of day.
static BARE_WEEKDAY: LazyLock<Pattern> = LazyLock::new(|| {
    let wd = weekday_pattern();
    Pattern::new(
        &format!(
            r"\b(?P<wd>{wd})(?:\s*[-–]\s*(?P<wd2>{wd}))?\b(?:\s+(?P<pod>{})\b)?",
            part_of_day_pattern()
        ),
        Cue::WEEKDAY,
        |bytes, at| weekday_at(bytes, at).is_some(),
    )
    .read_by(read::bare_weekday)
});

/// Gate of [`UNIT_PHRASES`]: a count (a number, a number word, `se`), a unit and the
/// first word of a direction, as far as the ASCII bytes show (a non-ASCII byte where a
/// word or a space may be lets the cue through).
fn unit_phrase_may_start(bytes: &[u8], at: usize) -> bool {
    let number = bytes.get(at).is_some_and(u8::is_ascii_digit);
    let mut next = next_after_space(bytes, if number { digits_end(bytes, at) } else { at });
    if let Next::Word(word, end) = next
        && !number
        && one_of(word, NUMBER_WORDS.iter().map(|(w, _)| *w))
    {
        next = next_after_space(bytes, end);
    }
    let units = || RELATIVE_UNITS.iter().map(|(u, _)| *u);
    match next {
        Next::Word(word, end) => {
            let after_se = word
                .get(2..)
                .filter(|_| word[..2].eq_ignore_ascii_case(b"se"));
            (one_of(word, units()) || after_se.is_some_and(|w| one_of(w, units())))
                && word_may_follow(bytes, end, first_words(DIRECTIONS))
        }
        Next::Byte(b) => !b.is_ascii(),
        Next::End => false,
    }
}

/// Where the weekday spelled at byte `at` ends, when one is spelled there as the weekday
/// patterns match it (case and all).
fn weekday_at(bytes: &[u8], at: usize) -> Option<usize> {
    let rest = bytes.get(at..).unwrap_or_default();
    calendar::WEEKDAYS
        .iter()
        .find(|(w, _)| rest.starts_with(w.as_bytes()))
        .map(|(w, _)| at + w.len())
}

/// Whether what follows a weekday ending at byte `end` may be the rest of a
/// [`WEEKDAY_PHRASES`] match: a part of day, `pekan`/`minggu` or a direction word.
fn direction_may_follow(bytes: &[u8], end: usize) -> bool {
    let parts_of_day = calendar::PARTS_OF_DAY
        .iter()
        .filter_map(|p| p.split(' ').next());
    let weeks = read::WEEKS.iter().copied();
    let directions = first_words(DIRECTIONS);
    word_may_follow(bytes, end, parts_of_day.chain(weeks).chain(directions))
}

/// Whether the word after the white space from byte `at` may be one of `words` (a
/// non-ASCII byte there lets it through).
fn word_may_follow<'a>(bytes: &[u8], at: usize, words: impl IntoIterator<Item = &'a str>) -> bool {
    match next_after_space(bytes, at) {
        Next::Word(word, _) => one_of(word, words),
        Next::Byte(b) => !b.is_ascii(),
        Next::End => false,
    }
}

/// The first word of each phrase of a (phrase, value) list.
fn first_words<T>(list: &[(&'static str, T)]) -> impl Iterator<Item = &'static str> {
    list.iter().filter_map(|(w, _)| w.split(' ').next())
}

/// A habit, not a date: `setiap Senin, Rabu, dan`, `tiap hari Jumat` right before a weekday.
static HABITUAL: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b(?:{})\s+(?:hari\s+)?(?:(?:{})(?:\s*(?:,|{}|-|–)\s*)+)*$",
        calendar::alternation(HABIT_WORDS.iter().copied()),
        weekday_pattern(),
        read::LIST_WORDS
            .iter()
            .map(|w| format!(r"\b{w}\b"))
            .collect::<Vec<_>>()
            .join("|"),
    ))
});

/// How far before a weekday a habit word is looked for, in bytes.
const HABIT_WINDOW: usize = 80;

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| unreachable!("relative date pattern {pattern:?}: {e}"))
}

/// The relative mentions and bare weekdays of one paragraph (`para` starts at byte `base`;
/// `cues` are its cues).
pub(super) fn find(text: &str, para: &str, base: usize, cues: &Cues) -> Vec<Found> {
    let mut found = Vec::new();
    DAY_WORDS.each(para, cues, |c| found.extend(day_word(text, base, c)));
    UNIT_PHRASES.each(para, cues, |c| {
        found.extend(unit_phrase(text, para, base, c));
    });
    WEEKDAY_PHRASES.each(para, cues, |c| {
        found.extend(weekday_phrase(text, para, base, c));
    });
    BARE_WEEKDAY.each(para, cues, |c| {
        found.extend(bare_weekday(text, para, base, c));
    });
    found
}

fn day_word(text: &str, base: usize, c: &Groups<'_, '_>) -> Option<Found> {
    let whole = c.whole()?;
    let offset = calendar::lookup(RELATIVE_DAYS, c.name("word")?.as_str())?;
    let mut mention = blank(text, shifted(whole, base), Rule::DateRelativeDay);
    mention.relative = Some(relative_label("day", offset));
    mention.part_of_day = c.name("pod").map(|m| lower_words(m.as_str()));
    Some(Found {
        mention,
        kind: Kind::Days(offset),
    })
}

fn unit_phrase(text: &str, para: &str, base: usize, c: &Groups<'_, '_>) -> Option<Found> {
    let whole = c.whole()?;
    let unit_word = c.name("unit")?;
    // `Minggu lalu` inside a sentence is last Sunday: the weekday finder takes it.
    if unit_word.as_str() == "Minggu" && !sentence_initial(para, whole.start()) {
        return None;
    }
    if VAGUE_COUNTS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word_before(para, whole.start())))
    {
        return None;
    }
    let unit = calendar::lookup(RELATIVE_UNITS, unit_word.as_str())?;
    let direction = calendar::lookup(DIRECTIONS, c.name("dir")?.as_str())?;
    let count = match (c.name("n"), c.name("se")) {
        (Some(n), _) => Some(
            n.as_str()
                .parse::<i64>()
                .ok()
                .or_else(|| calendar::lookup(NUMBER_WORDS, n.as_str()))?,
        ),
        (None, Some(_)) => Some(1),
        (None, None) => None,
    };
    // `hari lalu` needs its count; `pekan ini` names no day; `dua hari ini` ("these two
    // days") is no date.
    if (unit == Unit::Day && count.is_none()) || direction == 0 {
        return None;
    }
    let n = direction.checked_mul(count.unwrap_or(1))?;
    let (label, kind) = match unit {
        Unit::Day => ("day", Kind::Days(n)),
        Unit::Week => ("week", Kind::Weeks(n)),
    };
    let mut mention = blank(text, shifted(whole, base), Rule::DateRelativeUnit);
    mention.relative = Some(relative_label(label, n));
    Some(Found { mention, kind })
}

fn weekday_phrase(text: &str, para: &str, base: usize, c: &Groups<'_, '_>) -> Option<Found> {
    let whole = c.whole()?;
    let wd = c.name("wd")?;
    if !is_a_day(para, wd.start(), wd.as_str()) {
        return None;
    }
    let direction = calendar::lookup(DIRECTIONS, c.name("dir")?.as_str())?;
    let mut mention = blank(text, shifted(whole, base), Rule::DateRelativeWeekday);
    mention.weekday = calendar::weekday_number(wd.as_str());
    mention.part_of_day = c.name("pod").map(|m| lower_words(m.as_str()));
    mention.relative = Some(relative_label("weekday", direction));
    let kind = Kind::WeekdayRelative {
        direction,
        in_week: c.name("week").is_some(),
    };
    Some(Found { mention, kind })
}

fn bare_weekday(text: &str, para: &str, base: usize, c: &Groups<'_, '_>) -> Option<Found> {
    let whole = c.whole()?;
    let wd = c.name("wd")?;
    if !is_a_day(para, wd.start(), wd.as_str()) {
        return None;
    }
    // `Senin-Jumat` alone is a schedule (office hours), not a date.
    if c.name("wd2").is_some() || habitual(para, wd.start(), c.digits()) {
        return None;
    }
    let after = super::explicit::after(para, whole.end(), c.digits());
    let span = Span::new(base + whole.start(), base + after.end);
    let mut mention = blank(text, span, Rule::DateWeekday);
    mention.weekday = calendar::weekday_number(wd.as_str());
    mention.part_of_day = c
        .name("pod")
        .map(|m| m.as_str())
        .or(after.part_of_day)
        .map(lower_words);
    mention.time = after.time;
    mention.utc_offset = after.utc_offset;
    Some(Found {
        mention,
        kind: Kind::Weekday,
    })
}

/// Whether a capitalised weekday at `at` names a day: not the Friday prayer (`salat
/// Jumat`), and not a sentence-initial `Minggu` (which may be "week").
fn is_a_day(para: &str, at: usize, word: &str) -> bool {
    let before = word_before(para, at);
    if NOT_A_DAY_BEFORE
        .iter()
        .any(|w| w.eq_ignore_ascii_case(before))
    {
        return false;
    }
    !(word == "Minggu" && sentence_initial(para, at))
}

/// Whether a habit word (`setiap`, `tiap`) governs the weekday at `at`, directly or
/// through a list of weekdays (`setiap Senin, Rabu, dan Jumat`), in a paragraph whose
/// digits are `digits`.
fn habitual(para: &str, at: usize, digits: Digits) -> bool {
    let mut start = at.saturating_sub(HABIT_WINDOW);
    while start < at && !para.is_char_boundary(start) {
        start += 1;
    }
    para.get(start..at).is_some_and(|w| match digits {
        Digits::Ascii => read::habitual(w),
        Digits::Any => HABITUAL.is_match(w),
    })
}

/// `day-1`, `week+0`, `weekday+1`.
fn relative_label(unit: &str, n: i64) -> String {
    format!("{unit}{n:+}")
}

fn shifted(m: Piece<'_>, base: usize) -> Span {
    Span::new(base + m.start(), base + m.end())
}
