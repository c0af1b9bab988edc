//! Parse results as Arrow record batches (feature `arrow`): the `berita/1` structure as typed
//! columns, for the Python `parse_arrow` / `quotes_arrow` and the command line's Parquet.
//!
//! Two tables, each with a fixed schema:
//! - [`articles_batch`] ([`articles_schema`]): one row per input row, in order. Its columns
//!   follow the `berita/1` document: `id`, `dateline` (a struct), `byline`, `codes`,
//!   `read_also`, `boilerplate`, `body` (lists of structs), `body_text`, `quotes` (structs with
//!   a `cue` and a `speaker` struct), `quoted_terms`, `citations`, `dates` (`resolved` a
//!   date32), `published` (date32), `warnings`, and `error`: null for a parsed row, else why
//!   the row could not be parsed (then every other column but `id` is null).
//! - [`quotes_batch`] ([`quotes_schema`]): one row per quote, with the input row it came from
//!   (`row`), the row's `id`, the quote and its speaker and cue flattened; a row that could
//!   not be parsed gives one row with its `error` and nulls.
//!
//! A span `[start, end]` of the document is two int32 columns `start` and `end` (code points,
//! as in Python), `title_span` is `title_start`/`title_end`, `source_span` is
//! `source_start`/`source_end`. Every field is nullable.
//!
//! The schemas are the batches' own: [`articles_schema`] is the schema of an empty batch, so
//! the two cannot disagree.

use std::borrow::Cow;
use std::sync::Arc;

/// The Arrow crates the batches are made of, for callers to name the same versions.
pub use {arrow_array, arrow_schema};

use arrow_array::cast::AsArray;
use arrow_array::types::{Int32Type, Int64Type, UInt32Type, UInt64Type};
use arrow_array::{
    Array, ArrayRef, BooleanArray, Date32Array, Int32Array, Int64Array, LargeStringArray,
    ListArray, PrimitiveArray, RecordBatch, StringArray, StringViewArray, StructArray,
};
use arrow_buffer::{NullBuffer, OffsetBuffer};
use arrow_schema::{ArrowError, DataType, Field, Fields, Schema, SchemaRef};

use crate::text::CharOffsets;
use crate::{
    Article, Boilerplate, Citation, Code, Credit, Cue, Date, DateMention, Dateline, Paragraph,
    Quote, QuotedTerm, ReadAlso, Span, Speaker, Warning,
};

/// One input row for a batch: its id (if the input has one) and its parse result, or why it
/// could not be parsed.
///
/// ```
/// let article = berita::parse("JAKARTA - Hujan turun.");
/// let row = berita::arrow::Row::parsed(Some("a1"), &article);
/// assert_eq!(row.id, Some("a1"));
/// let failed = berita::arrow::Row::failed(None, "text is null");
/// assert!(failed.outcome.is_err());
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Row<'a> {
    /// The row's id, copied to the `id` column.
    pub id: Option<&'a str>,
    /// The article, or the error message for the `error` column.
    pub outcome: Result<&'a Article, &'a str>,
}

impl<'a> Row<'a> {
    /// A row that was parsed.
    ///
    /// ```
    /// let article = berita::parse("Hujan turun.");
    /// assert!(berita::arrow::Row::parsed(None, &article).outcome.is_ok());
    /// ```
    pub fn parsed(id: Option<&'a str>, article: &'a Article) -> Self {
        Row {
            id,
            outcome: Ok(article),
        }
    }

    /// A row that could not be parsed, with the reason.
    ///
    /// ```
    /// let row = berita::arrow::Row::failed(Some("x"), "text is null");
    /// assert_eq!(row.outcome.err(), Some("text is null"));
    /// ```
    pub fn failed(id: Option<&'a str>, error: &'a str) -> Self {
        Row {
            id,
            outcome: Err(error),
        }
    }

    /// The article, for a row that was parsed.
    fn article(&self) -> Option<&'a Article> {
        self.outcome.ok()
    }
}

/// The schema of [`articles_batch`]: one row per input row.
///
/// ```
/// let schema = berita::arrow::articles_schema();
/// assert_eq!(schema.field(0).name(), "id");
/// assert!(schema.field_with_name("quotes").is_ok());
/// assert_eq!(schema.fields().last().unwrap().name(), "error");
/// ```
pub fn articles_schema() -> SchemaRef {
    articles_batch(&[]).map_or_else(|_| Arc::new(Schema::empty()), |b| b.schema())
}

/// The schema of [`quotes_batch`]: one row per quote.
///
/// ```
/// let schema = berita::arrow::quotes_schema();
/// assert_eq!(schema.field(0).name(), "row");
/// assert!(schema.field_with_name("speaker_name").is_ok());
/// ```
pub fn quotes_schema() -> SchemaRef {
    quotes_batch(0, &[]).map_or_else(|_| Arc::new(Schema::empty()), |b| b.schema())
}

/// The articles table of `rows`: one row each, in order (see the module documentation).
///
/// ```
/// use arrow_array::{Array, cast::AsArray};
/// let article = berita::parse("JAKARTA, KOMPAS.com - Hujan turun. (dna/dna)");
/// let rows = [
///     berita::arrow::Row::parsed(Some("a1"), &article),
///     berita::arrow::Row::failed(Some("a2"), "text is null"),
/// ];
/// let batch = berita::arrow::articles_batch(&rows).unwrap();
/// assert_eq!(batch.num_rows(), 2);
/// let error = batch.column_by_name("error").unwrap().as_string::<i32>();
/// assert!(error.is_null(0));
/// assert_eq!(error.value(1), "text is null");
/// ```
pub fn articles_batch(rows: &[Row<'_>]) -> Result<RecordBatch, ArrowError> {
    let maps: Vec<CharOffsets> = rows.iter().map(char_offsets).collect();
    let slots: Vec<Option<Item<'_, Row<'_>>>> = rows
        .iter()
        .zip(&maps)
        .map(|(value, at)| Some(Item { value, at }))
        .collect();
    Columns::of(&slots)
        .text("id", |r| r.id)
        .array(
            "dateline",
            dateline(&child(&slots, |r| r.article()?.dateline.as_ref()))?,
        )
        .array(
            "byline",
            list(&slots, |r| Some(&r.article()?.byline), credit)?,
        )
        .array("codes", list(&slots, |r| Some(&r.article()?.codes), code)?)
        .array(
            "read_also",
            list(&slots, |r| Some(&r.article()?.read_also), read_also)?,
        )
        .array(
            "boilerplate",
            list(&slots, |r| Some(&r.article()?.boilerplate), boilerplate)?,
        )
        .array(
            "body",
            list(&slots, |r| Some(&r.article()?.body), paragraph)?,
        )
        .owned_text("body_text", |r| r.article().map(Article::body_text))
        .array(
            "quotes",
            list(&slots, |r| Some(&r.article()?.quotes), quote)?,
        )
        .array(
            "quoted_terms",
            list(&slots, |r| Some(&r.article()?.quoted_terms), quoted_term)?,
        )
        .array(
            "citations",
            list(&slots, |r| Some(&r.article()?.citations), citation)?,
        )
        .array("dates", list(&slots, |r| Some(&r.article()?.dates), date)?)
        .date("published", |r| r.article()?.published)
        .array(
            "warnings",
            list(&slots, |r| Some(&r.article()?.warnings), warning)?,
        )
        .text("error", |r| r.outcome.err())
        .into_batch()
}

/// The quotes table of `rows`: one row per quote, `row` counted from `first_row` (see the
/// module documentation).
///
/// ```
/// use arrow_array::cast::AsArray;
/// use arrow_array::types::Int64Type;
/// let article = berita::parse("\"Kami siap,\" ujar Budi.");
/// let rows = [berita::arrow::Row::parsed(Some("a1"), &article)];
/// let batch = berita::arrow::quotes_batch(10, &rows).unwrap();
/// assert_eq!(batch.num_rows(), 1);
/// let row = batch.column_by_name("row").unwrap().as_primitive::<Int64Type>();
/// assert_eq!(row.value(0), 10);
/// let speaker = batch.column_by_name("speaker_name").unwrap().as_string::<i32>();
/// assert_eq!(speaker.value(0), "Budi");
/// ```
pub fn quotes_batch(first_row: usize, rows: &[Row<'_>]) -> Result<RecordBatch, ArrowError> {
    let maps: Vec<CharOffsets> = rows.iter().map(char_offsets).collect();
    let mut lines = Vec::new();
    for (i, (row, at)) in rows.iter().zip(&maps).enumerate() {
        let number = i64::try_from(first_row.saturating_add(i)).unwrap_or(i64::MAX);
        match row.outcome {
            Ok(article) => lines.extend(article.quotes.iter().map(|quote| QuoteLine {
                row: number,
                id: row.id,
                quote: Some(quote),
                error: None,
                at,
            })),
            Err(error) => lines.push(QuoteLine {
                row: number,
                id: row.id,
                quote: None,
                error: Some(error),
                at,
            }),
        }
    }
    let slots: Vec<Option<Item<'_, QuoteLine<'_>>>> = lines
        .iter()
        .map(|value| {
            Some(Item {
                value,
                at: value.at,
            })
        })
        .collect();
    let quotes = child(&slots, |l| l.quote);
    let speakers = child(&quotes, |q| q.speaker.as_ref());
    let cues = child(&quotes, |q| q.cue.as_ref());
    let rows = Int64Array::from_iter_values(lines.iter().map(|l| l.row));
    Columns::of(&slots)
        .array("row", Arc::new(rows))
        .text("id", |l| l.id)
        .extend(
            Columns::of(&quotes)
                .text("kind", |q| Some(q.kind.as_str()))
                .text("text", |q| Some(q.text.as_str()))
                .span("start", "end", |q| Some(q.span)),
        )
        .extend(
            Columns::of(&speakers)
                .text("speaker_mention", |s| Some(s.mention.as_str()))
                .text("speaker_name", |s| s.name.as_deref())
                .text("speaker_role", |s| s.role.as_deref())
                .text("speaker_kind", |s| Some(s.kind.as_str())),
        )
        .extend(
            Columns::of(&cues)
                .text("cue", |c| Some(c.text.as_str()))
                .text("cue_lemma", |c| Some(c.lemma.as_str())),
        )
        .extend(
            Columns::of(&quotes)
                .text("citation", |q| q.citation.as_deref())
                .text("rule", |q| Some(q.rule.as_str())),
        )
        .text("error", |l| l.error)
        .into_batch()
}

/// An input column of strings, read in place whichever of Arrow's three string layouts it
/// has (string, large string, string view); a column of Arrow's null type (what pandas gives
/// for a column of None alone) reads as all null.
///
/// ```
/// use arrow_array::StringViewArray;
/// let array = StringViewArray::from(vec![Some("Hujan turun."), None]);
/// let texts = berita::arrow::Strings::new(&array).unwrap();
/// assert_eq!(texts.get(0), Some("Hujan turun."));
/// assert_eq!(texts.get(1), None);
/// assert_eq!(texts.get(9), None);
/// assert!(berita::arrow::Strings::new(&arrow_array::Int32Array::from(vec![1])).is_none());
/// let nulls = arrow_array::NullArray::new(2);
/// assert_eq!(berita::arrow::Strings::new(&nulls).unwrap().get(0), None);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Strings<'a>(StringLayout<'a>);

/// The layouts of [`Strings`].
#[derive(Clone, Copy, Debug)]
enum StringLayout<'a> {
    Utf8(&'a StringArray),
    Large(&'a LargeStringArray),
    View(&'a StringViewArray),
    Null,
}

impl<'a> Strings<'a> {
    /// The strings of `array`, or None when it holds something else.
    ///
    /// ```
    /// let array = arrow_array::LargeStringArray::from(vec!["a"]);
    /// assert!(berita::arrow::Strings::new(&array).is_some());
    /// ```
    pub fn new(array: &'a dyn Array) -> Option<Self> {
        let layout = match array.data_type() {
            DataType::Utf8 => StringLayout::Utf8(array.as_string_opt::<i32>()?),
            DataType::LargeUtf8 => StringLayout::Large(array.as_string_opt::<i64>()?),
            DataType::Utf8View => StringLayout::View(array.as_string_view_opt()?),
            DataType::Null => StringLayout::Null,
            _ => return None,
        };
        Some(Strings(layout))
    }

    /// Row `i`'s string, None when it is null or past the end.
    ///
    /// ```
    /// let array = arrow_array::StringArray::from(vec![Some("a"), None]);
    /// let strings = berita::arrow::Strings::new(&array).unwrap();
    /// assert_eq!((strings.get(0), strings.get(1)), (Some("a"), None));
    /// ```
    pub fn get(&self, i: usize) -> Option<&'a str> {
        match self.0 {
            StringLayout::Utf8(a) => (i < a.len() && a.is_valid(i)).then(|| a.value(i)),
            StringLayout::Large(a) => (i < a.len() && a.is_valid(i)).then(|| a.value(i)),
            StringLayout::View(a) => (i < a.len() && a.is_valid(i)).then(|| a.value(i)),
            StringLayout::Null => None,
        }
    }
}

/// An input id column: strings (read in place), or int32/int64/uint32/uint64 written in
/// decimal.
///
/// ```
/// let array = arrow_array::Int64Array::from(vec![Some(7), None]);
/// let ids = berita::arrow::Ids::new(&array).unwrap();
/// assert_eq!(ids.get(0).as_deref(), Some("7"));
/// assert_eq!(ids.get(1), None);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Ids<'a>(IdLayout<'a>);

/// The layouts of [`Ids`].
#[derive(Clone, Copy, Debug)]
enum IdLayout<'a> {
    Strings(Strings<'a>),
    Int32(&'a PrimitiveArray<Int32Type>),
    Int64(&'a PrimitiveArray<Int64Type>),
    UInt32(&'a PrimitiveArray<UInt32Type>),
    UInt64(&'a PrimitiveArray<UInt64Type>),
}

impl<'a> Ids<'a> {
    /// The ids of `array`, or None when it holds neither strings nor those integers.
    ///
    /// ```
    /// let array = arrow_array::StringArray::from(vec!["a1"]);
    /// assert!(berita::arrow::Ids::new(&array).is_some());
    /// assert!(berita::arrow::Ids::new(&arrow_array::Float64Array::from(vec![1.5])).is_none());
    /// ```
    pub fn new(array: &'a dyn Array) -> Option<Self> {
        let layout = match array.data_type() {
            DataType::Int32 => IdLayout::Int32(array.as_primitive_opt()?),
            DataType::Int64 => IdLayout::Int64(array.as_primitive_opt()?),
            DataType::UInt32 => IdLayout::UInt32(array.as_primitive_opt()?),
            DataType::UInt64 => IdLayout::UInt64(array.as_primitive_opt()?),
            _ => IdLayout::Strings(Strings::new(array)?),
        };
        Some(Ids(layout))
    }

    /// Row `i`'s id, None when it is null or past the end.
    ///
    /// ```
    /// let array = arrow_array::UInt32Array::from(vec![3]);
    /// assert_eq!(berita::arrow::Ids::new(&array).unwrap().get(0).as_deref(), Some("3"));
    /// ```
    pub fn get(&self, i: usize) -> Option<Cow<'a, str>> {
        fn number<T: arrow_array::ArrowPrimitiveType>(
            a: &PrimitiveArray<T>,
            i: usize,
        ) -> Option<Cow<'static, str>>
        where
            T::Native: std::fmt::Display,
        {
            (i < a.len() && a.is_valid(i)).then(|| Cow::Owned(a.value(i).to_string()))
        }
        match self.0 {
            IdLayout::Strings(s) => s.get(i).map(Cow::Borrowed),
            IdLayout::Int32(a) => number(a, i),
            IdLayout::Int64(a) => number(a, i),
            IdLayout::UInt32(a) => number(a, i),
            IdLayout::UInt64(a) => number(a, i),
        }
    }
}

/// One row of the quotes table: a quote of an input row, or the error of a row.
struct QuoteLine<'a> {
    /// The input row.
    row: i64,
    /// The input row's id.
    id: Option<&'a str>,
    /// The quote (None for an error line).
    quote: Option<&'a Quote>,
    /// Why the input row could not be parsed.
    error: Option<&'a str>,
    /// Code point map of the article's text.
    at: &'a CharOffsets,
}

/// The code point map of a row's text (of nothing for a row that failed).
fn char_offsets(row: &Row<'_>) -> CharOffsets {
    CharOffsets::new(row.article().map_or("", |a| a.text.as_str()))
}

/// A finding with the code point map of the text its spans point into.
struct Item<'a, T> {
    /// The finding.
    value: &'a T,
    /// Byte → code point offsets of its article's text.
    at: &'a CharOffsets,
}

// Derived `Clone`/`Copy` would ask `T: Copy`; an `Item` is two references.
impl<T> Clone for Item<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Item<'_, T> {}

/// One value per row of a column being built: None where the row (or its parent) has none.
type Slots<'a, T> = [Option<Item<'a, T>>];

/// The `get` of each slot's value, at the same positions (a struct inside a struct).
fn child<'a, T, U: 'a>(
    slots: &Slots<'a, T>,
    get: impl Fn(&'a T) -> Option<&'a U>,
) -> Vec<Option<Item<'a, U>>> {
    slots
        .iter()
        .map(|slot| {
            let item = slot.as_ref()?;
            let at = item.at;
            get(item.value).map(|value| Item { value, at })
        })
        .collect()
}

/// A list column: for each slot the items `get` gives (null where the slot or `get` is None),
/// their values built into one array by `build`.
fn list<'a, T, U: 'a>(
    slots: &Slots<'a, T>,
    get: impl Fn(&'a T) -> Option<&'a Vec<U>>,
    build: impl FnOnce(&Slots<'a, U>) -> Result<ArrayRef, ArrowError>,
) -> Result<ArrayRef, ArrowError> {
    let mut items = Vec::new();
    let mut lengths = Vec::with_capacity(slots.len());
    let mut valid = Vec::with_capacity(slots.len());
    for slot in slots {
        let found = slot.as_ref().and_then(|i| Some((get(i.value)?, i.at)));
        valid.push(found.is_some());
        let Some((values, at)) = found else {
            lengths.push(0);
            continue;
        };
        lengths.push(values.len());
        items.extend(values.iter().map(|value| Some(Item { value, at })));
    }
    let values = build(&items)?;
    let field = Arc::new(Field::new_list_field(values.data_type().clone(), true));
    let offsets = offsets(&lengths)?;
    let array = ListArray::try_new(field, offsets, values, Some(NullBuffer::from(valid)))?;
    Ok(Arc::new(array))
}

/// List offsets from lengths, or an error when they pass `i32::MAX`.
fn offsets(lengths: &[usize]) -> Result<OffsetBuffer<i32>, ArrowError> {
    let total: usize = lengths.iter().sum();
    if i32::try_from(total).is_err() {
        return Err(ArrowError::ComputeError(format!(
            "{total} list items in one batch: over the int32 offsets of a list"
        )));
    }
    Ok(OffsetBuffer::from_lengths(lengths.iter().copied()))
}

/// A code point offset as an int32 column value (texts are at most 16 MiB).
fn code_point(at: &CharOffsets, byte: usize) -> i32 {
    i32::try_from(at.to_char(byte)).unwrap_or(i32::MAX)
}

/// The fields of a struct array or a record batch, built one column at a time from the same
/// slots.
struct Columns<'s, 'a, T> {
    /// The values, one per row.
    slots: &'s Slots<'a, T>,
    /// The columns so far.
    fields: Vec<Field>,
    /// Their arrays.
    arrays: Vec<ArrayRef>,
}

impl<'s, 'a, T> Columns<'s, 'a, T> {
    /// No columns yet over `slots`.
    fn of(slots: &'s Slots<'a, T>) -> Self {
        Columns {
            slots,
            fields: Vec::new(),
            arrays: Vec::new(),
        }
    }

    /// Each slot's `get`, or None.
    fn each<V>(&self, get: impl Fn(&'a T) -> Option<V>) -> impl Iterator<Item = Option<V>> {
        self.slots
            .iter()
            .map(move |slot| slot.as_ref().and_then(|i| get(i.value)))
    }

    /// A column (nullable, typed as `array` is).
    fn array(mut self, name: &str, array: ArrayRef) -> Self {
        self.fields
            .push(Field::new(name, array.data_type().clone(), true));
        self.arrays.push(array);
        self
    }

    /// A string column.
    fn text(self, name: &str, get: impl Fn(&'a T) -> Option<&'a str>) -> Self {
        let array: StringArray = self.each(get).collect();
        self.array(name, Arc::new(array))
    }

    /// A string column of strings made for it.
    fn owned_text(self, name: &str, get: impl Fn(&'a T) -> Option<String>) -> Self {
        let array: StringArray = self.each(get).collect();
        self.array(name, Arc::new(array))
    }

    /// An int32 column.
    fn int(self, name: &str, get: impl Fn(&'a T) -> Option<i32>) -> Self {
        let array: Int32Array = self.each(get).collect();
        self.array(name, Arc::new(array))
    }

    /// A boolean column.
    fn flag(self, name: &str, get: impl Fn(&'a T) -> Option<bool>) -> Self {
        let array: BooleanArray = self.each(get).collect();
        self.array(name, Arc::new(array))
    }

    /// A date32 column (days since 1970-01-01).
    fn date(self, name: &str, get: impl Fn(&'a T) -> Option<Date>) -> Self {
        let days = |d: Date| i32::try_from(d.days_since_epoch()).ok();
        let array: Date32Array = self.each(|v| get(v).and_then(days)).collect();
        self.array(name, Arc::new(array))
    }

    /// Two int32 columns, the span's start and end in code points.
    fn span(self, start: &str, end: &str, get: impl Fn(&'a T) -> Option<Span>) -> Self {
        let spans: Vec<Option<(i32, i32)>> = self
            .slots
            .iter()
            .map(|slot| {
                let item = slot.as_ref()?;
                let span = get(item.value)?;
                Some((
                    code_point(item.at, span.start),
                    code_point(item.at, span.end),
                ))
            })
            .collect();
        let starts: Int32Array = spans.iter().map(|s| s.map(|(a, _)| a)).collect();
        let ends: Int32Array = spans.iter().map(|s| s.map(|(_, b)| b)).collect();
        self.array(start, Arc::new(starts))
            .array(end, Arc::new(ends))
    }

    /// The columns of `other` (over other slots of the same length) after these.
    fn extend<U>(mut self, other: Columns<'_, '_, U>) -> Self {
        self.fields.extend(other.fields);
        self.arrays.extend(other.arrays);
        self
    }

    /// A struct array of the columns, null where a slot is None.
    fn into_struct(self) -> Result<ArrayRef, ArrowError> {
        let valid: NullBuffer = self.slots.iter().map(Option::is_some).collect();
        let nulls = (valid.null_count() > 0).then_some(valid);
        let array = StructArray::try_new_with_length(
            Fields::from(self.fields),
            self.arrays,
            nulls,
            self.slots.len(),
        )?;
        Ok(Arc::new(array))
    }

    /// A record batch of the columns.
    fn into_batch(self) -> Result<RecordBatch, ArrowError> {
        RecordBatch::try_new(Arc::new(Schema::new(self.fields)), self.arrays)
    }
}

/// The `dateline` struct column.
fn dateline(slots: &Slots<'_, Dateline>) -> Result<ArrayRef, ArrowError> {
    Columns::of(slots)
        .text("outlet", |d| d.outlet.as_deref())
        .text("outlet_id", |d| d.outlet_id.as_deref())
        .text("network", |d| d.network.as_deref())
        .text("city", |d| d.city.as_deref())
        .span("start", "end", |d| Some(d.span))
        .text("rule", |d| Some(d.rule.as_str()))
        .into_struct()
}

/// The items of the `byline` column.
fn credit(slots: &Slots<'_, Credit>) -> Result<ArrayRef, ArrowError> {
    Columns::of(slots)
        .text("name", |c| Some(c.name.as_str()))
        .text("role", |c| Some(c.role.as_str()))
        .span("start", "end", |c| Some(c.span))
        .text("rule", |c| Some(c.rule.as_str()))
        .into_struct()
}

/// The items of the `codes` column.
fn code(slots: &Slots<'_, Code>) -> Result<ArrayRef, ArrowError> {
    let initials = list(
        slots,
        |c| Some(&c.initials),
        |items| {
            let array: StringArray = items
                .iter()
                .map(|i| i.as_ref().map(|i| i.value.as_str()))
                .collect();
            Ok(Arc::new(array))
        },
    )?;
    Columns::of(slots)
        .text("raw", |c| Some(c.raw.as_str()))
        .array("initials", initials)
        .span("start", "end", |c| Some(c.span))
        .text("rule", |c| Some(c.rule.as_str()))
        .into_struct()
}

/// The items of the `read_also` column.
fn read_also(slots: &Slots<'_, ReadAlso>) -> Result<ArrayRef, ArrowError> {
    Columns::of(slots)
        .text("title", |r| Some(r.title.as_str()))
        .text("marker", |r| Some(r.marker.as_str()))
        .span("start", "end", |r| Some(r.span))
        .span("title_start", "title_end", |r| r.title_span)
        .text("rule", |r| Some(r.rule.as_str()))
        .into_struct()
}

/// The items of the `boilerplate` column.
fn boilerplate(slots: &Slots<'_, Boilerplate>) -> Result<ArrayRef, ArrowError> {
    Columns::of(slots)
        .text("kind", |b| Some(b.kind.as_str()))
        .span("start", "end", |b| Some(b.span))
        .text("source", |b| b.source.as_deref())
        .text("rule", |b| Some(b.rule.as_str()))
        .into_struct()
}

/// The items of the `body` column.
fn paragraph(slots: &Slots<'_, Paragraph>) -> Result<ArrayRef, ArrowError> {
    Columns::of(slots)
        .span("start", "end", |p| Some(p.span))
        .into_struct()
}

/// The `cue` struct of a quote.
fn cue(slots: &Slots<'_, Cue>) -> Result<ArrayRef, ArrowError> {
    Columns::of(slots)
        .text("text", |c| Some(c.text.as_str()))
        .text("lemma", |c| Some(c.lemma.as_str()))
        .span("start", "end", |c| Some(c.span))
        .into_struct()
}

/// The `speaker` struct of a quote.
fn speaker(slots: &Slots<'_, Speaker>) -> Result<ArrayRef, ArrowError> {
    Columns::of(slots)
        .text("mention", |s| Some(s.mention.as_str()))
        .text("name", |s| s.name.as_deref())
        .text("role", |s| s.role.as_deref())
        .text("kind", |s| Some(s.kind.as_str()))
        .span("start", "end", |s| Some(s.span))
        .text("rule", |s| Some(s.rule.as_str()))
        .into_struct()
}

/// The items of the `quotes` column.
fn quote(slots: &Slots<'_, Quote>) -> Result<ArrayRef, ArrowError> {
    Columns::of(slots)
        .text("kind", |q| Some(q.kind.as_str()))
        .text("text", |q| Some(q.text.as_str()))
        .span("start", "end", |q| Some(q.span))
        .array("cue", cue(&child(slots, |q| q.cue.as_ref()))?)
        .array("speaker", speaker(&child(slots, |q| q.speaker.as_ref()))?)
        .text("citation", |q| q.citation.as_deref())
        .text("rule", |q| Some(q.rule.as_str()))
        .into_struct()
}

/// The items of the `quoted_terms` column.
fn quoted_term(slots: &Slots<'_, QuotedTerm>) -> Result<ArrayRef, ArrowError> {
    Columns::of(slots)
        .text("text", |t| Some(t.text.as_str()))
        .span("start", "end", |t| Some(t.span))
        .text("rule", |t| Some(t.rule.as_str()))
        .into_struct()
}

/// The items of the `citations` column.
fn citation(slots: &Slots<'_, Citation>) -> Result<ArrayRef, ArrowError> {
    Columns::of(slots)
        .text("source", |c| Some(c.source.as_str()))
        .text("verb", |c| Some(c.verb.as_str()))
        .text("kind", |c| Some(c.kind.as_str()))
        .span("start", "end", |c| Some(c.span))
        .span("source_start", "source_end", |c| Some(c.source_span))
        .text("rule", |c| Some(c.rule.as_str()))
        .into_struct()
}

/// The items of the `dates` column.
fn date(slots: &Slots<'_, DateMention>) -> Result<ArrayRef, ArrowError> {
    let times: Vec<Option<String>> = slots
        .iter()
        .map(|s| s.as_ref()?.value.time.map(|t| t.to_string()))
        .collect();
    let times: StringArray = times.iter().map(Option::as_deref).collect();
    Columns::of(slots)
        .text("raw", |d| Some(d.raw.as_str()))
        .span("start", "end", |d| Some(d.span))
        .int("weekday", |d| d.weekday.map(i32::from))
        .int("day", |d| d.day.map(i32::from))
        .int("month", |d| d.month.map(i32::from))
        .int("year", |d| d.year)
        .int("end_day", |d| d.end_day.map(i32::from))
        .int("end_month", |d| d.end_month.map(i32::from))
        .int("end_year", |d| d.end_year)
        .array("time", Arc::new(times))
        .text("utc_offset", |d| d.utc_offset.as_deref())
        .text("part_of_day", |d| d.part_of_day.as_deref())
        .text("relative", |d| d.relative.as_deref())
        .date("resolved", |d| d.resolved)
        .text("anchor", |d| d.anchor.map(|a| a.as_str()))
        .flag("weekday_matches", |d| d.weekday_matches)
        .flag("year_suspect", |d| Some(d.year_suspect))
        .text("rule", |d| Some(d.rule.as_str()))
        .into_struct()
}

/// The items of the `warnings` column.
fn warning(slots: &Slots<'_, Warning>) -> Result<ArrayRef, ArrowError> {
    Columns::of(slots)
        .text("kind", |w| Some(w.kind.as_str()))
        .text("message", |w| Some(w.message.as_str()))
        .into_struct()
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::Array;
    use arrow_array::cast::AsArray;

    #[test]
    fn empty_batches_have_the_schemas() {
        assert_eq!(articles_batch(&[]).unwrap().num_rows(), 0);
        assert!(articles_schema().fields().len() > 10);
        assert_eq!(quotes_schema().field(0).name(), "row");
    }

    #[test]
    fn spans_are_code_points() {
        let text = "Warga 😀 senang.\n\"Kami siap,\" ujar Budi.";
        let article = crate::parse(text);
        let batch = quotes_batch(0, &[Row::parsed(None, &article)]).unwrap();
        let start = batch.column_by_name("start").unwrap();
        let start = start.as_primitive::<arrow_array::types::Int32Type>();
        let quote = &article.quotes[0];
        let chars = text[..quote.span.start].chars().count();
        assert_eq!(start.value(0) as usize, chars);
    }

    #[test]
    fn failed_rows_keep_their_place() {
        let article = crate::parse("\"Kami siap,\" ujar Budi.");
        let rows = [
            Row::failed(Some("a"), "text is null"),
            Row::parsed(Some("b"), &article),
        ];
        let batch = articles_batch(&rows).unwrap();
        assert!(batch.column_by_name("quotes").unwrap().is_null(0));
        assert!(batch.column_by_name("quotes").unwrap().is_valid(1));
        let quotes = quotes_batch(5, &rows).unwrap();
        assert_eq!(quotes.num_rows(), 2);
        let error = quotes.column_by_name("error").unwrap().as_string::<i32>();
        assert_eq!(error.value(0), "text is null");
        assert!(error.is_null(1));
    }
}
