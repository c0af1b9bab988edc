//! What every fuzz target checks, beyond "no panic": the invariants of a parse that the corpus
//! sweep checks too (every span in bounds and on char boundaries, each quote's text equal to
//! its span, nothing claimed twice: `tests/common`), the `berita/1` JSON always written and
//! valid, and a time budget per input that catches quadratic work. Time is the thread's CPU
//! time, not the wall clock: on a busy machine (two cores, a dozen builds) a parse waits for
//! a core far longer than it runs, and wall-clock budgets failed inputs that were not slow.

#[path = "../../tests/common/mod.rs"]
pub mod common;
pub mod python;

use std::sync::OnceLock;
use std::time::Duration;

use cpu_time::ThreadTime;

/// How many times the calibrated time per byte an input may take.
const BUDGET_FACTOR: f64 = 20.0;

/// A floor under every budget, so that a short input is not failed by a timer tick or a
/// scheduler pause.
const BUDGET_FLOOR: Duration = Duration::from_millis(50);

/// The text of a fuzz input: its bytes as UTF-8, invalid sequences replaced (as a scraper's
/// decoder would).
pub fn text_of(data: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(data)
}

/// Parses `text` with `meta`, then checks every invariant and the time budget; panics (which
/// libFuzzer reports as a crash, saving the input) when one is broken.
pub fn parse_and_check(parser: &berita::Parser, text: &str, meta: &berita::Meta) {
    check_parse(text, || parser.parse_with(text, meta));
}

/// Runs `parse`, a parse of `text`, then checks every invariant of its article and the time
/// budget as [`parse_and_check`] does. Returns the article.
pub fn check_parse(text: &str, parse: impl Fn() -> berita::Article) -> berita::Article {
    let budget = budget(text.len());
    let (article, mut elapsed) = timed(&parse);
    if let Err(broken) = common::check_article(text, &article) {
        panic!("invariant broken: {broken}");
    }
    check_json(&article);
    // Over budget once may be a one-time cost (a pattern compiled on first use) or the
    // machine pausing: the best of three runs is what counts.
    for _ in 0..2 {
        if elapsed <= budget {
            break;
        }
        elapsed = elapsed.min(timed(&parse).1);
    }
    assert!(
        elapsed <= budget,
        "{} bytes took {elapsed:?}, over the budget of {budget:?} ({BUDGET_FACTOR}x the calibrated time per byte)",
        text.len()
    );
    article
}

/// What `f` returns, and the CPU time this thread spent in it.
fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = ThreadTime::now();
    let out = f();
    (out, start.elapsed())
}

/// The `berita/1` JSON of `article` is valid JSON with the schema tag and as many quotes as
/// the article.
fn check_json(article: &berita::Article) {
    let json = article.to_json();
    let value: serde_json::Value = match serde_json::from_str(&json) {
        Ok(value) => value,
        Err(e) => panic!("to_json wrote invalid JSON ({e}): {json}"),
    };
    assert_eq!(value["schema"], "berita/1", "no schema tag in {json}");
    let quotes = value["quotes"].as_array().map_or(0, Vec::len);
    assert_eq!(quotes, article.quotes.len(), "quotes lost in the JSON");
}

/// The time an input of `len` bytes may take: [`BUDGET_FACTOR`] times the time per byte of
/// this very build on an ordinary article, measured once, and never under [`BUDGET_FLOOR`].
pub fn budget(len: usize) -> Duration {
    static PER_BYTE: OnceLock<f64> = OnceLock::new();
    let per_byte = *PER_BYTE.get_or_init(calibrate);
    BUDGET_FLOOR.max(Duration::from_secs_f64(
        BUDGET_FACTOR * per_byte * len as f64,
    ))
}

/// Seconds per byte of the full parse of the demo article (an ordinary news story), the best
/// of several rounds.
fn calibrate() -> f64 {
    let parser = berita::Parser::default();
    let text = berita::DEMO_TEXT;
    let best = (0..20)
        .map(|_| {
            let start = ThreadTime::now();
            std::hint::black_box(parser.parse(text));
            start.elapsed().as_secs_f64()
        })
        .fold(f64::MAX, f64::min);
    best / text.len().max(1) as f64
}
