//! Date and time mentions, resolved against the publication date.
//!
//! What counts as a mention, and its span (the gold set's conventions):
//! - explicit dates: `Jumat (4/2)`, `Kamis (5/6/2025)`, `Kamis (29/5/25)`, `Selasa, (17/6/2025)`,
//!   `Rabu, 18 Juni 2025`, `4 Juni 2025`, `17 Agustus` (a month name needs a day number:
//!   `Juli`, `Mei`, `Agustus` are also names), ranges `Selasa-Kamis (10-12/6/2025)` and
//!   `20 – 22 Juni 2025`, `4&mdash;10 Mei 2025` (resolved to the first day; `end_day`,
//!   `end_month` and, with a year, `end_year` set), also across months, `7 Juli hingga 10
//!   Agustus 2025`. The span runs from the
//!   weekday (or the day) through the closing bracket or the year, with a part of day written
//!   next to it (`Kamis malam (12/6/2025)`, `Minggu (15/6/2025) pagi`), `waktu setempat`, and a
//!   time joined to it (`Selasa (5/12), pukul 03.41 WIB`). A relative word right before a
//!   bracket (`kemarin (18/6)`, `hari ini (18/6/2025)`) belongs to it.
//! - a time alone: `pukul 10.00 WIB`, `17.30 WITA`, `jam 09:15 WIT`, `pukul 10.00 waktu
//!   setempat`; never resolved (it names no day).
//! - relative mentions, resolved from the anchor date: `kemarin` (-1 day), `hari ini`,
//!   `besok`, `lusa`, `dua hari lalu`, `pekan lalu` / lower-case `minggu lalu` (-7 days),
//!   `Jumat lalu` (the last Friday before), `Senin depan`. `relative` says `day-1`,
//!   `week-1`, `weekday-1`, `weekday+0` … (unit, then the signed count). Months and years
//!   (`bulan lalu`, `tahun depan`, `tahun ini`) and `pekan ini` name no day and are not
//!   mentions (the gold set's rule), nor are habits (`setiap Senin`, `malam Minggu`).
//! - bare weekdays `pada Rabu,`, `dari Mataram, Kamis, mengatakan`: the nearest such weekday
//!   on or before the anchor date.
//!
//! `Minggu` is Sunday when capitalised inside a sentence or written with a date; lower-case
//! `minggu` and a sentence-initial `Minggu lalu` are "week". `salat Jumat` is a prayer.
//!
//! The anchor is the publication date; without one, a full date in the dateline, and
//! without that the article's latest full date written with its weekday (`Rabu (18/6/2025)`;
//! birth dates and history carry none) anchor resolution, and each mention says which
//! (`anchor`). With none of them, only dates with a written year resolve.
//!
//! No false dates: brackets need a valid day and month, and a bracket without year or
//! weekday needs a capitalised word, a comma or `pada`/`tanggal` before it (so `sepertiga
//! (1/3)` is a fraction); legal clauses, scores, case numbers, money, versions and phone
//! numbers never have the shapes above.

mod cues;
mod explicit;
mod read;
mod relative;
mod resolve;

use crate::Rule;
use crate::article::{Anchor, Date, DateMention, Dateline, Paragraph, Span};
use crate::lexicon::calendar::{
    self, MONTH_ABBREVIATIONS, MONTHS, PARTS_OF_DAY, TIME_ZONES, WEEKDAYS,
};

/// Finds the date and time mentions of the body paragraphs and resolves them against the
/// publication date (or, without it, the dateline's date or the article's latest full date).
pub(crate) fn find(
    text: &str,
    body: &[Paragraph],
    published: Option<Date>,
    dateline: Option<&Dateline>,
) -> Vec<DateMention> {
    let found: Vec<Found> = body.iter().flat_map(|p| scan(text, p.span)).collect();
    let anchor = published
        .map(|d| (d, Anchor::Published))
        .or_else(|| dateline.and_then(|d| dateline_date(text, d.span)))
        .or_else(|| latest_full_date(&found));
    let mut mentions: Vec<DateMention> = found
        .iter()
        .cloned()
        .map(|f| resolve::resolve(f, anchor))
        .collect();
    let today = today_in_text(text, &found, &mentions);
    if let Some(better) = today.or_else(|| refine_latest(anchor, &found, &mentions)) {
        for (m, f) in mentions.iter_mut().zip(found) {
            if !f.kind.is_explicit() {
                *m = resolve::resolve(f, Some(better));
            }
        }
    }
    mentions
}

impl Kind {
    /// Whether the day and month are written.
    fn is_explicit(self) -> bool {
        matches!(self, Kind::Explicit | Kind::NamedDay(_))
    }
}

/// The day the article calls "today", when it says so: a relative day word set next to the
/// date it names (`hari ini, Selasa (22/1/2019)`, `kemarin Kamis (2/3/2023)`, `kemarin
/// (18/6)`). It anchors the article's relative mentions, before the publication date: a
/// story stamped the 21st that says `hari ini, Selasa (22/1/2019)` was written on the 22nd.
fn today_in_text(text: &str, found: &[Found], mentions: &[DateMention]) -> Option<(Date, Anchor)> {
    let today = |m: &DateMention, offset: i64| {
        let date = m.resolved.filter(|_| m.weekday_matches != Some(false))?;
        Some((date.add_days(offset.checked_neg()?), m.anchor?))
    };
    let named = found.iter().zip(mentions).find_map(|(f, m)| match f.kind {
        Kind::NamedDay(offset) => today(m, offset),
        _ => None,
    });
    named.or_else(|| {
        found
            .windows(2)
            .zip(mentions.windows(2))
            .find_map(|(f, m)| {
                let (Kind::Days(offset), true) = (f[0].kind, f[1].kind.is_explicit()) else {
                    return None;
                };
                let gap = text.get(m[0].span.end..m[1].span.start)?;
                gap.chars()
                    .all(|c| c == ',' || crate::text::is_blank(c))
                    .then(|| today(&m[1], offset))
                    .flatten()
            })
    })
}

/// With the article's latest full date as anchor, the dates whose weekday settled their
/// year (`Rabu (10/9)` → 2025) may be later than it: the latest of them anchors the
/// relative mentions and bare weekdays instead.
fn refine_latest(
    anchor: Option<(Date, Anchor)>,
    found: &[Found],
    mentions: &[DateMention],
) -> Option<(Date, Anchor)> {
    let (latest, Anchor::LatestInText) = anchor? else {
        return None;
    };
    found
        .iter()
        .zip(mentions)
        .filter(|(f, m)| f.kind.is_explicit() && m.weekday_matches == Some(true))
        .filter_map(|(_, m)| m.resolved)
        .max()
        .filter(|d| *d > latest)
        .map(|d| (d, Anchor::LatestInText))
}

/// A mention found in the text, not yet resolved.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    /// The mention, with `resolved`, `anchor` and `weekday_matches` still empty.
    pub mention: DateMention,
    /// How it is resolved.
    pub kind: Kind,
}

/// How a mention is resolved against the anchor date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Day and month written (year maybe).
    Explicit,
    /// Day and month written after a relative day word (`kemarin (18/6)`): the date, and
    /// its offset in days from the article's today (-1).
    NamedDay(i64),
    /// A weekday alone: the nearest such day on or before the anchor.
    Weekday,
    /// A weekday with a direction (`Jumat lalu`: -1, `Senin depan`: +1, `Jumat ini`: 0),
    /// `in_week` when the week is named (`Jumat pekan lalu`).
    WeekdayRelative {
        /// Direction: -1 before, +1 after, 0 this week.
        direction: i64,
        /// Whether the phrase names the week (`Jumat pekan lalu`).
        in_week: bool,
    },
    /// So many days from the anchor (`kemarin`: -1).
    Days(i64),
    /// So many weeks from the anchor (`pekan lalu`: -1).
    Weeks(i64),
    /// A time alone.
    Time,
}

/// The mentions of one paragraph, overlaps settled (the earlier, then the longer, wins).
fn scan(text: &str, span: Span) -> Vec<Found> {
    let Some(para) = span.slice(text) else {
        return Vec::new();
    };
    let cues = cues::Cues::of(para);
    let mut found = explicit::find(text, para, span.start, &cues);
    found.extend(relative::find(text, para, span.start, &cues));
    found.sort_by_key(|f| (f.mention.span.start, std::cmp::Reverse(f.mention.span.end)));
    let mut kept: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        if kept
            .last()
            .is_none_or(|k| k.mention.span.end <= f.mention.span.start)
        {
            kept.push(f);
        }
    }
    kept
}

/// A full date written in the dateline, as an anchor.
fn dateline_date(text: &str, span: Span) -> Option<(Date, Anchor)> {
    let stamp = span.slice(text)?;
    explicit::find(text, stamp, span.start, &cues::Cues::of(stamp))
        .iter()
        .find_map(written_full_date)
        .map(|d| (d, Anchor::Dateline))
}

/// The article's latest full date written the way a report dates its events: with its
/// weekday and a plausible year that agrees with it (`Rabu (18/6/2025)`, `Rabu, 18 Juni
/// 2025`). Dates without a weekday are left out: they are mostly birth dates and history
/// (`lahir pada 21 Februari 1924`), which say nothing of when the story was written.
fn latest_full_date(found: &[Found]) -> Option<(Date, Anchor)> {
    found
        .iter()
        .filter(|f| f.mention.weekday.is_some())
        .filter_map(written_full_date)
        .max()
        .map(|d| (d, Anchor::LatestInText))
}

/// The date of a mention whose year is written and plausible, with a weekday that agrees
/// when one is written.
fn written_full_date(f: &Found) -> Option<Date> {
    let m = &f.mention;
    let year = m.year.filter(|y| resolve::plausible_year(*y))?;
    let date = Date::new(year, m.month?, m.day?)?;
    m.weekday
        .is_none_or(|w| w == date.weekday())
        .then_some(date)
}

/// A mention with nothing but its span and rule filled in.
pub(crate) fn blank(text: &str, span: Span, rule: Rule) -> DateMention {
    DateMention {
        raw: span.slice(text).unwrap_or_default().to_owned(),
        span,
        weekday: None,
        day: None,
        month: None,
        year: None,
        end_day: None,
        end_month: None,
        end_year: None,
        time: None,
        utc_offset: None,
        part_of_day: None,
        relative: None,
        resolved: None,
        anchor: None,
        weekday_matches: None,
        year_suspect: false,
        rule,
    }
}

/// Regex alternation of the weekday spellings.
pub(crate) fn weekday_pattern() -> String {
    calendar::alternation(WEEKDAYS.iter().map(|(w, _)| *w))
}

/// Regex alternation of the parts of the day (`dini hari`, `malam`).
pub(crate) fn part_of_day_pattern() -> String {
    calendar::alternation(PARTS_OF_DAY.iter().copied())
}

/// Regex alternation of month names (any case) and abbreviations (as written).
pub(crate) fn month_pattern() -> String {
    let names = calendar::alternation(MONTHS.iter().map(|(w, _)| *w));
    let abbreviations = calendar::alternation(MONTH_ABBREVIATIONS.iter().map(|(w, _)| *w));
    format!("(?i:{names})|{abbreviations}")
}

/// Regex alternation of zone words: abbreviations upper-case or capitalised (`WITA`,
/// `Wita`), phrases in any case.
pub(crate) fn zone_pattern() -> String {
    zone_spellings()
        .into_iter()
        .map(|(zone, any_case)| {
            if any_case {
                format!("(?i:{})", zone.replace(' ', r"\s+"))
            } else {
                zone
            }
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// The zone words in the order a zone pattern tries them, each with whether it is matched
/// in any case: abbreviations upper-case or capitalised (`WITA`, `Wita`), as written;
/// phrases in any case.
pub(crate) fn zone_spellings() -> Vec<(String, bool)> {
    let mut words = Vec::new();
    for (zone, _) in TIME_ZONES {
        if zone.chars().all(|c| c.is_ascii_uppercase()) {
            words.push(((*zone).to_owned(), false));
            let mut capitalised = zone.get(..1).unwrap_or_default().to_owned();
            capitalised.push_str(&zone.get(1..).unwrap_or_default().to_lowercase());
            words.push((capitalised, false));
        } else {
            words.push(((*zone).to_owned(), true));
        }
    }
    words
}

/// A time pattern without its `pukul`/`jam`: `hh.mm` or `hh:mm` (or a bare hour), an
/// optional end of range, and a zone, or a part of day and a zone (`10.30 pagi waktu
/// setempat`). Its groups are `{g}hour`, `{g}minute`, `{g}zone`, `{g}tpod`, `{g}zone2`, so
/// that two copies can live in one regex.
pub(crate) fn time_pattern(g: &str) -> String {
    let zone = zone_pattern();
    let pod = part_of_day_pattern();
    format!(
        r"(?P<{g}hour>\d{{1,2}})(?:[.:](?P<{g}minute>\d{{2}}))?(?:\s*[-–]\s*\d{{1,2}}[.:]\d{{2}})?(?:\s*(?P<{g}zone>{zone})\b|\s+(?P<{g}tpod>{pod})\b(?:\s+(?P<{g}zone2>{zone})\b)?)?"
    )
}

/// Whether byte `at` of `para` starts a sentence (nothing but blanks, or a full stop,
/// question or exclamation mark, colon or quotation mark, before it).
pub(crate) fn sentence_initial(para: &str, at: usize) -> bool {
    let before = para.get(..at).unwrap_or_default().trim_end();
    before
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | '"' | '\u{201C}' | '\u{201D}'))
}

/// The word just before byte `at` of `para` (letters only), if any.
pub(crate) fn word_before(para: &str, at: usize) -> &str {
    let before = para.get(..at).unwrap_or_default().trim_end();
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(before.len(), |(i, _)| i);
    before.get(start..).unwrap_or_default()
}

/// Words in lower case with single spaces (`Dini\u{a0}Hari` → `dini hari`).
pub(crate) fn lower_words(s: &str) -> String {
    s.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests;
