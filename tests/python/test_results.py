"""Articles are built from the parser's Rust result, their objects made on first read: the
attributes, the document and the pickles must be exactly those of the berita/1 document."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import KOMPAS, UNICODE, in_ci
from test_api import assert_article_mirrors
from test_cli import NO_RUST_CLI, rust_cli
from test_many import texts

import berita
from berita import _berita

#: A corpus record of every this many is checked when the corpus is at hand.
CORPUS_STEP = 20


def corpus_sample() -> Iterator[tuple[str, str | None]]:
    """Every CORPUS_STEP-th record of ../shared/corpus (or $BERITA_CORPUS), if present."""
    default = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
    root = Path(os.environ.get("BERITA_CORPUS", default))
    if in_ci() and not any(root.glob("*.jsonl")):
        raise FileNotFoundError(f"CI=true and no corpus at {root} (put ../shared beside the checkout)")
    n = 0
    for path in sorted(root.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                if n % CORPUS_STEP == 0:
                    record = json.loads(line)
                    yield record.get("text") or "", record.get("published")
                n += 1


def fixtures() -> list[tuple[str, str | None]]:
    """Passages written for the tests, with the corpus sample when the corpus is at hand."""
    mixed = KOMPAS + "\nADVERTISEMENT\nHarga minyak naik, seperti dilansir Reuters, Senin (2/6).\n" + UNICODE
    written = [KOMPAS, UNICODE, mixed, berita.DEMO_TEXT, "", "Hujan \ud800turun 😀."]
    out: list[tuple[str, str | None]] = [(t, "2022-02-05") for t in written + texts(30)]
    return out + [(berita.DEMO_TEXT, berita.DEMO_PUBLISHED), *corpus_sample()]


@pytest.fixture(scope="module")
def articles() -> list[berita.Article]:
    items = fixtures()
    return berita.parse_many([t for t, _ in items], published=[p for _, p in items])


def test_attributes_match_the_document_for_many_articles(articles: list[berita.Article]) -> None:
    for a in articles:
        assert_article_mirrors(a)


def test_unpickled_articles_match_the_document(articles: list[berita.Article]) -> None:
    for a in articles[::5]:
        b = pickle.loads(pickle.dumps(a))
        assert b == a and b.to_json() == a.to_json() and repr(b) == repr(a)
        assert b.body_text == a.body_text and b.published == a.published
        assert_article_mirrors(b)


def test_to_json_is_the_compact_document(articles: list[berita.Article]) -> None:
    # The formatting `python -m berita parse --jsonl` relies on to match the Rust command.
    for a in articles:
        assert a.to_json() == json.dumps(a.to_dict(), ensure_ascii=False, separators=(",", ":"))
        assert a.to_json().startswith('{"schema":"berita/1","dateline":')


@pytest.mark.skipif(NO_RUST_CLI, reason="no build of the Rust berita command at hand")
def test_to_json_is_what_the_rust_command_line_prints() -> None:
    cli = rust_cli()
    assert cli is not None
    # JSON with a lone surrogate is not valid UTF-8 text, which the command rightly refuses.
    items = [(t, p) for t, p in fixtures() if "\ud800" not in t]
    records = [json.dumps({"id": i, "text": t, "published": p}) for i, (t, p) in enumerate(items)]
    out = subprocess.run(
        [cli, "parse", "--jsonl"], input="\n".join(records).encode(), capture_output=True, check=True
    )
    lines = out.stdout.decode("utf-8").splitlines()
    arts = berita.parse_many([t for t, _ in items], published=[p for _, p in items])
    assert len(lines) == len(arts)
    for i, (line, a) in enumerate(zip(lines, arts)):
        assert line == f'{{"id":{i},' + a.to_json()[1:]


def test_result_objects_are_shared_and_each_read_is_a_new_list(kompas: str) -> None:
    a = berita.parse(kompas)
    assert a.body is not a.body and a.body == a.body
    assert all(x is y for x, y in zip(a.body, a.body))
    assert a.dateline is a.dateline
    a.body.clear()
    a.quotes.append(a.quotes[0])
    assert len(a.body) > 0 and len(a.quotes) == 1


def test_text_is_the_callers_string(kompas: str) -> None:
    assert berita.parse(kompas).text is kompas
    assert berita.parse_many([kompas])[0].text is kompas

    class Text(str):
        pass

    t = berita.parse(Text(kompas)).text
    assert type(t) is str and t == kompas


def test_objects_made_once_when_threads_race(kompas: str) -> None:
    a = berita.parse(kompas)
    seen: list[list[int]] = []

    def read() -> None:
        seen.append([id(q) for q in a.quotes])

    threads = [threading.Thread(target=read) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(seen) == 8 and all(s == seen[0] for s in seen)


def test_parse_only_is_private() -> None:
    assert _berita._parse_only(["Hujan turun.", "JAKARTA - Panas."], published=None) == 2
    assert "_parse_only" not in _berita.__all__
    with pytest.raises(TypeError):
        _berita._parse_only("a str")
