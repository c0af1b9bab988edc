//! Time spent in the date stage, on one thread: the parser with dates minus the parser
//! without them (`ParserConfig { dates: false, .. }`), both without quotes so that the
//! difference is not lost in the noise of the quote stage. Rounds alternate the two
//! parsers so that a busy machine slows both alike; the best round of each is kept.
//!
//! ```text
//! cargo run --release --example date_stage [-- ROUNDS]          # over the corpus
//! cargo run --release --example date_stage -- hostile [ROUNDS]  # growth on hostile input
//! cargo run --release --example date_stage -- once KIND SCALE     # one hostile text, once
//! ```
//!
//! `hostile` times texts of many dates (`Kamis (5/6/2025) `), of slash-separated digit runs
//! (`1/2/3/4/…`) and one long line of date-like words, at one size and four times that
//! size, and prints how much the date stage's time grows (4 means linear).

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [once, kind, size] = args.as_slice()
        && once == "once"
    {
        parse_once(kind, size.parse().unwrap_or(1));
        return;
    }
    let hostile = args.first().is_some_and(|a| a == "hostile");
    let rounds: usize = args
        .iter()
        .find_map(|a| a.parse().ok())
        .unwrap_or(if hostile { 3 } else { 5 });
    if hostile {
        hostile_growth(rounds);
    } else {
        corpus(rounds);
    }
}

/// The two parsers: with dates and without, neither finding quotes.
fn parsers() -> [berita::Parser; 2] {
    let config = |dates| {
        berita::ParserConfig::default()
            .with_quotes(false)
            .with_dates(dates)
    };
    [true, false].map(|dates| berita::Parser::new(config(dates)).expect("a valid configuration"))
}

/// Best time of each parser over `inputs`, rounds alternating.
fn best_times(inputs: &[(&str, berita::Meta)], rounds: usize) -> [f64; 2] {
    let parsers = parsers();
    let mut best = [f64::MAX; 2];
    for _ in 0..rounds {
        for (slot, parser) in best.iter_mut().zip(&parsers) {
            let start = Instant::now();
            let found: usize = inputs
                .iter()
                .map(|(text, meta)| parser.parse_with(text, meta).dates.len())
                .sum();
            *slot = slot.min(start.elapsed().as_secs_f64());
            std::hint::black_box(found);
        }
    }
    best
}

fn corpus(rounds: usize) {
    let Some(records) = common::corpus() else {
        eprintln!("corpus not found at {}", common::corpus_dir().display());
        return;
    };
    let metas = common::metas(&records);
    let inputs: Vec<(&str, berita::Meta)> = records
        .iter()
        .zip(metas)
        .map(|(r, m)| (r.text.as_str(), m))
        .collect();
    let [with, without] = best_times(&inputs, rounds);
    println!(
        "{} articles, best of {rounds} rounds, one thread, no quotes:",
        records.len()
    );
    println!("  with dates    {with:.3} s");
    println!("  without dates {without:.3} s");
    println!("  date stage    {:.3} s", with - without);
}

/// Makes a hostile text of a given size (repetitions, numbers or bytes).
type MakeText = fn(usize) -> String;

/// The hostile texts: a name, how to make one, its size.
const HOSTILE: [(&str, MakeText, usize); 3] = [
    ("dates", |n| "Kamis (5/6/2025) ".repeat(n), 5_000),
    ("digits", digit_runs, 20_000),
    ("line", long_line, 5 << 20),
];

/// Parses one hostile text (`kind` of [`HOSTILE`], `scale` times its size) once with
/// dates, for an instruction count of the date stage: build with `cargo build --profile
/// profiling --example date_stage` (release settings with line tables), then `valgrind
/// --tool=callgrind --toggle-collect='berita::dates::find'
/// target/profiling/examples/date_stage once digits 4`.
fn parse_once(kind: &str, scale: usize) {
    let Some((_, make, size)) = HOSTILE.iter().find(|(name, _, _)| *name == kind) else {
        eprintln!("no hostile text {kind:?}");
        return;
    };
    let text = make(size * scale);
    let [with_dates, _] = parsers();
    let found = with_dates
        .parse_with(&text, &berita::Meta::default())
        .dates
        .len();
    println!("{kind} x{scale}: {} bytes, {found} dates", text.len());
}

fn hostile_growth(rounds: usize) {
    for (name, make, size) in HOSTILE {
        let mut times = [0.0; 2];
        for (slot, n) in times.iter_mut().zip([size, 4 * size]) {
            let text = make(n);
            let inputs = [(text.as_str(), berita::Meta::default())];
            let [with, without] = best_times(&inputs, rounds);
            *slot = (with - without).max(1e-6);
            println!(
                "  {name:<14} {:>9} bytes: date stage {:.4} s",
                text.len(),
                *slot
            );
        }
        println!(
            "  {name:<14} growth for 4x input: {:.2}x",
            times[1] / times[0]
        );
    }
}

/// `1/2/3/4/…/n`, then a full stop: one run of slash-separated numbers.
fn digit_runs(n: usize) -> String {
    let numbers: Vec<String> = (1..=n).map(|i| (i % 100).to_string()).collect();
    numbers.join("/") + "."
}

/// One line of about `bytes` bytes mixing every trigger of the date finders.
fn long_line(bytes: usize) -> String {
    const PIECE: &str = "pada Rabu, 18 Juni 2025 pukul 10.00 WIB kemarin dua hari lalu \
        Jumat lalu (4/2) 25/2/2018 10-Jun-25 06:15:07 WIB setiap Senin, Rabu dan 1.500 orang ";
    PIECE.repeat(bytes / PIECE.len() + 1)
}
