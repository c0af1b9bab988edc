//! Date mentions over the corpus (`../shared/corpus/*.jsonl`), one JSON line per mention:
//! `{id, outlet, published, start (code points), raw, rule, resolved, anchor, weekday_matches, year_suspect,
//! relative, context}` with 60 characters of context either side. For measuring the date
//! finder with python3. Articles on which the parser panics are counted on stderr.
//!
//! ```text
//! cargo run --release --example dates -- [--corpus DIR] > dates.jsonl
//! ```

use std::io::{BufRead, Write};

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
    std::panic::set_hook(Box::new(|_| {}));
    let parser = berita::Parser::default();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let (mut articles, mut panics) = (0usize, 0usize);
    for path in paths {
        for line in std::io::BufReader::new(std::fs::File::open(&path)?).lines() {
            let rec: serde_json::Value = serde_json::from_str(&line?)?;
            let text = rec["text"].as_str().unwrap_or_default();
            let meta = berita::Meta {
                published: rec["published"].as_str().map(str::to_owned),
                ..Default::default()
            };
            articles += 1;
            let Ok(article) = std::panic::catch_unwind(|| parser.parse_with(text, &meta)) else {
                panics += 1;
                eprintln!("panic: {}", rec["id"]);
                continue;
            };
            for d in &article.dates {
                let context = |a: usize, b: usize| text.get(a..b).unwrap_or_default().to_owned();
                let before = (0..=d.span.start.saturating_sub(60))
                    .rev()
                    .chain(0..1)
                    .find(|i| text.is_char_boundary(*i))
                    .unwrap_or(0);
                let after = (d.span.end + 60..=text.len())
                    .find(|i| text.is_char_boundary(*i))
                    .unwrap_or(text.len());
                let row = serde_json::json!({
                    "id": rec["id"], "outlet": rec["outlet"], "published": article.published,
                    "start": text.get(..d.span.start).map(|t| t.chars().count()),
                    "raw": d.raw, "rule": d.rule, "resolved": d.resolved,
                    "anchor": d.anchor, "weekday": d.weekday, "year": d.year,
                    "weekday_matches": d.weekday_matches, "year_suspect": d.year_suspect,
                    "relative": d.relative,
                    "before": context(before, d.span.start), "after": context(d.span.end, after),
                });
                writeln!(out, "{row}")?;
            }
        }
    }
    eprintln!("articles: {articles}, parser panics (other finders): {panics}");
    Ok(())
}
