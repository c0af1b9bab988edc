//! The `published` metadata string, in any of the shapes scrapers hand over.

use crate::article::Date;

/// Parses a publication date string (TODO).
///
/// ```
/// assert_eq!(berita::parse_published("2022-02-05").unwrap().to_string(), "2022-02-05");
/// ```
pub fn parse_published(s: &str) -> Option<Date> {
    let mut it = s.trim().splitn(3, '-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.get(..2)?.parse().ok()?;
    Date::new(y, m, d)
}
