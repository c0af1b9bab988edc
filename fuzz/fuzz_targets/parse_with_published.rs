//! What the Python entry and the command line's JSONL records do: a `published` value (the
//! input's first line) and a text (the rest) through `parse_with`, then the JSON. Every
//! invariant of `berita_fuzz::parse_and_check`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static PARSER: LazyLock<berita::Parser> = LazyLock::new(berita::Parser::default);

fuzz_target!(|data: &[u8]| {
    let input = berita_fuzz::text_of(data);
    let (published, text) = input.split_once('\n').unwrap_or((&input, ""));
    let meta = berita::Meta {
        published: Some(published.to_owned()),
        ..Default::default()
    };
    berita_fuzz::parse_and_check(&PARSER, text, &meta);
});
