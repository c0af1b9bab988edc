"""What the Python layer costs over the Rust parse, on the corpus (not a test: run it).

    .venv/bin/python tests/python/bench_overhead.py [ROUNDS] [--baseline PATH]

Times, in one process and alternating so that a busy machine slows all alike, the best of
ROUNDS rounds of: the Rust parse alone (``berita._berita._parse_only``, results dropped in
Rust), ``parse_many(threads=1)``, ``parse_many(threads=2)``, ``parse_many(threads=1)``
followed by reading every attribute of every result, and (with ``--baseline``) the
pure-Python peer's ``parse``. Both the wall clock and the process's CPU time are reported:
on a machine shared with other work the CPU time of one-thread runs varies less.
The corpus is ``$BERITA_CORPUS`` or ``../shared/corpus`` beside the checkout.
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib.util
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import berita
from berita import _berita


def corpus() -> tuple[list[str], list[str | None]]:
    default = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
    root = Path(os.environ.get("BERITA_CORPUS", default))
    texts: list[str] = []
    published: list[str | None] = []
    for path in sorted(root.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                record = json.loads(line)
                texts.append(record.get("text") or "")
                published.append(record.get("published"))
    return texts, published


def touch(a: berita.Article) -> int:
    """Reads every attribute of an article and of everything in it."""
    n = len(a.text) + len(a.body_text) + (a.published is not None)
    children: list[Any] = [a.dateline] if a.dateline else []
    for group in (a.byline, a.codes, a.read_also, a.boilerplate, a.body, a.quotes, a.quoted_terms, a.citations, a.dates):
        children.extend(group)
    for q in a.quotes:
        children.extend(x for x in (q.cue, q.speaker) if x is not None)
    for x in children:
        for name in public_attributes(type(x)):
            getattr(x, name)
        n += 1
    return n


@functools.cache
def public_attributes(cls: type) -> list[str]:
    return [name for name in dir(cls) if not name.startswith("_") and name not in ("to_dict", "to_json")]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("rounds", nargs="?", type=int, default=5)
    ap.add_argument("--baseline", type=Path, help="the pure-Python peer (baseline.py)")
    args = ap.parse_args()
    texts, published = corpus()
    mib = sum(len(t.encode()) for t in texts) / 2**20
    runs: dict[str, Callable[[], object]] = {
        "rust parse only": lambda: _berita._parse_only(texts, published=published),
        "parse_many threads=1": lambda: berita.parse_many(texts, published=published, threads=1),
        "parse_many threads=2": lambda: berita.parse_many(texts, published=published, threads=2),
        "threads=1 + read all": lambda: [
            touch(a) for a in berita.parse_many(texts, published=published, threads=1)
        ],
    }
    if args.baseline:
        spec = importlib.util.spec_from_file_location("baseline", args.baseline)
        assert spec and spec.loader
        peer = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(peer)
        runs["baseline.parse"] = lambda: [peer.parse(t, p) for t, p in zip(texts, published)]
    wall = dict.fromkeys(runs, float("inf"))
    cpu = dict.fromkeys(runs, float("inf"))
    for _ in range(args.rounds):
        for name, run in runs.items():
            gc.collect()
            start, start_cpu = time.perf_counter(), time.process_time()
            result = run()
            del result
            wall[name] = min(wall[name], time.perf_counter() - start)
            cpu[name] = min(cpu[name], time.process_time() - start_cpu)
    print(f"{len(texts)} articles, {mib:.1f} MiB, best of {args.rounds} rounds (wall clock; CPU time of the process)")
    for name in runs:
        w, c = wall[name], cpu[name]
        print(f"  {name:<22} {w:6.2f} s {w / wall['rust parse only']:5.2f} x rust   CPU {c:6.2f} s {c / cpu['rust parse only']:5.2f} x")
    one, two = wall["parse_many threads=1"], wall["parse_many threads=2"]
    print(f"  threads=2 speed-up over threads=1 (wall): {one / two:.2f}")
    if args.baseline:
        print(f"  baseline.parse / parse_many(threads=1): wall {wall['baseline.parse'] / one:.2f}, "
              f"CPU {cpu['baseline.parse'] / cpu['parse_many threads=1']:.2f}")


if __name__ == "__main__":
    main()
