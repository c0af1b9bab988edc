//! Date and time mentions, resolved against the publication date.

use crate::article::{Date, DateMention, Dateline, Paragraph};

/// Finds date mentions in the body (TODO).
pub(crate) fn find(
    _text: &str,
    _body: &[Paragraph],
    _published: Option<Date>,
    _dateline: Option<&Dateline>,
) -> Vec<DateMention> {
    Vec::new()
}
