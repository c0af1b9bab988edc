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
        if let Err(e) = common::check_article(&r.text, &a) {
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
