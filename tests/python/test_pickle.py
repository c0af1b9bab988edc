"""Results and a configured Parser survive pickle and cloudpickle."""

from __future__ import annotations

import copy
import pickle
from typing import Any

import cloudpickle
import pytest

import berita

DUMPERS = [
    pytest.param(lambda o: pickle.loads(pickle.dumps(o)), id="pickle"),
    pytest.param(lambda o: pickle.loads(pickle.dumps(o, protocol=2)), id="pickle-2"),
    pytest.param(lambda o: cloudpickle.loads(cloudpickle.dumps(o)), id="cloudpickle"),
    pytest.param(copy.deepcopy, id="deepcopy"),
]


def children(a: berita.Article) -> list[Any]:
    out: list[Any] = [a.dateline] if a.dateline else []
    for group in (a.byline, a.codes, a.read_also, a.boilerplate, a.body, a.quotes, a.quoted_terms, a.citations, a.dates):
        out.extend(group)
    for q in a.quotes:
        out.extend(x for x in (q.cue, q.speaker) if x is not None)
    return out


@pytest.mark.parametrize("roundtrip", DUMPERS)
def test_article_roundtrip(roundtrip: Any, kompas: str) -> None:
    a = berita.parse(kompas, published="2022-02-05")
    b = roundtrip(a)
    assert type(b) is berita.Article
    assert b == a
    assert b.to_json() == a.to_json()
    assert b.text == a.text and b.body_text == a.body_text and b.published == a.published
    assert [p.text for p in b.body] == [p.text for p in a.body]


@pytest.mark.parametrize("roundtrip", DUMPERS)
def test_children_roundtrip(roundtrip: Any, kompas: str) -> None:
    a = berita.parse(kompas + "\nADVERTISEMENT\nMereka bertemu pada Jumat (4/2).", published="2022-02-05")
    items = children(a)
    assert {type(x) for x in items} >= {berita.Paragraph}
    for x in items:
        y = roundtrip(x)
        assert type(y) is type(x) and y == x and repr(y) == repr(x)


@pytest.mark.parametrize("roundtrip", DUMPERS)
def test_configured_parser_roundtrip(roundtrip: Any) -> None:
    p = berita.Parser(
        outlets=[{"id": "beritabaru", "names": ["BeritaBaru.id"], "network": "contoh"}],
        boilerplate=[{"pattern": r"(?i)^Ikuti kami di .*$", "kind": "channel_invite"}],
    )
    q = roundtrip(p)
    assert type(q) is berita.Parser and q == p and q.config == p.config
    text = "BeritaBaru.id, MEDAN - Hujan turun.\nIkuti kami di Mastodon"
    assert q.parse(text) == p.parse(text)


def test_list_of_articles_with_unicode_roundtrips(unicode_text: str) -> None:
    arts = berita.parse_many([unicode_text, "Hujan \ud800turun."])
    assert pickle.loads(pickle.dumps(arts)) == arts


def test_pickle_names_the_public_classes(kompas: str) -> None:
    data = pickle.dumps(berita.parse(kompas), protocol=0)
    assert b"berita" in data and b"_berita" not in data
