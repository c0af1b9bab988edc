//! Arrow in and out of Python through the Arrow PyCapsule interface (`__arrow_c_stream__`,
//! `__arrow_c_array__`, `__arrow_c_schema__`): `parse_arrow`, `quotes_arrow` and their
//! schemas, without importing pyarrow, Polars or any other Arrow library.
//!
//! - In: any object that exports an Arrow stream or array. A stream or array of structs (a
//!   table, a record batch) gives columns by name; any other array (a string Series, a
//!   ChunkedArray) is the text column itself. Text columns are read where they are: each
//!   text is a `&str` into the producer's buffer (string, large string or string view),
//!   checked as UTF-8 once, never copied.
//! - Work: the texts are cut into chunks of rows; each chunk is parsed and made into a record
//!   batch ([`crate::arrow`]) on rayon's pool, with the GIL released.
//! - Out: an [`ArrowTable`] holding the batches, exported as a stream as often as asked.
//!
//! The `unsafe` here is the C data interface itself, each use with its reason: moving a
//! stream or array out of a capsule, calling the producer's stream callbacks, and reading
//! the imported buffers (`from_ffi`), whose contents are then validated in full before use.
#![allow(unsafe_code)]

use std::borrow::Cow;
use std::ffi::{CStr, c_int};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;

use ::arrow_schema::{ArrowError, DataType, Field, Schema, SchemaRef};
use arrow_array::ffi::{FFI_ArrowArray, FFI_ArrowSchema, from_ffi, from_ffi_and_data_type};
use arrow_array::ffi_stream::FFI_ArrowArrayStream;
use arrow_array::{
    Array, ArrayRef, RecordBatch, RecordBatchIterator, RecordBatchOptions, StructArray,
    cast::AsArray, make_array,
};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyTuple};

use super::{BeritaError, run_all, threads_arg, type_name};
use crate::Meta;
use crate::arrow::{Ids, Row, Strings};

/// Capsule names of the Arrow PyCapsule interface.
const STREAM: &CStr = c"arrow_array_stream";
const SCHEMA: &CStr = c"arrow_schema";
const ARRAY: &CStr = c"arrow_array";

/// Rows per output batch at most, and input text bytes per batch at most: small enough for
/// the pool to even out, large enough that batches are not tiny; the byte cap keeps every
/// string column of a batch far below the 2 GiB of int32 offsets.
const CHUNK_ROWS: usize = 256;
const CHUNK_BYTES: usize = 64 << 20;

// ---------------------------------------------------------------------------------------------
// Out: the result table and the schemas
// ---------------------------------------------------------------------------------------------

/// Parse results as Arrow record batches: give it to `pyarrow.table`, `polars.DataFrame`,
/// `duckdb.arrow` or anything that reads the Arrow PyCapsule interface.
#[pyclass(name = "ArrowTable", module = "berita", frozen)]
pub(super) struct ArrowTable {
    schema: SchemaRef,
    batches: Vec<RecordBatch>,
}

#[pymethods]
impl ArrowTable {
    /// The batches as an Arrow C stream (a new one at each call); `requested_schema` is
    /// ignored, as the interface allows.
    #[pyo3(signature = (requested_schema=None))]
    fn __arrow_c_stream__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyCapsule>> {
        let _ = requested_schema;
        let batches = self.batches.clone().into_iter().map(Ok);
        let reader = RecordBatchIterator::new(batches, Arc::clone(&self.schema));
        let stream = FFI_ArrowArrayStream::new(Box::new(reader));
        PyCapsule::new_with_value(py, stream, STREAM)
    }

    /// The schema (exports `__arrow_c_schema__`).
    #[getter]
    fn schema(&self) -> ArrowSchema {
        ArrowSchema(Arc::clone(&self.schema))
    }

    /// Number of rows.
    #[getter]
    fn num_rows(&self) -> usize {
        self.batches.iter().map(RecordBatch::num_rows).sum()
    }

    fn __len__(&self) -> usize {
        self.num_rows()
    }

    fn __repr__(&self) -> String {
        format!(
            "ArrowTable({} rows, {} columns)",
            self.num_rows(),
            self.schema.fields().len()
        )
    }
}

/// A fixed Arrow schema: `pyarrow.schema(s)` reads it (`__arrow_c_schema__`).
#[pyclass(name = "ArrowSchema", module = "berita", frozen)]
pub(super) struct ArrowSchema(SchemaRef);

#[pymethods]
impl ArrowSchema {
    /// The schema as an Arrow C schema capsule.
    fn __arrow_c_schema__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyCapsule>> {
        let schema = FFI_ArrowSchema::try_from(self.0.as_ref()).map_err(arrow_error)?;
        PyCapsule::new_with_value(py, schema, SCHEMA)
    }

    /// The column names, in order.
    #[getter]
    fn names(&self) -> Vec<String> {
        self.0.fields().iter().map(|f| f.name().clone()).collect()
    }

    fn __repr__(&self) -> String {
        format!("ArrowSchema({})", self.names().join(", "))
    }
}

/// The schema of `parse_arrow`'s result: one row per input row.
#[pyfunction]
pub(super) fn arrow_schema() -> ArrowSchema {
    ArrowSchema(crate::arrow::articles_schema())
}

/// The schema of `quotes_arrow`'s result: one row per quote.
#[pyfunction]
pub(super) fn quotes_arrow_schema() -> ArrowSchema {
    ArrowSchema(crate::arrow::quotes_schema())
}

/// An Arrow error as a Python error.
fn arrow_error(e: ArrowError) -> PyErr {
    BeritaError::new_err(format!("Arrow: {e}"))
}

// ---------------------------------------------------------------------------------------------
// parse_arrow and quotes_arrow
// ---------------------------------------------------------------------------------------------

/// Which table a call makes.
#[derive(Clone, Copy)]
pub(super) enum Output {
    /// One row per input row (`parse_arrow`).
    Articles,
    /// One row per quote (`quotes_arrow`).
    Quotes,
}

/// The column names a call reads (`text=`, `published=`, `outlet=`, `id=`).
pub(super) struct ColumnNames<'a> {
    pub(super) text: &'a str,
    pub(super) published: Option<&'a str>,
    pub(super) outlet: Option<&'a str>,
    pub(super) id: Option<&'a str>,
}

/// The default of `published=`: read when the data has it, not asked for otherwise.
const DEFAULT_PUBLISHED: &str = "published";

/// `parse_arrow` / `quotes_arrow` for a parser.
pub(super) fn parse_table(
    py: Python<'_>,
    parser: &crate::Parser,
    data: &Bound<'_, PyAny>,
    names: &ColumnNames<'_>,
    threads: Option<&Bound<'_, PyAny>>,
    output: Output,
) -> PyResult<ArrowTable> {
    let threads = threads_arg(threads)?;
    let input = import(data, names.text)?;
    let jobs = jobs(&input, names)?;
    let chunks = chunks(&jobs);
    let batches = py.detach(|| {
        run_all(&chunks, threads, |&(first, rows)| {
            parse_chunk(parser, first, rows, output)
        })
    });
    let batches = batches
        .into_iter()
        .collect::<Result<Vec<_>, String>>()
        .map_err(BeritaError::new_err)?;
    let schema = match output {
        Output::Articles => crate::arrow::articles_schema(),
        Output::Quotes => crate::arrow::quotes_schema(),
    };
    Ok(ArrowTable { schema, batches })
}

/// Parses the text column of `data` (anything that exports Arrow: a pyarrow, Polars, pandas
/// or DuckDB table or column) with the default parser; one result row per input row, in
/// order, `error` set where a row could not be parsed. `published`, `outlet`, `id`: column
/// names (`published` is read only when the data has that column, unless named otherwise).
#[pyfunction]
#[pyo3(signature = (data, *, text="text", published=Some("published"), outlet=None, id=None, threads=None))]
#[pyo3(
    text_signature = "(data, *, text='text', published='published', outlet=None, id=None, threads=None)"
)]
pub(super) fn parse_arrow(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
    text: &str,
    published: Option<&str>,
    outlet: Option<&str>,
    id: Option<&str>,
    threads: Option<&Bound<'_, PyAny>>,
) -> PyResult<ArrowTable> {
    let names = ColumnNames {
        text,
        published,
        outlet,
        id,
    };
    let parser = crate::parser::default_parser();
    parse_table(py, parser, data, &names, threads, Output::Articles)
}

/// Like `parse_arrow`, one row per quote: the input row, its id, the quote, its speaker and
/// cue; a row that could not be parsed gives one row with its `error`.
#[pyfunction]
#[pyo3(signature = (data, *, text="text", published=Some("published"), outlet=None, id=None, threads=None))]
#[pyo3(
    text_signature = "(data, *, text='text', published='published', outlet=None, id=None, threads=None)"
)]
pub(super) fn quotes_arrow(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
    text: &str,
    published: Option<&str>,
    outlet: Option<&str>,
    id: Option<&str>,
    threads: Option<&Bound<'_, PyAny>>,
) -> PyResult<ArrowTable> {
    let names = ColumnNames {
        text,
        published,
        outlet,
        id,
    };
    let parser = crate::parser::default_parser();
    parse_table(py, parser, data, &names, threads, Output::Quotes)
}

/// One input row: its text (None when null) and metadata, borrowed from the input.
struct Job<'a> {
    text: Option<&'a str>,
    meta: Meta,
    id: Option<Cow<'a, str>>,
}

/// The jobs of every row of every input batch, in order.
fn jobs<'a>(input: &'a Input, names: &ColumnNames<'_>) -> PyResult<Vec<Job<'a>>> {
    let published = published_name(&input.schema, names.published);
    let mut jobs = Vec::with_capacity(input.batches.iter().map(RecordBatch::num_rows).sum());
    for batch in &input.batches {
        let text = strings(batch, names.text)?;
        let published = published.map(|n| strings(batch, n)).transpose()?;
        let outlet = names.outlet.map(|n| strings(batch, n)).transpose()?;
        let id = names.id.map(|n| ids(batch, n)).transpose()?;
        jobs.extend((0..batch.num_rows()).map(|i| Job {
            text: text.get(i),
            meta: Meta {
                published: published.as_ref().and_then(|c| c.get(i)).map(str::to_owned),
                outlet: outlet.as_ref().and_then(|c| c.get(i)).map(str::to_owned),
                url: None,
            },
            id: id.as_ref().and_then(|c| c.get(i)),
        }));
    }
    Ok(jobs)
}

/// The published column to read: the one named, or `published` only if the data has it.
fn published_name<'a>(schema: &Schema, name: Option<&'a str>) -> Option<&'a str> {
    name.filter(|&n| n != DEFAULT_PUBLISHED || schema.field_with_name(n).is_ok())
}

/// The jobs cut into chunks of consecutive rows, each with the index of its first row.
fn chunks<'j, 'a>(jobs: &'j [Job<'a>]) -> Vec<(usize, &'j [Job<'a>])> {
    let mut chunks = Vec::new();
    let (mut start, mut bytes) = (0, 0);
    for (i, job) in jobs.iter().enumerate() {
        let len = job.text.map_or(0, str::len);
        if i > start && (i - start >= CHUNK_ROWS || bytes + len > CHUNK_BYTES) {
            chunks.push((start, jobs.get(start..i).unwrap_or_default()));
            (start, bytes) = (i, 0);
        }
        bytes += len;
    }
    if start < jobs.len() {
        chunks.push((start, jobs.get(start..).unwrap_or_default()));
    }
    chunks
}

/// One chunk parsed and made into a record batch (a panic, a bug, becomes an error).
fn parse_chunk(
    parser: &crate::Parser,
    first: usize,
    jobs: &[Job<'_>],
    output: Output,
) -> Result<RecordBatch, String> {
    let outcomes: Vec<Result<crate::Article, String>> = jobs
        .iter()
        .map(|job| match job.text {
            Some(text) => super::parse_text(parser, text, &job.meta),
            None => Err("text is null".to_owned()),
        })
        .collect();
    let rows: Vec<Row<'_>> = jobs
        .iter()
        .zip(&outcomes)
        .map(|(job, outcome)| match outcome {
            Ok(article) => Row::parsed(job.id.as_deref(), article),
            Err(e) => Row::failed(job.id.as_deref(), e),
        })
        .collect();
    let batch = catch_unwind(AssertUnwindSafe(|| match output {
        Output::Articles => crate::arrow::articles_batch(&rows),
        Output::Quotes => crate::arrow::quotes_batch(first, &rows),
    }));
    match batch {
        Ok(Ok(batch)) => Ok(batch),
        Ok(Err(e)) => Err(format!("Arrow: {e}")),
        Err(_) => Err("internal error in berita: building a batch panicked".to_owned()),
    }
}

/// For tests only (not part of the API): the address of each text of `data`'s text column
/// as berita reads it (None for a null), to compare with the producer's buffer.
#[pyfunction]
#[pyo3(signature = (data, *, text="text"))]
pub(super) fn _text_addresses(data: &Bound<'_, PyAny>, text: &str) -> PyResult<Vec<Option<usize>>> {
    let input = import(data, text)?;
    let names = ColumnNames {
        text,
        published: None,
        outlet: None,
        id: None,
    };
    let jobs = jobs(&input, &names)?;
    Ok(jobs
        .iter()
        .map(|j| j.text.map(|t| t.as_ptr() as usize))
        .collect())
}

// ---------------------------------------------------------------------------------------------
// Columns
// ---------------------------------------------------------------------------------------------

/// The column `name` of `batch`, or a ValueError naming it (with the columns there are).
fn column<'a>(batch: &'a RecordBatch, name: &str) -> PyResult<&'a ArrayRef> {
    batch.column_by_name(name).ok_or_else(|| {
        let schema = batch.schema();
        let there: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
        PyValueError::new_err(format!(
            "no column {name:?} in the data (columns: {})",
            there.join(", ")
        ))
    })
}

/// The string column `name`: a TypeError names it when it holds something else.
fn strings<'a>(batch: &'a RecordBatch, name: &str) -> PyResult<Strings<'a>> {
    let array = column(batch, name)?;
    Strings::new(array.as_ref()).ok_or_else(|| {
        PyTypeError::new_err(format!(
            "column {name:?} must hold strings (string, large_string or string_view), not {}",
            array.data_type()
        ))
    })
}

/// The id column `name`: strings or int32/int64/uint32/uint64, else a TypeError naming it.
fn ids<'a>(batch: &'a RecordBatch, name: &str) -> PyResult<Ids<'a>> {
    let array = column(batch, name)?;
    Ids::new(array.as_ref()).ok_or_else(|| {
        PyTypeError::new_err(format!(
            "column {name:?} (id) must hold strings or integers, not {}",
            array.data_type()
        ))
    })
}

// ---------------------------------------------------------------------------------------------
// In: the PyCapsule interface
// ---------------------------------------------------------------------------------------------

/// The data of a Python object that exports Arrow, as record batches of one schema.
struct Input {
    schema: SchemaRef,
    batches: Vec<RecordBatch>,
}

/// Reads `data` through `__arrow_c_stream__` (preferred) or `__arrow_c_array__`. An array
/// that is not of structs becomes a table of one column, named `single`.
fn import(data: &Bound<'_, PyAny>, single: &str) -> PyResult<Input> {
    let arrays = if data.hasattr("__arrow_c_stream__")? {
        let capsule = data.call_method0("__arrow_c_stream__")?;
        import_stream(capsule.cast::<PyCapsule>()?)?
    } else if data.hasattr("__arrow_c_array__")? {
        let pair = data.call_method0("__arrow_c_array__")?;
        let pair = pair.cast::<PyTuple>()?;
        let schema = pair.get_item(0)?;
        let array = pair.get_item(1)?;
        import_array(schema.cast::<PyCapsule>()?, array.cast::<PyCapsule>()?)?
    } else {
        return Err(PyTypeError::new_err(format!(
            "data must export Arrow (__arrow_c_stream__ or __arrow_c_array__: a pyarrow, \
             Polars, pandas or DuckDB table or column), not {}; for a list of str use \
             parse_many",
            type_name(data)
        )));
    };
    into_batches(arrays, single).map_err(arrow_error)
}

/// Arrays of one type, as a stream or an array gave them.
struct Arrays {
    field: Field,
    arrays: Vec<ArrayRef>,
}

/// Struct arrays as record batches of their fields; any other arrays as batches of one
/// column named `single`.
fn into_batches(input: Arrays, single: &str) -> Result<Input, ArrowError> {
    let schema = match input.field.data_type() {
        DataType::Struct(fields) => Arc::new(Schema::new(fields.clone())),
        other => Arc::new(Schema::new(vec![Field::new(single, other.clone(), true)])),
    };
    let batches = input
        .arrays
        .into_iter()
        .map(|array| {
            let rows = RecordBatchOptions::new().with_row_count(Some(array.len()));
            let columns = match array.as_struct_opt() {
                Some(_) => StructArray::from(array.to_data()).into_parts().1,
                None => vec![array],
            };
            RecordBatch::try_new_with_options(Arc::clone(&schema), columns, &rows)
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Input { schema, batches })
}

/// The arrays of an `arrow_array_stream` capsule (moved out of it, read to the end).
fn import_stream(capsule: &Bound<'_, PyCapsule>) -> PyResult<Arrays> {
    let pointer = capsule.pointer_checked(Some(STREAM))?;
    // SAFETY: a capsule named `arrow_array_stream` holds an ArrowArrayStream (PyCapsule
    // interface); `from_raw` moves it out and leaves a released one, which the capsule's
    // destructor then leaves alone. The stream is ours to read and release (on drop).
    let mut stream = unsafe { FFI_ArrowArrayStream::from_raw(pointer.cast().as_ptr()) };
    if stream.release.is_none() {
        return Err(PyValueError::new_err(
            "the Arrow stream was already consumed",
        ));
    }
    let field = stream_field(&mut stream)?;
    let mut arrays = Vec::new();
    while let Some(array) = next_array(&mut stream, field.data_type())? {
        arrays.push(array);
    }
    Ok(Arrays { field, arrays })
}

/// The type of the stream's arrays (`get_schema`).
fn stream_field(stream: &mut FFI_ArrowArrayStream) -> PyResult<Field> {
    let get_schema = stream
        .get_schema
        .ok_or_else(|| PyValueError::new_err("the Arrow stream has no get_schema"))?;
    let mut schema = FFI_ArrowSchema::empty();
    // SAFETY: the producer's own callback, called as the C stream interface says: with its
    // live stream and an empty schema for it to fill (which we then own and release).
    let code = unsafe { get_schema(stream, &mut schema) };
    if code != 0 {
        return Err(stream_error(stream, code));
    }
    Field::try_from(&schema).map_err(arrow_error)
}

/// The stream's next array, None at its end (`get_next`), its buffers checked in full.
fn next_array(
    stream: &mut FFI_ArrowArrayStream,
    data_type: &DataType,
) -> PyResult<Option<ArrayRef>> {
    let get_next = stream
        .get_next
        .ok_or_else(|| PyValueError::new_err("the Arrow stream has no get_next"))?;
    let mut array = FFI_ArrowArray::empty();
    // SAFETY: as for `get_schema`: the producer fills the empty array, which we then own.
    let code = unsafe { get_next(stream, &mut array) };
    if code != 0 {
        return Err(stream_error(stream, code));
    }
    if array.is_released() {
        return Ok(None);
    }
    // SAFETY: the array was made for this stream, whose arrays are of `data_type`; its
    // buffers live until it is released (when the last Arrow array using them is dropped).
    let data = unsafe { from_ffi_and_data_type(array, data_type.clone()) }.map_err(arrow_error)?;
    data.validate_full().map_err(arrow_error)?;
    Ok(Some(make_array(data)))
}

/// The error a stream callback reported, with the producer's message when it gives one.
fn stream_error(stream: &mut FFI_ArrowArrayStream, code: c_int) -> PyErr {
    let message = stream.get_last_error.and_then(|get_last_error| {
        // SAFETY: the producer's callback; it returns null or a C string that lives until
        // the next call on the stream, copied here at once.
        let text = unsafe { get_last_error(stream) };
        // SAFETY: not null, so a NUL-terminated string of the producer's (see above).
        (!text.is_null()).then(|| {
            unsafe { CStr::from_ptr(text) }
                .to_string_lossy()
                .into_owned()
        })
    });
    PyValueError::new_err(format!(
        "reading the Arrow stream failed (error {code}): {}",
        message.unwrap_or_else(|| "no message".to_owned())
    ))
}

/// The array of an `arrow_schema` and an `arrow_array` capsule (the array moved out).
fn import_array(schema: &Bound<'_, PyCapsule>, array: &Bound<'_, PyCapsule>) -> PyResult<Arrays> {
    let schema_pointer = schema.pointer_checked(Some(SCHEMA))?;
    let array_pointer = array.pointer_checked(Some(ARRAY))?;
    // SAFETY: a capsule named `arrow_schema` holds an ArrowSchema, which the capsule keeps
    // alive (and releases) while we borrow it here.
    let ffi_schema = unsafe { schema_pointer.cast::<FFI_ArrowSchema>().as_ref() };
    // SAFETY: a capsule named `arrow_array` holds an ArrowArray; `from_raw` moves it out and
    // leaves a released one for the capsule's destructor.
    let ffi_array = unsafe { FFI_ArrowArray::from_raw(array_pointer.cast().as_ptr()) };
    let field = Field::try_from(ffi_schema).map_err(arrow_error)?;
    // SAFETY: the array was exported with this schema (the interface gives them as a pair).
    let data = unsafe { from_ffi(ffi_array, ffi_schema) }.map_err(arrow_error)?;
    data.validate_full().map_err(arrow_error)?;
    Ok(Arrays {
        field,
        arrays: vec![make_array(data)],
    })
}
