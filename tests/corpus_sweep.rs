//! Invariants on every article of `../shared/corpus` (skipped when the corpus is absent, failed
//! when it is absent in CI):
//! no panic; every span in bounds and on char boundaries; nothing that is not story (dateline,
//! codes, read-also lines, boilerplate) inside a body paragraph; every quote span holds its text.

mod common;

#[test]
fn every_corpus_article_keeps_the_invariants() {
    let Some(records) = common::required_corpus() else {
        return;
    };
    let parser = berita::Parser::default();
    let mut failures = Vec::new();
    for r in &records {
        let meta = berita::Meta {
            published: r.published.clone(),
            ..Default::default()
        };
        let a = parser.parse_with(&r.text, &meta);
        if let Err(e) = check(&r.text, &a) {
            failures.push(format!("{}: {e}", r.id));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} articles break an invariant:\n{}",
        failures.len(),
        records.len(),
        failures[..failures.len().min(30)].join("\n")
    );
}

fn check(text: &str, a: &berita::Article) -> Result<(), String> {
    common::check_spans(text, a)?;
    let not_story = common::all_spans(a)
        .into_iter()
        .filter(|(label, _)| matches!(*label, "dateline" | "code" | "read_also" | "boilerplate"));
    for (label, span) in not_story {
        if let Some(p) = a.body.iter().find(|p| p.span.overlaps(span)) {
            return Err(format!(
                "{label} {span:?} overlaps body paragraph {:?}",
                p.span
            ));
        }
    }
    for q in &a.quotes {
        if q.span.slice(text) != Some(q.text.as_str()) {
            return Err(format!(
                "quote text {:?} is not its span {:?}",
                q.text, q.span
            ));
        }
        if !a.body.iter().any(|p| p.span.contains(q.span)) {
            return Err(format!("quote {:?} lies outside the body", q.span));
        }
    }
    Ok(())
}
