"""parse_many: same results as parse, in order; the GIL is released; safe after fork."""

from __future__ import annotations

import multiprocessing
import sys
import threading
import time

import pytest

import berita


def texts(n: int) -> list[str]:
    """n distinct short articles (written for these tests)."""
    out = []
    for i in range(n):
        out.append(
            f"JAKARTA, KOMPAS.com - Harga cabai naik {i} persen pada Jumat (4/2).\n"
            f'"Kami pantau terus,{" ya" * (i % 5)}" kata Kepala Dinas Budi Santoso {i}.\n'
            f"Baca juga: Harga Bawang Turun {i}\n"
            f"Pedagang 😀 di pasar mengeluh. ({'ab' if i % 2 else 'cd'}/{i % 7})"
        )
    return out


@pytest.mark.parametrize("threads", [None, 1, 2, 3, 64])
def test_parse_many_equals_parse_in_order(threads: int | None) -> None:
    items = texts(50)
    many = berita.parse_many(items, published="2022-02-05", threads=threads)
    assert many == [berita.parse(t, published="2022-02-05") for t in items]


def test_per_text_metadata() -> None:
    items = texts(3)
    published = ["2022-02-05", None, "Rabu, 18 Jun 2025 07:30 WIB"]
    many = berita.parse_many(items, published=published, outlet=["kompas", None, None], url=None)
    assert many == [berita.parse(t, published=p) for t, p in zip(items, published)]
    assert [a.published.isoformat() if a.published else None for a in many] == [
        "2022-02-05",
        None,
        "2025-06-18",
    ]


@pytest.mark.parametrize("threads", [1, 2])
def test_errors_return_keeps_every_position(threads: int) -> None:
    items: list[object] = [*texts(2), None, texts(3)[2], 42]
    published: list[object] = ["2022-02-05", 20220205, None, None, None]
    out = berita.parse_many(items, published=published, threads=threads, errors="return")  # type: ignore[call-overload]
    assert len(out) == len(items)
    assert out[0] == berita.parse(texts(1)[0], published="2022-02-05")
    assert isinstance(out[1], TypeError) and "published[1]" in str(out[1])
    assert isinstance(out[2], TypeError) and "texts[2]" in str(out[2])
    assert out[3] == berita.parse(texts(3)[2])
    assert isinstance(out[4], TypeError) and "texts[4]" in str(out[4])


def test_errors_raise_is_the_default_and_raises_the_first() -> None:
    items: list[object] = [texts(1)[0], None, 42]
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        berita.parse_many(items)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        berita.Parser().parse_many(items, errors="raise")  # type: ignore[arg-type]


def test_errors_takes_only_raise_or_return() -> None:
    with pytest.raises(ValueError, match="errors must be"):
        berita.parse_many(texts(1), errors="ignore")  # type: ignore[call-overload]
    # What concerns the whole call is still the call's error.
    with pytest.raises(ValueError, match="2 values for 1 texts"):
        berita.parse_many(texts(1), published=["2022-02-05", None], errors="return")


def test_parse_many_takes_any_iterable_and_copies_it() -> None:
    items = texts(5)
    assert berita.parse_many(t for t in items) == berita.parse_many(tuple(items))
    assert berita.Parser().parse_many(iter(items), threads=2) == berita.parse_many(items)


def test_other_threads_run_during_parse_many() -> None:
    """While parse_many runs, another Python thread keeps running (the GIL is released)."""
    ticks = 0
    stop = threading.Event()

    def count() -> None:
        nonlocal ticks
        while not stop.is_set():
            ticks += 1
            time.sleep(0.0005)

    # Grow the batch until one call takes long enough to measure.
    batch = texts(200)
    while True:
        t0 = time.perf_counter()
        berita.parse_many(batch)
        if time.perf_counter() - t0 > 0.3 or len(batch) > 200_000:
            break
        batch = batch * 4
    worker = threading.Thread(target=count)
    worker.start()
    time.sleep(0.05)
    try:
        before = ticks
        t0 = time.perf_counter()
        berita.parse_many(batch)
        elapsed = time.perf_counter() - t0
        during = ticks - before
    finally:
        stop.set()
        worker.join()
    # With the GIL held the counter could not move at all; released, it ticks every ~0.5 ms.
    assert during > 20, (during, elapsed)


def _child(conn: object) -> None:
    arts = berita.parse_many(texts(40))
    single = [berita.parse(t) for t in texts(40)]
    conn.send(arts == single)  # type: ignore[attr-defined]


@pytest.mark.skipif(sys.platform != "linux", reason="the fork start method is a Linux default")
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_parse_many_in_a_forked_child_after_the_parent_used_the_pool() -> None:
    berita.parse_many(texts(40))  # start rayon's global pool in the parent
    ctx = multiprocessing.get_context("fork")
    for _ in range(2):  # a second child too: each builds its own pool once
        parent, child = ctx.Pipe()
        p = ctx.Process(target=_child, args=(child,))
        p.start()
        assert parent.poll(60), "the forked child hung in parse_many"
        assert parent.recv() is True
        p.join(10)
        assert p.exitcode == 0


def _pool_worker(i: int) -> int:
    return len(berita.parse_many(texts(20))[i % 20].body)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_multiprocessing_pool_with_fork() -> None:
    berita.parse_many(texts(10))
    with multiprocessing.get_context("fork").Pool(2) as pool:
        result = pool.map_async(_pool_worker, range(6))
        assert all(n > 0 for n in result.get(timeout=60))
