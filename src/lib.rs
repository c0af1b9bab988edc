//! # berita
//!
//! Reads an Indonesian online-news article and returns its structure: the dateline
//! (`JAKARTA, KOMPAS.com -`), the credits and closing codes (`[qnt]`, `(dna/dna)`), the
//! "Baca juga" lines and page boilerplate that are not the story, the story's paragraphs,
//! every quote with who said it, the media it cites, and its dates.
//!
//! ```
//! let text = "JAKARTA, KOMPAS.com - Hujan deras turun sejak pagi.\n\
//!             Baca juga: Banjir Rendam Jakarta Utara\n\
//!             \"Kami siaga,\" ujar Kepala BPBD DKI Jakarta Isnawa Adji. (dna/dna)";
//! let article = berita::parse(text);
//! assert_eq!(article.dateline.as_ref().unwrap().city.as_deref(), Some("Jakarta"));
//! assert_eq!(article.read_also[0].title, "Banjir Rendam Jakarta Utara");
//! assert_eq!(article.codes[0].raw, "(dna/dna)");
//! assert_eq!(article.quotes[0].speaker.as_ref().unwrap().name.as_deref(), Some("Isnawa Adji"));
//! ```
//!
//! Spans are byte offsets into the text you passed; [`Article::to_json`] writes the
//! `berita/1` document with code point offsets.
//!
//! Map of the modules, in the order the text flows through them:
//! `layout` (text → blocks) → `dateline`, `read_also`, `boilerplate`, `credits` → `body` →
//! `quotes` / `attribution` / `citations` → `dates`. Word lists and outlet profiles are data
//! in `lexicon`.
// No unsafe code, but for the Arrow C data interface of the Python bindings
// (`src/python/arrow.rs`, which allows it for itself and says why at each use).
#![deny(unsafe_code)]
#![warn(missing_docs)]

mod article;
mod dates;
mod document;
mod error;
mod frame;
pub mod lexicon;
mod parser;
mod published;
mod rule;
mod speech;
mod text;

#[cfg(feature = "arrow")]
pub mod arrow;
#[cfg(feature = "python")]
mod python;

/// The Python module's allocator (as the command-line tool's): mimalloc's small-object paths
/// cost a fraction of the system allocator's on the few hundred small allocations a parse
/// makes per article. Rust memory is only ever freed by Rust, so Python's own allocator is
/// untouched. (A build with the `cli` feature too takes the tool's.)
#[cfg(all(feature = "python", not(feature = "cli")))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
// Compiled without the `python` feature too: the fuzz target `python` calls it.
#[doc(hidden)]
#[path = "python/convert.rs"]
pub mod python_convert;

pub use article::{
    Anchor, Article, Boilerplate, BoilerplateKind, Citation, CitationKind, Code, Credit, Cue, Date,
    DateMention, Dateline, Paragraph, Quote, QuoteKind, QuotedTerm, ReadAlso, Role, SCHEMA, Span,
    Speaker, SpeakerKind, TimeOfDay, Warning, WarningKind,
};
pub use error::Error;
pub use lexicon::outlets::OutletProfile;
pub use parser::{BoilerplatePattern, MAX_TEXT_BYTES, Meta, Parser, ParserConfig};
pub use published::{parse_published, parse_published_time};
pub use rule::{Rule, UnknownRule};

/// A sample article written for berita in Kompas' house style (not a real story): what
/// `berita demo` and `python -m berita demo` parse.
///
/// ```
/// let a = berita::Parser::default().parse_with(
///     berita::DEMO_TEXT,
///     &berita::Meta { published: Some(berita::DEMO_PUBLISHED.into()), ..Default::default() },
/// );
/// assert!(!a.body.is_empty());
/// ```
pub const DEMO_TEXT: &str = include_str!("demo.txt");

/// The publication date given with [`DEMO_TEXT`].
///
/// ```
/// assert!(berita::DEMO_PUBLISHED.contains("2025"));
/// ```
pub const DEMO_PUBLISHED: &str = "Senin, 16 Jun 2025 10:15 WIB";

/// Parses one article with the default [`Parser`].
///
/// ```
/// let a = berita::parse("Liputan6.com, Jakarta - Harga cabai naik.");
/// assert_eq!(a.dateline.unwrap().outlet_id.as_deref(), Some("liputan6"));
/// ```
pub fn parse(text: &str) -> Article {
    parser::default_parser().parse(text)
}

/// The README's Rust examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
