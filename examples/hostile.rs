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

use std::time::Instant;

/// Builds about `n` bytes of one shape.
type Build = fn(usize) -> String;

/// The shapes: a name and how to build it.
const SHAPES: &[(&str, Build)] = &[
    ("read-also lines", |n| {
        repeat_to("Baca juga: Harga Cabai Naik Lagi di Pasar\n", n)
    }),
    ("open brackets", |n| repeat_to("(", n)),
    ("open square brackets", |n| repeat_to("[", n)),
    ("quotation marks", |n| repeat_to("\"", n)),
    ("curly quotes", |n| repeat_to("\u{201C}Ya,\u{201D} ", n)),
    ("one long line", |n| {
        repeat_to(
            "Warga berkumpul di balai desa.  Hujan turun sore itu, kata Budi. ",
            n,
        )
    }),
    ("credit labels", |n| repeat_to("Editor: Budi ", n)),
    ("advertisement markers", |n| repeat_to("ADVERTISEMENT ", n)),
    ("capitals", |n| repeat_to("JAKARTA ", n)),
    // Capitalised words and verbs of saying, never a full stop: one endless sentence.
    ("capitals with cue verbs", |n| {
        repeat_to(
            "Kepala Dinas Budi Santoso mengatakan Ketua Umum Andi Wijaya kata Rudi ujarnya ",
            n,
        )
    }),
    ("dates", |n| {
        repeat_to("Kamis (5/6/2025) pukul 10.00 WIB, ", n)
    }),
    ("digit runs", |n| repeat_to("1/2/3/4/5/6/7/8/9/", n)),
    ("html entities", |n| {
        repeat_to("&quot;&nbsp;&amp;&ldquo;", n)
    }),
    ("broken entities", |n| repeat_to("&quo &nbs&amp ", n)),
    ("nested brackets and quotes", |n| {
        let half = n / 8;
        format!(
            "{}{}",
            "([\"\u{201C}".repeat(half),
            "\u{201D}\"])".repeat(half)
        )
    }),
];

/// `unit` repeated to about `n` bytes.
fn repeat_to(unit: &str, n: usize) -> String {
    unit.repeat(n / unit.len() + 1)
}

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
