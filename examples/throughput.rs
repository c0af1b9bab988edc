//! Parse throughput over the corpus on one thread, without criterion's sampling: a quick
//! figure while working (`cargo bench --bench parse` is the reference).
//!
//! ```text
//! cargo run --release --example throughput [-- ROUNDS]
//! ```

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
    let parser = berita::Parser::default();
    let metas = common::metas(&records);
    let mut best = f64::MAX;
    for _ in 0..rounds {
        let start = Instant::now();
        let found: usize = records
            .iter()
            .zip(&metas)
            .map(|(r, m)| parser.parse_with(&r.text, m).quotes.len())
            .sum();
        best = best.min(start.elapsed().as_secs_f64());
        std::hint::black_box(found);
    }
    let mib = bytes as f64 / (1024.0 * 1024.0);
    println!(
        "{} articles, {:.1} MiB: best of {rounds} {:.2} s = {:.2} MiB/s, {:.0} articles/s (one thread)",
        records.len(),
        mib,
        best,
        mib / best,
        records.len() as f64 / best
    );
}
