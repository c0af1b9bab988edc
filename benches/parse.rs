//! Parse throughput over the whole corpus (`../shared/corpus`), in MiB/s: the full parser,
//! the parser without quotes (`ParserConfig::default().with_quotes(false)`), the frame alone (no
//! quotes, no dates), and the scan floor: one `memchr` pass over the same texts, the speed of
//! reading them once, so the distance to the limit is in every run.
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
    let metas = common::metas(&records);
    let mut group = c.benchmark_group("corpus");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    // The full parser, without quotes and the frame alone: what each stage costs.
    let parsers = common::stage_parsers();
    for (name, parser) in &parsers {
        group.bench_function(*name, |b| {
            b.iter(|| {
                records
                    .iter()
                    .zip(&metas)
                    .map(|(r, m)| parser.parse_with(&r.text, m).body.len())
                    .sum::<usize>()
            })
        });
    }
    group.bench_function("scan_floor_memchr", |b| {
        b.iter(|| {
            records
                .iter()
                .map(|r| memchr::memchr_iter(b'\n', r.text.as_bytes()).count())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, parse_corpus);
criterion_main!(benches);
