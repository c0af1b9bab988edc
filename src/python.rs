//! Python bindings (pyo3). Every line of pyo3 code lives here, behind the `python` feature,
//! but for the result classes' `#[pyclass]` structs, which are declared with their pyo3-free
//! conversion in [`crate::python_convert`] (compiled without the feature too, for the fuzz
//! target `python`); maturin builds it as the extension module `berita._berita`, which
//! `python/berita` re-exports.
//!
//! How the results cross over:
//! - An `Article` keeps the parser's Rust [`crate::Article`] (byte spans) and the caller's
//!   own `str` object, and builds everything else on first use, caching it: the result
//!   classes (spans converted to code points in one pass over the text, [`Findings`]), the
//!   `berita/1` document ([`crate::Article::to_json`], so `to_json()` / `to_dict()` are
//!   exactly what `berita parse` prints) and the clean body text. A parse therefore costs
//!   Python little more than the Rust parse; an attribute costs its objects when first read.
//! - Pickling stores the text, the document and the body text; unpickling rebuilds the result
//!   classes from the document ([`Findings::from_document`]), the one other way they are
//!   made. A new field in `article.rs` reaches `to_dict()` / `to_json()` at once; as an
//!   attribute it is one line in the matching struct of `python_convert`, one in its
//!   `from_rust` and one in `_berita.pyi` (`tests/python/test_corpus.py` checks that
//!   attributes match the document).
//! - `parse_many` holds its input strings (no copy: [`PyBackedStr`]), releases the GIL
//!   (`py.detach`) and parses on rayon's global pool. `threads=k` caps the work at `k`
//!   concurrent chunks on that same pool (never a pool per call). In a process forked after the global pool started (multiprocessing,
//!   Dask workers) the pool's threads are gone, so such a child builds one pool of its own,
//!   once, and uses it from then on.
//! - The result classes and `Article` are frozen values: `==` compares their state and
//!   `hash()` hashes that same state, so equal results hash alike and go in sets and dict
//!   keys; none is ordered (`a < b` raises the usual TypeError, [`add_unordered_class`]).
//!   Their reprs show strings and `None` as Python writes them ([`py_repr`]).
//! - Nothing panics across the boundary: each parse runs under `catch_unwind`, and a panic
//!   becomes `berita.BeritaError`.

use std::borrow::Cow;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDate, PyDict, PyList, PyString, PyTime, PyType};
use rayon::prelude::*;
use serde::Serialize;

mod arrow;

use crate::python_convert::{
    Findings, PyBoilerplate, PyCitation, PyCode, PyCredit, PyCue, PyDateMention, PyDateline,
    PyParagraph, PyQuote, PyQuotedTerm, PyReadAlso, PySpeaker, PyWarning, parse_text,
};
use crate::{BoilerplateKind, BoilerplatePattern, Meta, OutletProfile, ParserConfig};

create_exception!(
    berita,
    BeritaError,
    PyValueError,
    "Base class of the errors berita raises (a ValueError)."
);
create_exception!(
    berita,
    ConfigError,
    BeritaError,
    "An invalid Parser configuration: a bad pattern, an unknown kind, a missing key."
);

// ---------------------------------------------------------------------------------------------
// Result classes
// ---------------------------------------------------------------------------------------------

/// The common methods of a result class with a `span`: `start`, `end`, `span`, a short
/// `__repr__` (written by `$repr` with the GIL token `$py`: Python's own escapes, see
/// [`py_str`]) and pickling (`__reduce__` to the class's `_from_state`).
macro_rules! snapshot_methods {
    ($ty:ty, |$s:ident, $py:ident| $repr:expr) => {
        #[pymethods]
        impl $ty {
            /// Start of the span, in code points: `article.text[x.start:x.end]`.
            #[getter]
            fn start(&self) -> usize {
                self.span.0
            }

            /// End of the span, in code points (exclusive).
            #[getter]
            fn end(&self) -> usize {
                self.span.1
            }

            /// The span as a `(start, end)` tuple of code point offsets.
            #[getter]
            fn span(&self) -> (usize, usize) {
                (self.span.0, self.span.1)
            }

            fn __repr__(&self, $py: Python<'_>) -> PyResult<String> {
                let $s = self;
                $repr
            }

            fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
                reduce(slf.as_any(), slf.get())
            }

            /// Rebuilds an instance from the state `__reduce__` gave (used by pickle).
            #[classmethod]
            fn _from_state(_cls: &Bound<'_, PyType>, state: &str) -> PyResult<Self> {
                serde_json::from_str(state).map_err(internal)
            }
        }
    };
}

/// `(cls._from_state, (json,))`: pickles a snapshot as its JSON, found again by class name.
fn reduce<'py>(
    obj: &Bound<'py, PyAny>,
    value: &impl Serialize,
) -> PyResult<(Bound<'py, PyAny>, (String,))> {
    let state = serde_json::to_string(value).map_err(internal)?;
    Ok((obj.get_type().getattr("_from_state")?, (state,)))
}

/// An error that only a bug in berita can cause.
fn internal(e: impl std::fmt::Display) -> PyErr {
    BeritaError::new_err(format!("internal error in berita: {e}"))
}

/// Python's own `repr()` of `obj`, or `None` when there is no object: how a `__repr__`
/// shows an attribute's value.
fn py_repr(obj: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
    match obj {
        Some(obj) => Ok(obj.repr()?.to_cow()?.into_owned()),
        None => Ok("None".to_owned()),
    }
}

/// Python's `repr()` of the string `text`: its quotes and escapes (`'a\xa0b'`), never
/// Rust's (`"a\u{a0}b"`).
fn py_str(py: Python<'_>, text: &str) -> PyResult<String> {
    py_repr(Some(PyString::new(py, text).as_any()))
}

/// Python's `repr()` of an optional string: `None`, or the string as [`py_str`] writes it.
fn py_opt_str(py: Python<'_>, text: Option<&str>) -> PyResult<String> {
    py_repr(text.map(|t| PyString::new(py, t).into_any()).as_ref())
}

/// `text` shortened to `max` characters (an ellipsis marks a cut), as [`py_str`] writes it:
/// the first argument of a `__repr__`.
fn short(py: Python<'_>, text: &str, max: usize) -> PyResult<String> {
    match text.char_indices().nth(max) {
        Some((cut, _)) => py_str(py, &format!("{}…", text.get(..cut).unwrap_or(text))),
        None => py_str(py, text),
    }
}

snapshot_methods!(PyDateline, |d, py| Ok(format!(
    "Dateline({}, outlet_id={}, city={})",
    short(py, &d.text, 40)?,
    py_opt_str(py, d.outlet_id.as_deref())?,
    py_opt_str(py, d.city.as_deref())?
)));

snapshot_methods!(PyCredit, |c, py| Ok(format!(
    "Credit({}, role={})",
    short(py, &c.name, 40)?,
    py_str(py, &c.role)?
)));

snapshot_methods!(PyCode, |c, py| Ok(format!(
    "Code({})",
    short(py, &c.raw, 40)?
)));

#[pymethods]
impl PyWarning {
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "ParseWarning({}, {})",
            short(py, &self.kind, 30)?,
            short(py, &self.message, 60)?
        ))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        reduce(slf.as_any(), slf.get())
    }

    /// Rebuilds an instance from the state `__reduce__` gave (used by pickle).
    #[classmethod]
    fn _from_state(_cls: &Bound<'_, PyType>, state: &str) -> PyResult<Self> {
        serde_json::from_str(state).map_err(internal)
    }
}

snapshot_methods!(PyReadAlso, |r, py| Ok(format!(
    "ReadAlso({})",
    short(py, &r.title, 50)?
)));

snapshot_methods!(PyBoilerplate, |b, py| Ok(format!(
    "Boilerplate({}, kind={})",
    short(py, &b.text, 40)?,
    py_str(py, &b.kind)?
)));

snapshot_methods!(PyParagraph, |p, py| Ok(format!(
    "Paragraph({}, start={}, end={})",
    short(py, &p.text, 50)?,
    p.span.0,
    p.span.1
)));

snapshot_methods!(PyCue, |c, py| Ok(format!(
    "Cue({}, lemma={})",
    short(py, &c.text, 30)?,
    py_str(py, &c.lemma)?
)));

snapshot_methods!(PySpeaker, |s, py| Ok(format!(
    "Speaker({}, name={}, kind={})",
    short(py, &s.mention, 30)?,
    py_opt_str(py, s.name.as_deref())?,
    py_str(py, &s.kind)?
)));

snapshot_methods!(PyQuote, |q, py| Ok(format!(
    "Quote({}, kind={}, speaker={})",
    short(py, &q.text, 40)?,
    py_str(py, &q.kind)?,
    py_opt_str(py, q.speaker_name())?
)));

snapshot_methods!(PyQuotedTerm, |t, py| Ok(format!(
    "QuotedTerm({})",
    short(py, &t.text, 40)?
)));

snapshot_methods!(PyCitation, |c, py| Ok(format!(
    "Citation({}, verb={})",
    short(py, &c.source, 30)?,
    py_str(py, &c.verb)?
)));

#[pymethods]
impl PyDateMention {
    /// Start of the span, in code points: `article.text[x.start:x.end]`.
    #[getter]
    fn start(&self) -> usize {
        self.span.0
    }

    /// End of the span, in code points (exclusive).
    #[getter]
    fn end(&self) -> usize {
        self.span.1
    }

    /// The span as a `(start, end)` tuple of code point offsets.
    #[getter]
    fn span(&self) -> (usize, usize) {
        (self.span.0, self.span.1)
    }

    /// The mention as written (same as `raw`).
    #[getter]
    fn text(&self) -> &str {
        &self.raw
    }

    /// The calendar date it refers to, as a datetime.date, or None.
    #[getter]
    fn resolved<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDate>>> {
        self.resolved
            .as_deref()
            .map(|d| iso_date(py, d))
            .transpose()
    }

    /// The time of day written, as a datetime.time, or None.
    #[getter]
    fn time<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyTime>>> {
        self.time.as_deref().map(|t| clock_time(py, t)).transpose()
    }

    /// `DateMention('Jumat (4/2)', resolved=datetime.date(2022, 2, 4))`: the mention, and
    /// the `resolved` attribute as Python shows it (`None` when unresolved).
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let resolved = py_repr(self.resolved(py)?.map(Bound::into_any).as_ref())?;
        Ok(format!(
            "DateMention({}, resolved={resolved})",
            short(py, &self.raw, 40)?
        ))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        reduce(slf.as_any(), slf.get())
    }

    /// Rebuilds an instance from the state `__reduce__` gave (used by pickle).
    #[classmethod]
    fn _from_state(_cls: &Bound<'_, PyType>, state: &str) -> PyResult<Self> {
        serde_json::from_str(state).map_err(internal)
    }
}

/// `YYYY-MM-DD` to a datetime.date.
fn iso_date<'py>(py: Python<'py>, iso: &str) -> PyResult<Bound<'py, PyDate>> {
    let d = iso_to_date(iso)?;
    PyDate::new(py, d.year(), d.month(), d.day())
}

/// `YYYY-MM-DD` to a date.
fn iso_to_date(iso: &str) -> PyResult<crate::Date> {
    let mut parts = iso.splitn(3, '-').map(str::parse::<i32>);
    let date = match (parts.next(), parts.next(), parts.next()) {
        (Some(Ok(y)), Some(Ok(m)), Some(Ok(d))) => {
            let (m, d) = (u8::try_from(m).ok(), u8::try_from(d).ok());
            m.zip(d).and_then(|(m, d)| crate::Date::new(y, m, d))
        }
        _ => None,
    };
    date.ok_or_else(|| internal(format!("bad date {iso:?}")))
}

/// `HH:MM` to a datetime.time (`24:00` becomes 00:00, as Python has no hour 24).
fn clock_time<'py>(py: Python<'py>, hhmm: &str) -> PyResult<Bound<'py, PyTime>> {
    let (h, m) = hhmm
        .split_once(':')
        .and_then(|(h, m)| Some((h.parse::<u8>().ok()?, m.parse::<u8>().ok()?)))
        .ok_or_else(|| internal(format!("bad time {hhmm:?}")))?;
    PyTime::new(py, h % 24, m, 0, 0, None)
}

// ---------------------------------------------------------------------------------------------
// From the parser's result to the result classes
// ---------------------------------------------------------------------------------------------

/// The result objects of an article: made once, on first use, and shared by every read.
struct Children {
    dateline: Option<Py<PyDateline>>,
    byline: Vec<Py<PyCredit>>,
    codes: Vec<Py<PyCode>>,
    read_also: Vec<Py<PyReadAlso>>,
    boilerplate: Vec<Py<PyBoilerplate>>,
    body: Vec<Py<PyParagraph>>,
    quotes: Vec<Py<PyQuote>>,
    quoted_terms: Vec<Py<PyQuotedTerm>>,
    citations: Vec<Py<PyCitation>>,
    dates: Vec<Py<PyDateMention>>,
    warnings: Vec<Py<PyWarning>>,
}

impl Children {
    /// The findings as Python objects.
    fn new(py: Python<'_>, f: Findings) -> PyResult<Self> {
        Ok(Children {
            dateline: f.dateline.map(|d| Py::new(py, d)).transpose()?,
            byline: objects(py, f.byline)?,
            codes: objects(py, f.codes)?,
            read_also: objects(py, f.read_also)?,
            boilerplate: objects(py, f.boilerplate)?,
            body: objects(py, f.body)?,
            quotes: objects(py, f.quotes)?,
            quoted_terms: objects(py, f.quoted_terms)?,
            citations: objects(py, f.citations)?,
            dates: objects(py, f.dates)?,
            warnings: objects(py, f.warnings)?,
        })
    }
}

/// Each item as a Python object.
fn objects<T: pyo3::PyClass + Into<PyClassInitializer<T>>>(
    py: Python<'_>,
    items: Vec<T>,
) -> PyResult<Vec<Py<T>>> {
    items.into_iter().map(|x| Py::new(py, x)).collect()
}

/// A new list of the shared objects (so that a caller's changes to it change nothing here).
fn list<'py, T: pyo3::PyClass>(py: Python<'py>, items: &[Py<T>]) -> PyResult<Bound<'py, PyList>> {
    PyList::new(py, items.iter().map(|x| x.clone_ref(py)))
}

/// The structure of one article: dateline, credits, codes, read-also lines, boilerplate,
/// body paragraphs, quotes with speakers, citations and dates. Spans are code point
/// offsets into `text`.
#[pyclass(name = "Article", module = "berita", frozen, eq, hash)]
struct PyArticle {
    /// The text that was parsed: the caller's own `str` (a copy with U+FFFD for each lone
    /// surrogate when it had any).
    text: PyBackedStr,
    /// What the parser returned (byte spans). None for an article rebuilt from a pickle,
    /// whose caches are filled when it is built.
    parsed: Option<crate::Article>,
    /// The publication date given as metadata.
    published: Option<crate::Date>,
    /// The result objects, made on first use.
    children: PyOnceLock<Children>,
    /// The `berita/1` document, compact, written on first use.
    json: OnceLock<String>,
    /// The story's paragraphs as clean text, made on first use.
    body_text: OnceLock<String>,
}

/// What an [`PyArticle`] pickles as: its text, its `berita/1` document, its body text.
type ArticleState = (PyBackedStr, String, String);

impl PyArticle {
    /// The article the parser made of `text`.
    fn parsed(text: PyBackedStr, article: crate::Article) -> Self {
        PyArticle {
            text,
            published: article.published,
            parsed: Some(article),
            children: PyOnceLock::new(),
            json: OnceLock::new(),
            body_text: OnceLock::new(),
        }
    }

    /// The article a pickle stored; its result objects are read back from the document.
    fn from_state(py: Python<'_>, state: ArticleState) -> PyResult<Self> {
        let (text, json, body_text) = state;
        let findings = Findings::from_document(&json, &text).map_err(internal)?;
        let published = findings.published.as_deref().map(iso_to_date).transpose()?;
        let children = PyOnceLock::new();
        let _ = children.set(py, Children::new(py, findings)?);
        Ok(PyArticle {
            text,
            parsed: None,
            published,
            children,
            json: OnceLock::from(json),
            body_text: OnceLock::from(body_text),
        })
    }

    /// The result objects, made from the parser's result on first use.
    fn children(&self, py: Python<'_>) -> PyResult<&Children> {
        self.children.get_or_try_init(py, || {
            let findings = self.parsed.as_ref().map(Findings::from_article);
            Children::new(py, findings.unwrap_or_default())
        })
    }

    /// The value in `cell`, made from the parser's result on first use. (Only a parsed
    /// article can find a cell empty, so the default is never used.)
    fn cached<'a, T: Default>(
        &'a self,
        cell: &'a OnceLock<T>,
        make: impl FnOnce(&crate::Article) -> T,
    ) -> &'a T {
        cell.get_or_init(|| self.parsed.as_ref().map(make).unwrap_or_default())
    }

    /// The `berita/1` document, compact.
    fn document(&self) -> &str {
        self.cached::<String>(&self.json, crate::Article::to_json)
    }

    /// The story's paragraphs as clean text.
    fn clean_body(&self) -> &str {
        self.cached::<String>(&self.body_text, crate::Article::body_text)
    }
}

/// Two articles are equal when they have the same text and the same `berita/1` document.
impl PartialEq for PyArticle {
    fn eq(&self, other: &Self) -> bool {
        *self.text == *other.text && self.document() == other.document()
    }
}

impl Eq for PyArticle {}

/// The hash of what equality compares: the text and the `berita/1` document.
impl std::hash::Hash for PyArticle {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        std::hash::Hash::hash(&*self.text, state);
        std::hash::Hash::hash(self.document(), state);
    }
}

#[pymethods]
impl PyArticle {
    /// Always `berita/1`.
    #[getter]
    fn schema(&self) -> &'static str {
        crate::SCHEMA
    }

    /// The text that was parsed (lone surrogates replaced by U+FFFD, one for one).
    #[getter]
    fn text(&self) -> &PyBackedStr {
        &self.text
    }

    /// The opening stamp, or None.
    #[getter]
    fn dateline(&self, py: Python<'_>) -> PyResult<Option<Py<PyDateline>>> {
        let dateline = self.children(py)?.dateline.as_ref();
        Ok(dateline.map(|d| d.clone_ref(py)))
    }

    /// People credited in bylines and footers.
    #[getter]
    fn byline<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        list(py, &self.children(py)?.byline)
    }

    /// What berita could not do with this input: an unreadable `published` value, a text
    /// cut at the size limit. Empty when all went well.
    #[getter]
    fn warnings<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        list(py, &self.children(py)?.warnings)
    }

    /// Closing codes (`[qnt]`, `(dna/dna)`).
    #[getter]
    fn codes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        list(py, &self.children(py)?.codes)
    }

    /// "Baca juga" lines.
    #[getter]
    fn read_also<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        list(py, &self.children(py)?.read_also)
    }

    /// Page furniture.
    #[getter]
    fn boilerplate<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        list(py, &self.children(py)?.boilerplate)
    }

    /// The story's paragraphs.
    #[getter]
    fn body<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        list(py, &self.children(py)?.body)
    }

    /// Quotes with their cues and speakers.
    #[getter]
    fn quotes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        list(py, &self.children(py)?.quotes)
    }

    /// Quoted titles and terms that are nobody's speech.
    #[getter]
    fn quoted_terms<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        list(py, &self.children(py)?.quoted_terms)
    }

    /// Media and data citations.
    #[getter]
    fn citations<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        list(py, &self.children(py)?.citations)
    }

    /// Date and time mentions.
    #[getter]
    fn dates<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        list(py, &self.children(py)?.dates)
    }

    /// The publication date given as metadata, as a datetime.date, or None.
    #[getter]
    fn published<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDate>>> {
        self.published
            .map(|d| PyDate::new(py, d.year(), d.month(), d.day()))
            .transpose()
    }

    /// The story's paragraphs as clean text (entities decoded, blanks tidied).
    #[getter]
    fn body_text(&self) -> &str {
        self.clean_body()
    }

    /// The `berita/1` document as a dict: exactly what `berita parse` prints, spans as
    /// `[start, end]` code point offsets.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py.import("json")?.call_method1("loads", (self.document(),))
    }

    /// The `berita/1` document as compact JSON text.
    fn to_json(&self) -> &str {
        self.document()
    }

    /// HTML for notebooks: the article with its structure marked, and a legend.
    fn _repr_html_<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py()
            .import("berita._display")?
            .call_method1("article_html", (slf,))
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let c = self.children(py)?;
        let head = c
            .dateline
            .as_ref()
            .map_or(&*self.text, |d| d.get().text.as_str());
        let head = short(py, head, 30)?;
        Ok(format!(
            "Article({head}, body={}, quotes={}, dates={})",
            c.body.len(),
            c.quotes.len(),
            c.dates.len()
        ))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (ArticleState,))> {
        let a = slf.get();
        let state = (
            a.text.clone_ref(slf.py()),
            a.document().to_owned(),
            a.clean_body().to_owned(),
        );
        Ok((slf.get_type().getattr("_from_state")?, (state,)))
    }

    /// Rebuilds an article from the state `__reduce__` gave (used by pickle).
    #[classmethod]
    fn _from_state(cls: &Bound<'_, PyType>, state: ArticleState) -> PyResult<Self> {
        PyArticle::from_state(cls.py(), state)
    }
}

// ---------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------

/// The Python type name of `obj`, for error messages.
fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map_or_else(|_| "?".to_owned(), |n| n.to_string())
}

/// A `str` argument as Rust text. Non-str raises TypeError; lone surrogates (which UTF-8
/// cannot hold) become U+FFFD one for one, so code point offsets still fit the caller's string.
fn text_arg<'a>(obj: &'a Bound<'_, PyAny>, what: &str) -> PyResult<Cow<'a, str>> {
    let s = obj
        .cast::<PyString>()
        .map_err(|_| PyTypeError::new_err(format!("{what} must be str, not {}", type_name(obj))))?;
    match s.to_cow() {
        Ok(text) => Ok(text),
        Err(_) => replace_surrogates(s).map(Cow::Owned),
    }
}

/// A text to parse, held without a copy: the caller's own `str` object, or for a subclass of
/// str or a string with lone surrogates, a new `str` as [`text_arg`] reads it.
fn source_text_arg(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<PyBackedStr> {
    if obj.is_exact_instance_of::<PyString>() {
        if let Ok(text) = obj.extract::<PyBackedStr>() {
            return Ok(text);
        }
    }
    let text = text_arg(obj, what)?;
    PyString::new(obj.py(), &text).try_into()
}

/// The string with each lone surrogate replaced by U+FFFD, one code point for one.
fn replace_surrogates(s: &Bound<'_, PyString>) -> PyResult<String> {
    let encoded = s.call_method1("encode", ("utf-32-le", "surrogatepass"))?;
    let bytes = encoded.cast::<PyBytes>()?.as_bytes();
    Ok(bytes
        .chunks_exact(4)
        .map(|c| {
            <[u8; 4]>::try_from(c)
                .ok()
                .map(u32::from_le_bytes)
                .and_then(char::from_u32)
                .unwrap_or('\u{FFFD}')
        })
        .collect())
}

/// An optional `str` argument (None stays None).
fn opt_text_arg(obj: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Option<String>> {
    obj.filter(|o| !o.is_none())
        .map(|o| text_arg(o, what).map(Cow::into_owned))
        .transpose()
}

/// A metadata argument of `parse_many`: one value for every text, or one per text.
enum Column {
    Same(Option<String>),
    /// One value per text; a value that is not a str or None is its item's error.
    Each(Vec<PyResult<Option<String>>>),
}

impl Column {
    /// Reads None, a str, or a sequence of str/None as long as the texts. A sequence of the
    /// wrong length is the call's error; a value of the wrong type is only its item's.
    fn new(obj: Option<&Bound<'_, PyAny>>, n: usize, name: &str) -> PyResult<Column> {
        let Some(obj) = obj.filter(|o| !o.is_none()) else {
            return Ok(Column::Same(None));
        };
        if obj.is_instance_of::<PyString>() {
            return Ok(Column::Same(Some(text_arg(obj, name)?.into_owned())));
        }
        let values = obj
            .try_iter()
            .map_err(|_| {
                PyTypeError::new_err(format!(
                    "{name} must be None, a str or a sequence of str, not {}",
                    type_name(obj)
                ))
            })?
            .enumerate()
            .map(|(i, v)| v.and_then(|v| opt_text_arg(Some(&v), &format!("{name}[{i}]"))))
            .collect::<Vec<_>>();
        if values.len() != n {
            return Err(PyValueError::new_err(format!(
                "{name} has {} values for {n} texts",
                values.len()
            )));
        }
        Ok(Column::Each(values))
    }

    /// The value for text `i`, or the error of reading it (taken: asked once per text).
    fn take(&mut self, i: usize) -> PyResult<Option<String>> {
        match self {
            Column::Same(v) => Ok(v.clone()),
            Column::Each(vs) => vs
                .get_mut(i)
                .map_or(Ok(None), |v| std::mem::replace(v, Ok(None))),
        }
    }
}

/// One outlet profile from a dict `{"id": str, "names": [str, ...], "network": str | None}`.
fn outlet_arg(item: &Bound<'_, PyAny>) -> PyResult<OutletProfile> {
    let map = config_dict(item, "outlet", &["id", "names", "network"])?;
    let id = required(&map, "id", "outlet")?;
    let id = text_arg(&id, "outlet id")?.into_owned();
    let names = required(&map, "names", "outlet")?;
    if names.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "outlet names must be a list of str, not a str",
        ));
    }
    let names = names
        .try_iter()
        .map_err(|_| PyTypeError::new_err("outlet names must be a list of str"))?
        .map(|n| text_arg(&n?, "outlet name").map(Cow::into_owned))
        .collect::<PyResult<Vec<_>>>()?;
    let network = opt_text_arg(map.get_item("network")?.as_ref(), "outlet network")?;
    Ok(OutletProfile { id, names, network })
}

/// One boilerplate pattern from a dict `{"pattern": str, "kind": str}`.
fn pattern_arg(item: &Bound<'_, PyAny>) -> PyResult<BoilerplatePattern> {
    let map = config_dict(item, "boilerplate pattern", &["pattern", "kind"])?;
    let pattern = required(&map, "pattern", "boilerplate pattern")?;
    let pattern = text_arg(&pattern, "boilerplate pattern")?.into_owned();
    let kind = match map.get_item("kind")? {
        Some(k) => text_arg(&k, "boilerplate kind")?.into_owned(),
        None => "other".to_owned(),
    };
    let kind: BoilerplateKind = serde_json::from_value(serde_json::Value::String(kind.clone()))
        .map_err(|_| ConfigError::new_err(format!("unknown boilerplate kind {kind:?}")))?;
    Ok(BoilerplatePattern { pattern, kind })
}

/// `item` as a dict with no keys but `allowed`.
fn config_dict<'py>(
    item: &Bound<'py, PyAny>,
    what: &str,
    allowed: &[&str],
) -> PyResult<Bound<'py, PyDict>> {
    let map = item.cast::<PyDict>().map_err(|_| {
        PyTypeError::new_err(format!(
            "each {what} must be a dict, not {}",
            type_name(item)
        ))
    })?;
    for key in map.keys() {
        let known = key
            .extract::<String>()
            .is_ok_and(|k| allowed.contains(&k.as_str()));
        if !known {
            return Err(ConfigError::new_err(format!(
                "unknown key {} in {what} (allowed: {})",
                key.repr()?,
                allowed.join(", ")
            )));
        }
    }
    Ok(map.clone())
}

/// The value of a required key.
fn required<'py>(map: &Bound<'py, PyDict>, key: &str, what: &str) -> PyResult<Bound<'py, PyAny>> {
    map.get_item(key)?
        .ok_or_else(|| ConfigError::new_err(format!("{what} needs a {key:?} key")))
}

/// Each item of an optional iterable argument, read by `read`.
fn list_arg<T>(
    obj: Option<&Bound<'_, PyAny>>,
    name: &str,
    read: impl Fn(&Bound<'_, PyAny>) -> PyResult<T>,
) -> PyResult<Vec<T>> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(Vec::new());
    };
    obj.try_iter()
        .map_err(|_| PyTypeError::new_err(format!("{name} must be a list of dicts")))?
        .map(|item| read(&item?))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

/// One text to parse, with its metadata, held so that the GIL can be released.
struct Job {
    text: PyBackedStr,
    meta: Meta,
}

/// The parser's result for one job (no GIL needed). A panic, which would be a bug, becomes an
/// error message instead of unwinding into Python.
fn parse_job(parser: &crate::Parser, job: &Job) -> Result<crate::Article, String> {
    parse_text(parser, &job.text, &job.meta)
}

/// The process that first used rayon's global pool. Threads do not survive `fork`: in a
/// child (another pid) the pool's workers are gone, and work sent there would never run.
static GLOBAL_POOL_OWNER: OnceLock<u32> = OnceLock::new();

/// The pool of a process forked after its parent had started the global pool: one per
/// process, built on first use there, keyed by pid so a grandchild builds its own.
static FORKED_POOL: Mutex<Option<(u32, Arc<rayon::ThreadPool>)>> = Mutex::new(None);

/// This forked process's own pool, or None if it cannot be built.
fn forked_pool(pid: u32) -> Option<Arc<rayon::ThreadPool>> {
    let mut slot = FORKED_POOL.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some((owner, pool)) = slot.as_ref() {
        if *owner == pid {
            return Some(Arc::clone(pool));
        }
    }
    let pool = Arc::new(rayon::ThreadPoolBuilder::new().build().ok()?);
    // A pool inherited from the parent has no threads here: forget it rather than drop it.
    if let Some(stale) = slot.replace((pid, Arc::clone(&pool))) {
        std::mem::forget(stale);
    }
    Some(pool)
}

/// Parses every job, in order. `threads`: None for every worker of the pool, `Some(1)` for
/// this thread alone, `Some(k)` for at most `k` jobs at once on the pool.
fn parse_all(
    parser: &crate::Parser,
    jobs: &[Job],
    threads: Option<usize>,
) -> Vec<Result<crate::Article, String>> {
    run_all(jobs, threads, |job| parse_job(parser, job))
}

/// `work` done on every job, results in order. `threads`: None for every worker of rayon's
/// pool (this process's own pool in a forked child), `Some(1)` for this thread alone,
/// `Some(k)` for at most `k` jobs at once on the pool.
fn run_all<J: Sync, T: Send>(
    jobs: &[J],
    threads: Option<usize>,
    work: impl Fn(&J) -> T + Sync,
) -> Vec<T> {
    if threads == Some(1) || jobs.len() < 2 {
        return jobs.iter().map(work).collect();
    }
    let on_pool = || {
        let lanes = threads.unwrap_or_else(rayon::current_num_threads);
        in_lanes(jobs, lanes.min(jobs.len()), &work)
    };
    let pid = std::process::id();
    if *GLOBAL_POOL_OWNER.get_or_init(|| pid) == pid {
        return on_pool();
    }
    match forked_pool(pid) {
        Some(pool) => pool.install(on_pool),
        None => jobs.iter().map(work).collect(),
    }
}

/// `work` done on every job by `lanes` tasks of the current rayon pool, each taking the next
/// job as soon as it has finished one, so that long and short texts even out across the
/// lanes (fixed chunks would leave one lane idle while another still has long texts).
/// Results in job order.
fn in_lanes<J: Sync, T: Send>(jobs: &[J], lanes: usize, work: impl Fn(&J) -> T + Sync) -> Vec<T> {
    let next = AtomicUsize::new(0);
    let take = || {
        let i = next.fetch_add(1, Ordering::Relaxed);
        jobs.get(i).map(|job| (i, work(job)))
    };
    let mut done: Vec<(usize, T)> = (0..lanes)
        .into_par_iter()
        .flat_map_iter(|_| std::iter::from_fn(take))
        .collect();
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, result)| result).collect()
}

/// `parse` for a parser: one text, GIL released while it runs.
fn parse_one(
    py: Python<'_>,
    parser: &crate::Parser,
    text: &Bound<'_, PyAny>,
    published: Option<&Bound<'_, PyAny>>,
    outlet: Option<&Bound<'_, PyAny>>,
    url: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyArticle> {
    let job = Job {
        text: source_text_arg(text, "text")?,
        meta: Meta {
            published: opt_text_arg(published, "published")?,
            outlet: opt_text_arg(outlet, "outlet")?,
            url: opt_text_arg(url, "url")?,
        },
    };
    let article = py.detach(|| parse_job(parser, &job));
    article
        .map(|a| PyArticle::parsed(job.text, a))
        .map_err(BeritaError::new_err)
}

/// `parse_many` for a parser: copies the texts, releases the GIL, parses in parallel. With
/// [`OnError::Return`], a text that cannot be read or parsed gives its exception in its place
/// (a `TypeError` for a value of the wrong type, a `BeritaError` for a failed parse), so that
/// results keep their positions.
#[allow(clippy::too_many_arguments)]
fn parse_batch(
    py: Python<'_>,
    parser: &crate::Parser,
    texts: &Bound<'_, PyAny>,
    published: Option<&Bound<'_, PyAny>>,
    outlet: Option<&Bound<'_, PyAny>>,
    url: Option<&Bound<'_, PyAny>>,
    threads: Option<&Bound<'_, PyAny>>,
    errors: &str,
) -> PyResult<Vec<Py<PyAny>>> {
    let threads = threads_arg(threads)?;
    let on_error = on_error_arg(errors)?;
    let mut jobs = Vec::new();
    let mut unread = Vec::new();
    for (i, job) in jobs_arg(texts, published, outlet, url)?
        .into_iter()
        .enumerate()
    {
        match job {
            Ok(job) => jobs.push((i, job)),
            Err(e) if on_error == OnError::Raise => return Err(e),
            Err(e) => unread.push((i, e)),
        }
    }
    let (positions, jobs): (Vec<usize>, Vec<Job>) = jobs.into_iter().unzip();
    let articles = py.detach(|| parse_all(parser, &jobs, threads));
    let mut results: Vec<(usize, Py<PyAny>)> = Vec::with_capacity(positions.len() + unread.len());
    for ((i, job), article) in positions.into_iter().zip(jobs).zip(articles) {
        let result = match article {
            Ok(a) => Py::new(py, PyArticle::parsed(job.text, a))?.into_any(),
            Err(e) => {
                let err = BeritaError::new_err(format!("texts[{i}]: {e}"));
                if on_error == OnError::Raise {
                    return Err(err);
                }
                err.into_value(py).into_any()
            }
        };
        results.push((i, result));
    }
    results.extend(
        unread
            .into_iter()
            .map(|(i, e)| (i, e.into_value(py).into_any())),
    );
    results.sort_unstable_by_key(|(i, _)| *i);
    Ok(results.into_iter().map(|(_, r)| r).collect())
}

/// The jobs of a `parse_many` call: its texts, each with its metadata, or the error of
/// reading that text or one of its values (a text that is not a str, a `published[i]` that
/// is not a str or None). What concerns the whole call (texts not iterable, a column of the
/// wrong length) is the call's error.
fn jobs_arg(
    texts: &Bound<'_, PyAny>,
    published: Option<&Bound<'_, PyAny>>,
    outlet: Option<&Bound<'_, PyAny>>,
    url: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<PyResult<Job>>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be an iterable of str, not a str (use parse for one text)",
        ));
    }
    let texts = texts
        .try_iter()
        .map_err(|_| {
            PyTypeError::new_err(format!(
                "texts must be an iterable of str, not {}",
                type_name(texts)
            ))
        })?
        .enumerate()
        .map(|(i, t)| t.and_then(|t| source_text_arg(&t, &format!("texts[{i}]"))))
        .collect::<Vec<_>>();
    let n = texts.len();
    let (mut published, mut outlet, mut url) = (
        Column::new(published, n, "published")?,
        Column::new(outlet, n, "outlet")?,
        Column::new(url, n, "url")?,
    );
    Ok(texts
        .into_iter()
        .enumerate()
        .map(|(i, text)| {
            Ok(Job {
                text: text?,
                meta: Meta {
                    published: published.take(i)?,
                    outlet: outlet.take(i)?,
                    url: url.take(i)?,
                },
            })
        })
        .collect())
}

/// What `parse_many` does with a text it cannot parse (`errors=`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum OnError {
    /// Raise the first error: the call fails (the default).
    Raise,
    /// Put the exception in that text's place in the results, and go on.
    Return,
}

/// The `errors` argument: `"raise"` or `"return"`.
fn on_error_arg(errors: &str) -> PyResult<OnError> {
    match errors {
        "raise" => Ok(OnError::Raise),
        "return" => Ok(OnError::Return),
        other => Err(PyValueError::new_err(format!(
            "errors must be \"raise\" or \"return\", got {other:?}"
        ))),
    }
}

/// For measurements only (not part of the API): parses the texts with the default parser on
/// this thread, GIL released, and drops the results in Rust; returns how many it parsed.
/// What `parse_many(texts, threads=1)` costs beyond this is the Python layer's share.
#[pyfunction]
#[pyo3(signature = (texts, *, published=None))]
fn _parse_only(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    published: Option<&Bound<'_, PyAny>>,
) -> PyResult<usize> {
    let jobs = jobs_arg(texts, published, None, None)?
        .into_iter()
        .collect::<PyResult<Vec<Job>>>()?;
    let parser = crate::parser::default_parser();
    py.detach(|| {
        for job in &jobs {
            drop(std::hint::black_box(
                parser.parse_with(&job.text, &job.meta),
            ));
        }
    });
    Ok(jobs.len())
}

/// The `threads` argument: None, or a positive int.
fn threads_arg(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Option<usize>> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(None);
    };
    if obj.is_instance_of::<pyo3::types::PyBool>() {
        return Err(PyTypeError::new_err(
            "threads must be None or an int, not bool",
        ));
    }
    let n: i64 = obj.extract().map_err(|_| {
        PyTypeError::new_err(format!(
            "threads must be None or an int, not {}",
            type_name(obj)
        ))
    })?;
    usize::try_from(n)
        .ok()
        .filter(|&n| n > 0)
        .map(Some)
        .ok_or_else(|| PyValueError::new_err(format!("threads must be at least 1, got {n}")))
}

/// Parses Indonesian news articles, with extra outlets and boilerplate patterns.
///
/// `Parser(outlets=[{"id": "beritabaru", "names": ["BeritaBaru.id"]}],
/// boilerplate=[{"pattern": r"(?i)^Ikuti kami di .*$", "kind": "channel_invite"}])`.
/// A bad pattern, an unknown kind or key raises ConfigError (a ValueError).
/// `quotes=False` leaves quotes, citations and quoted terms out (about twice as fast);
/// `dates=False` leaves date mentions out.
#[pyclass(name = "Parser", module = "berita", frozen)]
struct PyParser {
    inner: crate::Parser,
}

#[pymethods]
impl PyParser {
    #[new]
    #[pyo3(signature = (*, outlets=None, boilerplate=None, quotes=true, dates=true))]
    fn new(
        outlets: Option<&Bound<'_, PyAny>>,
        boilerplate: Option<&Bound<'_, PyAny>>,
        quotes: bool,
        dates: bool,
    ) -> PyResult<Self> {
        let config = ParserConfig {
            outlets: list_arg(outlets, "outlets", outlet_arg)?,
            boilerplate: list_arg(boilerplate, "boilerplate", pattern_arg)?,
            quotes,
            dates,
        };
        PyParser::from_config(config)
    }

    /// The configuration, as a dict with the keys `outlets`, `boilerplate`, `quotes` and
    /// `dates` (the keyword arguments of the constructor).
    #[getter]
    fn config<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py.import("json")?
            .call_method1("loads", (self.config_json()?,))
    }

    /// Parses one article. `published` is an ISO date or an Indonesian date string.
    #[pyo3(signature = (text, *, published=None, outlet=None, url=None))]
    fn parse(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        published: Option<&Bound<'_, PyAny>>,
        outlet: Option<&Bound<'_, PyAny>>,
        url: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyArticle> {
        parse_one(py, &self.inner, text, published, outlet, url)
    }

    /// Parses many articles in parallel with the GIL released; results in input order.
    /// `published`, `outlet`, `url`: one str for all, or a sequence with one per text.
    /// `threads`: None for rayon's global pool, 1 for this thread, k for at most k at once.
    /// `errors`: `"raise"` to raise the first error, `"return"` to put each text's exception
    /// in its place in the results.
    #[pyo3(signature = (texts, *, published=None, outlet=None, url=None, threads=None, errors="raise"))]
    #[allow(clippy::too_many_arguments)]
    fn parse_many(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        published: Option<&Bound<'_, PyAny>>,
        outlet: Option<&Bound<'_, PyAny>>,
        url: Option<&Bound<'_, PyAny>>,
        threads: Option<&Bound<'_, PyAny>>,
        errors: &str,
    ) -> PyResult<Vec<Py<PyAny>>> {
        parse_batch(
            py,
            &self.inner,
            texts,
            published,
            outlet,
            url,
            threads,
            errors,
        )
    }

    /// `berita.parse_arrow` with this parser.
    #[pyo3(signature = (data, *, text="text", published=Some("published"), outlet=None, id=None, threads=None))]
    #[pyo3(
        text_signature = "($self, data, *, text='text', published='published', outlet=None, id=None, threads=None)"
    )]
    #[allow(clippy::too_many_arguments)]
    fn parse_arrow(
        &self,
        py: Python<'_>,
        data: &Bound<'_, PyAny>,
        text: &str,
        published: Option<&str>,
        outlet: Option<&str>,
        id: Option<&str>,
        threads: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<arrow::ArrowTable> {
        let names = arrow::ColumnNames {
            text,
            published,
            outlet,
            id,
        };
        arrow::parse_table(
            py,
            &self.inner,
            data,
            &names,
            threads,
            arrow::Output::Articles,
        )
    }

    /// `berita.quotes_arrow` with this parser.
    #[pyo3(signature = (data, *, text="text", published=Some("published"), outlet=None, id=None, threads=None))]
    #[pyo3(
        text_signature = "($self, data, *, text='text', published='published', outlet=None, id=None, threads=None)"
    )]
    #[allow(clippy::too_many_arguments)]
    fn quotes_arrow(
        &self,
        py: Python<'_>,
        data: &Bound<'_, PyAny>,
        text: &str,
        published: Option<&str>,
        outlet: Option<&str>,
        id: Option<&str>,
        threads: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<arrow::ArrowTable> {
        let names = arrow::ColumnNames {
            text,
            published,
            outlet,
            id,
        };
        arrow::parse_table(
            py,
            &self.inner,
            data,
            &names,
            threads,
            arrow::Output::Quotes,
        )
    }

    /// Two parsers are equal when their configurations are.
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyParser>()
            .is_ok_and(|o| o.get().inner.config() == self.inner.config())
    }

    /// The hash of the configuration (as JSON, which equal configurations write alike).
    fn __hash__(&self) -> PyResult<u64> {
        let mut hasher = std::hash::DefaultHasher::new();
        std::hash::Hash::hash(&self.config_json()?, &mut hasher);
        Ok(std::hash::Hasher::finish(&hasher))
    }

    fn __repr__(&self) -> String {
        let c = self.inner.config();
        let mut off = String::new();
        for (stage, on) in [("quotes", c.quotes), ("dates", c.dates)] {
            if !on {
                off.push_str(&format!(", {stage}=False"));
            }
        }
        format!(
            "Parser(outlets={}, boilerplate={}{off})",
            c.outlets.len(),
            c.boilerplate.len()
        )
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let config = slf.get().config_json()?;
        Ok((slf.get_type().getattr("_from_config")?, (config,)))
    }

    /// Rebuilds a parser from its configuration as JSON (used by pickle).
    #[classmethod]
    fn _from_config(_cls: &Bound<'_, PyType>, config: &str) -> PyResult<Self> {
        let config: ParserConfig =
            serde_json::from_str(config).map_err(|e| ConfigError::new_err(e.to_string()))?;
        PyParser::from_config(config)
    }
}

impl PyParser {
    /// The configuration as compact JSON: what pickling stores and hashing reads.
    fn config_json(&self) -> PyResult<String> {
        serde_json::to_string(self.inner.config()).map_err(internal)
    }

    fn from_config(config: ParserConfig) -> PyResult<Self> {
        crate::Parser::new(config)
            .map(|inner| PyParser { inner })
            .map_err(|e| ConfigError::new_err(e.to_string()))
    }
}

/// Parses one article with the default parser. `published` is an ISO date or an Indonesian
/// date string (`Kamis, 19 Jun 2025 10:13 WIB`); it anchors dates such as `Jumat (4/2)`.
#[pyfunction]
#[pyo3(signature = (text, *, published=None, outlet=None, url=None))]
fn parse(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    published: Option<&Bound<'_, PyAny>>,
    outlet: Option<&Bound<'_, PyAny>>,
    url: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyArticle> {
    parse_one(
        py,
        crate::parser::default_parser(),
        text,
        published,
        outlet,
        url,
    )
}

/// Parses many articles with the default parser, in parallel with the GIL released; results
/// in input order. `published`, `outlet`, `url`: one str for all, or one per text.
/// `threads`: None for rayon's global pool, 1 for this thread, k for at most k at once.
/// `errors`: `"raise"` (the default) raises the first error; `"return"` puts each failed
/// text's exception in its place, so that every result keeps its input's position.
#[pyfunction]
#[pyo3(signature = (texts, *, published=None, outlet=None, url=None, threads=None, errors="raise"))]
#[allow(clippy::too_many_arguments)]
fn parse_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    published: Option<&Bound<'_, PyAny>>,
    outlet: Option<&Bound<'_, PyAny>>,
    url: Option<&Bound<'_, PyAny>>,
    threads: Option<&Bound<'_, PyAny>>,
    errors: &str,
) -> PyResult<Vec<Py<PyAny>>> {
    let parser = crate::parser::default_parser();
    parse_batch(py, parser, texts, published, outlet, url, threads, errors)
}

/// A publication date string (ISO, or Indonesian such as `Rabu, 18 Jun 2025 07:30 WIB`) as
/// a datetime.date, or None when it holds no date.
#[pyfunction]
fn parse_published<'py>(
    py: Python<'py>,
    s: &Bound<'py, PyAny>,
) -> PyResult<Option<Bound<'py, PyDate>>> {
    let s = text_arg(s, "s")?;
    crate::parse_published(&s)
        .map(|d| PyDate::new(py, d.year(), d.month(), d.day()))
        .transpose()
}

/// The order comparisons that pyo3 puts on a class with `__eq__`: it fills the type's one
/// rich-comparison slot, and CPython then lists all six operators on the class, though
/// these four only return NotImplemented (`help()` showed `__lt__`, and `a < a` raised).
const ORDERINGS: [&str; 4] = ["__lt__", "__le__", "__gt__", "__ge__"];

/// Adds the class `T` to the module without [`ORDERINGS`]: its `<` then falls back to
/// `object`'s, like any Python class with only `__eq__`, and raises the usual TypeError
/// (`'<' not supported between instances of ...`); `==` and `hash()` are untouched.
fn add_unordered_class<T: pyo3::PyClass>(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let class = m.py().get_type::<T>();
    let own = class.getattr("__dict__")?;
    for name in ORDERINGS {
        if own.contains(name)? {
            class.delattr(name)?;
        }
    }
    m.add_class::<T>()
}

/// The JSONL record reader of the `berita` command line, so that `python -m berita parse
/// --jsonl` reads the same records and refuses the same lines with the same messages.
#[allow(
    dead_code,
    reason = "the batch reader serves the command line; Python reads a line"
)]
#[path = "bin/berita/records.rs"]
mod records;

/// One line of a JSONL file as `berita parse --jsonl` reads it (for `python -m berita`).
#[pyclass(name = "_JsonlLine", module = "berita._berita", frozen)]
struct PyJsonlLine {
    /// The record's `id` as compact JSON, `null` when it has none.
    #[pyo3(get)]
    id: String,
    /// Why the line gives no document (its error record's message), or None.
    #[pyo3(get)]
    error: Option<String>,
    /// `text`, when it is a string.
    #[pyo3(get)]
    text: Option<String>,
    /// `published`: a string, or any other value's JSON text; None when missing or null.
    #[pyo3(get)]
    published: Option<String>,
    /// `outlet`, when it is a string.
    #[pyo3(get)]
    outlet: Option<String>,
    /// `url`, when it is a string.
    #[pyo3(get)]
    url: Option<String>,
}

/// Reads one JSONL line (its newline left out) as `berita parse --jsonl` does.
#[pyfunction]
fn _read_jsonl_line(line: &[u8]) -> PyJsonlLine {
    let read = records::Line::read(line);
    let id = read.id().to_string();
    let error = read.error();
    let record = match read {
        records::Line::Record(record) => record,
        _ => records::Record::default(),
    };
    let owned = |field: Option<Cow<'_, str>>| field.map(Cow::into_owned);
    PyJsonlLine {
        id,
        error,
        text: owned(record.text),
        published: owned(record.published),
        outlet: owned(record.outlet),
        url: owned(record.url),
    }
}

/// The extension module `berita._berita`; the package `berita` re-exports it.
#[pymodule(name = "_berita")]
fn berita_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many, m)?)?;
    m.add_function(wrap_pyfunction!(parse_published, m)?)?;
    // Private, so not in `__all__` (which `add_function` would put it in).
    m.setattr("_parse_only", wrap_pyfunction!(_parse_only, m)?)?;
    m.add_function(wrap_pyfunction!(arrow::parse_arrow, m)?)?;
    m.add_function(wrap_pyfunction!(arrow::quotes_arrow, m)?)?;
    m.add_function(wrap_pyfunction!(arrow::arrow_schema, m)?)?;
    m.add_function(wrap_pyfunction!(arrow::quotes_arrow_schema, m)?)?;
    m.setattr(
        "_text_addresses",
        wrap_pyfunction!(arrow::_text_addresses, m)?,
    )?;
    m.add_class::<arrow::ArrowTable>()?;
    m.add_class::<arrow::ArrowSchema>()?;
    m.setattr("_read_jsonl_line", wrap_pyfunction!(_read_jsonl_line, m)?)?;
    m.setattr("_JsonlLine", m.py().get_type::<PyJsonlLine>())?;
    add_unordered_class::<PyParser>(m)?;
    add_unordered_class::<PyArticle>(m)?;
    add_unordered_class::<PyDateline>(m)?;
    add_unordered_class::<PyCredit>(m)?;
    add_unordered_class::<PyCode>(m)?;
    add_unordered_class::<PyWarning>(m)?;
    add_unordered_class::<PyReadAlso>(m)?;
    add_unordered_class::<PyBoilerplate>(m)?;
    add_unordered_class::<PyParagraph>(m)?;
    add_unordered_class::<PyCue>(m)?;
    add_unordered_class::<PySpeaker>(m)?;
    add_unordered_class::<PyQuote>(m)?;
    add_unordered_class::<PyQuotedTerm>(m)?;
    add_unordered_class::<PyCitation>(m)?;
    add_unordered_class::<PyDateMention>(m)?;
    m.add("BeritaError", m.py().get_type::<BeritaError>())?;
    m.add("ConfigError", m.py().get_type::<ConfigError>())?;
    m.add("SCHEMA", crate::SCHEMA)?;
    m.add("DEMO_TEXT", crate::DEMO_TEXT)?;
    m.add("DEMO_PUBLISHED", crate::DEMO_PUBLISHED)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
