//! Parse throughput over the corpus on one thread, without criterion's sampling: a quick
//! figure while working (`cargo bench --bench parse` is the reference). Rounds alternate the
//! full parser, the parser without quotes (`ParserConfig::default().with_quotes(false)`) and the frame
//! alone (no quotes, no dates), so that
//! a busy machine slows both alike, and the best round of each is reported with their ratio.
//!
//! ```text
//! cargo run --release --example throughput [-- ROUNDS [CONFIGURATION]]
//! ```
//!
//! With a CONFIGURATION (`full`, `without` or `frame`: the start of a name) only that one runs,
//! for a profiler.

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::Instant;

fn main() {
    let Some(records) = common::corpus() else {
        eprintln!("corpus not found at {}", common::corpus_dir().display());
        return;
    };
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    let bytes: usize = records.iter().map(|r| r.text.len()).sum();
    let mib = bytes as f64 / (1024.0 * 1024.0);
    let metas = common::metas(&records);
    let only = std::env::args().nth(2).unwrap_or_default();
    let parsers = common::stage_parsers();
    let mut best = [f64::MAX; 3];
    for _ in 0..rounds {
        for (slot, (name, parser)) in best.iter_mut().zip(&parsers) {
            if !name.starts_with(only.as_str()) {
                continue;
            }
            let start = Instant::now();
            let found: usize = records
                .iter()
                .zip(&metas)
                .map(|(r, m)| parser.parse_with(&r.text, m).body.len())
                .sum();
            *slot = slot.min(start.elapsed().as_secs_f64());
            std::hint::black_box(found);
        }
    }
    println!(
        "{} articles, {mib:.1} MiB, best of {rounds} rounds, one thread:",
        records.len()
    );
    for ((name, _), secs) in parsers.iter().zip(best).filter(|(_, s)| *s < f64::MAX) {
        println!(
            "  {name:<15} {secs:.2} s = {:.2} MiB/s, {:.0} articles/s",
            mib / secs,
            records.len() as f64 / secs
        );
    }
    let [with, without, _] = best;
    if with < f64::MAX && without < f64::MAX {
        println!(
            "  full / without quotes: {:.2} of the speed",
            without / with
        );
    }
}
