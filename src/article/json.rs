//! The `berita/1` document written straight into a byte buffer: spans turned into code points
//! on the way (no copy of the article), strings escaped by runs found eight bytes at a time.
//!
//! The output is byte for byte what `serde_json::to_string` gives for the article with code
//! point spans ([`Article::to_json_value`] still goes through the `Serialize` impls): same
//! field order, same escapes, same number forms. A test compares the two.

use super::{
    Anchor, Article, Boilerplate, BoilerplateKind, Citation, CitationKind, Code, Credit, Cue, Date,
    DateMention, Dateline, Paragraph, Quote, QuoteKind, QuotedTerm, ReadAlso, Role, Span, Speaker,
    SpeakerKind, TimeOfDay, Warning, WarningKind,
};
use crate::text::CharOffsets;

/// Appends the `berita/1` JSON document of `article`, spans in code points, to `out` (UTF-8:
/// only whole strings and ASCII are written).
pub(super) fn write_document(article: &Article, out: &mut Vec<u8>) {
    // Most documents are a little longer than the text they describe.
    out.reserve(article.text.len() + 1024);
    let mut w = JsonWriter {
        out,
        offsets: CharOffsets::new(&article.text),
        first: true,
    };
    article.write_to(&mut w);
}

/// Compact JSON being written, with the code point map of the text its spans point into.
struct JsonWriter<'o> {
    /// The JSON so far.
    out: &'o mut Vec<u8>,
    /// Byte → code point offsets of the article's text.
    offsets: CharOffsets,
    /// Whether the next field or element is the first of its object or array (no comma).
    first: bool,
}

/// A value that can write itself as JSON.
trait WriteJson {
    /// Appends the value's JSON to `w`.
    fn write_to(&self, w: &mut JsonWriter<'_>);
}

impl JsonWriter<'_> {
    /// An object `{...}` whose fields `fields` writes with [`JsonWriter::field`].
    fn object(&mut self, fields: impl FnOnce(&mut Self)) {
        self.out.push(b'{');
        self.first = true;
        fields(self);
        self.out.push(b'}');
    }

    /// One `"key":value` field of the object being written (`key` needs no escaping).
    // Inlined where it is called, the key's length is known and its copy is a few moves.
    #[inline(always)]
    fn field<T: WriteJson + ?Sized>(&mut self, key: &str, value: &T) {
        self.comma();
        self.out.push(b'"');
        self.out.extend_from_slice(key.as_bytes());
        self.out.extend_from_slice(b"\":");
        value.write_to(self);
        self.first = false;
    }

    /// An array `[...]` of `items`.
    fn array<T: WriteJson>(&mut self, items: &[T]) {
        self.out.push(b'[');
        self.first = true;
        for item in items {
            self.comma();
            item.write_to(self);
            self.first = false;
        }
        self.out.push(b']');
    }

    /// The comma before every field or element but the first.
    fn comma(&mut self) {
        if !self.first {
            self.out.push(b',');
        }
    }

    /// A JSON string: `"`, `\` and control characters escaped as serde_json does, everything
    /// else (non-ASCII, `/`, DEL) copied as it is.
    fn string(&mut self, s: &str) {
        let bytes = s.as_bytes();
        self.out.push(b'"');
        // Most strings need no escape: one pass without early exit (vectorised) tells.
        if !bytes.iter().fold(false, |any, &b| any | needs_escape(b)) {
            self.out.extend_from_slice(bytes);
            self.out.push(b'"');
            return;
        }
        let mut run = 0;
        while let Some((at, byte)) = next_escape(bytes, run) {
            self.out
                .extend_from_slice(bytes.get(run..at).unwrap_or_default());
            self.escape(byte);
            run = at + 1;
        }
        self.out
            .extend_from_slice(bytes.get(run..).unwrap_or_default());
        self.out.push(b'"');
    }

    /// The escape of one byte that JSON strings may not hold as it is.
    fn escape(&mut self, byte: u8) {
        let short: &[u8] = match byte {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\t' => b"\\t",
            b'\r' => b"\\r",
            0x08 => b"\\b",
            0x0C => b"\\f",
            _ => {
                // The other control characters, as `\u00XX` in lower-case hex.
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let hex = |nibble: u8| HEX.get(usize::from(nibble)).copied().unwrap_or(b'0');
                let escape = [b'\\', b'u', b'0', b'0', hex(byte >> 4), hex(byte & 0xF)];
                self.out.extend_from_slice(&escape);
                return;
            }
        };
        self.out.extend_from_slice(short);
    }

    /// A number without sign.
    fn unsigned(&mut self, n: u64) {
        // Two digits at a time from the last, into room for the twenty of u64::MAX.
        let mut digits = [b'0'; 20];
        let mut first = digits.len();
        let mut rest = n;
        for pair in digits.rchunks_exact_mut(2) {
            let at = usize::from((rest % 100) as u8) * 2;
            pair.copy_from_slice(DIGIT_PAIRS.get(at..at + 2).unwrap_or(b"00"));
            first -= 2;
            rest /= 100;
            if rest == 0 {
                break;
            }
        }
        // The last pair written may start with a zero that is not part of the number.
        if digits.get(first) == Some(&b'0') {
            first += 1;
        }
        // A few bytes: pushed one by one, cheaper than a copy of unknown length.
        for &digit in digits.get(first..).unwrap_or_default() {
            self.out.push(digit);
        }
    }

    /// A number in at least `width` characters, zero-padded after the sign: what `{:0width$}`
    /// writes (`-005` for -5 in four).
    fn padded(&mut self, n: i64, width: usize) {
        let digits = n
            .unsigned_abs()
            .checked_ilog10()
            .map_or(1, |log| log as usize + 1);
        if n < 0 {
            self.out.push(b'-');
        }
        let zeros = width.saturating_sub(usize::from(n < 0) + digits);
        self.out.resize(self.out.len() + zeros, b'0');
        self.unsigned(n.unsigned_abs());
    }
}

/// "00", "01", … "99": the digits of every number below 100, two bytes each.
const DIGIT_PAIRS: &[u8; 200] = b"\
    0001020304050607080910111213141516171819\
    2021222324252627282930313233343536373839\
    4041424344454647484950515253545556575859\
    6061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899";

/// The first byte from `from` on that JSON must escape, with its offset.
fn next_escape(bytes: &[u8], from: usize) -> Option<(usize, u8)> {
    let rest = bytes.get(from..)?;
    // Skip the words of eight bytes that hold nothing to escape, then look byte by byte.
    let clean = rest
        .chunks_exact(8)
        .take_while(|word| !word_needs_escape(word))
        .count()
        * 8;
    let tail = rest.get(clean..)?;
    let at = tail.iter().position(|&b| needs_escape(b))?;
    Some((from + clean + at, *tail.get(at)?))
}

/// Whether JSON must escape `b`: a quote, a backslash or a control character.
const fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// Whether any byte of `word` (eight bytes) needs escaping, tested on all eight at once.
fn word_needs_escape(word: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // Some byte of `w` is below `n` (n <= 0x80) iff this is not zero (a classic bit trick:
    // the subtraction borrows into the high bit of exactly such bytes first).
    let has_byte_below = |w: u64, n: u8| w.wrapping_sub(ONES * u64::from(n)) & !w & HIGHS != 0;
    let has_byte = |w: u64, b: u8| has_byte_below(w ^ (ONES * u64::from(b)), 1);
    let Ok(bytes) = <[u8; 8]>::try_from(word) else {
        return true;
    };
    let w = u64::from_le_bytes(bytes);
    has_byte_below(w, 0x20) || has_byte(w, b'"') || has_byte(w, b'\\')
}

impl WriteJson for str {
    fn write_to(&self, w: &mut JsonWriter<'_>) {
        w.string(self);
    }
}

impl WriteJson for crate::Rule {
    fn write_to(&self, w: &mut JsonWriter<'_>) {
        w.string(self.as_str());
    }
}

impl WriteJson for String {
    fn write_to(&self, w: &mut JsonWriter<'_>) {
        w.string(self);
    }
}

impl<T: WriteJson> WriteJson for Option<T> {
    fn write_to(&self, w: &mut JsonWriter<'_>) {
        match self {
            Some(value) => value.write_to(w),
            None => w.out.extend_from_slice(b"null"),
        }
    }
}

impl<T: WriteJson> WriteJson for Vec<T> {
    fn write_to(&self, w: &mut JsonWriter<'_>) {
        w.array(self);
    }
}

impl WriteJson for u8 {
    fn write_to(&self, w: &mut JsonWriter<'_>) {
        w.unsigned(u64::from(*self));
    }
}

impl WriteJson for i32 {
    fn write_to(&self, w: &mut JsonWriter<'_>) {
        w.padded(i64::from(*self), 0);
    }
}

impl WriteJson for bool {
    fn write_to(&self, w: &mut JsonWriter<'_>) {
        let word: &[u8] = if *self { b"true" } else { b"false" };
        w.out.extend_from_slice(word);
    }
}

/// A span as `[start,end]` in code points.
impl WriteJson for Span {
    fn write_to(&self, w: &mut JsonWriter<'_>) {
        w.out.push(b'[');
        w.unsigned(w.offsets.to_char(self.start) as u64);
        w.out.push(b',');
        w.unsigned(w.offsets.to_char(self.end) as u64);
        w.out.push(b']');
    }
}

/// A date as `"YYYY-MM-DD"`, its `Display` form in quotes (which is how it serialises).
impl WriteJson for Date {
    fn write_to(&self, w: &mut JsonWriter<'_>) {
        w.out.push(b'"');
        w.padded(i64::from(self.year()), 4);
        w.out.push(b'-');
        w.padded(i64::from(self.month()), 2);
        w.out.push(b'-');
        w.padded(i64::from(self.day()), 2);
        w.out.push(b'"');
    }
}

/// A time as `"HH:MM"`, its `Display` form in quotes (which is how it serialises).
impl WriteJson for TimeOfDay {
    fn write_to(&self, w: &mut JsonWriter<'_>) {
        w.out.push(b'"');
        w.padded(i64::from(self.hour), 2);
        w.out.push(b':');
        w.padded(i64::from(self.minute), 2);
        w.out.push(b'"');
    }
}

/// The enums, written as their `as_str` names (the names their `Serialize` gives).
macro_rules! write_as_str {
    ($($kind:ty),*) => {
        $(impl WriteJson for $kind {
            fn write_to(&self, w: &mut JsonWriter<'_>) {
                w.string(self.as_str());
            }
        })*
    };
}

write_as_str!(
    WarningKind,
    Role,
    BoilerplateKind,
    QuoteKind,
    SpeakerKind,
    CitationKind,
    Anchor
);

impl WriteJson for Dateline {
    fn write_to(&self, w: &mut JsonWriter<'_>) {
        w.object(|w| {
            w.field("outlet", &self.outlet);
            w.field("outlet_id", &self.outlet_id);
            w.field("network", &self.network);
            w.field("city", &self.city);
            w.field("span", &self.span);
            w.field("rule", &self.rule);
        });
    }
}

impl WriteJson for Credit {
    fn write_to(&self, w: &mut JsonWriter<'_>) {
        w.object(|w| {
            w.field("name", &self.name);
            w.field("role", &self.role);
            w.field("span", &self.span);
            w.field("rule", &self.rule);
        });
    }
}

impl WriteJson for Code {
    fn write_to(&self, w: &mut JsonWriter<'_>) {
        w.object(|w| {
            w.field("raw", &self.raw);
            w.field("initials", &self.initials);
            w.field("span", &self.span);
            w.field("rule", &self.rule);
        });
    }
}

impl WriteJson for ReadAlso {
    fn write_to(&self, w: &mut JsonWriter<'_>) {
        w.object(|w| {
            w.field("title", &self.title);
            w.field("marker", &self.marker);
            w.field("span", &self.span);
            w.field("title_span", &self.title_span);
            w.field("rule", &self.rule);
        });
    }
}

impl WriteJson for Boilerplate {
    fn write_to(&self, w: &mut JsonWriter<'_>) {
        w.object(|w| {
            w.field("kind", &self.kind);
            w.field("span", &self.span);
            w.field("source", &self.source);
            w.field("rule", &self.rule);
        });
    }
}

impl WriteJson for Paragraph {
    fn write_to(&self, w: &mut JsonWriter<'_>) {
        w.object(|w| w.field("span", &self.span));
    }
}

impl WriteJson for Cue {
    fn write_to(&self, w: &mut JsonWriter<'_>) {
        w.object(|w| {
            w.field("text", &self.text);
            w.field("lemma", &self.lemma);
            w.field("span", &self.span);
        });
    }
}

impl WriteJson for Speaker {
    fn write_to(&self, w: &mut JsonWriter<'_>) {
        w.object(|w| {
            w.field("mention", &self.mention);
            w.field("name", &self.name);
            w.field("role", &self.role);
            w.field("kind", &self.kind);
            w.field("span", &self.span);
            w.field("rule", &self.rule);
        });
    }
}

impl WriteJson for Quote {
    fn write_to(&self, w: &mut JsonWriter<'_>) {
        w.object(|w| {
            w.field("kind", &self.kind);
            w.field("text", &self.text);
            w.field("span", &self.span);
            w.field("cue", &self.cue);
            w.field("speaker", &self.speaker);
            w.field("citation", &self.citation);
            w.field("rule", &self.rule);
        });
    }
}

impl WriteJson for QuotedTerm {
    fn write_to(&self, w: &mut JsonWriter<'_>) {
        w.object(|w| {
            w.field("text", &self.text);
            w.field("span", &self.span);
            w.field("rule", &self.rule);
        });
    }
}

impl WriteJson for Citation {
    fn write_to(&self, w: &mut JsonWriter<'_>) {
        w.object(|w| {
            w.field("source", &self.source);
            w.field("verb", &self.verb);
            w.field("kind", &self.kind);
            w.field("span", &self.span);
            w.field("source_span", &self.source_span);
            w.field("rule", &self.rule);
        });
    }
}

impl WriteJson for DateMention {
    fn write_to(&self, w: &mut JsonWriter<'_>) {
        w.object(|w| {
            w.field("raw", &self.raw);
            w.field("span", &self.span);
            w.field("weekday", &self.weekday);
            w.field("day", &self.day);
            w.field("month", &self.month);
            w.field("year", &self.year);
            w.field("end_day", &self.end_day);
            w.field("end_month", &self.end_month);
            w.field("end_year", &self.end_year);
            w.field("time", &self.time);
            w.field("utc_offset", &self.utc_offset);
            w.field("part_of_day", &self.part_of_day);
            w.field("relative", &self.relative);
            w.field("resolved", &self.resolved);
            w.field("anchor", &self.anchor);
            w.field("weekday_matches", &self.weekday_matches);
            w.field("year_suspect", &self.year_suspect);
            w.field("rule", &self.rule);
        });
    }
}

impl WriteJson for Article {
    fn write_to(&self, w: &mut JsonWriter<'_>) {
        w.object(|w| {
            w.field("schema", self.schema);
            w.field("dateline", &self.dateline);
            w.field("byline", &self.byline);
            w.field("codes", &self.codes);
            w.field("read_also", &self.read_also);
            w.field("boilerplate", &self.boilerplate);
            w.field("body", &self.body);
            w.field("quotes", &self.quotes);
            w.field("quoted_terms", &self.quoted_terms);
            w.field("citations", &self.citations);
            w.field("dates", &self.dates);
            w.field("published", &self.published);
            w.field("warnings", &self.warnings);
        });
    }
}

impl WriteJson for Warning {
    fn write_to(&self, w: &mut JsonWriter<'_>) {
        w.object(|w| {
            w.field("kind", &self.kind);
            w.field("message", &self.message);
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `write` writes, with a writer for an empty text.
    fn written(write: impl FnOnce(&mut JsonWriter<'_>)) -> String {
        let mut out = Vec::new();
        write(&mut JsonWriter {
            out: &mut out,
            offsets: CharOffsets::new(""),
            first: true,
        });
        String::from_utf8(out).unwrap_or_default()
    }

    #[test]
    fn strings_escape_as_serde_json_does() {
        let all_ascii: String = (0u8..=0x7F).map(char::from).collect();
        let samples = [
            "",
            "plain",
            "a \"quoted\" word\\path/to",
            "tab\there, line\nbreak\r\u{8}\u{c}\u{0}\u{1f}\u{7f}",
            "é “kata” 😀 long enough to fill several words\" of eight\\ bytes\n",
            all_ascii.as_str(),
        ];
        for s in samples {
            let expected = serde_json::to_string(s).unwrap_or_default();
            assert_eq!(written(|w| w.string(s)), expected, "{s:?}");
        }
    }

    #[test]
    fn numbers_as_serde_json_writes_them() {
        let powers = (0..20).flat_map(|p| [10u64.pow(p) - 1, 10u64.pow(p), 10u64.pow(p) + 1]);
        for n in (0..1200).chain(powers).chain([65_535, u64::MAX]) {
            assert_eq!(written(|w| w.unsigned(n)), n.to_string());
        }
        for n in [0i32, -1, 2025, i32::MIN, i32::MAX] {
            assert_eq!(written(|w| n.write_to(w)), n.to_string());
        }
    }

    #[test]
    fn dates_and_times_as_their_display_form() {
        let mut dates: Vec<Date> = [
            (2025, 6, 5),
            (5, 1, 1),
            (-5, 12, 31),
            (0, 2, 29),
            (12345, 10, 10),
        ]
        .iter()
        .filter_map(|&(y, m, d)| Date::new(y, m, d))
        .collect();
        dates.push(Date::from_days_since_epoch(-1_000_000_000));
        assert_eq!(dates.len(), 6);
        for date in dates {
            assert_eq!(written(|w| date.write_to(w)), format!("\"{date}\""));
        }
        let times: Vec<TimeOfDay> = [(0, 0), (9, 5), (24, 0), (23, 59)]
            .iter()
            .filter_map(|&(h, m)| TimeOfDay::new(h, m))
            .collect();
        assert_eq!(times.len(), 4);
        for time in times {
            assert_eq!(written(|w| time.write_to(w)), format!("\"{time}\""));
        }
    }
}
