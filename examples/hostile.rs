//! Time on hostile input: each shape built at a size n and 4n, parsed by the full parser and
//! by the frame alone (`quotes: false, dates: false`). Linear code takes about 4 times as long
//! on the larger input; the ratio is printed for each shape.
//!
//! ```text
//! cargo run --release --example hostile [-- N_BYTES]
//! ```
//!
//! With a shape's name and `full` or `frame` after the size, parses that shape once at that
//! size and prints nothing: for counting instructions (`valgrind --tool=callgrind`), which a
//! busy machine does not disturb.

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::Instant;

use common::shapes::SHAPES;

/// The best of three timings of `parser` on `text`, in seconds.
fn time(parser: &berita::Parser, text: &str) -> f64 {
    (0..3)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(parser.parse(text));
            start.elapsed().as_secs_f64()
        })
        .fold(f64::MAX, f64::min)
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_250_000);
    let full = berita::Parser::default();
    let frame = berita::Parser::new(
        berita::ParserConfig::default()
            .with_quotes(false)
            .with_dates(false),
    )
    .expect("a valid configuration");
    let mut args = std::env::args().skip(2);
    if let (Some(shape), Some(which)) = (args.next(), args.next()) {
        let build = SHAPES.iter().find(|(name, _)| *name == shape).map(|s| s.1);
        let parser = if which == "full" { &full } else { &frame };
        if let Some(build) = build {
            std::hint::black_box(parser.parse(&build(n)));
        }
        return;
    }
    println!("n = {n} bytes; time at n, at 4n, and their ratio (linear: 4)");
    for (name, build) in SHAPES {
        let (small, large) = (build(n), build(4 * n));
        for (label, parser) in [("full", &full), ("frame", &frame)] {
            let (a, b) = (time(parser, &small), time(parser, &large));
            println!(
                "  {name:<22} {label:<5} {a:>8.4} s {b:>8.4} s  x{:.2}",
                b / a
            );
        }
    }
}
