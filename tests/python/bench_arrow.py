"""parse_arrow against the Rust parse, on the whole corpus (not a test: run it).

    .venv/bin/python tests/python/bench_arrow.py [ROUNDS]

Times, in one process and alternating so that a busy machine slows all alike, the best of
ROUNDS rounds of: the Rust parse alone on this thread (``berita._berita._parse_only``,
results dropped in Rust), ``parse_arrow(table, threads=1)`` and ``parse_arrow(table,
threads=2)`` on a pyarrow table of the same texts (their record batches built, then handed
to ``pyarrow.table``). Wall clock and process CPU time are both reported. Targets (issue 12):
one thread within 1.3x of the Rust parse; two threads at least 1.8x as fast as one.
The corpus is ``$BERITA_CORPUS`` or ``../shared/corpus`` beside the checkout.
"""

from __future__ import annotations

import argparse
import gc
import os
import time
from collections.abc import Callable

import pyarrow as pa

import berita
from berita import _berita
from bench_overhead import corpus


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("rounds", nargs="?", type=int, default=5)
    args = ap.parse_args()
    texts, published = corpus()
    table = pa.table({"text": texts, "published": published})
    mib = sum(len(t.encode()) for t in texts) / 2**20
    runs: dict[str, Callable[[], object]] = {
        "rust parse only, 1 thread": lambda: _berita._parse_only(texts, published=published),
        "parse_arrow threads=1": lambda: pa.table(berita.parse_arrow(table, threads=1)),
        "parse_arrow threads=2": lambda: pa.table(berita.parse_arrow(table, threads=2)),
    }
    best = {name: (float("inf"), float("inf")) for name in runs}
    for _ in range(args.rounds):
        for name, run in runs.items():
            gc.collect()
            wall, cpu = time.perf_counter(), time.process_time()
            run()
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
    print(f"{len(texts)} articles, {mib:.1f} MiB, best of {args.rounds} rounds")
    # A two-thread speed-up needs a second core that nothing else is using.
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for name, (wall, cpu) in best.items():
        print(f"{name:28} wall {wall:6.2f} s ({mib / wall:5.1f} MiB/s)  cpu {cpu:6.2f} s")
    rust, one, two = (best[n][0] for n in runs)
    print(f"parse_arrow 1 thread / rust 1 thread: {one / rust:.2f}x (target <= 1.3)")
    print(f"parse_arrow 2 threads speed-up over 1: {one / two:.2f}x (target >= 1.8)")


if __name__ == "__main__":
    main()
