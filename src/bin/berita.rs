//! The `berita` command line: parse articles to `berita/1` JSON, or show a demo.

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::ops::Range;
use std::path::PathBuf;

use anstream::println;
use clap::{Parser as ClapParser, Subcommand};
use owo_colors::OwoColorize;
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::de::SliceRead;
use serde_json::{Value, json};

// The crate root looks for modules beside itself, where Cargo would take them for binaries.
#[path = "berita/tables.rs"]
mod tables;

/// Reads Indonesian news articles and prints their structure as `berita/1` JSON.
#[derive(ClapParser)]
#[command(name = "berita", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse plain-text articles (FILE... or `-` for stdin) to pretty JSON, or JSONL records
    /// with --jsonl.
    Parse {
        /// Plain-text files (`-` is stdin); with --jsonl, one JSONL file (default stdin).
        files: Vec<PathBuf>,
        /// Read JSONL records {"text", "id"?, "published"?, "outlet"?, "url"?} and write one
        /// `berita/1` line per record, in order.
        #[arg(long)]
        jsonl: bool,
        /// Publication date for plain-text input (ISO or an Indonesian date string).
        #[arg(long)]
        published: Option<String>,
        /// Outlet name for plain-text input.
        #[arg(long)]
        outlet: Option<String>,
        /// URL for plain-text input.
        #[arg(long)]
        url: Option<String>,
        /// Leave quotes, speakers, citations and quoted terms out (about twice as fast).
        #[arg(long)]
        no_quotes: bool,
        /// Leave date and time mentions out.
        #[arg(long)]
        no_dates: bool,
        /// Read records from this file: Parquet (`.parquet`, columns text, id?, published?,
        /// outlet?, url?) or JSONL; `-` is stdin (JSONL).
        #[arg(long)]
        input: Option<PathBuf>,
        /// Write to this file: `.parquet` for the table of `parse_arrow` (one row per record,
        /// berita/1 as typed columns), else berita/1 JSONL; `-` is stdout (JSONL).
        #[arg(long)]
        output: Option<PathBuf>,
        /// With a Parquet --output: write one row per quote (record, id, quote, speaker,
        /// cue, citation) instead.
        #[arg(long)]
        quotes_only: bool,
    },
    /// Parse a sample article embedded in the binary and show what berita finds.
    Demo,
}

fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Parse {
            input,
            output,
            quotes_only,
            no_quotes,
            no_dates,
            ..
        } if input.is_some() || output.is_some() || quotes_only => tables::convert(
            &stages(no_quotes, no_dates),
            input.as_deref(),
            output.as_deref(),
            quotes_only,
        ),
        Command::Parse {
            files,
            jsonl: true,
            no_quotes,
            no_dates,
            ..
        } => parse_jsonl(&stages(no_quotes, no_dates), files.first().cloned()),
        Command::Parse {
            files,
            published,
            outlet,
            url,
            no_quotes,
            no_dates,
            ..
        } => parse_plain(
            &stages(no_quotes, no_dates),
            &files,
            &berita::Meta {
                published,
                outlet,
                url,
            },
        ),
        Command::Demo => demo(),
    };
    if let Err(e) = result {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("berita: {e}");
            std::process::exit(1);
        }
    }
}

/// The parser with the finders the flags leave on.
fn stages(no_quotes: bool, no_dates: bool) -> berita::Parser {
    let config = berita::ParserConfig::default()
        .with_quotes(!no_quotes)
        .with_dates(!no_dates);
    berita::Parser::new(config)
        .unwrap_or_else(|_| unreachable!("no patterns or outlets: the configuration is valid"))
}

/// Plain-text files to pretty JSON: one document for one file, an array for several.
fn parse_plain(parser: &berita::Parser, files: &[PathBuf], meta: &berita::Meta) -> io::Result<()> {
    if files.is_empty() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "no input: give FILE... or - for stdin",
        ));
    }
    let mut docs = Vec::with_capacity(files.len());
    for path in files {
        let text = read_text(path)?;
        docs.push(parser.parse_with(&text, meta).to_json_value());
    }
    let out = if docs.len() == 1 {
        docs.swap_remove(0)
    } else {
        Value::Array(docs)
    };
    let mut stdout = io::stdout().lock();
    writeln!(stdout, "{}", pretty(&out))
}

/// Pretty JSON that keeps short arrays of numbers (spans) on one line.
fn pretty(value: &Value) -> String {
    let mut out = String::new();
    write_pretty(value, 0, &mut out);
    out
}

fn write_pretty(value: &Value, depth: usize, out: &mut String) {
    let pad = |d: usize| "  ".repeat(d);
    match value {
        Value::Array(items) if items.iter().all(|v| !v.is_array() && !v.is_object()) => {
            let parts: Vec<String> = items.iter().map(Value::to_string).collect();
            out.push_str(&format!("[{}]", parts.join(", ")));
        }
        Value::Array(items) => {
            out.push_str("[\n");
            for (i, v) in items.iter().enumerate() {
                out.push_str(&pad(depth + 1));
                write_pretty(v, depth + 1, out);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(depth));
            out.push(']');
        }
        Value::Object(map) if map.is_empty() => out.push_str("{}"),
        Value::Object(map) => {
            out.push_str("{\n");
            for (i, (k, v)) in map.iter().enumerate() {
                out.push_str(&format!("{}{}: ", pad(depth + 1), Value::String(k.clone())));
                write_pretty(v, depth + 1, out);
                out.push_str(if i + 1 < map.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(depth));
            out.push('}');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}

fn read_text(path: &PathBuf) -> io::Result<String> {
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        io::stdin().lock().read_to_end(&mut bytes)?;
    } else {
        File::open(path)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
    }
    // Invalid UTF-8 is replaced rather than refused: scraped text is often slightly broken.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// How many records are read before they are parsed together (bounds memory).
const BATCH: usize = 512;

/// JSONL in, JSONL out, in order, in bounded memory; batches are parsed on every core.
fn parse_jsonl(parser: &berita::Parser, file: Option<PathBuf>) -> io::Result<()> {
    let (mut reader, size): (Box<dyn BufRead>, Option<u64>) = match file {
        Some(p) if p.as_os_str() != "-" => {
            let f = File::open(&p)
                .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", p.display())))?;
            let size = f.metadata().ok().map(|m| m.len());
            (Box::new(BufReader::with_capacity(1 << 20, f)), size)
        }
        _ => (
            Box::new(BufReader::with_capacity(1 << 20, io::stdin())),
            None,
        ),
    };
    let progress = progress_bar(size, Unit::Bytes);
    // Each core's lines come as one buffer: written straight out, not copied into another.
    let mut out = io::stdout().lock();
    let mut batch = Batch::default();
    while batch.read(&mut reader)? {
        for lines in parse_batch(parser, &batch) {
            out.write_all(&lines)?;
        }
        if let Some(p) = &progress {
            p.inc(batch.bytes.len() as u64);
        }
    }
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    out.flush()
}

/// What a progress bar counts.
#[derive(Clone, Copy)]
enum Unit {
    /// Bytes of input.
    Bytes,
    /// Records.
    Rows,
}

/// A progress bar on stderr when it is a terminal: of `size` (in `unit`s) when known.
fn progress_bar(size: Option<u64>, unit: Unit) -> Option<indicatif::ProgressBar> {
    if !io::stderr().is_terminal() {
        return None;
    }
    let template = match unit {
        Unit::Bytes => "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
        Unit::Rows => "{bar:40} {human_pos}/{human_len} records {per_sec} eta {eta}",
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

/// Up to [`BATCH`] input lines, read into one buffer that every batch reuses.
#[derive(Default)]
struct Batch {
    /// The lines as read, newlines included.
    bytes: Vec<u8>,
    /// Where each line is in `bytes`, its newline left out.
    lines: Vec<Range<usize>>,
}

impl Batch {
    /// Reads the next lines in place of the last ones; `false` once the input is exhausted.
    fn read(&mut self, reader: &mut dyn BufRead) -> io::Result<bool> {
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

    /// The line at `range` without its `\r`, or `None` when it is blank.
    fn content(&self, range: &Range<usize>) -> Option<Range<usize>> {
        let line = self.bytes.get(range.clone())?;
        let end = range.end - usize::from(line.ends_with(b"\r"));
        let content = self.bytes.get(range.start..end)?;
        (!content.iter().all(u8::is_ascii_whitespace)).then_some(range.start..end)
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
    stream: Option<(
        usize,
        serde_json::StreamDeserializer<'a, SliceRead<'a>, Record<'a>>,
    )>,
}

impl<'a> Records<'a> {
    /// Records of the lines of `bytes` from offset `start` on.
    fn new(bytes: &'a [u8], start: usize) -> Self {
        let rest = bytes.get(start..).unwrap_or_default();
        Records {
            bytes,
            stream: Some((
                start,
                serde_json::Deserializer::from_slice(rest).into_iter(),
            )),
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
        let (start, stream) = self.stream.as_mut()?;
        let record = stream.next()?.ok()?;
        let after = self.bytes.get(*start + stream.byte_offset()..line.end)?;
        // JSON's blanks: what reading the line alone skips after the value too.
        let blank = |b: &u8| matches!(b, b' ' | b'\t' | b'\r' | b'\n');
        after.iter().all(blank).then_some(record)
    }
}

/// Parses a batch of JSONL lines on all cores: each core's output lines in one buffer, in
/// order; blank lines give no output.
fn parse_batch(parser: &berita::Parser, batch: &Batch) -> Vec<Vec<u8>> {
    on_all_cores(&batch.lines, |lines| {
        // Documents run a little longer than the records they come from.
        let input: usize = lines.iter().map(ExactSizeIterator::len).sum();
        let mut out = Vec::with_capacity(input + input / 2);
        let mut document = Vec::new();
        let start = lines.first().map_or(0, |line| line.start);
        let mut records = Records::new(&batch.bytes, start);
        for line in lines.iter().filter_map(|line| batch.content(line)) {
            parse_record(parser, records.read(line), &mut out, &mut document);
        }
        out
    })
}

/// `work` on one run of consecutive `items` per core, at once, on rayon's pool; its results
/// in order. The pool's threads live as long as the process: the parser's regex caches, kept
/// per thread, are then made once per core, not once per batch (with a thread per run of
/// each batch, a 10,868-article run peaked at 49 MB instead of 23 MB for a tenth of it). A
/// run whose work panics (a bug) gives `U::default()`.
fn on_all_cores<T: Sync, U: Send + Default>(
    items: &[T],
    work: impl Fn(&[T]) -> U + Sync,
) -> Vec<U> {
    use rayon::prelude::*;
    let threads = rayon::current_num_threads().min(items.len().max(1));
    let chunk = items.len().div_ceil(threads).max(1);
    items
        .par_chunks(chunk)
        .map(|run| {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(run))).unwrap_or_default()
        })
        .collect()
}

/// One JSONL record (as read, or why it could not be) to one output line in `out`: the
/// document with `id` echoed, or an error object. `document` is room for the document, reused.
fn parse_record(
    parser: &berita::Parser,
    record: serde_json::Result<Record<'_>>,
    out: &mut Vec<u8>,
    document: &mut Vec<u8>,
) {
    let input = Input::from_record(record);
    match &input.text {
        Ok(text) => {
            let article = parser.parse_with(text, &input.meta);
            write_result(out, &input.id, Ok(&article), document);
        }
        Err(e) => write_result(out, &input.id, Err(e), document),
    }
}

/// What one input record asks for: its id, and its text with metadata, or why it has none.
struct Input<'a> {
    /// The id, echoed as it is (`null` when there is none).
    id: Value,
    /// The text, or the error to report in its place.
    text: Result<Cow<'a, str>, String>,
    /// `published`, `outlet` and `url`.
    meta: berita::Meta,
}

impl<'a> Input<'a> {
    /// The input of a JSONL record as read, or of why it could not be read.
    fn from_record(record: serde_json::Result<Record<'a>>) -> Self {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                return Input {
                    id: Value::Null,
                    text: Err(format!("invalid JSON: {e}")),
                    meta: berita::Meta::default(),
                };
            }
        };
        let meta = berita::Meta {
            published: record.published.map(Cow::into_owned),
            outlet: record.outlet.map(Cow::into_owned),
            url: record.url.map(Cow::into_owned),
        };
        Input {
            id: record.id.unwrap_or(Value::Null),
            text: record
                .text
                .ok_or_else(|| "record has no string field \"text\"".to_owned()),
            meta,
        }
    }
}

/// One output line in `out`: the document of `article` with `"id"` as its first field, or an
/// error object. `document` is room for the document, reused.
fn write_result(
    out: &mut Vec<u8>,
    id: &Value,
    article: Result<&berita::Article, &str>,
    document: &mut Vec<u8>,
) {
    let article = match article {
        Ok(a) => a,
        Err(e) => return write_line(out, &json!({"id": id, "error": e})),
    };
    document.clear();
    article.write_json(document);
    // The document `{"schema": ...}` with `"id"` as its first field.
    out.extend_from_slice(b"{\"id\":");
    write_value(out, id);
    out.push(b',');
    out.extend_from_slice(document.strip_prefix(b"{").unwrap_or(document));
    out.push(b'\n');
}

/// `value` as one line of compact JSON.
fn write_line(out: &mut Vec<u8>, value: &Value) {
    write_value(out, value);
    out.push(b'\n');
}

/// `value` as compact JSON.
fn write_value(out: &mut Vec<u8>, value: &Value) {
    // Writing to a Vec cannot fail, nor can serialising a Value.
    let _ = serde_json::to_writer(out, value);
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
/// last of repeated keys wins, fields that are not strings count as missing), so that the
/// same lines are refused with the same messages, without building the whole value.
#[derive(Default)]
struct Record<'a> {
    /// `id`, echoed as it is.
    id: Option<Value>,
    /// `text`, if it is a string.
    text: Option<Cow<'a, str>>,
    /// `published`, if it is a string.
    published: Option<Cow<'a, str>>,
    /// `outlet`, if it is a string.
    outlet: Option<Cow<'a, str>>,
    /// `url`, if it is a string.
    url: Option<Cow<'a, str>>,
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
                Some("published") => record.published = string(&mut map)?,
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

/// The sample article shown by `berita demo` (written for berita, in Kompas' house style).
const DEMO: &str = berita::DEMO_TEXT;
const DEMO_PUBLISHED: &str = berita::DEMO_PUBLISHED;

fn demo() -> io::Result<()> {
    let meta = berita::Meta {
        published: Some(DEMO_PUBLISHED.into()),
        ..Default::default()
    };
    let a = berita::Parser::default().parse_with(DEMO, &meta);
    let slice = |s: berita::Span| s.slice(DEMO).unwrap_or("").replace('\n', " ");
    println!(
        "{}",
        "berita demo: a sample article and what berita finds in it".bold()
    );
    println!("{}", format!("published: {DEMO_PUBLISHED}").dimmed());
    println!();
    for line in DEMO.lines() {
        println!("  {}", line.dimmed());
    }
    println!();
    if let Some(d) = &a.dateline {
        let outlet = d.outlet_id.as_deref().unwrap_or("?");
        let city = d.city.as_deref().unwrap_or("-");
        println!(
            "{} {}  (outlet {}, city {})",
            "dateline".cyan().bold(),
            slice(d.span),
            outlet,
            city
        );
    }
    for c in &a.byline {
        println!(
            "{} {} ({})",
            "credit".cyan().bold(),
            c.name,
            c.role.as_str()
        );
    }
    for c in &a.codes {
        println!("{} {}", "code".cyan().bold(), c.raw);
    }
    for r in &a.read_also {
        println!("{} {}", "read also".yellow().bold(), r.title);
    }
    for b in &a.boilerplate {
        println!(
            "{} {} ({})",
            "boilerplate".yellow().bold(),
            slice(b.span),
            b.kind.as_str()
        );
    }
    println!("{} {} paragraphs", "body".green().bold(), a.body.len());
    for q in &a.quotes {
        let who = q.speaker.as_ref().map_or("?".to_string(), |s| {
            let name = s.name.as_deref().unwrap_or(&s.mention);
            s.role
                .as_ref()
                .map_or(name.to_string(), |r| format!("{name}, {r}"))
        });
        let cue = q.cue.as_ref().map_or("-", |c| c.text.as_str());
        println!(
            "{} [{}] {} {} {}",
            "quote".magenta().bold(),
            q.kind.as_str(),
            q.text.italic(),
            "—".dimmed(),
            who.bold()
        );
        println!("      {}", format!("cue: {cue}").dimmed());
    }
    for c in &a.citations {
        println!(
            "{} {} ({} {})",
            "citation".blue().bold(),
            c.source,
            c.verb,
            c.kind.as_str()
        );
    }
    for d in &a.dates {
        let resolved = d.resolved.map_or("?".into(), |r| r.to_string());
        println!("{} {} → {}", "date".blue().bold(), d.raw, resolved.bold());
    }
    println!();
    println!("{}", "berita/1 JSON:".bold());
    println!("{}", pretty(&a.to_json_value()));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines that test how records are read: good, odd and broken, some running into the next.
    const LINES: &[&str] = &[
        r#"{"id": 1, "text": "Hujan \"deras\".\n", "published": "2025-06-05", "outlet": "X"}"#,
        r#"{"id": {"b": 1, "a": [1.0, null]}, "text": 5, "url": ["u"]}"#,
        r#"{"te\u0078t": "escaped key", "text": 3, "text": "last wins"}"#,
        r#"[1, "text"]"#,
        r#""text""#,
        r#"{"id": 1e400, "text": "x"}"#,
        r#"{"text": "x", "other": {"deep": [1e400]}}"#,
        r#"{"text": "a",  "#,
        r#""id": 2}"#,
        "\u{c}",
        r#"{"text": "x"} {"text": "y"}"#,
        r#"12"#,
        r#"{"text": "x"}  "#,
        r#"{"text": "\ud800"}"#,
        r#"{"id": 3, "text": "after the broken ones"}"#,
    ];

    #[test]
    fn records_are_read_as_a_value_reads_each_line_alone() {
        let input = LINES.join("\n");
        let mut batch = Batch::default();
        assert!(batch.read(&mut input.as_bytes()).unwrap_or(false));
        let mut records = Records::new(&batch.bytes, 0);
        let mut seen = 0;
        for range in batch.lines.iter().filter_map(|line| batch.content(line)) {
            let line = batch.bytes.get(range.clone()).unwrap_or_default();
            let string =
                |v: &Value, key: &str| v.get(key).and_then(Value::as_str).map(str::to_owned);
            match (serde_json::from_slice::<Value>(line), records.read(range)) {
                (Ok(value), Ok(record)) => {
                    assert_eq!(record.id, value.get("id").cloned());
                    assert_eq!(record.text.map(Cow::into_owned), string(&value, "text"));
                    assert_eq!(
                        record.published.map(Cow::into_owned),
                        string(&value, "published")
                    );
                    assert_eq!(record.outlet.map(Cow::into_owned), string(&value, "outlet"));
                    assert_eq!(record.url.map(Cow::into_owned), string(&value, "url"));
                }
                (Err(expected), Err(error)) => assert_eq!(error.to_string(), expected.to_string()),
                (expected, _) => panic!("line {line:?}: expected {expected:?}"),
            }
            seen += 1;
        }
        assert_eq!(seen, LINES.len() - 1, "the form feed line is blank");
    }
}
