//! Counts how many `published` values of the corpus (`../shared/corpus/*.jsonl`, or
//! `$BERITA_CORPUS`) parse with [`berita::parse_published`], and lists the ones that do not
//! (placeholders counted apart).
//!
//! ```text
//! cargo run --release --example published
//! ```

#[path = "../tests/common/mod.rs"]
mod common;

use std::collections::BTreeMap;

fn main() {
    let Some(records) = common::corpus() else {
        eprintln!("corpus not found at {}", common::corpus_dir().display());
        return;
    };
    let (mut total, mut parsed, mut placeholders) = (0usize, 0usize, 0usize);
    let mut failures: BTreeMap<&str, usize> = BTreeMap::new();
    for published in records.iter().filter_map(|r| r.published.as_deref()) {
        total += 1;
        if berita::parse_published(published).is_some() {
            parsed += 1;
        } else if published.trim().eq_ignore_ascii_case("tidak ditemukan") {
            placeholders += 1;
        } else {
            *failures.entry(published).or_default() += 1;
        }
    }
    println!("non-null published: {total}");
    println!("parsed: {parsed}");
    println!("placeholders: {placeholders}");
    println!("failures: {}", total - parsed - placeholders);
    for (value, n) in failures {
        println!("  {n:>5}  {value:?}");
    }
}
