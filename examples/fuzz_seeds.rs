//! Seed inputs for the fuzz targets (`scripts/fuzz.sh`), written at run time into a folder
//! outside the repository, because they hold pieces of the corpus articles (publishers'
//! text, never committed): for each target, pieces of real articles of every outlet (the
//! first 2 KB, a slice from the middle, the last 2 KB) and small builds of the hostile shapes;
//! for the `python` target, shorter pieces under a header line of keyword arguments.
//!
//! ```text
//! cargo run --release --example fuzz_seeds -- OUT_DIR [PER_FILE]
//! ```

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::Path;

/// Bytes of each piece cut from an article.
const PIECE: usize = 2048;

/// One piece of text for the seeds, with its record's metadata.
struct Piece {
    /// The text.
    text: String,
    /// The record's `published`, if any.
    published: Option<String>,
    /// The record's outlet (None for the hostile shapes).
    outlet: Option<String>,
}

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let Some(out) = args.next() else {
        eprintln!("usage: fuzz_seeds OUT_DIR [ARTICLES_PER_OUTLET]");
        std::process::exit(2);
    };
    let per_outlet: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(20);
    let Some(records) = common::required_corpus() else {
        return Ok(());
    };
    let mut texts: Vec<Piece> = Vec::new();
    let mut seen = std::collections::HashMap::<&str, usize>::new();
    for r in &records {
        let n = seen.entry(r.outlet.as_str()).or_default();
        if *n >= per_outlet {
            continue;
        }
        *n += 1;
        for text in pieces(&r.text) {
            texts.push(Piece {
                text: text.to_owned(),
                published: r.published.clone(),
                outlet: Some(r.outlet.clone()),
            });
        }
    }
    for (_, build) in common::shapes::SHAPES {
        texts.push(Piece {
            text: build(256),
            published: None,
            outlet: None,
        });
    }
    write_seeds(Path::new(&out), &texts)
}

/// The first, a middle and the last [`PIECE`] bytes of `text`, cut on char boundaries.
fn pieces(text: &str) -> Vec<&str> {
    let cut = |from: usize| {
        let start = (from..=text.len()).find(|&i| text.is_char_boundary(i))?;
        let end = (start + PIECE).min(text.len());
        let end = (end..=text.len()).find(|&i| text.is_char_boundary(i))?;
        text.get(start..end)
    };
    let middle = text.len().saturating_sub(PIECE) / 2;
    let last = text.len().saturating_sub(PIECE);
    let mut out: Vec<&str> = [0, middle, last].into_iter().filter_map(cut).collect();
    out.dedup();
    out
}

/// One folder per target: the text alone (`parse`), `published` then a newline then the text
/// (`parse_with_published`), the published values alone (`published`), short JSONL records
/// of the text (`jsonl`), and a header line of keyword arguments then a short text (`python`).
fn write_seeds(out: &Path, texts: &[Piece]) -> std::io::Result<()> {
    for target in [
        "parse",
        "parse_with_published",
        "published",
        "jsonl",
        "python",
    ] {
        std::fs::create_dir_all(out.join(target))?;
    }
    for (i, piece) in texts.iter().enumerate() {
        let (text, published) = (&piece.text, piece.published.as_deref().unwrap_or(""));
        std::fs::write(out.join("parse").join(format!("{i}")), text)?;
        let with = format!("{published}\n{text}");
        std::fs::write(out.join("parse_with_published").join(format!("{i}")), with)?;
        if !published.is_empty() {
            std::fs::write(out.join("published").join(format!("{i}")), published)?;
        }
        std::fs::write(
            out.join("jsonl").join(format!("{i}")),
            jsonl(i, text, published),
        )?;
        std::fs::write(out.join("python").join(format!("{i}")), python(i, piece))?;
    }
    eprintln!("{} seeds per target in {}", texts.len(), out.display());
    Ok(())
}

/// Bytes of text in each JSONL seed record.
const RECORD_TEXT: usize = 160;

/// A few short JSONL lines from `text`: a whole record, one with a numeric `published`, one
/// cut in the middle, a blank line and a record without `text`.
fn jsonl(i: usize, text: &str, published: &str) -> String {
    let short = prefix(text, RECORD_TEXT);
    let record = serde_json::json!({"id": i, "text": short, "published": published}).to_string();
    let numeric = serde_json::json!({"id": i, "text": short, "published": 20220205}).to_string();
    let cut = prefix(&record, record.len() / 2);
    format!("{record}\n{numeric}\r\n{cut}\n\n{{\"id\": \"x{i}\"}}\n")
}

/// The longest start of `text` of at most `len` bytes that ends on a char boundary.
fn prefix(text: &str, len: usize) -> &str {
    let end = (0..=len.min(text.len()))
        .rev()
        .find(|&n| text.is_char_boundary(n))
        .unwrap_or(0);
    text.get(..end).unwrap_or("")
}

/// Bytes of text in each `python` seed.
const CALL_TEXT: usize = 768;

/// A `python` seed: a header line of keyword arguments (`published`, `outlet`, `url` and the
/// stage switches, tab-separated: `fuzz/src/python.rs`), then the start of the text. The
/// headers take turns: every argument, `published` alone, an unreadable `published` (a
/// warning), and quotes or dates switched off.
fn python(i: usize, piece: &Piece) -> String {
    let published = piece.published.as_deref().unwrap_or("");
    let outlet = piece.outlet.as_deref().unwrap_or("");
    let header = match i % 5 {
        0 => format!("{published}\t{outlet}\thttps://{outlet}.example/{i}"),
        1 => published.to_owned(),
        2 => format!("{i}\t{outlet}"),
        3 => format!("{published}\t\t\tq"),
        _ => format!("{published}\t{outlet}\t\td"),
    };
    format!("{header}\n{}", prefix(&piece.text, CALL_TEXT))
}
