//! Explicit dates (a day and a month written) and times of day.
//!
//! Each date shape is found by a small core pattern (`(4/2)`, `18 Juni 2025`,
//! `25/2/2018`); the weekday, relative word or part of day before it and the part of day or
//! time after it are then taken in by looking at a short window on either side.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::{
    Found, Kind, blank, lower_words, month_pattern, part_of_day_pattern, weekday_pattern,
    word_before,
};
use crate::article::{DateMention, Span};
use crate::lexicon::calendar;
use crate::published::time_of;

/// How far before a date core its weekday and part of day are looked for, in bytes.
const PREFIX_WINDOW: usize = 48;

/// `(4/2)`, `(10-12/6/2025)`, `(29/5/25)`, `( 9/6/2025 )`, `(18/6/)`; the closing bracket
/// may be missing (`Selasa (3/6/2025.`), which [`bracket`] accepts only after a weekday and
/// with a year.
static BRACKET: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\(\s*(?P<day>\d{1,2})(?:\s*[-–]\s*(?P<end>\d{1,2}))?\s*/\s*(?P<month>\d{1,2})(?:\s*/\s*(?P<year>\d{2,5})?)?(?P<close>\s*\))?",
    )
});

/// `18 Juni 2025`, `20 – 22 Juni 2025`, `17 Agustus`, `18 Jun. 2025`.
static WRITTEN: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b(?P<day>\d{{1,2}})(?:\s*[-–—]\s*(?P<end>\d{{1,2}}))?\s+(?P<month>{})\b(?:\.?\s+(?P<year>\d{{4}})\b)?",
        month_pattern()
    ))
});

/// `25/2/2018`, `09-11-2020` (only after a weekday, `tanggal` or `pada`).
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(?P<day>\d{1,2})(?P<sep>[/-])(?P<month>\d{1,2})[/-](?P<year>\d{4})\b")
});

/// What may stand before a bracket date, up to the bracket: a weekday (or two, a range),
/// with a direction and a part of day; a relative day word; a part of day alone.
static BRACKET_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    let (wd, pod) = (weekday_pattern(), part_of_day_pattern());
    let rel = calendar::alternation(calendar::RELATIVE_DAYS.iter().map(|(w, _)| *w));
    compile(&format!(
        r"(?i)(?:(?P<wd>{wd})(?:\s*[-–]\s*(?P<wd2>{wd}))?(?:\s+(?P<dir>lalu|kemarin|besok|depan|mendatang|ini))?(?:\s+(?P<pod>{pod}))?|\b(?P<rel>{rel})(?:\s+(?P<rpod>{pod}))?|\b(?P<pod0>{pod}))[\s,]*$"
    ))
});

/// What may stand before a written or numeric date: a weekday with its part of day, a
/// comma, `tanggal`, an opening bracket (`Rabu (18 Juni 2025)`).
static WRITTEN_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    let (wd, pod) = (weekday_pattern(), part_of_day_pattern());
    compile(&format!(
        r"(?i)\b(?P<wd>{wd})(?:\s*[-–]\s*(?P<wd2>{wd}))?(?:\s+(?P<pod>{pod}))?\s*,?\s*(?:tanggal\s+)?(?P<open>\(\s*)?$"
    ))
});

/// `tanggal` or `pada` right before a numeric date.
static NUMERIC_CUE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:tanggal|pada)\s+$"));

/// What may follow a date: a part of day or `waktu setempat`, then a joined time.
static SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"^(?:\s+(?P<pod>(?i:{}|waktu\s+setempat))\b)?(?:\s*,?\s*(?P<time>(?i:pukul|jam)\s+{}))?",
        part_of_day_pattern(),
        super::time_pattern("j"),
    ))
});

/// A time: `pukul 10.00 WIB`, `17.30 WITA`, `jam 09:15 WIT`, `pukul 7 pagi`.
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b(?P<clock>(?i:pukul|jam)\s+)?{}",
        super::time_pattern("")
    ))
});

/// Words that make a bare bracket date believable (`pada (2/6/2025)`).
const BRACKET_CUES: &[&str] = &[
    "pada", "tanggal", "sejak", "mulai", "hingga", "sampai", "hari", "dikutip",
];

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| unreachable!("date pattern {pattern:?}: {e}"))
}

/// The explicit dates and the times of one paragraph (`para` starts at byte `base` of
/// `text`). Overlapping finds are settled by the caller.
pub(super) fn find(text: &str, para: &str, base: usize) -> Vec<Found> {
    let mut found = Vec::new();
    found.extend(
        BRACKET
            .captures_iter(para)
            .filter_map(|c| bracket(text, para, base, &c)),
    );
    found.extend(
        WRITTEN
            .captures_iter(para)
            .filter_map(|c| written(text, para, base, &c)),
    );
    found.extend(
        NUMERIC
            .captures_iter(para)
            .filter_map(|c| numeric(text, para, base, &c)),
    );
    found.extend(
        TIME.captures_iter(para)
            .filter_map(|c| time(text, para, base, &c)),
    );
    found
}

/// The numbers of a date core, checked: a real day of that month (in some year), a range
/// end after its start.
struct Core {
    day: u8,
    end_day: Option<u8>,
    month: u8,
    year: Option<i32>,
}

impl Core {
    fn new(c: &Captures<'_>, month: Option<u8>) -> Option<Core> {
        let day: u8 = c.name("day")?.as_str().parse().ok()?;
        let month = month.or_else(|| c.name("month")?.as_str().parse().ok())?;
        // 2000 is a leap year: 29/2 passes, 31/4 does not.
        crate::article::Date::new(2000, month, day)?;
        let end_day = match c.name("end") {
            Some(e) => Some(
                e.as_str()
                    .parse::<u8>()
                    .ok()
                    .filter(|e| *e > day && *e <= 31)?,
            ),
            None => None,
        };
        let year = c.name("year").and_then(|y| read_year(y.as_str()));
        Some(Core {
            day,
            end_day,
            month,
            year,
        })
    }
}

/// A written year: two digits are this century (`25` is 2025); three or five digits are
/// kept as written (typos such as `202`, `23025`, flagged later).
fn read_year(s: &str) -> Option<i32> {
    let y: i32 = s.parse().ok()?;
    Some(if s.len() == 2 { 2000 + y } else { y })
}

/// What was found around a core: where the mention starts and ends, and its words.
#[derive(Default)]
struct Around<'a> {
    start: usize,
    end: usize,
    weekday: Option<&'a str>,
    part_of_day: Option<&'a str>,
    time: Option<Captures<'a>>,
}

fn bracket(text: &str, para: &str, base: usize, c: &Captures<'_>) -> Option<Found> {
    let core = Core::new(c, None)?;
    let whole = c.get(0)?;
    let mut around = Around {
        start: whole.start(),
        end: whole.end(),
        ..Default::default()
    };
    let window = window_before(para, whole.start());
    let prefix = BRACKET_PREFIX.captures(para.get(window..whole.start())?);
    let closed = c.name("close").is_some();
    if !closed && (core.year.is_none() || prefix.as_ref().is_none_or(|p| p.name("wd").is_none())) {
        return None;
    }
    if let Some(p) = &prefix {
        around.start = window + p.get(0)?.start();
        around.weekday = p.name("wd").map(|m| m.as_str());
        around.part_of_day = p
            .name("pod")
            .or(p.name("rpod"))
            .or(p.name("pod0"))
            .map(|m| m.as_str());
    } else if core.year.is_none() && !believable_bare_bracket(para, whole.start()) {
        return None;
    }
    extend_after(para, &mut around);
    Some(build(text, base, &core, around, "date.bracket"))
}

/// Whether a bracket date with neither weekday nor year follows a word that makes it a date
/// (a capitalised name inside a sentence, `di Jakarta (17/6)`; a comma; `pada`) rather than
/// a fraction (`Sepertiga (1/3)`).
fn believable_bare_bracket(para: &str, at: usize) -> bool {
    let before = para.get(..at).unwrap_or_default().trim_end();
    if before.ends_with(',') {
        return true;
    }
    let word = word_before(para, at);
    let word_start = before.len().saturating_sub(word.len());
    let is_name = word.chars().next().is_some_and(char::is_uppercase)
        && !super::sentence_initial(para, word_start);
    is_name || BRACKET_CUES.iter().any(|w| w.eq_ignore_ascii_case(word))
}

fn written(text: &str, para: &str, base: usize, c: &Captures<'_>) -> Option<Found> {
    let whole = c.get(0)?;
    if glued_to_number(para, whole.start()) {
        return None;
    }
    let month = calendar::month_number(c.name("month")?.as_str().trim_end_matches('.'));
    let core = Core::new(c, month)?;
    let mut around = Around {
        start: whole.start(),
        end: whole.end(),
        ..Default::default()
    };
    let window = window_before(para, whole.start());
    if let Some(p) = WRITTEN_PREFIX.captures(para.get(window..whole.start())?) {
        let closes = para
            .get(whole.end()..)
            .is_some_and(|r| r.trim_start().starts_with(')'));
        match p.name("open") {
            Some(_) if closes => {
                let rest = para.get(whole.end()..).unwrap_or_default();
                around.end = whole.end() + rest.find(')').map_or(0, |i| i + 1);
                take_weekday(&mut around, window, &p);
            }
            Some(_) => {}
            None => take_weekday(&mut around, window, &p),
        }
    }
    extend_after(para, &mut around);
    Some(build(text, base, &core, around, "date.written"))
}

fn numeric(text: &str, para: &str, base: usize, c: &Captures<'_>) -> Option<Found> {
    let whole = c.get(0)?;
    let sep = c.name("sep")?.as_str();
    let second_sep = para.get(c.name("month")?.end()..)?.get(..1)?;
    let before = para.get(..whole.start())?.chars().next_back();
    let after = para.get(whole.end()..)?.chars().next();
    if sep != second_sep
        || before.is_some_and(|b| matches!(b, '/' | '.' | '-'))
        || after.is_some_and(|a| matches!(a, '/' | '-'))
    {
        return None;
    }
    let core = Core::new(c, None)?;
    let mut around = Around {
        start: whole.start(),
        end: whole.end(),
        ..Default::default()
    };
    let window = window_before(para, whole.start());
    let head = para.get(window..whole.start())?;
    match WRITTEN_PREFIX.captures(head) {
        Some(p) if p.name("open").is_none() => take_weekday(&mut around, window, &p),
        _ if NUMERIC_CUE.is_match(head) => {}
        _ => return None,
    }
    extend_after(para, &mut around);
    Some(build(text, base, &core, around, "date.numeric"))
}

/// A time alone. `pukul` takes any hour; `jam` needs minutes, a zone or a part of day
/// (`24 jam` is a duration); without either word the zone is required (`17.30 WITA`).
fn time(text: &str, para: &str, base: usize, c: &Captures<'_>) -> Option<Found> {
    let whole = c.get(0)?;
    let clock = c.name("clock").map(|m| m.as_str().trim().to_lowercase());
    let has_minute = c.name("minute").is_some();
    let has_zone = c.name("zone").is_some();
    let ok = match clock.as_deref() {
        Some("pukul") => true,
        Some(_) => has_minute || has_zone || c.name("tpod").is_some(),
        None => has_minute && has_zone && !glued_to_number(para, whole.start()),
    };
    if !ok {
        return None;
    }
    let (time, offset) = read_time(c, "hour", "minute", "zone");
    time?;
    let span = Span::new(base + whole.start(), base + whole.end());
    let mut mention = blank(text, span, "date.time");
    mention.time = time;
    mention.utc_offset = offset;
    mention.part_of_day = c.name("tpod").map(|m| lower_words(m.as_str()));
    Some(Found {
        mention,
        kind: Kind::Time,
    })
}

/// Hour, minute and zone offset from a time match.
fn read_time(
    c: &Captures<'_>,
    hour: &str,
    minute: &str,
    zone: &str,
) -> (Option<crate::article::TimeOfDay>, Option<String>) {
    let h = c.name(hour).and_then(|m| m.as_str().parse().ok());
    let m = match c.name(minute) {
        Some(m) => m.as_str().parse().ok(),
        None => Some(0),
    };
    let offset = c
        .name(zone)
        .and_then(|z| calendar::zone_offset(z.as_str()))
        .flatten()
        .map(str::to_owned);
    (time_of(h, m), offset)
}

/// Takes the weekday and part of day of a written-date prefix into the mention.
fn take_weekday<'a>(around: &mut Around<'a>, window: usize, p: &Captures<'a>) {
    if let Some(all) = p.get(0) {
        around.start = window + all.start();
    }
    around.weekday = p.name("wd").map(|m| m.as_str());
    around.part_of_day = p.name("pod").map(|m| m.as_str());
}

/// Takes a part of day and a joined time after the date into the mention.
fn extend_after<'a>(para: &'a str, around: &mut Around<'a>) {
    let Some(rest) = para.get(around.end..) else {
        return;
    };
    let Some(s) = SUFFIX.captures(rest) else {
        return;
    };
    if let Some(pod) = s.name("pod") {
        if !pod.as_str().to_lowercase().starts_with("waktu") {
            around.part_of_day = around.part_of_day.or(Some(pod.as_str()));
        }
        around.end += pod.end();
    }
    if let Some(t) = s.name("time") {
        around.end = around.end.max(para.len() - rest.len() + t.end());
        around.time = Some(s);
    }
}

/// Assembles the mention.
fn build(text: &str, base: usize, core: &Core, around: Around<'_>, rule: &'static str) -> Found {
    let span = Span::new(base + around.start, base + around.end);
    let mut mention: DateMention = blank(text, span, rule);
    mention.day = Some(core.day);
    mention.end_day = core.end_day;
    mention.month = Some(core.month);
    mention.year = core.year;
    mention.weekday = around.weekday.and_then(calendar::weekday_number);
    mention.part_of_day = around.part_of_day.map(lower_words);
    if let Some(t) = &around.time {
        let (time, offset) = read_time(t, "jhour", "jminute", "jzone");
        mention.time = time;
        mention.utc_offset = offset;
    }
    Found {
        mention,
        kind: Kind::Explicit,
    }
}

/// Whether the number at `at` is the tail of a longer number (`1.500`, `3,5`, `2/17`). A
/// dash does not glue: `8 Mei 2025-30 Juni 2025` is two dates.
fn glued_to_number(para: &str, at: usize) -> bool {
    let mut before = para.get(..at).unwrap_or_default().chars().rev();
    match (before.next(), before.next()) {
        (Some(c), _) if c.is_alphanumeric() => true,
        (Some('.' | ':' | '/'), Some(d)) if d.is_ascii_digit() => true,
        (Some(','), Some(d)) if d.is_ascii_digit() => true,
        _ => false,
    }
}

/// The start of the look-back window before byte `at`, on a char boundary.
fn window_before(para: &str, at: usize) -> usize {
    let mut start = at.saturating_sub(PREFIX_WINDOW);
    while start < at && !para.is_char_boundary(start) {
        start += 1;
    }
    start
}
