//! Parses the corpus (`../shared/corpus/*.jsonl`) and writes one JSON line per article:
//! `{"id", "outlet", "text", "article"}` with the `berita/1` document. For exploring what the
//! finders do on real text (the quotes, quoted terms and citations of each article with their
//! spans: the tool for reviewing those finders on the corpus).
//!
//! ```text
//! cargo run --release --example corpus -- [--outlet NAME] [--limit N] [--corpus DIR] > out.jsonl
//! ```

use std::io::{BufRead, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value_of = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let dir = value_of("--corpus").unwrap_or_else(|| "../shared/corpus".into());
    let outlet = value_of("--outlet");
    let limit: usize = value_of("--limit")
        .and_then(|s| s.parse().ok())
        .unwrap_or(usize::MAX);
    let parser = berita::Parser::default();
    let mut paths: Vec<_> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    paths.sort();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut n = 0;
    for path in paths {
        for line in std::io::BufReader::new(std::fs::File::open(&path)?).lines() {
            let rec: serde_json::Value = serde_json::from_str(&line?)?;
            if outlet
                .as_deref()
                .is_some_and(|o| rec["outlet"].as_str() != Some(o))
            {
                continue;
            }
            if n >= limit {
                return Ok(());
            }
            n += 1;
            let text = rec["text"].as_str().unwrap_or_default();
            let meta = berita::Meta {
                published: rec["published"].as_str().map(str::to_owned),
                ..Default::default()
            };
            let article = parser.parse_with(text, &meta);
            let row = serde_json::json!({"id": rec["id"], "outlet": rec["outlet"], "published": rec["published"], "text": text, "article": article.to_json_value()});
            writeln!(out, "{row}")?;
        }
    }
    Ok(())
}
