//! Frame-only parse time over the corpus on one thread (`ParserConfig { quotes: false,
//! dates: false, .. }`): dateline, read-also lines, boilerplate, credits and body. Prints the
//! time of every round and the best, so that two builds run alternately can be compared.
//!
//! ```text
//! cargo run --release --example frame [-- ROUNDS]
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
    let mib = bytes as f64 / (1024.0 * 1024.0);
    let metas = common::metas(&records);
    let frame_only = berita::ParserConfig {
        quotes: false,
        dates: false,
        ..Default::default()
    };
    let parser = berita::Parser::new(frame_only).expect("a valid configuration");
    let mut best = f64::MAX;
    for _ in 0..rounds {
        let start = Instant::now();
        let found: usize = records
            .iter()
            .zip(&metas)
            .map(|(r, m)| parser.parse_with(&r.text, m).body.len())
            .sum();
        best = best.min(start.elapsed().as_secs_f64());
        std::hint::black_box(found);
    }
    println!(
        "frame only: best of {rounds} rounds {best:.3} s = {:.1} MiB/s ({} articles, {mib:.1} MiB)",
        mib / best,
        records.len()
    );
}
