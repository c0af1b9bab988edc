//! Any bytes as the JSONL input of `berita parse --jsonl`, through the command line's own
//! record reader (`src/bin/berita/records.rs`): exactly one result per input line, each the
//! record (or the error, message and all) that `serde_json::Value` gives for the line alone,
//! no panic, and time linear in the input (within a factor of reading each line alone as a
//! `Value`, which is linear).
#![no_main]

#[path = "../../src/bin/berita/records.rs"]
#[allow(dead_code)]
mod records;

use std::time::{Duration, Instant};

use libfuzzer_sys::fuzz_target;
use records::{Batch, Line, check_line};

/// How many times the time of reading each line alone as a `Value` the reader may take.
const TIME_FACTOR: u32 = 10;

/// A floor under the time budget, so that a timer tick or a scheduler pause fails nothing.
const TIME_FLOOR: Duration = Duration::from_millis(50);

fuzz_target!(|data: &[u8]| {
    let mut input = data;
    let mut batch = Batch::default();
    let mut offset = 0;
    let mut results = 0;
    let (mut reading, mut reference) = (Duration::ZERO, Duration::ZERO);
    while batch.read(&mut input).expect("reading a slice cannot fail") {
        let start = Instant::now();
        let reads: Vec<Line<'_>> = batch.read_records(batch.lines()).collect();
        reading += start.elapsed();
        assert_eq!(reads.len(), batch.lines().len(), "one result per line");
        let start = Instant::now();
        for (range, read) in batch.lines().iter().zip(&reads) {
            let line = data
                .get(offset + range.start..offset + range.end)
                .expect("a line of the batch is in the input");
            if let Err(wrong) = check_line(line, read) {
                panic!("read differently from the line alone: {wrong}");
            }
        }
        reference += start.elapsed();
        results += reads.len();
        offset += batch.len_bytes();
    }
    assert_eq!(offset, data.len(), "every byte read");
    assert_eq!(results, lines_in(data), "one result per input line");
    let budget = reference * TIME_FACTOR + TIME_FLOOR;
    // Over budget once may be the machine pausing: the best of three runs is what counts.
    for _ in 0..2 {
        if reading <= budget {
            break;
        }
        reading = reading.min(time_reading(data));
    }
    assert!(
        reading <= budget,
        "{} bytes read in {reading:?}, reading each line alone took {reference:?}",
        data.len()
    );
});

/// How long reading every record of `data` takes, batch by batch.
fn time_reading(data: &[u8]) -> Duration {
    let mut input = data;
    let mut batch = Batch::default();
    let start = Instant::now();
    while batch.read(&mut input).expect("reading a slice cannot fail") {
        std::hint::black_box(batch.read_records(batch.lines()).count());
    }
    start.elapsed()
}

/// How many lines `data` holds: one per newline, and one more for text after the last.
fn lines_in(data: &[u8]) -> usize {
    let newlines = data.iter().filter(|&&b| b == b'\n').count();
    newlines + usize::from(data.last().is_some_and(|&b| b != b'\n'))
}
