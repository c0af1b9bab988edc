"""The berita/1 document against its JSON Schema (schema/berita-1.schema.json, shipped in the
wheel as berita.schema()): every corpus article's document validates, and the schema is strict
enough to refuse a broken one."""

from __future__ import annotations

import copy
import doctest
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import KOMPAS, UNICODE, in_ci
from jsonschema import Draft202012Validator

import berita

ROOT = Path(__file__).resolve().parents[2]

#: Handcrafted edge texts: empty, blanks only, emoji and combining marks, a lone surrogate,
#: every structure (the demo article), and a mix of frame, quotes, citations and dates.
EDGE_TEXTS = [
    "",
    " \n\n\t ",
    UNICODE,
    "😀" * 50,
    "Hujan \ud800turun 😀.",
    KOMPAS,
    berita.DEMO_TEXT,
    KOMPAS + "\nADVERTISEMENT\nHarga minyak naik, seperti dilansir Reuters, Senin (2/6).\n" + UNICODE,
    'Acara bertema "AI dan Masa Depan" digelar di Bandung, Kamis (5/6/2025) pukul 10.00 WIB.',
    "Mereka bertemu kemarin dan pekan lalu, Jumat (4/2), pukul 24.00 WITA.",
    "Hujan turun sejak pagi.\nPewarta: Nur Imansyah\nEditor: Ade Marboen",
    "Hujan turun.\nArtikel ini telah tayang di Kompas.com dengan judul \"Hujan Turun\"",
]


def corpus() -> Iterator[tuple[str, str | None]]:
    """Every record of ../shared/corpus (or $BERITA_CORPUS): its text and published date."""
    default = ROOT / ".." / "shared" / "corpus"
    root = Path(os.environ.get("BERITA_CORPUS", default))
    if in_ci() and not any(root.glob("*.jsonl")):
        raise FileNotFoundError(f"CI=true and no corpus at {root} (put ../shared beside the checkout)")
    for path in sorted(root.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                record = json.loads(line)
                yield record.get("text") or "", record.get("published")


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = berita.schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def errors(validator: Draft202012Validator, document: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]


def test_the_packaged_schema_is_the_repository_file() -> None:
    in_repo = ROOT / "schema" / "berita-1.schema.json"
    if not in_repo.exists():
        pytest.skip("not run from a checkout")
    assert berita.schema() == json.loads(in_repo.read_text(encoding="utf-8"))
    packaged = ROOT / "python" / "berita" / "berita-1.schema.json"
    assert packaged.read_bytes() == in_repo.read_bytes(), "copy schema/berita-1.schema.json to python/berita/"


def test_the_example_in_schema_md_is_what_berita_writes(validator: Draft202012Validator) -> None:
    doc = ROOT / "SCHEMA.md"
    if not doc.exists():
        pytest.skip("not run from a checkout")
    example = json.loads(doc.read_text(encoding="utf-8").split("```json\n")[1].split("```")[0])
    assert errors(validator, example) == []
    text = (
        "JAKARTA, KOMPAS.com - Hujan deras turun sejak pagi.\n"
        "Baca juga: Banjir Rendam Jakarta Utara\n"
        '"Kami siaga," ujar Kepala BPBD DKI Jakarta Isnawa Adji, Senin (16/6/2025). (dna/dna)'
    )
    assert berita.parse(text, published="2025-06-16").to_dict() == example


def test_schema_doctest() -> None:
    result = doctest.testmod(berita, verbose=False)
    assert result.failed == 0 and result.attempted >= 3


def test_every_corpus_article_validates(validator: Draft202012Validator) -> None:
    records = list(corpus())
    if not records:
        pytest.skip("no corpus at ../shared/corpus")
    started = time.perf_counter()
    articles = berita.parse_many([t for t, _ in records], published=[p for _, p in records])
    bad = []
    for i, a in enumerate(articles):
        found = errors(validator, json.loads(a.to_json()))
        if found:
            bad.append((i, found[:3]))
    elapsed = time.perf_counter() - started
    print(f"\n{len(articles)} corpus articles validated in {elapsed:.1f} s")
    assert not bad, f"{len(bad)} of {len(articles)} documents do not validate, e.g. {bad[:3]}"
    # About 45 s for the 10,868 articles on a busy 2-core machine; the bound catches a validator
    # or a parse gone quadratic, not a slow machine.
    assert elapsed < 180


@pytest.mark.parametrize("text", EDGE_TEXTS)
@pytest.mark.parametrize("published", [None, "2022-02-05", "not a date"])
def test_edge_texts_validate(validator: Draft202012Validator, text: str, published: str | None) -> None:
    a = berita.parse(text, published=published)
    for document in (json.loads(a.to_json()), a.to_dict()):
        assert errors(validator, document) == []


def test_every_structure_is_exercised(validator: Draft202012Validator) -> None:
    # The demo and edge texts fill every list and every optional object, so the checks above
    # reach every part of the schema, not only its nulls and empty lists.
    documents = [json.loads(berita.parse(t, published="2022-02-05").to_json()) for t in EDGE_TEXTS]
    documents.append(json.loads(berita.parse(berita.DEMO_TEXT, published=berita.DEMO_PUBLISHED).to_json()))
    # `warnings`: a publication date berita cannot read.
    documents.append(json.loads(berita.parse("Hujan turun.", published="not a date").to_json()))
    for key in berita.schema()["required"]:
        if key != "schema":
            assert any(d[key] for d in documents), f"no edge text gives {key}"
    quotes = [q for d in documents for q in d["quotes"]]
    assert any(q["cue"] for q in quotes) and any(q["speaker"] for q in quotes)
    assert any(d["resolved"] and d["time"] and d["utc_offset"] for doc in documents for d in doc["dates"])
    assert any(r["title_span"] for d in documents for r in d["read_also"])
    assert any(b["source"] for d in documents for b in d["boilerplate"])


def test_a_broken_document_is_refused(validator: Draft202012Validator) -> None:
    good = json.loads(berita.parse(berita.DEMO_TEXT, published=berita.DEMO_PUBLISHED).to_json())
    assert errors(validator, good) == []

    missing = copy.deepcopy(good)
    del missing["body"]
    assert any("'body' is a required property" in e for e in errors(validator, missing))

    unknown = copy.deepcopy(good)
    unknown["quotes"][0]["confidence"] = 0.9
    assert any("confidence" in e for e in errors(validator, unknown))

    for path, value in [
        (("schema",), "berita/2"),
        (("quotes", 0, "kind"), "reported"),
        (("boilerplate", 0, "kind"), "banner"),
        (("quotes", 0, "span"), [3]),
        (("quotes", 0, "span"), [-1, 4]),
        (("quotes", 0, "span"), [1, 2, 3]),
        (("quotes", 0, "speaker", "kind"), "people"),
        (("dates", 0, "resolved"), "4/2/2022"),
        (("dates", 0, "weekday"), 8),
        (("dateline",), "BANDUNG"),
        (("published",), 20220205),
    ]:
        broken = copy.deepcopy(good)
        target = broken
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        assert errors(validator, broken), f"{path} = {value!r} passed"
