//! Reading `../shared/corpus` for tests, the evaluation program and the benchmark.
#![allow(dead_code)]

pub mod shapes;

use std::path::{Path, PathBuf};

/// One corpus record.
pub struct Record {
    pub id: String,
    pub outlet: String,
    pub published: Option<String>,
    pub text: String,
}

/// Where the corpus is: `$BERITA_CORPUS`, else `../shared/corpus` beside the crate.
pub fn corpus_dir() -> PathBuf {
    std::env::var_os("BERITA_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"))
}

/// Every record of every `*.jsonl` file, in file order; `None` when the corpus is absent.
pub fn corpus() -> Option<Vec<Record>> {
    let dir = corpus_dir();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    paths.sort();
    let mut records = Vec::new();
    for path in paths {
        let content = std::fs::read_to_string(&path).ok()?;
        for line in content.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).ok()?;
            let s = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_owned);
            records.push(Record {
                id: s("id").unwrap_or_default(),
                outlet: s("outlet").unwrap_or_default(),
                published: s("published"),
                text: s("text").unwrap_or_default(),
            });
        }
    }
    (!records.is_empty()).then_some(records)
}

/// Whether this is a CI run (`CI` set to anything but empty, `0` or `false`), where a missing
/// corpus or seed is an error, not a reason to skip.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !matches!(v.trim(), "" | "0" | "false"))
}

/// What a test does when `../shared` lacks what it needs: in CI it fails with `what` and the
/// path; elsewhere (a crate checked out alone) it says so on stderr and the test passes empty.
pub fn missing(what: &str, path: &Path) {
    let message = format!(
        "{what} not found at {} (put ../shared beside the checkout, or set BERITA_CORPUS)",
        path.display()
    );
    assert!(!in_ci(), "CI=true and {message}");
    eprintln!("{message}: skipped");
}

/// The corpus, or `None` after [`missing`] (which fails the test in CI).
pub fn required_corpus() -> Option<Vec<Record>> {
    let records = corpus();
    if records.is_none() {
        missing("corpus", &corpus_dir());
    }
    records
}

/// The parser's metadata for each record (its `published` string).
pub fn metas(records: &[Record]) -> Vec<berita::Meta> {
    records
        .iter()
        .map(|r| berita::Meta {
            published: r.published.clone(),
            ..Default::default()
        })
        .collect()
}

/// The parsers the speed programs compare, with their names: the full parser, without
/// quotes (`quotes: false`), and the frame alone (`quotes: false, dates: false`).
pub fn stage_parsers() -> [(&'static str, berita::Parser); 3] {
    let without = |quotes: bool, dates: bool| {
        // Fields set on a default value (not the `with_*` methods): scripts/compare-speed.sh
        // builds this file against older commits too.
        let mut config = berita::ParserConfig::default();
        config.quotes = quotes;
        config.dates = dates;
        berita::Parser::new(config).expect("a valid configuration")
    };
    [
        ("full parser", berita::Parser::default()),
        ("without quotes", without(false, true)),
        ("frame only", without(false, false)),
    ]
}

/// Every span of an article, with a label saying which structure it belongs to.
pub fn all_spans(a: &berita::Article) -> Vec<(&'static str, berita::Span)> {
    let mut spans = Vec::new();
    if let Some(d) = &a.dateline {
        spans.push(("dateline", d.span));
    }
    spans.extend(a.byline.iter().map(|c| ("byline", c.span)));
    spans.extend(a.codes.iter().map(|c| ("code", c.span)));
    for r in &a.read_also {
        spans.push(("read_also", r.span));
        spans.extend(r.title_span.map(|s| ("read_also.title", s)));
    }
    spans.extend(a.boilerplate.iter().map(|b| ("boilerplate", b.span)));
    spans.extend(a.body.iter().map(|p| ("body", p.span)));
    for q in &a.quotes {
        spans.push(("quote", q.span));
        spans.extend(q.cue.as_ref().map(|c| ("quote.cue", c.span)));
        spans.extend(q.speaker.as_ref().map(|s| ("quote.speaker", s.span)));
    }
    spans.extend(a.quoted_terms.iter().map(|t| ("term", t.span)));
    for c in &a.citations {
        spans.push(("citation", c.span));
        spans.push(("citation.source", c.source_span));
    }
    spans.extend(a.dates.iter().map(|d| ("date", d.span)));
    spans
}

/// Checks that every span is in bounds, on char boundaries and not reversed.
pub fn check_spans(text: &str, a: &berita::Article) -> Result<(), String> {
    for (label, span) in all_spans(a) {
        if span.start > span.end || span.slice(text).is_none() {
            return Err(format!(
                "{label} span {span:?} is not a slice of the text (len {})",
                text.len()
            ));
        }
    }
    Ok(())
}

/// Whether `span` lies in the body: inside one paragraph, or over consecutive paragraphs with
/// only blanks between them (a quote a scraper broke over lines, `yaitu⏎Car Free Night⏎. Kita`).
fn in_body(text: &str, body: &[berita::Paragraph], span: berita::Span) -> bool {
    let Some(first) = body
        .iter()
        .position(|p| p.span.start <= span.start && span.start < p.span.end)
    else {
        return false;
    };
    let blank = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
            )
    };
    let mut end = first;
    while body.get(end).is_some_and(|p| p.span.end < span.end) {
        let (Some(p), Some(next)) = (body.get(end), body.get(end + 1)) else {
            return false;
        };
        let gap_blank = text
            .get(p.span.end..next.span.start)
            .is_some_and(|gap| gap.chars().all(blank));
        if !gap_blank {
            return false;
        }
        end += 1;
    }
    body.get(end).is_some_and(|p| span.end <= p.span.end)
}

/// Every invariant of a parse ([`check_spans`]; nothing that is not story (dateline, codes,
/// read-also lines, boilerplate) inside a body paragraph, nor claimed twice; every quote's text
/// equal to its span, inside the body, [`in_body`]): the corpus sweep and the fuzz targets check it.
pub fn check_article(text: &str, a: &berita::Article) -> Result<(), String> {
    check_spans(text, a)?;
    let mut not_story: Vec<(&str, berita::Span)> = all_spans(a)
        .into_iter()
        .filter(|(label, _)| matches!(*label, "dateline" | "code" | "read_also" | "boilerplate"))
        .collect();
    for &(label, span) in &not_story {
        if let Some(p) = a.body.iter().find(|p| p.span.overlaps(span)) {
            return Err(format!(
                "{label} {span:?} overlaps body paragraph {:?}",
                p.span
            ));
        }
    }
    not_story.sort_by_key(|&(_, span)| span);
    for pair in not_story.windows(2) {
        if let [(a_label, a_span), (b_label, b_span)] = pair {
            if a_span.overlaps(*b_span) {
                return Err(format!(
                    "{a_label} {a_span:?} and {b_label} {b_span:?} claim the same text"
                ));
            }
        }
    }
    for q in &a.quotes {
        if q.span.slice(text) != Some(q.text.as_str()) {
            return Err(format!(
                "quote text {:?} is not its span {:?}",
                q.text, q.span
            ));
        }
        if !in_body(text, &a.body, q.span) {
            return Err(format!("quote {:?} lies outside the body", q.span));
        }
    }
    Ok(())
}
