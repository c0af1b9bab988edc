//! Explicit dates (a day and a month written) and times of day.
//!
//! Each date shape is found by a small core pattern (`(4/2)`, `18 Juni 2025`,
//! `25/2/2018`); the weekday, relative word or part of day before it and the part of day or
//! time after it are then taken in by looking at a short window on either side.

use crate::Rule;
use std::ops::Range;
use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::cues::{
    Cue, Cues, Digits, Groups, Next, Pattern, any_cue, digits_end, next_after_space, one_of,
};
use super::read::{self, Prefix};
use super::{
    Found, Kind, blank, lower_words, month_pattern, part_of_day_pattern, weekday_pattern,
    word_before,
};
use crate::article::{DateMention, Span, TimeOfDay};
use crate::lexicon::calendar;
use crate::published::time_of;

/// How far before a date core its weekday and part of day are looked for, in bytes.
const PREFIX_WINDOW: usize = 48;

/// `(4/2)`, `(10-12/6/2025)`, `(29/5/25)`, `( 9/6/2025 )`, `(18/6/)`; the closing bracket
/// may be missing (`Selasa (3/6/2025.`), which [`bracket`] accepts only after a weekday and
/// with a year.
static BRACKET: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"\(\s*(?P<day>\d{1,2})(?:\s*[-–]\s*(?P<end>\d{1,2}))?\s*/\s*(?P<month>\d{1,2})(?:\s*/\s*(?P<year>\d{2,5})?)?(?P<close>\s*\))?",
        Cue::BRACKET,
        opens_on_number,
    )
    .read_by(read::bracket)
});

/// `18 Juni 2025`, `20 – 22 Juni 2025`, `9 hingga 15 Juni`, `17 Agustus`, `18 Jun. 2025`,
/// and ranges across months, `10 November sampai 2 Desember 2023`, `8 Mei 2025-30 Juni 2025`.
static WRITTEN: LazyLock<Pattern> = LazyLock::new(|| {
    let months = month_pattern();
    // A dash may come as an HTML entity (`4&mdash;10 Mei 2025`, Tempo: 5 in the corpus).
    let escaped = |list: &[&str]| {
        list.iter()
            .map(|w| regex::escape(w))
            .collect::<Vec<_>>()
            .join("|")
    };
    let to = format!(
        r"(?:\s*(?:{})\s*|\s+(?i:{})\s+)",
        escaped(read::RANGE_DASHES),
        escaped(read::JOINING_WORDS)
    );
    Pattern::new(
        &format!(
            r"\b(?P<day>\d{{1,2}})(?:{to}(?P<end>\d{{1,2}}))?\s+(?P<month>{months})\b(?:\.?\s+(?P<year>\d{{4}})\b)?(?:{to}(?P<end2>\d{{1,2}})\s+(?P<month2>{months})\b(?:\.?\s+(?P<year2>\d{{4}})\b)?)?"
        ),
        Cue::DIGIT,
        month_or_range_follows,
    )
    .read_by(read::written)
});

/// The date stamp of BMKG and other agencies: `10-Jun-25 06:15:07 WIB`.
static STAMP: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        &format!(
            r"\b(?P<day>\d{{1,2}})-(?P<month>{})-(?P<year>\d{{4}}|\d{{2}})\b(?:\s+(?P<hour>\d{{1,2}}):(?P<minute>\d{{2}})(?::\d{{2}})?(?:\s*(?P<zone>{}))?\b)?",
            month_pattern(),
            super::zone_pattern()
        ),
        Cue::DIGIT,
        |bytes, at| bytes.get(digits_end(bytes, at)) == Some(&b'-'),
    )
    .read_by(read::stamp)
});

/// `25/2/2018`, `09-11-2020` (only after a weekday, `tanggal` or `pada`).
static NUMERIC: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"\b(?P<day>\d{1,2})(?P<sep>[/-])(?P<month>\d{1,2})[/-](?P<year>\d{4})\b",
        Cue::DIGIT,
        |bytes, at| matches!(bytes.get(digits_end(bytes, at)), Some(b'/' | b'-')),
    )
    .read_by(read::numeric)
});

/// What may stand before a bracket date, up to the bracket: a weekday (or two, a range),
/// with a direction and a part of day; a relative day word; a part of day alone.
static BRACKET_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    let (wd, pod) = (weekday_pattern(), part_of_day_pattern());
    let rel = calendar::alternation(calendar::RELATIVE_DAYS.iter().map(|(w, _)| *w));
    let dir = read::WEEKDAY_DIRECTIONS.join("|");
    compile(&format!(
        r"(?i)(?:(?P<wd>{wd})(?:\s*[-–]\s*(?P<wd2>{wd}))?(?:\s+(?P<dir>{dir}))?(?:\s+(?P<pod>{pod}))?|\b(?P<rel>{rel})(?:\s+(?P<rpod>{pod}))?|\b(?P<pod0>{pod}))[\s,]*$"
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

/// What may follow a date: a part of day, a zone (`dini hari WIB`, `waktu setempat`,
/// `pagi waktu Indonesia`), then a joined time (`, sekitar pukul 00.15 Wita`). Tried only
/// right after a date ([`Pattern::at`]).
static SUFFIX: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        &format!(
            r"(?:\s+(?P<pod>(?i:{}))\b)?(?:\s*(?P<zone>{})\b)?(?:\s*,?\s*(?P<time>(?i:(?:{})\s+)?(?i:{})\s+{}))?",
            part_of_day_pattern(),
            super::zone_pattern(),
            read::APPROXIMATELY.join("|"),
            clock_pattern(),
            super::time_pattern("j"),
        ),
        Cue::NONE,
        any_cue,
    )
    .read_by(read::suffix)
});

/// A time: `pukul 10.00 WIB`, `17.30 WITA`, `jam 09:15 WIT`, `pukul 7 pagi`.
static TIME: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        &format!(
            r"\b(?P<clock>(?i:{})\s+)?{}",
            clock_pattern(),
            super::time_pattern("")
        ),
        Cue::DIGIT.or(Cue::CLOCK),
        time_may_start,
    )
    .read_by(read::time)
});

/// The first words of a range written out (`9 hingga 15 Juni`, `s.d.`, `s/d`), as
/// [`month_or_range_follows`] reads them.
const RANGE_WORDS: &[&str] = &["sampai", "hingga", "s"];

/// Gate of [`BRACKET`]: a digit (after blanks) opens the bracket.
fn opens_on_number(bytes: &[u8], at: usize) -> bool {
    match next_after_space(bytes, at + 1) {
        Next::Byte(b) => b.is_ascii_digit() || !b.is_ascii(),
        Next::Word(..) | Next::End => false,
    }
}

/// Gate of [`WRITTEN`]: after the day, a month name or the start of a range (a dash, a
/// range word).
fn month_or_range_follows(bytes: &[u8], at: usize) -> bool {
    match next_after_space(bytes, digits_end(bytes, at)) {
        Next::Byte(b) => b == b'-' || b == b'&' || !b.is_ascii(),
        Next::Word(word, _) => {
            let months = calendar::MONTHS.iter().map(|(m, _)| *m);
            let abbreviations = calendar::MONTH_ABBREVIATIONS.iter().map(|(m, _)| *m);
            one_of(
                word,
                months
                    .chain(abbreviations)
                    .chain(RANGE_WORDS.iter().copied()),
            )
        }
        Next::End => false,
    }
}

/// Gate of [`TIME`]: a clock word and a number, or an hour with its minutes or a range
/// after it. An hour alone, or with only a zone or a part of day, is a time the finder
/// rejects (no clock word, no minutes) and holds no other digit or clock cue.
fn time_may_start(bytes: &[u8], at: usize) -> bool {
    if !bytes.get(at).is_some_and(u8::is_ascii_digit) {
        let Next::Word(_, end) = next_after_space(bytes, at) else {
            return true;
        };
        return match next_after_space(bytes, end) {
            Next::Byte(b) => b.is_ascii_digit() || !b.is_ascii(),
            Next::Word(..) | Next::End => false,
        };
    }
    let end = digits_end(bytes, at);
    if matches!(bytes.get(end), Some(b'.' | b':')) {
        return true;
    }
    match next_after_space(bytes, end) {
        Next::Byte(b) => b == b'-' || !b.is_ascii(),
        Next::Word(..) | Next::End => false,
    }
}

/// Regex alternation of the words before a time (`pukul`, `jam`).
fn clock_pattern() -> String {
    calendar::alternation(calendar::CLOCK_WORDS.iter().copied())
}

/// Words that make a bare bracket date believable (`pada (2/6/2025)`).
const BRACKET_CUES: &[&str] = &[
    "pada", "tanggal", "sejak", "mulai", "hingga", "sampai", "hari", "dikutip",
];

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| unreachable!("date pattern {pattern:?}: {e}"))
}

/// The explicit dates and the times of one paragraph (`para` starts at byte `base` of
/// `text`; `cues` are its cues). Overlapping finds are settled by the caller.
pub(super) fn find(text: &str, para: &str, base: usize, cues: &Cues) -> Vec<Found> {
    let finders: [(&Pattern, Finder); 5] = [
        (&BRACKET, bracket),
        (&WRITTEN, written),
        (&NUMERIC, numeric),
        (&STAMP, stamp),
        (&TIME, time),
    ];
    let mut found = Vec::new();
    for (pattern, finder) in finders {
        pattern.each(para, cues, |c| found.extend(finder(text, para, base, c)));
    }
    found
}

/// A function that turns one pattern match into a mention, or rejects it.
type Finder = fn(&str, &str, usize, &Groups<'_, '_>) -> Option<Found>;

/// The numbers of a date core, checked: a real day of that month (in some year), a range
/// end after its start.
struct Core {
    day: u8,
    end_day: Option<u8>,
    /// The month of the last day, when the range crosses into another month.
    end_month: Option<u8>,
    month: u8,
    year: Option<i32>,
    /// The year of the last day, when written after it.
    end_year: Option<i32>,
}

impl Core {
    fn new(c: &Groups<'_, '_>, month: Option<u8>) -> Option<Core> {
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
            end_month: None,
            month,
            year,
            end_year: None,
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
    time: Option<TimeOfDay>,
    utc_offset: Option<String>,
}

fn bracket(text: &str, para: &str, base: usize, c: &Groups<'_, '_>) -> Option<Found> {
    let core = Core::new(c, None)?;
    let whole = c.whole()?;
    let mut around = Around {
        start: whole.start(),
        end: whole.end(),
        ..Default::default()
    };
    let window = window_before(para, whole.start());
    let head = para.get(window..whole.start())?;
    let prefix = match c.digits() {
        Digits::Ascii => read::bracket_prefix(head),
        Digits::Any => BRACKET_PREFIX.captures(head).map(|p| prefix_of(&p)),
    };
    let closed = c.name("close").is_some();
    if !closed && (core.year.is_none() || prefix.as_ref().is_none_or(|p| p.weekday.is_none())) {
        return None;
    }
    let named_by = prefix
        .as_ref()
        .and_then(|p| words_of(head, &p.relative))
        .and_then(|r| calendar::lookup(calendar::RELATIVE_DAYS, r));
    if let Some(p) = &prefix {
        take_weekday(&mut around, window, head, p);
    } else if core.year.is_none() && !believable_bare_bracket(para, whole.start()) {
        return None;
    }
    extend_after(para, &mut around, c.digits());
    let mut found = build(text, base, &core, around, Rule::DateBracket);
    if let Some(offset) = named_by {
        found.kind = Kind::NamedDay(offset);
        found.mention.relative = Some(format!("day{offset:+}"));
    }
    Some(found)
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

fn written(text: &str, para: &str, base: usize, c: &Groups<'_, '_>) -> Option<Found> {
    let whole = c.whole()?;
    if glued_to_number(para, whole.start()) {
        return None;
    }
    let month = calendar::month_number(c.name("month")?.as_str());
    let mut core = Core::new(c, month)?;
    if let Some(m2) = c.name("month2") {
        join_second_date(&mut core, c, m2.as_str())?;
    }
    let mut around = Around {
        start: whole.start(),
        end: whole.end(),
        ..Default::default()
    };
    let window = window_before(para, whole.start());
    let head = para.get(window..whole.start())?;
    if let Some(p) = written_prefix(head, c.digits()) {
        let closes = para
            .get(whole.end()..)
            .is_some_and(|r| r.trim_start().starts_with(')'));
        match p.open {
            true if closes => {
                let rest = para.get(whole.end()..).unwrap_or_default();
                around.end = whole.end() + rest.find(')').map_or(0, |i| i + 1);
                take_weekday(&mut around, window, head, &p);
            }
            true => {}
            false => take_weekday(&mut around, window, head, &p),
        }
    }
    extend_after(para, &mut around, c.digits());
    Some(build(text, base, &core, around, Rule::DateWritten))
}

fn numeric(text: &str, para: &str, base: usize, c: &Groups<'_, '_>) -> Option<Found> {
    let whole = c.whole()?;
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
    match written_prefix(head, c.digits()) {
        Some(p) if !p.open => take_weekday(&mut around, window, head, &p),
        _ if numeric_cue(head, c.digits()) => {}
        _ => return None,
    }
    extend_after(para, &mut around, c.digits());
    Some(build(text, base, &core, around, Rule::DateNumeric))
}

/// An agency stamp, `10-Jun-25 06:15:07 WIB`: a full date with its time.
fn stamp(text: &str, para: &str, base: usize, c: &Groups<'_, '_>) -> Option<Found> {
    let whole = c.whole()?;
    if glued_to_number(para, whole.start()) {
        return None;
    }
    let core = Core::new(c, calendar::month_number(c.name("month")?.as_str()))?;
    let (time, utc_offset) = read_time(c, "");
    let around = Around {
        start: whole.start(),
        end: whole.end(),
        time: time.filter(|_| c.name("hour").is_some()),
        utc_offset,
        ..Default::default()
    };
    Some(build(text, base, &core, around, Rule::DateStamp))
}

/// A time alone. `pukul` takes any hour; `jam` needs minutes, a zone or a part of day
/// (`24 jam` is a duration); without either word the zone is required (`17.30 WITA`).
fn time(text: &str, para: &str, base: usize, c: &Groups<'_, '_>) -> Option<Found> {
    let whole = c.whole()?;
    // A bare number (most matches) has neither word nor minutes: rejected before its
    // groups are read.
    if whole.as_str().bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
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
    let (time, offset) = read_time(c, "");
    time?;
    let span = Span::new(base + whole.start(), base + whole.end());
    let mut mention = blank(text, span, Rule::DateTime);
    mention.time = time;
    mention.utc_offset = offset;
    mention.part_of_day = c.name("tpod").map(|m| lower_words(m.as_str()));
    Some(Found {
        mention,
        kind: Kind::Time,
    })
}

/// Hour, minute and zone offset of a time match whose groups are named `{g}hour`,
/// `{g}minute`, `{g}zone` or `{g}zone2`.
fn read_time(c: &Groups<'_, '_>, g: &str) -> (Option<TimeOfDay>, Option<String>) {
    let h = c
        .name(&format!("{g}hour"))
        .and_then(|m| m.as_str().parse().ok());
    let m = match c.name(&format!("{g}minute")) {
        Some(m) => m.as_str().parse().ok(),
        None => Some(0),
    };
    let zone = c
        .name(&format!("{g}zone"))
        .or_else(|| c.name(&format!("{g}zone2")));
    (time_of(h, m), zone.and_then(|z| offset_of(z.as_str())))
}

/// The UTC offset of a zone word, if it has one.
fn offset_of(zone: &str) -> Option<String> {
    calendar::zone_offset(zone).flatten().map(str::to_owned)
}

/// The second date of a range across months (`10 November sampai 2 Desember 2023`): its day
/// ends the range, and its year is the first date's when that has none (a year earlier when
/// the range crosses New Year).
fn join_second_date(core: &mut Core, c: &Groups<'_, '_>, month2: &str) -> Option<()> {
    let month2 = calendar::month_number(month2)?;
    let end: u8 = c.name("end2")?.as_str().parse().ok()?;
    crate::article::Date::new(2000, month2, end)?;
    if core.end_day.is_some() {
        return None;
    }
    core.end_day = Some(end);
    core.end_month = Some(month2);
    let year2 = c.name("year2").and_then(|y| read_year(y.as_str()));
    core.end_year = year2;
    if core.year.is_none() {
        core.year = year2.map(|y| if core.month > month2 { y - 1 } else { y });
    }
    Some(())
}

/// The year of a range's last day from the first date's year: the same, or the next when the
/// range crosses New Year (`30 Desember 2024 - 2 Januari`).
fn end_year_of(core: &Core) -> Option<i32> {
    let end_month = core.end_month.unwrap_or(core.month);
    core.year
        .map(|y| if end_month < core.month { y + 1 } else { y })
}

/// Takes the weekday and part of day of a prefix (read from `head`, which starts at byte
/// `window` of the paragraph) into the mention.
fn take_weekday<'a>(around: &mut Around<'a>, window: usize, head: &'a str, p: &Prefix) {
    around.start = window + p.start;
    around.weekday = words_of(head, &p.weekday);
    around.part_of_day = words_of(head, &p.part_of_day);
}

/// The words of a prefix's part, as written in `head`.
fn words_of<'a>(head: &'a str, part: &Option<Range<usize>>) -> Option<&'a str> {
    head.get(part.clone()?)
}

/// A prefix found by one of the prefix regexes (for a paragraph searched whole).
fn prefix_of(p: &Captures<'_>) -> Prefix {
    let range = |name: &str| p.name(name).map(|m| m.range());
    Prefix {
        start: p.get(0).map_or(0, |m| m.start()),
        weekday: range("wd"),
        part_of_day: range("pod").or(range("rpod")).or(range("pod0")),
        relative: range("rel"),
        open: p.name("open").is_some(),
    }
}

/// The prefix of a written or numeric date at the end of `head` (in a paragraph whose
/// digits are `digits`).
fn written_prefix(head: &str, digits: Digits) -> Option<Prefix> {
    match digits {
        Digits::Ascii => read::written_prefix(head),
        Digits::Any => WRITTEN_PREFIX.captures(head).map(|p| prefix_of(&p)),
    }
}

/// Whether `head` ends with `tanggal` or `pada` (in a paragraph whose digits are
/// `digits`).
fn numeric_cue(head: &str, digits: Digits) -> bool {
    match digits {
        Digits::Ascii => read::numeric_cue(head),
        Digits::Any => NUMERIC_CUE.is_match(head),
    }
}

/// Takes what follows the date (part of day, zone, joined time) into the mention (in a
/// paragraph whose digits are `digits`).
fn extend_after<'a>(para: &'a str, around: &mut Around<'a>, digits: Digits) {
    let after = after(para, around.end, digits);
    around.end = after.end;
    around.part_of_day = around.part_of_day.or(after.part_of_day);
    around.time = after.time;
    around.utc_offset = after.utc_offset;
}

/// What follows a date or weekday: a part of day, a zone, a joined time.
pub(super) struct After<'a> {
    /// Where the mention ends, with them (byte offset into the paragraph).
    pub end: usize,
    /// The part of day as written.
    pub part_of_day: Option<&'a str>,
    /// The joined time.
    pub time: Option<TimeOfDay>,
    /// The offset of the zone written (`dini hari WIB`, `pukul 10.00 WITA`).
    pub utc_offset: Option<String>,
}

/// What follows byte `end` of `para` (whose digits are `digits`) and belongs to the date
/// before it (`pagi`, `dini hari WIB`, `waktu setempat`, `, sekitar pukul 00.15 Wita`).
pub(super) fn after(para: &str, end: usize, digits: Digits) -> After<'_> {
    let mut after = After {
        end,
        part_of_day: None,
        time: None,
        utc_offset: None,
    };
    // Nothing follows most dates: an empty match has no groups to read.
    let Some(s) = SUFFIX
        .at(para, end, digits)
        .filter(|s| s.whole().is_some_and(|w| !w.as_str().is_empty()))
    else {
        return after;
    };
    if let Some(pod) = s.name("pod") {
        after.part_of_day = Some(pod.as_str());
        after.end = pod.end();
    }
    if let Some(zone) = s.name("zone") {
        after.utc_offset = offset_of(zone.as_str());
        after.end = zone.end();
    }
    if let Some(t) = s.name("time") {
        let (time, offset) = read_time(&s, "j");
        after.time = time;
        after.utc_offset = offset.or(after.utc_offset);
        after.end = t.end();
    }
    after
}

/// Assembles the mention.
fn build(text: &str, base: usize, core: &Core, around: Around<'_>, rule: Rule) -> Found {
    let span = Span::new(base + around.start, base + around.end);
    let mut mention: DateMention = blank(text, span, rule);
    mention.day = Some(core.day);
    mention.end_day = core.end_day;
    mention.end_month = core.end_day.map(|_| core.end_month.unwrap_or(core.month));
    mention.end_year = core
        .end_day
        .and(core.end_year.or_else(|| end_year_of(core)));
    mention.month = Some(core.month);
    mention.year = core.year;
    mention.weekday = around.weekday.and_then(calendar::weekday_number);
    mention.part_of_day = around.part_of_day.map(lower_words);
    mention.time = around.time;
    mention.utc_offset = around.utc_offset;
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
