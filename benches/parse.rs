//! Parse throughput over the whole corpus (`../shared/corpus`), in MiB/s.
//!
//! ```text
//! cargo bench --bench parse
//! ```

#[path = "../tests/common/mod.rs"]
mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn parse_corpus(c: &mut Criterion) {
    let Some(records) = common::corpus() else {
        eprintln!(
            "corpus not found at {}: benchmark skipped",
            common::corpus_dir().display()
        );
        return;
    };
    let bytes: usize = records.iter().map(|r| r.text.len()).sum();
    let parser = berita::Parser::default();
    let metas = common::metas(&records);
    let mut group = c.benchmark_group("corpus");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("parse", |b| {
        b.iter(|| {
            records
                .iter()
                .zip(&metas)
                .map(|(r, m)| parser.parse_with(&r.text, m).body.len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, parse_corpus);
criterion_main!(benches);
