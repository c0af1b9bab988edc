//! What `berita.parse(text, published=..., outlet=..., url=...)` runs in Rust, through the
//! same functions (`berita::python_convert`: the parse under `catch_unwind`, then the
//! conversion to the result classes' values, spans in code points): the input's first line
//! holds the keyword arguments and the stage switches (`berita_fuzz::python::Call`), the
//! rest is the text. Every invariant of `berita_fuzz::parse_and_check`, and those of
//! `berita_fuzz::python::check_findings`.
#![no_main]

use std::sync::LazyLock;

use berita::python_convert::{Findings, parse_text};
use berita_fuzz::python::{Call, check_findings};
use libfuzzer_sys::fuzz_target;

/// The parsers `berita.Parser(quotes=..., dates=...)` builds, by `[quotes][dates]`.
static PARSERS: LazyLock<[[berita::Parser; 2]; 2]> =
    LazyLock::new(|| [false, true].map(|quotes| [false, true].map(|dates| parser(quotes, dates))));

/// A parser with the given stages on.
fn parser(quotes: bool, dates: bool) -> berita::Parser {
    let config = berita::ParserConfig::default()
        .with_quotes(quotes)
        .with_dates(dates);
    berita::Parser::new(config).expect("the stage switches make a valid configuration")
}

fuzz_target!(|data: &[u8]| {
    let input = berita_fuzz::text_of(data);
    let (header, text) = input.split_once('\n').unwrap_or((&input, ""));
    let call = Call::read(header);
    let parser = &PARSERS[usize::from(call.quotes)][usize::from(call.dates)];
    let article = berita_fuzz::check_parse(text, || match parse_text(parser, text, &call.meta) {
        Ok(article) => article,
        Err(e) => panic!("{e}"),
    });
    let findings = Findings::from_article(&article);
    if let Err(broken) = check_findings(text, &call.meta, &article, &findings) {
        panic!("Python values broken: {broken}");
    }
});
