//! Any bytes, read as text, through the full parser without metadata: no panic, every
//! invariant of `berita_fuzz::parse_and_check`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static PARSER: LazyLock<berita::Parser> = LazyLock::new(berita::Parser::default);

fuzz_target!(|data: &[u8]| {
    let text = berita_fuzz::text_of(data);
    berita_fuzz::parse_and_check(&PARSER, &text, &berita::Meta::default());
});
