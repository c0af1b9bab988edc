//! `berita parse --jsonl [FILE...]`: JSONL records in, one output line per input line out, in
//! order, in bounded memory; batches are parsed on every core.

use std::borrow::Cow;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Write};
use std::ops::{AddAssign, Range};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde_json::{Value, json};

use crate::cores::on_all_cores;
use crate::plain::in_file;
use crate::records::{Batch, Line};
use crate::{Status, label};

/// Every file in turn (none is stdin): each input line gives one output line, a document or
/// an error record. A file that cannot be read is said on stderr and the others are read;
/// the summary goes to stderr at the end.
pub fn parse_jsonl(
    parser: &berita::Parser,
    files: &[PathBuf],
    defaults: &berita::Meta,
) -> io::Result<Status> {
    parse_jsonl_to(parser, files, defaults, &mut io::stdout().lock())
}

/// [`parse_jsonl`] writing its output lines to `out` (`berita parse --input X.jsonl --output
/// Y.jsonl` too).
pub fn parse_jsonl_to(
    parser: &berita::Parser,
    files: &[PathBuf],
    defaults: &berita::Meta,
    out: &mut dyn Write,
) -> io::Result<Status> {
    let stdin = [PathBuf::from("-")];
    let files = if files.is_empty() { &stdin[..] } else { files };
    let mut tally = Tally::default();
    let mut status = Status::Success;
    for path in files {
        let jsonl = Jsonl {
            parser,
            defaults,
            file: label(path),
            spare: Mutex::default(),
        };
        match jsonl.parse_file(path, out, &mut tally) {
            Ok(()) => {}
            Err(Failure::Read(e)) => {
                eprintln!("berita: {}", in_file(path, &e));
                status = Status::InputUnreadable;
            }
            Err(Failure::Write(e)) => return Err(e),
        }
    }
    out.flush()?;
    eprintln!("berita: {tally}");
    Ok(status.max(tally.status()))
}

/// Why a file was not read to its end.
enum Failure {
    /// Reading the input failed: said, and the run goes on with the next file.
    Read(io::Error),
    /// Writing the output failed: the run stops.
    Write(io::Error),
}

/// How many records gave a document and how many an error line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Lines that gave a document.
    parsed: u64,
    /// Lines that gave an error record.
    failed: u64,
}

impl Tally {
    /// [`Status::RecordsFailed`] when any record failed.
    pub fn status(self) -> Status {
        if self.failed > 0 {
            Status::RecordsFailed
        } else {
            Status::Success
        }
    }
}

impl AddAssign for Tally {
    fn add_assign(&mut self, other: Tally) {
        self.parsed += other.parsed;
        self.failed += other.failed;
    }
}

impl AddAssign<Outcome> for Tally {
    fn add_assign(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Parsed => self.parsed += 1,
            Outcome::Failed => self.failed += 1,
        }
    }
}

/// The summary: `10,868 parsed, 3 failed`.
impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} parsed, {} failed",
            thousands(self.parsed),
            thousands(self.failed)
        )
    }
}

/// `n` with a comma between every three digits: `10,868`.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// What one input line gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A document.
    Parsed,
    /// An error record.
    Failed,
}

/// The output lines of a run of a batch's lines, with their tally.
#[derive(Default)]
struct Chunk {
    /// The lines, each ending with a newline.
    lines: Vec<u8>,
    /// What they hold.
    tally: Tally,
}

/// Where a line is: its file (as named in error records) and its 1-based line number.
#[derive(Clone, Copy)]
pub struct Position<'a> {
    /// The file, `-` for stdin.
    pub file: &'a str,
    /// The line number in that file, from 1.
    pub line: u64,
}

/// One JSONL file's reading: the parser, the metadata for records that lack it, and the
/// file's name for error records.
struct Jsonl<'a> {
    /// The parser.
    parser: &'a berita::Parser,
    /// `published`, `outlet`, `url` for the records without them.
    defaults: &'a berita::Meta,
    /// The file, `-` for stdin.
    file: String,
    /// Output buffers already written out, for the next batch's runs: a batch's output
    /// then goes to memory already in use, where fresh buffers each batch would have the
    /// allocator hand the freed ones back to the system and fault in (and zero) new pages.
    spare: Mutex<Vec<Vec<u8>>>,
}

impl Jsonl<'_> {
    /// Reads the file at `path` (`-` is stdin) batch by batch and writes its output lines.
    fn parse_file(
        &self,
        path: &Path,
        out: &mut dyn Write,
        tally: &mut Tally,
    ) -> Result<(), Failure> {
        let (mut reader, size) = open(path).map_err(Failure::Read)?;
        let progress = progress_bar(size, Unit::Bytes);
        let mut batch = Batch::default();
        let mut next_line = 1;
        while batch.read(&mut reader).map_err(Failure::Read)? {
            for chunk in self.parse_batch(&batch, next_line) {
                out.write_all(&chunk.lines).map_err(Failure::Write)?;
                *tally += chunk.tally;
                self.give_back(chunk.lines);
            }
            next_line += batch.lines().len() as u64;
            if let Some(p) = &progress {
                p.inc(batch.len_bytes() as u64);
            }
        }
        if let Some(p) = progress {
            p.finish_and_clear();
        }
        Ok(())
    }

    /// Parses a batch whose first line is line `first_line` of the file, on all cores: each
    /// core's output lines in one buffer (written straight out, not copied into another), in
    /// order.
    fn parse_batch(&self, batch: &Batch, first_line: u64) -> Vec<Chunk> {
        on_all_cores(
            batch.lines(),
            |start, run| self.parse_run(batch, run, first_line + start as u64),
            |start, run| self.panicked(run.len(), first_line + start as u64),
        )
    }

    /// The output of `run`, consecutive lines of `batch` whose first is line `first_line`.
    fn parse_run(&self, batch: &Batch, run: &[Range<usize>], first_line: u64) -> Chunk {
        // Documents run a little longer than the records they come from.
        let input: usize = run.iter().map(ExactSizeIterator::len).sum();
        let mut chunk = Chunk {
            lines: self.buffer(input + input / 2),
            tally: Tally::default(),
        };
        let mut document = Vec::new();
        for (line, number) in batch.read_records(run).zip(first_line..) {
            let at = Position {
                file: &self.file,
                line: number,
            };
            chunk.tally += self.parse_line(line, at, &mut chunk.lines, &mut document);
        }
        chunk
    }

    /// An empty output buffer with room for `capacity` bytes: a spare one when there is.
    fn buffer(&self, capacity: usize) -> Vec<u8> {
        let spare = self.spare.lock().ok().and_then(|mut spare| spare.pop());
        let mut buffer = spare.unwrap_or_default();
        buffer.reserve(capacity);
        buffer
    }

    /// Keeps `lines`, written out, as a spare buffer (emptied).
    fn give_back(&self, mut lines: Vec<u8>) {
        lines.clear();
        if let Ok(mut spare) = self.spare.lock() {
            spare.push(lines);
        }
    }

    /// An error record for each of `count` lines from `first_line` on, whose parse panicked
    /// (a bug): said in their place rather than dropped.
    fn panicked(&self, count: usize, first_line: u64) -> Chunk {
        let mut chunk = Chunk::default();
        for number in (first_line..).take(count) {
            let at = Position {
                file: &self.file,
                line: number,
            };
            write_error(
                &mut chunk.lines,
                &Value::Null,
                "berita panicked (a bug)",
                at,
            );
            chunk.tally += Outcome::Failed;
        }
        chunk
    }

    /// One input line (its record as read, or why it has none) to one output line in `out`:
    /// the document with `id` first, or an error record. `document` is room for the
    /// document, reused.
    fn parse_line(
        &self,
        line: Line<'_>,
        at: Position<'_>,
        out: &mut Vec<u8>,
        document: &mut Vec<u8>,
    ) -> Outcome {
        let record = match line {
            Line::Record(record) if record.text.is_some() => record,
            line => {
                let message = line.error().unwrap_or_default();
                write_error(out, line.id(), &message, at);
                return Outcome::Failed;
            }
        };
        let meta = berita::Meta {
            published: or_default(record.published, &self.defaults.published),
            outlet: or_default(record.outlet, &self.defaults.outlet),
            url: or_default(record.url, &self.defaults.url),
        };
        let text = record.text.unwrap_or_default();
        let article = self.parser.parse_with(&text, &meta);
        write_document(out, &record.id.unwrap_or(Value::Null), &article, document);
        Outcome::Parsed
    }
}

/// The document of `article` with `id` as its first field, as one line in `out`. `document`
/// is room for the document, reused.
pub fn write_document(
    out: &mut Vec<u8>,
    id: &Value,
    article: &berita::Article,
    document: &mut Vec<u8>,
) {
    document.clear();
    article.write_json(document);
    // The document `{"schema": ...}` with `"id"` as its first field.
    out.extend_from_slice(b"{\"id\":");
    write_value(out, id);
    out.push(b',');
    out.extend_from_slice(document.strip_prefix(b"{").unwrap_or(document));
    out.push(b'\n');
}

/// The record's field, or the command line's default when the record lacks it.
pub fn or_default(field: Option<Cow<'_, str>>, default: &Option<String>) -> Option<String> {
    field.map(Cow::into_owned).or_else(|| default.clone())
}

/// The JSONL file at `path` (`-` is stdin), buffered, with its size when known.
fn open(path: &Path) -> io::Result<(Box<dyn BufRead>, Option<u64>)> {
    if path.as_os_str() == "-" {
        return Ok((
            Box::new(BufReader::with_capacity(1 << 20, io::stdin())),
            None,
        ));
    }
    let file = File::open(path)?;
    let size = file.metadata().ok().map(|m| m.len());
    Ok((Box::new(BufReader::with_capacity(1 << 20, file)), size))
}

/// What a progress bar counts.
#[derive(Clone, Copy)]
pub enum Unit {
    /// Bytes of a JSONL file.
    Bytes,
    /// Rows of a Parquet file.
    Rows,
}

/// A progress bar on stderr when it is a terminal: `size` in `unit`, or a spinner.
pub fn progress_bar(size: Option<u64>, unit: Unit) -> Option<indicatif::ProgressBar> {
    if !io::stderr().is_terminal() {
        return None;
    }
    let template = match unit {
        Unit::Bytes => "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
        Unit::Rows => "{bar:40} {human_pos}/{human_len} rows eta {eta}",
    };
    let bar = match size {
        Some(n) => indicatif::ProgressBar::new(n).with_style(
            indicatif::ProgressStyle::with_template(template)
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        ),
        None => indicatif::ProgressBar::new_spinner(),
    };
    Some(bar)
}

/// The error record `{"id", "error", "file", "line"}` as one line.
pub fn write_error(out: &mut Vec<u8>, id: &Value, message: &str, at: Position<'_>) {
    let error = json!({"id": id, "error": message, "file": at.file, "line": at.line});
    write_value(out, &error);
    out.push(b'\n');
}

/// `value` as compact JSON.
fn write_value(out: &mut Vec<u8>, value: &Value) {
    // Writing to a Vec cannot fail, nor can serialising a Value.
    let _ = serde_json::to_writer(out, value);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_has_thousands_separators() {
        let tally = Tally {
            parsed: 10_868,
            failed: 3,
        };
        assert_eq!(tally.to_string(), "10,868 parsed, 3 failed");
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn the_worst_status_wins() {
        assert_eq!(
            Status::InputUnreadable.max(Status::RecordsFailed),
            Status::InputUnreadable
        );
        assert_eq!(Tally::default().status(), Status::Success);
    }

    #[test]
    fn every_line_gives_one_output_line_with_its_number() {
        let parser = berita::Parser::default();
        let defaults = berita::Meta {
            published: Some("2022-02-05".into()),
            ..Default::default()
        };
        let jsonl = Jsonl {
            parser: &parser,
            defaults: &defaults,
            file: "a.jsonl".into(),
            spare: Mutex::default(),
        };
        let input = b"{\"id\": 1, \"text\": \"Hujan.\"}\n\nnot json\n{\"id\": 2}\n{\"text\": \"a\xffb\"}\n{\"text\": \"Jumat (4/2).\", \"published\": 20220205}\n";
        let mut batch = Batch::default();
        assert!(batch.read(&mut &input[..]).unwrap_or(false));
        let chunks = jsonl.parse_batch(&batch, 10);
        let mut tally = Tally::default();
        let mut out = Vec::new();
        for chunk in chunks {
            tally += chunk.tally;
            out.extend_from_slice(&chunk.lines);
        }
        let lines: Vec<Value> = out
            .split(|b| *b == b'\n')
            .filter(|l| !l.is_empty())
            .filter_map(|l| serde_json::from_slice(l).ok())
            .collect();
        assert_eq!(lines.len(), 6);
        assert_eq!(
            tally,
            Tally {
                parsed: 2,
                failed: 4
            }
        );
        let field = |i: usize, key: &str| lines.get(i).and_then(|l| l.get(key)).cloned();
        assert_eq!(field(0, "id"), Some(json!(1)));
        assert_eq!(field(1, "error"), Some(json!("blank line")));
        assert_eq!(field(1, "line"), Some(json!(11)));
        assert_eq!(
            field(2, "error"),
            Some(json!("invalid JSON: expected ident at column 2"))
        );
        assert_eq!(field(3, "id"), Some(json!(2)));
        assert_eq!(field(4, "file"), Some(json!("a.jsonl")));
        assert_eq!(field(4, "line"), Some(json!(14)));
        let warning =
            field(5, "warnings").and_then(|w| w.get(0).and_then(|w| w.get("message")).cloned());
        assert_eq!(
            warning,
            Some(json!("published: could not read \"20220205\""))
        );
    }
}
