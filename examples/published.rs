//! Counts how many `published` values of the corpus (`../shared/corpus/*.jsonl`) parse with
//! [`berita::parse_published`], and lists the ones that do not (placeholders counted apart).
//!
//! ```text
//! cargo run --release --example published -- [--corpus DIR]
//! ```

use std::collections::BTreeMap;
use std::io::BufRead;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args
        .iter()
        .position(|a| a == "--corpus")
        .and_then(|i| args.get(i + 1))
        .cloned()
        .unwrap_or_else(|| "../shared/corpus".into());
    let mut paths: Vec<_> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    paths.sort();
    let (mut total, mut parsed, mut placeholders) = (0usize, 0usize, 0usize);
    let mut failures: BTreeMap<String, usize> = BTreeMap::new();
    for path in paths {
        for line in std::io::BufReader::new(std::fs::File::open(&path)?).lines() {
            let rec: serde_json::Value = serde_json::from_str(&line?)?;
            let Some(published) = rec["published"].as_str() else {
                continue;
            };
            total += 1;
            if berita::parse_published(published).is_some() {
                parsed += 1;
            } else if published.trim().eq_ignore_ascii_case("tidak ditemukan") {
                placeholders += 1;
            } else {
                *failures.entry(published.to_owned()).or_default() += 1;
            }
        }
    }
    println!("non-null published: {total}");
    println!("parsed: {parsed}");
    println!("placeholders: {placeholders}");
    println!("failures: {}", total - parsed - placeholders);
    for (value, n) in failures {
        println!("  {n:>5}  {value:?}");
    }
    Ok(())
}
