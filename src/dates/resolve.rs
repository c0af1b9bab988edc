//! Resolution: the calendar date a mention refers to, read against an anchor date.
//!
//! A date without its year takes the year (anchor's, the one before or after) that puts it
//! nearest before the anchor or a little after it, preferring a year whose weekday agrees
//! with the written one. A written year is taken as written unless it is impossible
//! (`2205`, `2926`, `202`) or it makes the weekday wrong while the anchor's year, near the
//! anchor, makes it right (`Selasa (7/10/2024)` in a story of 7 October 2025): then the
//! inferred date is given and `year_suspect` set.

use super::{Found, Kind};
use crate::article::{Anchor, Date, DateMention};

/// A weekday that disagrees with a candidate date costs this many days of distance.
const WEEKDAY_PENALTY: i64 = 200;

/// A date up to this many days after the anchor is "a little after" (cost doubled); later
/// ones cost four times their distance.
const NEAR_FUTURE_DAYS: i64 = 31;

/// How near the anchor an inferred date must be to overrule a written year.
const TYPO_WINDOW_DAYS: i64 = 62;

/// Fills in `resolved`, `anchor` and `weekday_matches`.
pub(super) fn resolve(found: Found, anchor: Option<(Date, Anchor)>) -> DateMention {
    let Found { mut mention, kind } = found;
    let resolution = match (kind, anchor) {
        (Kind::Explicit | Kind::NamedDay(_), _) => explicit(&mut mention, anchor),
        (Kind::Time, _) | (_, None) => None,
        (Kind::Weekday, Some((a, how))) => mention
            .weekday
            .map(|w| (a.add_days(-days_back_to(a, w, false)), how)),
        (Kind::WeekdayRelative { direction, in_week }, Some((a, how))) => mention
            .weekday
            .and_then(|w| weekday_relative(a, w, direction, in_week))
            .map(|d| (d, how)),
        (Kind::Days(n), Some((a, how))) => Some((a.add_days(n), how)),
        (Kind::Weeks(n), Some((a, how))) => n.checked_mul(7).map(|d| (a.add_days(d), how)),
    };
    if let Some((date, how)) = resolution {
        mention.resolved = Some(date);
        mention.anchor = Some(how);
        mention.weekday_matches = mention.weekday.map(|w| w == date.weekday());
    }
    mention
}

/// A written year that can be a real one: four digits, 1900 to 2100.
pub(super) fn plausible_year(year: i32) -> bool {
    (1900..=2100).contains(&year)
}

/// Resolves a mention with day and month written; flags a suspect year.
fn explicit(m: &mut DateMention, anchor: Option<(Date, Anchor)>) -> Option<(Date, Anchor)> {
    let (day, month) = (m.day?, m.month?);
    let inferred =
        anchor.and_then(|(a, how)| infer_year(a, how, month, day, m.weekday).map(|d| (d, how)));
    let Some(year) = m.year else {
        return inferred;
    };
    let written = Date::new(year, month, day).filter(|_| plausible_year(year));
    match written {
        None => {
            m.year_suspect = true;
            inferred
        }
        Some(w) => {
            let weekday_wrong = m.weekday.is_some_and(|wd| wd != w.weekday());
            let better = inferred.filter(|(d, _)| {
                weekday_wrong
                    && d.year() != year
                    && m.weekday == Some(d.weekday())
                    && anchor.is_some_and(|(a, _)| {
                        (d.days_since_epoch() - a.days_since_epoch()).abs() <= TYPO_WINDOW_DAYS
                    })
            });
            if better.is_some() {
                m.year_suspect = true;
                better
            } else {
                Some((w, Anchor::Written))
            }
        }
    }
}

/// The year for `day`/`month` that costs least against the anchor. Against a publication
/// or dateline date: the anchor's year or one either side, the date nearest before the
/// anchor or a little after it, the written weekday agreeing. Against the article's latest
/// full date, which the story may be years later than (a background date such as `7 Oktober
/// 2023`): the earliest date from a month before it on, within six years, whose weekday
/// agrees.
pub(super) fn infer_year(
    anchor: Date,
    how: Anchor,
    month: u8,
    day: u8,
    weekday: Option<u8>,
) -> Option<Date> {
    let last_year = if how == Anchor::LatestInText { 6 } else { 1 };
    (anchor.year() - 1..=anchor.year() + last_year)
        .filter_map(|y| Date::new(y, month, day))
        .min_by_key(|d| match how {
            Anchor::LatestInText => cost_from_lower_bound(anchor, *d, weekday),
            _ => cost(anchor, *d, weekday),
        })
}

fn cost(anchor: Date, date: Date, weekday: Option<u8>) -> i64 {
    let delta = date.days_since_epoch() - anchor.days_since_epoch();
    let distance = match delta {
        d if d <= 0 => -d,
        d if d <= NEAR_FUTURE_DAYS => 2 * d,
        d => 4 * d,
    };
    distance + weekday_penalty(date, weekday, WEEKDAY_PENALTY)
}

/// Cost of a date when the anchor is only a lower bound: days after a month before it,
/// a weekday that disagrees counting more than any distance.
fn cost_from_lower_bound(anchor: Date, date: Date, weekday: Option<u8>) -> i64 {
    let delta = date.days_since_epoch() - anchor.add_days(-NEAR_FUTURE_DAYS).days_since_epoch();
    let distance = if delta < 0 { 10_000 - delta } else { delta };
    distance + weekday_penalty(date, weekday, 100_000)
}

fn weekday_penalty(date: Date, weekday: Option<u8>, penalty: i64) -> i64 {
    if weekday.is_some_and(|w| w != date.weekday()) {
        penalty
    } else {
        0
    }
}

/// Days from the latest `weekday` on or before `anchor` (strictly before when `strict`).
fn days_back_to(anchor: Date, weekday: u8, strict: bool) -> i64 {
    let back = (i64::from(anchor.weekday()) - i64::from(weekday)).rem_euclid(7);
    if strict && back == 0 { 7 } else { back }
}

/// `Jumat lalu` (the last Friday before the anchor), `Senin depan` (the next Monday after),
/// `Jumat ini` (Friday of the anchor's week), `Jumat pekan lalu` (Friday of last week).
fn weekday_relative(anchor: Date, weekday: u8, direction: i64, in_week: bool) -> Option<Date> {
    let this_week = anchor.add_days(i64::from(weekday) - i64::from(anchor.weekday()));
    if in_week || direction == 0 {
        return Some(this_week.add_days(direction.checked_mul(7)?));
    }
    Some(if direction < 0 {
        anchor.add_days(-days_back_to(anchor, weekday, true))
    } else {
        let ahead = (i64::from(weekday) - i64::from(anchor.weekday())).rem_euclid(7);
        anchor.add_days(if ahead == 0 { 7 } else { ahead })
    })
}
