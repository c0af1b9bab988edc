//! Heap allocations per article over the corpus, for the full parser, without quotes and the
//! frame alone: a global allocator that counts calls and bytes around each parse.
//!
//! ```text
//! cargo run --release --example allocations
//! ```

#[path = "../tests/common/mod.rs"]
mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// The system allocator, counting.
struct Counting;

static CALLS: AtomicUsize = AtomicUsize::new(0);
static BYTES: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded to the system allocator unchanged.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        CALLS.fetch_add(1, Relaxed);
        BYTES.fetch_add(layout.size(), Relaxed);
        // SAFETY: the caller's contract is the system allocator's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `alloc` or `realloc` above.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        CALLS.fetch_add(1, Relaxed);
        BYTES.fetch_add(new_size, Relaxed);
        // SAFETY: as for `alloc` and `dealloc`.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn main() {
    let Some(records) = common::corpus() else {
        eprintln!("corpus not found at {}", common::corpus_dir().display());
        std::process::exit(1);
    };
    let metas = common::metas(&records);
    let parsers = common::stage_parsers();
    for (name, parser) in &parsers {
        // A first pass warms the lexicons and patterns (compiled on first use): their
        // one-time cost is not per article.
        for (r, m) in records.iter().zip(&metas) {
            std::hint::black_box(parser.parse_with(&r.text, m));
        }
        let (calls, bytes) = (CALLS.load(Relaxed), BYTES.load(Relaxed));
        for (r, m) in records.iter().zip(&metas) {
            std::hint::black_box(parser.parse_with(&r.text, m));
        }
        let n = records.len() as f64;
        println!(
            "{name:<15} {:.0} allocations and {:.1} KiB allocated per article",
            (CALLS.load(Relaxed) - calls) as f64 / n,
            (BYTES.load(Relaxed) - bytes) as f64 / n / 1024.0
        );
    }
}
