//! `berita parse --input X --output Y`: records from Parquet or JSONL to the `parse_arrow`
//! table in Parquet (or the quotes table, `--quotes-only`), or to `berita/1` JSONL.
//!
//! Streaming: the input is read [`BATCH`] rows at a time (a Parquet file page by page, row
//! group by row group), each batch parsed on every core and written out (a Parquet row
//! group per batch) before the next is read, so memory stays flat in the input's size.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use berita::arrow::arrow_array::RecordBatch;
use berita::arrow::arrow_schema::DataType;
use berita::arrow::{Ids, Row, Strings};
use parquet::arrow::ArrowWriter;
use parquet::arrow::ProjectionMask;
use parquet::arrow::arrow_reader::{ParquetRecordBatchReader, ParquetRecordBatchReaderBuilder};
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use serde_json::Value;

use super::{BATCH, Batch, Input, Records, Unit, on_all_cores, progress_bar, write_result};

/// The columns of a Parquet input berita reads, when present (`text` must be).
const COLUMNS: [&str; 5] = ["text", "id", "published", "outlet", "url"];

/// Converts `input` (Parquet if it ends in `.parquet`, else JSONL; stdin when None or `-`)
/// to `output` (likewise; stdout when None or `-`). `quotes_only` writes the quotes table,
/// which needs Parquet output.
pub(super) fn convert(
    parser: &berita::Parser,
    input: Option<&Path>,
    output: Option<&Path>,
    quotes_only: bool,
) -> io::Result<()> {
    let mut sink = Sink::open(output, quotes_only)?;
    let mut source = Source::open(input)?;
    let progress = progress_bar(source.total(), source.unit());
    while let Some((inputs, done)) = source.next_batch()? {
        let outcomes = parse_all(parser, &inputs);
        sink.write(&inputs, &outcomes)?;
        if let Some(p) = &progress {
            p.inc(done);
        }
    }
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    sink.finish()
}

/// Whether `path` names a Parquet file.
pub(super) fn is_parquet(path: Option<&Path>) -> bool {
    path.and_then(Path::extension)
        .is_some_and(|e| e.eq_ignore_ascii_case("parquet"))
}

/// An I/O error for a problem with a file, naming it.
fn file_error(path: &Path, e: impl std::fmt::Display) -> io::Error {
    io::Error::other(format!("{}: {e}", path.display()))
}

/// Every input of a batch parsed on all cores, in order; a parse that panics (a bug) gives
/// that row an error rather than losing it.
fn parse_all(
    parser: &berita::Parser,
    inputs: &[Input<'static>],
) -> Vec<Result<berita::Article, String>> {
    let parse = |input: &Input<'static>| {
        let text = input.text.as_deref().map_err(Clone::clone)?;
        catch_unwind(AssertUnwindSafe(|| parser.parse_with(text, &input.meta)))
            .map_err(|_| "internal error in berita: the parser panicked".to_owned())
    };
    on_all_cores(inputs, |run| run.iter().map(parse).collect::<Vec<_>>())
        .into_iter()
        .flatten()
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

/// Where records come from.
enum Source {
    /// A Parquet file, batch by batch, with its number of rows.
    Parquet(ParquetRecordBatchReader, PathBuf, u64),
    /// JSONL lines, with the file's size when known.
    Jsonl(Box<dyn BufRead>, Batch, Option<u64>),
}

impl Source {
    /// The source `path` names (stdin for None or `-`: JSONL).
    fn open(path: Option<&Path>) -> io::Result<Source> {
        let file = match path.filter(|p| p.as_os_str() != "-") {
            Some(p) => File::open(p).map_err(|e| file_error(p, e))?,
            None => {
                let stdin = BufReader::with_capacity(1 << 20, io::stdin());
                return Ok(Source::Jsonl(Box::new(stdin), Batch::default(), None));
            }
        };
        let path = path.unwrap_or(Path::new("-"));
        if !is_parquet(Some(path)) {
            let size = file.metadata().ok().map(|m| m.len());
            let reader = BufReader::with_capacity(1 << 20, file);
            return Ok(Source::Jsonl(Box::new(reader), Batch::default(), size));
        }
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
        Ok(Source::Parquet(reader, path.to_owned(), rows))
    }

    /// How much there is to read, for a progress bar: rows or bytes.
    fn total(&self) -> Option<u64> {
        match self {
            Source::Parquet(_, _, rows) => Some(*rows),
            Source::Jsonl(_, _, size) => *size,
        }
    }

    /// What [`Source::total`] counts.
    fn unit(&self) -> Unit {
        match self {
            Source::Parquet(..) => Unit::Rows,
            Source::Jsonl(..) => Unit::Bytes,
        }
    }

    /// The next batch of inputs with how much of [`Source::total`] it was, None at the end.
    fn next_batch(&mut self) -> io::Result<Option<(Vec<Input<'static>>, u64)>> {
        match self {
            Source::Parquet(reader, path, _) => {
                let Some(batch) = reader.next() else {
                    return Ok(None);
                };
                let batch = batch.map_err(|e| file_error(path, e))?;
                let inputs = parquet_inputs(&batch).map_err(|e| file_error(path, e))?;
                let rows = inputs.len() as u64;
                Ok(Some((inputs, rows)))
            }
            Source::Jsonl(reader, batch, _) => {
                if !batch.read(reader.as_mut())? {
                    return Ok(None);
                }
                let start = batch.lines.first().map_or(0, |line| line.start);
                let mut records = Records::new(&batch.bytes, start);
                let inputs = batch
                    .lines
                    .iter()
                    .filter_map(|line| batch.content(line))
                    .map(|line| owned(Input::from_record(records.read(line))))
                    .collect();
                Ok(Some((inputs, batch.bytes.len() as u64)))
            }
        }
    }
}

/// An input that owns its text.
fn owned(input: Input<'_>) -> Input<'static> {
    Input {
        id: input.id,
        text: input.text.map(|t| t.into_owned().into()),
        meta: input.meta,
    }
}

/// The inputs of a Parquet record batch: `text` must be a string column; `id` strings or
/// integers; `published`, `outlet`, `url` strings, each when present.
fn parquet_inputs(batch: &RecordBatch) -> Result<Vec<Input<'static>>, String> {
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
    let value = |column: Option<Strings<'_>>, i| column.and_then(|c| c.get(i)).map(str::to_owned);
    Ok((0..batch.num_rows())
        .map(|i| Input {
            id: id
                .and_then(|c| c.get(i))
                .map_or(Value::Null, |id| Value::String(id.into_owned())),
            text: text
                .get(i)
                .map(|t| t.to_owned().into())
                .ok_or_else(|| "text is null".to_owned()),
            meta: berita::Meta {
                published: value(published, i),
                outlet: value(outlet, i),
                url: value(url, i),
            },
        })
        .collect())
}

/// The error of a column of the wrong type.
fn not_strings(name: &str, found: &DataType) -> String {
    format!("column {name:?} must hold strings (ids: or integers), not {found}")
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

/// Where results go.
enum Sink {
    /// A Parquet file of the articles table or, with `quotes`, the quotes table; `rows`
    /// written so far (the quotes table's `row` numbers go on across batches).
    Parquet {
        writer: Box<ArrowWriter<File>>,
        path: PathBuf,
        quotes: bool,
        rows: usize,
    },
    /// `berita/1` JSONL lines.
    Jsonl(Box<dyn Write>),
}

impl Sink {
    /// The sink `path` names (stdout for None or `-`: JSONL).
    fn open(path: Option<&Path>, quotes: bool) -> io::Result<Sink> {
        let Some(path) = path.filter(|p| is_parquet(Some(p))) else {
            if quotes {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    "--quotes-only writes Parquet: give --output FILE.parquet",
                ));
            }
            return Ok(Sink::Jsonl(match path.filter(|p| p.as_os_str() != "-") {
                Some(p) => Box::new(io::BufWriter::new(
                    File::create(p).map_err(|e| file_error(p, e))?,
                )),
                None => Box::new(io::stdout().lock()),
            }));
        };
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
        Ok(Sink::Parquet {
            writer: Box::new(writer),
            path: path.to_owned(),
            quotes,
            rows: 0,
        })
    }

    /// The results of a batch of inputs, written out (a Parquet row group of their own).
    fn write(
        &mut self,
        inputs: &[Input<'static>],
        outcomes: &[Result<berita::Article, String>],
    ) -> io::Result<()> {
        match self {
            Sink::Jsonl(out) => {
                let (mut lines, mut document) = (Vec::new(), Vec::new());
                for (input, outcome) in inputs.iter().zip(outcomes) {
                    let article = outcome.as_ref().map_err(String::as_str);
                    write_result(&mut lines, &input.id, article, &mut document);
                }
                out.write_all(&lines)
            }
            Sink::Parquet {
                writer,
                path,
                quotes,
                rows,
            } => {
                let ids: Vec<Option<String>> = inputs.iter().map(|i| id_text(&i.id)).collect();
                let table: Vec<Row<'_>> = ids
                    .iter()
                    .zip(outcomes)
                    .map(|(id, outcome)| match outcome {
                        Ok(article) => Row::parsed(id.as_deref(), article),
                        Err(e) => Row::failed(id.as_deref(), e),
                    })
                    .collect();
                let batch = if *quotes {
                    berita::arrow::quotes_batch(*rows, &table)
                } else {
                    berita::arrow::articles_batch(&table)
                };
                *rows += table.len();
                let batch = batch.map_err(|e| file_error(path, e))?;
                writer.write(&batch).map_err(|e| file_error(path, e))?;
                writer.flush().map_err(|e| file_error(path, e))
            }
        }
    }

    /// Flushes the output and, for Parquet, writes the file's footer.
    fn finish(self) -> io::Result<()> {
        match self {
            Sink::Jsonl(mut out) => out.flush(),
            Sink::Parquet { writer, path, .. } => {
                writer.close().map_err(|e| file_error(&path, e))?;
                Ok(())
            }
        }
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
