//! The JSONL record reader of `berita parse --jsonl`: input lines read in batches into one
//! buffer, and each line's record (or why it has none), read as a `serde_json::Value` of the
//! line alone would be, without building that value.
//!
//! It depends on `serde`, `serde_json` and `std` only, so that the fuzz target
//! (`fuzz/fuzz_targets/jsonl.rs`) and the Python extension (`python -m berita`) include this
//! very file: `#[path = ".../src/bin/berita/records.rs"] mod records;`.

use std::borrow::Cow;
use std::io::{self, BufRead};
use std::ops::Range;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use serde_json::de::SliceRead;

/// How many lines are read before they are parsed together (bounds memory).
pub const BATCH: usize = 512;

/// The message of a blank line's error record.
pub const BLANK_LINE: &str = "blank line";

/// The message of the error record of a record without a string `text`.
pub const NO_TEXT: &str = "record has no string field \"text\"";

/// Up to [`BATCH`] input lines, read into one buffer that every batch reuses.
#[derive(Default)]
pub struct Batch {
    /// The lines as read, newlines included.
    bytes: Vec<u8>,
    /// Where each line is in `bytes`, its newline left out.
    lines: Vec<Range<usize>>,
}

impl Batch {
    /// Reads the next lines in place of the last ones; `false` once the input is exhausted.
    pub fn read(&mut self, reader: &mut dyn BufRead) -> io::Result<bool> {
        self.bytes.clear();
        self.lines.clear();
        while self.lines.len() < BATCH {
            let start = self.bytes.len();
            if reader.read_until(b'\n', &mut self.bytes)? == 0 {
                break;
            }
            let newline = usize::from(self.bytes.last() == Some(&b'\n'));
            self.lines.push(start..self.bytes.len() - newline);
        }
        Ok(!self.lines.is_empty())
    }

    /// Where the batch's lines are in its bytes, in order.
    pub fn lines(&self) -> &[Range<usize>] {
        &self.lines
    }

    /// How many bytes the batch holds, newlines included.
    pub fn len_bytes(&self) -> usize {
        self.bytes.len()
    }

    /// Reads the records of `lines` (a run of consecutive lines of [`Batch::lines`]): one
    /// [`Line`] per line, in order.
    pub fn read_records<'a>(&'a self, lines: &'a [Range<usize>]) -> impl Iterator<Item = Line<'a>> {
        let start = lines.first().map_or(0, |line| line.start);
        let mut records = Records::new(&self.bytes, start);
        lines.iter().map(move |line| match self.content(line) {
            Some(content) => Line::from(records.read(content)),
            None => Line::Blank,
        })
    }

    /// The line at `range` without its `\r`, or `None` when it is blank.
    fn content(&self, range: &Range<usize>) -> Option<Range<usize>> {
        let line = self.bytes.get(range.clone())?;
        let content = content(line)?;
        Some(range.start..range.start + content.len())
    }
}

/// `line` without its `\r`, or `None` when it is blank (ASCII whitespace only).
fn content(line: &[u8]) -> Option<&[u8]> {
    let content = line.strip_suffix(b"\r").unwrap_or(line);
    (!content.iter().all(u8::is_ascii_whitespace)).then_some(content)
}

/// What one input line holds.
pub enum Line<'a> {
    /// Nothing but blanks.
    Blank,
    /// A JSON value, read as a record (which may lack `text`).
    Record(Record<'a>),
    /// Not one JSON value: why.
    Invalid(serde_json::Error),
}

impl<'a> Line<'a> {
    /// The line (its newline left out) read on its own, as [`Batch::read_records`] reads it.
    #[allow(dead_code, reason = "used by the Python extension and the tests")]
    pub fn read(line: &'a [u8]) -> Line<'a> {
        match content(line) {
            Some(content) => Line::from(serde_json::from_slice(content)),
            None => Line::Blank,
        }
    }

    /// The record's `id`, or `null` when it has none (or the line is no record).
    pub fn id(&self) -> &Value {
        match self {
            Line::Record(Record { id: Some(id), .. }) => id,
            _ => &Value::Null,
        }
    }

    /// Why the line gives no document, or `None` when it has a string `text`.
    pub fn error(&self) -> Option<String> {
        match self {
            Line::Blank => Some(BLANK_LINE.to_owned()),
            Line::Invalid(error) => Some(invalid_json(error)),
            Line::Record(Record { text: None, .. }) => Some(NO_TEXT.to_owned()),
            Line::Record(_) => None,
        }
    }
}

impl<'a> From<serde_json::Result<Record<'a>>> for Line<'a> {
    fn from(result: serde_json::Result<Record<'a>>) -> Self {
        match result {
            Ok(record) => Line::Record(record),
            Err(error) => Line::Invalid(error),
        }
    }
}

/// `invalid JSON: <serde_json's message>`, its position given as the column in the line
/// only (a line read alone is always JSON's line 1).
pub fn invalid_json(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    match message.strip_suffix(&position) {
        Some(what) => format!("invalid JSON: {what} at column {}", error.column()),
        None => format!("invalid JSON: {message}"),
    }
}

/// Reads the records of a batch's lines, one after the other, with one serde_json stream: its
/// buffer for unescaped strings then serves every record instead of growing anew for each.
/// A line the stream does not read as exactly one value (an error, a value running over the
/// line, a second value after it) is read again on its own, so that results and messages
/// are those of the line alone; so are all the lines after it, as the stream may have run
/// over them (once: reading stays linear whatever the lines hold).
struct Records<'a> {
    /// The batch's bytes.
    bytes: &'a [u8],
    /// The stream, with the offset in `bytes` it starts at; `None` once a line was read alone.
    stream: Option<Stream<'a>>,
}

/// A serde_json stream of records over a batch's bytes from `start` on.
struct Stream<'a> {
    /// Where the stream starts in the batch's bytes.
    start: usize,
    /// The records read so far.
    records: serde_json::StreamDeserializer<'a, SliceRead<'a>, Record<'a>>,
}

impl<'a> Records<'a> {
    /// Records of the lines of `bytes` from offset `start` on.
    fn new(bytes: &'a [u8], start: usize) -> Self {
        let rest = bytes.get(start..).unwrap_or_default();
        Records {
            bytes,
            stream: Some(Stream {
                start,
                records: serde_json::Deserializer::from_slice(rest).into_iter(),
            }),
        }
    }

    /// The record on the (non-blank) line at `line`, read after the previous line's.
    fn read(&mut self, line: Range<usize>) -> serde_json::Result<Record<'a>> {
        if let Some(record) = self.read_from_stream(&line) {
            return Ok(record);
        }
        self.stream = None;
        serde_json::from_slice(self.bytes.get(line).unwrap_or_default())
    }

    /// The stream's next value, if it lies on `line` with nothing after it but blanks.
    fn read_from_stream(&mut self, line: &Range<usize>) -> Option<Record<'a>> {
        let stream = self.stream.as_mut()?;
        let record = stream.records.next()?.ok()?;
        let after = self
            .bytes
            .get(stream.start + stream.records.byte_offset()..line.end)?;
        // JSON's blanks: what reading the line alone skips after the value too.
        let blank = |b: &u8| matches!(b, b' ' | b'\t' | b'\r' | b'\n');
        after.iter().all(blank).then_some(record)
    }
}

/// The visits of the JSON values a visitor reads past, each giving `$value`: `scalars` (null,
/// booleans, numbers) or `strings` (a borrowed string is visited as any string is).
macro_rules! read_past {
    (scalars => $value:expr) => {
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok($value)
        }

        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Ok($value)
        }

        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
            Ok($value)
        }

        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
            Ok($value)
        }

        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
            Ok($value)
        }
    };
    (strings => $value:expr) => {
        fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
            Ok($value)
        }
    };
}

/// The fields of a JSONL record that berita reads, its strings borrowed from the line when
/// they hold no escapes. Read as a `serde_json::Value` would be (any JSON is accepted, the
/// last of repeated keys wins, fields that are not strings count as missing, but for
/// `published`), so that the same lines are refused with the same messages, without building
/// the whole value.
#[derive(Default)]
pub struct Record<'a> {
    /// `id`, echoed as it is.
    pub id: Option<Value>,
    /// `text`, if it is a string.
    pub text: Option<Cow<'a, str>>,
    /// `published`: see [`published_text`].
    pub published: Option<Cow<'a, str>>,
    /// `outlet`, if it is a string.
    pub outlet: Option<Cow<'a, str>>,
    /// `url`, if it is a string.
    pub url: Option<Cow<'a, str>>,
}

/// A record's `published` value as the parser is given it: a string as it is, `null` as
/// missing, and any other value as its JSON text (`20220205`), which the parser cannot read
/// and says so in the document's `warnings` instead of the value being dropped in silence.
pub fn published_text(value: Value) -> Option<Cow<'static, str>> {
    match value {
        Value::Null => None,
        Value::String(s) => Some(Cow::Owned(s)),
        other => Some(Cow::Owned(other.to_string())),
    }
}

impl<'de> Deserialize<'de> for Record<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(RecordVisitor)
    }
}

/// Reads a [`Record`] from any JSON value: only an object has fields.
struct RecordVisitor;

impl<'de> Visitor<'de> for RecordVisitor {
    type Value = Record<'de>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut record = Record::default();
        // Keys are strings: read as MaybeStr, they are borrowed too.
        while let Some(MaybeStr(key)) = map.next_key()? {
            let string = |map: &mut A| map.next_value::<MaybeStr<'de>>().map(|s| s.0);
            match key.as_deref() {
                Some("id") => record.id = Some(map.next_value()?),
                Some("text") => record.text = string(&mut map)?,
                Some("published") => record.published = published_text(map.next_value()?),
                Some("outlet") => record.outlet = string(&mut map)?,
                Some("url") => record.url = string(&mut map)?,
                _ => map.next_value::<Skip>().map(|_| ())?,
            }
        }
        Ok(record)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        SkipVisitor.visit_seq(seq).map(|_| Record::default())
    }

    read_past!(strings => Record::default());

    read_past!(scalars => Record::default());
}

/// A field's string (borrowed when it holds no escapes), or `None` for any other JSON value.
struct MaybeStr<'a>(Option<Cow<'a, str>>);

impl<'de> Deserialize<'de> for MaybeStr<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(MaybeStrVisitor)
    }
}

/// Keeps a string; reads past anything else (as [`Skip`] does).
struct MaybeStrVisitor;

impl<'de> Visitor<'de> for MaybeStrVisitor {
    type Value = MaybeStr<'de>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Self::Value, E> {
        Ok(MaybeStr(Some(Cow::Borrowed(s))))
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
        Ok(MaybeStr(Some(Cow::Owned(s.to_owned()))))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        SkipVisitor.visit_map(map).map(|_| MaybeStr(None))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        SkipVisitor.visit_seq(seq).map(|_| MaybeStr(None))
    }

    read_past!(scalars => MaybeStr(None));
}

/// Any JSON value, read through and dropped. Unlike `serde::de::IgnoredAny` it is read with
/// `deserialize_any`, as a `Value` is, so numbers out of range are refused just the same.
struct Skip;

impl<'de> Deserialize<'de> for Skip {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(SkipVisitor)
    }
}

/// Reads through any JSON value.
struct SkipVisitor;

impl<'de> Visitor<'de> for SkipVisitor {
    type Value = Skip;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<Skip, Skip>()?.is_some() {}
        Ok(Skip)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(Skip)
    }

    read_past!(strings => Skip);

    read_past!(scalars => Skip);
}

/// How a line's [`Line`] should look, worked out from `serde_json::Value` of the line alone:
/// the reference that the unit test and the fuzz target hold the reader to. `Err` says how
/// they differ.
#[allow(dead_code, reason = "used by the fuzz target and the tests")]
pub fn check_line(line: &[u8], read: &Line<'_>) -> Result<(), String> {
    let Some(content) = content(line) else {
        return match read {
            Line::Blank => Ok(()),
            _ => Err(format!("{line:?}: a blank line not read as blank")),
        };
    };
    match (serde_json::from_slice::<Value>(content), read) {
        (Ok(value), Line::Record(record)) => check_record(&value, record),
        (Err(expected), Line::Invalid(error)) if error.to_string() == expected.to_string() => {
            Ok(())
        }
        (expected, _) => Err(format!("{line:?}: expected {expected:?}")),
    }
}

/// `record` holds what `value` says, field by field.
#[allow(dead_code, reason = "used by the fuzz target and the tests")]
fn check_record(value: &Value, record: &Record<'_>) -> Result<(), String> {
    let string = |key: &str| value.get(key).and_then(Value::as_str);
    let published = value.get("published").cloned().and_then(published_text);
    let same = record.id.as_ref() == value.get("id")
        && record.text.as_deref() == string("text")
        && record.published == published
        && record.outlet.as_deref() == string("outlet")
        && record.url.as_deref() == string("url");
    if same {
        Ok(())
    } else {
        Err(format!("{value}: a field read differently"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines that test how records are read: good, odd and broken, some running into the next.
    const LINES: &[&str] = &[
        r#"{"id": 1, "text": "Hujan \"deras\".\n", "published": "2025-06-05", "outlet": "X"}"#,
        r#"{"id": {"b": 1, "a": [1.0, null]}, "text": 5, "url": ["u"]}"#,
        r#"{"te\u0078t": "escaped key", "text": 3, "text": "last wins"}"#,
        r#"{"text": "x", "published": 20220205}"#,
        r#"{"text": "x", "published": null, "published": [1.5, {"a": true}]}"#,
        r#"[1, "text"]"#,
        r#""text""#,
        r#"{"id": 1e400, "text": "x"}"#,
        r#"{"text": "x", "other": {"deep": [1e400]}}"#,
        r#"{"text": "a",  "#,
        r#""id": 2}"#,
        "\u{c}",
        "",
        "  \r",
        r#"{"text": "x"} {"text": "y"}"#,
        r#"12"#,
        r#"{"text": "x"}  "#,
        r#"{"text": "\ud800"}"#,
        r#"{"id": 3, "text": "after the broken ones"}"#,
    ];

    #[test]
    fn records_are_read_as_a_value_reads_each_line_alone() {
        let mut input = LINES.join("\n").into_bytes();
        // Undecodable bytes inside a string, then a good line.
        input.extend_from_slice(b"\n{\"id\": 4, \"text\": \"a\xff\xfeb\"}\n{\"text\": \"ok\"}\n");
        let mut batch = Batch::default();
        assert!(batch.read(&mut input.as_slice()).unwrap_or(false));
        assert_eq!(batch.lines().len(), LINES.len() + 2);
        let mut seen = 0;
        for (range, read) in batch.lines().iter().zip(batch.read_records(batch.lines())) {
            let line = input.get(range.clone()).unwrap_or_default();
            if let Err(wrong) = check_line(line, &read) {
                panic!("{wrong}");
            }
            if let Err(wrong) = check_line(line, &Line::read(line)) {
                panic!("alone: {wrong}");
            }
            seen += 1;
        }
        assert_eq!(seen, LINES.len() + 2, "one result per line");
    }

    #[test]
    fn errors_say_the_column_not_the_line() {
        let read = Line::read(b"{\"a\" 1}");
        assert_eq!(
            read.error().as_deref(),
            Some("invalid JSON: expected `:` at column 6")
        );
        assert_eq!(Line::read(b" \r").error().as_deref(), Some(BLANK_LINE));
        let no_text = Line::read(br#"{"id": "x", "text": 1}"#);
        assert_eq!(no_text.error().as_deref(), Some(NO_TEXT));
        assert_eq!(no_text.id(), &Value::from("x"));
        let bytes = Line::read(b"{\"id\": 4, \"text\": \"a\xffb\"}");
        assert_eq!(bytes.id(), &Value::Null);
        assert!(
            bytes.error().is_some_and(
                |e| e.starts_with("invalid JSON: invalid unicode code point at column")
            )
        );
    }

    #[test]
    fn published_that_is_no_string_is_kept_as_its_json_text() {
        let read = Line::read(br#"{"text": "x", "published": 20220205}"#);
        let Line::Record(record) = read else {
            panic!("a record");
        };
        assert_eq!(record.published.as_deref(), Some("20220205"));
        assert_eq!(published_text(Value::Null), None);
    }
}
