//! `berita parse --input X --output Y`: records from Parquet or JSONL to the `parse_arrow`
//! table in Parquet (or the quotes table, `--quotes-only`), or to `berita/1` JSONL.
//!
//! Streaming: the input is read [`BATCH`] rows at a time (a Parquet file row group by row
//! group, a JSONL file with the reader of `--jsonl`), each batch parsed on every core and
//! written out (a Parquet row group per batch) before the next is read, so memory stays flat
//! in the input's size. JSONL in and out is `--jsonl` itself.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use berita::arrow::arrow_array::{RecordBatch, RecordBatchReader};
use berita::arrow::arrow_schema::DataType;
use berita::arrow::{Ids, Row, Strings};
use parquet::arrow::ArrowWriter;
use parquet::arrow::ProjectionMask;
use parquet::arrow::arrow_reader::{ParquetRecordBatchReader, ParquetRecordBatchReaderBuilder};
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use serde_json::Value;

use crate::cores::on_all_cores;
use crate::jsonl::{
    Outcome, Position, Tally, Unit, or_default, parse_jsonl_to, progress_bar, write_document,
    write_error,
};
use crate::records::{BATCH, Batch, Line};
use crate::{Status, label};

/// The columns of a Parquet input berita reads, when present (`text` must be).
const COLUMNS: [&str; 5] = ["text", "id", "published", "outlet", "url"];

/// The error of an input whose parse panicked (a bug), as `--jsonl` says it.
const PANICKED: &str = "berita panicked (a bug)";

/// One conversion: the parser, the metadata for inputs that lack it, and which table a
/// Parquet output holds.
pub struct Run<'a> {
    /// The parser.
    pub parser: &'a berita::Parser,
    /// `published`, `outlet`, `url` for the inputs without them.
    pub defaults: &'a berita::Meta,
    /// Write the quotes table instead of the articles table (Parquet output only).
    pub quotes_only: bool,
}

impl Run<'_> {
    /// Converts `input` (Parquet if it ends in `.parquet`, else JSONL; `-` is stdin) to
    /// `output` (likewise; stdout when None or `-`). Every input row or line gives one output
    /// row or line; the summary goes to stderr.
    pub fn convert(&self, input: &Path, output: Option<&Path>) -> io::Result<Status> {
        if self.quotes_only && !is_parquet(output) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "--quotes-only writes Parquet: give --output FILE.parquet",
            ));
        }
        not_the_input(input, output)?;
        if !is_parquet(Some(input)) && !is_parquet(output) {
            return self.jsonl_to_jsonl(input, output);
        }
        // The input first: one that cannot be read, or lacks a `text` column, leaves no
        // output file behind.
        let mut source = Source::open(input)?;
        let mut sink = Sink::open(output, self.quotes_only)?;
        let tally = self.stream(&mut source, &mut sink)?;
        sink.finish()?;
        eprintln!("berita: {tally}");
        Ok(tally.status())
    }

    /// JSONL in and out: what `--jsonl` does, written to `output`.
    fn jsonl_to_jsonl(&self, input: &Path, output: Option<&Path>) -> io::Result<Status> {
        let mut out = jsonl_output(output)?;
        let status = parse_jsonl_to(self.parser, &[input.to_owned()], self.defaults, &mut out)?;
        out.flush()?;
        Ok(status)
    }

    /// Every batch of `source` parsed and written to `sink`, with a progress bar; the tally.
    fn stream(&self, source: &mut Source, sink: &mut Sink) -> io::Result<Tally> {
        let progress = progress_bar(source.total(), source.unit());
        let mut tally = Tally::default();
        while let Some((inputs, done)) = source.next_batch(self.defaults)? {
            let outcomes = self.parse_all(&inputs);
            for outcome in &outcomes {
                tally += if outcome.is_ok() {
                    Outcome::Parsed
                } else {
                    Outcome::Failed
                };
            }
            sink.write(source.file(), &inputs, &outcomes)?;
            if let Some(p) = &progress {
                p.inc(done);
            }
        }
        if let Some(p) = progress {
            p.finish_and_clear();
        }
        Ok(tally)
    }

    /// Every input of a batch parsed on all cores, in order; a run whose parse panics (a
    /// bug) gives its rows an error rather than losing them.
    fn parse_all(&self, inputs: &[Input]) -> Vec<Result<berita::Article, String>> {
        let parse = |input: &Input| match &input.text {
            Ok(text) => Ok(self.parser.parse_with(text, &input.meta)),
            Err(e) => Err(e.clone()),
        };
        on_all_cores(
            inputs,
            |_, run| run.iter().map(parse).collect::<Vec<_>>(),
            |_, run| run.iter().map(|_| Err(PANICKED.to_owned())).collect(),
        )
        .into_iter()
        .flatten()
        .collect()
    }
}

/// Whether `path` names a Parquet file.
fn is_parquet(path: Option<&Path>) -> bool {
    path.and_then(Path::extension)
        .is_some_and(|e| e.eq_ignore_ascii_case("parquet"))
}

/// An error when `output` is the file `input` names: writing it would empty the input before
/// it is read.
fn not_the_input(input: &Path, output: Option<&Path>) -> io::Result<()> {
    let Some(output) = output.filter(|p| p.as_os_str() != "-") else {
        return Ok(());
    };
    match (std::fs::canonicalize(input), std::fs::canonicalize(output)) {
        (Ok(a), Ok(b)) if a == b => Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{}: --output is the input file", output.display()),
        )),
        _ => Ok(()),
    }
}

/// An I/O error for a problem with a file, naming it.
fn file_error(path: &Path, e: impl std::fmt::Display) -> io::Error {
    io::Error::other(format!("{}: {e}", path.display()))
}

/// The JSONL output `path` names: stdout for None or `-`.
fn jsonl_output(path: Option<&Path>) -> io::Result<Box<dyn Write>> {
    Ok(match path.filter(|p| p.as_os_str() != "-") {
        Some(p) => Box::new(io::BufWriter::new(
            File::create(p).map_err(|e| file_error(p, e))?,
        )),
        None => Box::new(io::stdout().lock()),
    })
}

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

/// One input row or line, read.
struct Input {
    /// Its `id`, echoed (null when it has none).
    id: Value,
    /// Its text, or why it has none (the `error` of its output row).
    text: Result<String, String>,
    /// Its metadata, the command line's defaults filled in.
    meta: berita::Meta,
    /// Where it is in its file.
    at: Place,
}

/// Where an input is in its file.
#[derive(Clone, Copy)]
enum Place {
    /// Line `n` (from 1) of a JSONL file: named in the `error` of a Parquet row.
    Line(u64),
    /// Row `n` (from 1) of a Parquet file: the output row at the same place says it.
    Row(u64),
}

impl Place {
    /// The line or row number, from 1.
    fn number(self) -> u64 {
        match self {
            Place::Line(n) | Place::Row(n) => n,
        }
    }
}

/// Where records come from.
enum Source {
    /// A Parquet file, batch by batch.
    Parquet(ParquetSource),
    /// JSONL lines.
    Jsonl(JsonlSource),
}

/// A Parquet file read a batch at a time.
struct ParquetSource {
    /// The reader, row group by row group.
    reader: ParquetRecordBatchReader,
    /// The file's name, for messages.
    file: String,
    /// The file's number of rows.
    rows: u64,
    /// The rows read so far.
    read: u64,
}

/// A JSONL file read with `--jsonl`'s reader.
struct JsonlSource {
    /// The file, buffered.
    reader: Box<dyn BufRead>,
    /// The current batch of lines.
    batch: Batch,
    /// The file's name, as error records and rows name it.
    file: String,
    /// The file's size when known.
    size: Option<u64>,
    /// The lines read so far.
    read: u64,
}

impl Source {
    /// The source `path` names: Parquet when it ends in `.parquet`, else JSONL (`-` is stdin).
    fn open(path: &Path) -> io::Result<Source> {
        if path.as_os_str() == "-" {
            let stdin = BufReader::with_capacity(1 << 20, io::stdin());
            return Ok(Source::Jsonl(JsonlSource::new(Box::new(stdin), "-", None)));
        }
        let file = File::open(path).map_err(|e| file_error(path, e))?;
        if is_parquet(Some(path)) {
            return ParquetSource::open(file, path).map(Source::Parquet);
        }
        let size = file.metadata().ok().map(|m| m.len());
        let reader = Box::new(BufReader::with_capacity(1 << 20, file));
        Ok(Source::Jsonl(JsonlSource::new(reader, &label(path), size)))
    }

    /// The file's name, as messages give it.
    fn file(&self) -> &str {
        match self {
            Source::Parquet(p) => &p.file,
            Source::Jsonl(j) => &j.file,
        }
    }

    /// How much there is to read, for a progress bar: rows or bytes.
    fn total(&self) -> Option<u64> {
        match self {
            Source::Parquet(p) => Some(p.rows),
            Source::Jsonl(j) => j.size,
        }
    }

    /// What [`Source::total`] counts.
    fn unit(&self) -> Unit {
        match self {
            Source::Parquet(_) => Unit::Rows,
            Source::Jsonl(_) => Unit::Bytes,
        }
    }

    /// The next batch of inputs, `defaults` filled in, with how much of [`Source::total`] it
    /// was; None at the end.
    fn next_batch(&mut self, defaults: &berita::Meta) -> io::Result<Option<(Vec<Input>, u64)>> {
        match self {
            Source::Parquet(p) => p.next_batch(defaults),
            Source::Jsonl(j) => j.next_batch(defaults),
        }
    }
}

impl ParquetSource {
    /// The Parquet `file` at `path`, to be read [`BATCH`] rows at a time, its [`COLUMNS`]
    /// only; an error when they are not what [`parquet_inputs`] reads (no `text` column, a
    /// column of the wrong type), said before a row is read.
    fn open(file: File, path: &Path) -> io::Result<ParquetSource> {
        let builder =
            ParquetRecordBatchReaderBuilder::try_new(file).map_err(|e| file_error(path, e))?;
        let rows = u64::try_from(builder.metadata().file_metadata().num_rows()).unwrap_or(0);
        let wanted: Vec<usize> = builder
            .schema()
            .fields()
            .iter()
            .enumerate()
            .filter(|(_, f)| COLUMNS.contains(&f.name().as_str()))
            .map(|(i, _)| i)
            .collect();
        let mask = ProjectionMask::roots(builder.parquet_schema(), wanted);
        let reader = builder
            .with_projection(mask)
            .with_batch_size(BATCH)
            .build()
            .map_err(|e| file_error(path, e))?;
        let empty = RecordBatch::new_empty(reader.schema());
        parquet_inputs(&empty, &berita::Meta::default(), 0).map_err(|e| file_error(path, e))?;
        Ok(ParquetSource {
            reader,
            file: label(path),
            rows,
            read: 0,
        })
    }

    /// The next record batch's inputs and its number of rows; None at the end.
    fn next_batch(&mut self, defaults: &berita::Meta) -> io::Result<Option<(Vec<Input>, u64)>> {
        let Some(batch) = self.reader.next() else {
            return Ok(None);
        };
        let error = |e: &dyn std::fmt::Display| io::Error::other(format!("{}: {e}", self.file));
        let batch = batch.map_err(|e| error(&e))?;
        let inputs = parquet_inputs(&batch, defaults, self.read).map_err(|e| error(&e))?;
        let rows = inputs.len() as u64;
        self.read += rows;
        Ok(Some((inputs, rows)))
    }
}

/// The inputs of a Parquet record batch whose first row is row `before + 1` of its file:
/// `text` must be a string column; `id` strings or integers; `published`, `outlet`, `url`
/// strings, each when present.
fn parquet_inputs(
    batch: &RecordBatch,
    defaults: &berita::Meta,
    before: u64,
) -> Result<Vec<Input>, String> {
    let strings = |name: &str| -> Result<Option<Strings<'_>>, String> {
        batch
            .column_by_name(name)
            .map(|c| Strings::new(c.as_ref()).ok_or_else(|| not_strings(name, c.data_type())))
            .transpose()
    };
    let text = strings("text")?.ok_or("no column \"text\"")?;
    let id = match batch.column_by_name("id") {
        Some(c) => Some(Ids::new(c.as_ref()).ok_or_else(|| not_strings("id", c.data_type()))?),
        None => None,
    };
    let (published, outlet, url) = (strings("published")?, strings("outlet")?, strings("url")?);
    let value = |column: Option<Strings<'_>>, i, default: &Option<String>| {
        column
            .and_then(|c| c.get(i))
            .map(str::to_owned)
            .or_else(|| default.clone())
    };
    Ok((0..batch.num_rows())
        .zip(before + 1..)
        .map(|(i, row)| Input {
            id: id
                .and_then(|c| c.get(i))
                .map_or(Value::Null, |id| Value::String(id.into_owned())),
            text: text
                .get(i)
                .map(str::to_owned)
                .ok_or_else(|| "text is null".to_owned()),
            meta: berita::Meta {
                published: value(published, i, &defaults.published),
                outlet: value(outlet, i, &defaults.outlet),
                url: value(url, i, &defaults.url),
            },
            at: Place::Row(row),
        })
        .collect())
}

/// The error of a column of the wrong type.
fn not_strings(name: &str, found: &DataType) -> String {
    format!("column {name:?} must hold strings (ids: or integers), not {found}")
}

impl JsonlSource {
    /// JSONL lines from `reader`, the file named `file`, of `size` bytes when known.
    fn new(reader: Box<dyn BufRead>, file: &str, size: Option<u64>) -> JsonlSource {
        JsonlSource {
            reader,
            batch: Batch::default(),
            file: file.to_owned(),
            size,
            read: 0,
        }
    }

    /// The next batch of lines' inputs and its size in bytes; None at the end.
    fn next_batch(&mut self, defaults: &berita::Meta) -> io::Result<Option<(Vec<Input>, u64)>> {
        if !self.batch.read(self.reader.as_mut())? {
            return Ok(None);
        }
        let lines = self.batch.lines();
        let inputs: Vec<Input> = self
            .batch
            .read_records(lines)
            .zip(self.read + 1..)
            .map(|(line, number)| jsonl_input(line, Place::Line(number), defaults))
            .collect();
        self.read += inputs.len() as u64;
        Ok(Some((inputs, self.batch.len_bytes() as u64)))
    }
}

/// A JSONL line's input, at `at`: its record, or why it has none, as `--jsonl` reads it.
fn jsonl_input(line: Line<'_>, at: Place, defaults: &berita::Meta) -> Input {
    let id = line.id().clone();
    match line {
        Line::Record(record) if record.text.is_some() => Input {
            id,
            text: Ok(record.text.map(|t| t.into_owned()).unwrap_or_default()),
            meta: berita::Meta {
                published: or_default(record.published, &defaults.published),
                outlet: or_default(record.outlet, &defaults.outlet),
                url: or_default(record.url, &defaults.url),
            },
            at,
        },
        line => Input {
            id,
            text: Err(line.error().unwrap_or_default()),
            meta: berita::Meta::default(),
            at,
        },
    }
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

/// Where results go.
enum Sink {
    /// A Parquet file.
    Parquet(ParquetSink),
    /// `berita/1` JSONL lines, as `--jsonl` writes them.
    Jsonl(Box<dyn Write>),
}

/// A Parquet file of the articles table or the quotes table.
struct ParquetSink {
    /// The writer.
    writer: Box<ArrowWriter<File>>,
    /// The file, for messages.
    path: PathBuf,
    /// The quotes table rather than the articles table.
    quotes: bool,
    /// Rows written so far (the quotes table's `row` numbers go on across batches).
    rows: usize,
}

impl Sink {
    /// The sink `path` names: Parquet when it ends in `.parquet`, else JSONL (stdout for None
    /// or `-`).
    fn open(path: Option<&Path>, quotes: bool) -> io::Result<Sink> {
        match path.filter(|p| is_parquet(Some(p))) {
            Some(p) => ParquetSink::open(p, quotes).map(Sink::Parquet),
            None => jsonl_output(path).map(Sink::Jsonl),
        }
    }

    /// The results of a batch of inputs of `file`, written out (a Parquet row group of their
    /// own).
    fn write(
        &mut self,
        file: &str,
        inputs: &[Input],
        outcomes: &[Result<berita::Article, String>],
    ) -> io::Result<()> {
        match self {
            Sink::Jsonl(out) => out.write_all(&jsonl_lines(file, inputs, outcomes)),
            Sink::Parquet(sink) => sink.write(file, inputs, outcomes),
        }
    }

    /// Flushes the output and, for Parquet, writes the file's footer.
    fn finish(self) -> io::Result<()> {
        match self {
            Sink::Jsonl(mut out) => out.flush(),
            Sink::Parquet(sink) => sink.finish(),
        }
    }
}

/// The `--jsonl` output lines of a batch of inputs of `file`: a document with its `id`
/// first, or an error record naming the file and line (a Parquet input's row).
fn jsonl_lines(
    file: &str,
    inputs: &[Input],
    outcomes: &[Result<berita::Article, String>],
) -> Vec<u8> {
    let (mut lines, mut document) = (Vec::new(), Vec::new());
    for (input, outcome) in inputs.iter().zip(outcomes) {
        match outcome {
            Ok(article) => write_document(&mut lines, &input.id, article, &mut document),
            Err(message) => {
                let at = Position {
                    file,
                    line: input.at.number(),
                };
                write_error(&mut lines, &input.id, message, at);
            }
        }
    }
    lines
}

impl ParquetSink {
    /// A Parquet file at `path` for the articles table, or the quotes table with `quotes`.
    fn open(path: &Path, quotes: bool) -> io::Result<ParquetSink> {
        let schema = if quotes {
            berita::arrow::quotes_schema()
        } else {
            berita::arrow::articles_schema()
        };
        let file = File::create(path).map_err(|e| file_error(path, e))?;
        let properties = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .build();
        let writer = ArrowWriter::try_new(file, schema, Some(properties))
            .map_err(|e| file_error(path, e))?;
        Ok(ParquetSink {
            writer: Box::new(writer),
            path: path.to_owned(),
            quotes,
            rows: 0,
        })
    }

    /// A batch's rows as a row group of their own: a JSONL line's error names its file and
    /// line (`in.jsonl:3: blank line`); a Parquet row's is at the row's own place.
    fn write(
        &mut self,
        file: &str,
        inputs: &[Input],
        outcomes: &[Result<berita::Article, String>],
    ) -> io::Result<()> {
        let ids: Vec<Option<String>> = inputs.iter().map(|i| id_text(&i.id)).collect();
        let errors: Vec<Option<String>> = inputs
            .iter()
            .zip(outcomes)
            .map(|(input, outcome)| located_error(file, input.at, outcome))
            .collect();
        let table: Vec<Row<'_>> = ids
            .iter()
            .zip(outcomes)
            .zip(&errors)
            .map(|((id, outcome), error)| match (outcome, error) {
                (Ok(article), _) => Row::parsed(id.as_deref(), article),
                (Err(_), Some(e)) => Row::failed(id.as_deref(), e),
                (Err(e), None) => Row::failed(id.as_deref(), e),
            })
            .collect();
        let batch = if self.quotes {
            berita::arrow::quotes_batch(self.rows, &table)
        } else {
            berita::arrow::articles_batch(&table)
        };
        self.rows += table.len();
        let batch = batch.map_err(|e| file_error(&self.path, e))?;
        self.writer
            .write(&batch)
            .map_err(|e| file_error(&self.path, e))?;
        self.writer.flush().map_err(|e| file_error(&self.path, e))
    }

    /// Writes the file's footer.
    fn finish(self) -> io::Result<()> {
        self.writer
            .close()
            .map(|_| ())
            .map_err(|e| file_error(&self.path, e))
    }
}

/// A JSONL line's error with its file and line in front (`in.jsonl:3: blank line`); None
/// for a parsed input or a Parquet row (whose error stays as `parse_arrow` gives it).
fn located_error(
    file: &str,
    at: Place,
    outcome: &Result<berita::Article, String>,
) -> Option<String> {
    match (outcome, at) {
        (Err(e), Place::Line(n)) => Some(format!("{file}:{n}: {e}")),
        _ => None,
    }
}

/// An id for the Parquet `id` column: a string as it is, any other JSON value as JSON text.
fn id_text(id: &Value) -> Option<String> {
    match id {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_lines_become_inputs_with_their_line_numbers() {
        let defaults = berita::Meta {
            outlet: Some("X".into()),
            ..Default::default()
        };
        let mut source = JsonlSource::new(
            Box::new(&b"{\"id\": 1, \"text\": \"Hujan.\"}\n\n{\"id\": \"b\"}\n"[..]),
            "a.jsonl",
            None,
        );
        let Ok(Some((inputs, _))) = source.next_batch(&defaults) else {
            panic!("a batch");
        };
        assert_eq!(inputs.len(), 3);
        let first = &inputs[0];
        assert_eq!(first.text.as_deref(), Ok("Hujan."));
        assert_eq!(first.meta.outlet.as_deref(), Some("X"));
        let parser = berita::Parser::default();
        let run = Run {
            parser: &parser,
            defaults: &defaults,
            quotes_only: false,
        };
        let outcomes = run.parse_all(&inputs);
        let errors: Vec<Option<String>> = inputs
            .iter()
            .zip(&outcomes)
            .map(|(i, o)| located_error("a.jsonl", i.at, o))
            .collect();
        assert_eq!(errors[0], None);
        assert_eq!(errors[1].as_deref(), Some("a.jsonl:2: blank line"));
        assert_eq!(
            errors[2].as_deref(),
            Some("a.jsonl:3: record has no string field \"text\"")
        );
        let lines = jsonl_lines("a.jsonl", &inputs, &outcomes);
        let lines: Vec<Value> = lines
            .split(|b| *b == b'\n')
            .filter(|l| !l.is_empty())
            .filter_map(|l| serde_json::from_slice(l).ok())
            .collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[2].get("line"), Some(&Value::from(3)));
        assert_eq!(lines[2].get("id"), Some(&Value::from("b")));
    }

    #[test]
    fn parquet_is_told_by_its_extension() {
        assert!(is_parquet(Some(Path::new("a.PARQUET"))));
        assert!(!is_parquet(Some(Path::new("a.jsonl"))));
        assert!(!is_parquet(None));
        assert_eq!(id_text(&Value::from(3)).as_deref(), Some("3"));
        assert_eq!(id_text(&Value::Null), None);
    }
}
