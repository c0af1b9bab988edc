"""Shared inputs for the berita tests: short passages written for these tests."""

from __future__ import annotations

import datetime
import os
from typing import Any

import pytest


def in_ci() -> bool:
    """Whether this is a CI run (``CI`` set, not empty, ``0`` or ``false``): there, what a test
    needs from ``../shared`` or a build must be at hand, and a test that would skip fails."""
    return os.environ.get("CI", "").strip() not in ("", "0", "false")

#: A short article in Kompas' house style (written for these tests).
KOMPAS = (
    "JAKARTA, KOMPAS.com - Hujan deras turun sejak pagi.\n"
    "Baca juga: Banjir Rendam Jakarta Utara\n"
    '"Kami siaga," ujar Kepala BPBD DKI Jakarta Isnawa Adji. (dna/dna)'
)

#: Emoji (astral, two UTF-16 units), a combining mark (e + U+0301) and a flag (two code points).
UNICODE = (
    "Warga 😀 Bandung bergembira.\n"
    "Cafe\u0301 di Jalan Braga 🇮🇩 ramai, kata pemilik.\n"
    "Harga kopi naik 10 persen."
)


@pytest.fixture(scope="session")
def kompas() -> str:
    return KOMPAS


@pytest.fixture(scope="session")
def unicode_text() -> str:
    return UNICODE


def corpus_records(step: int) -> list[dict[str, str | None]]:
    """Every ``step``-th record of ../shared/corpus (or $BERITA_CORPUS) as ``{"id", "text",
    "published"}``, read here and never copied into the repository. Without the corpus the
    calling test is skipped, except in CI, where it fails."""
    import json
    from pathlib import Path

    default = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
    root = Path(os.environ.get("BERITA_CORPUS", default))
    paths = sorted(root.glob("*.jsonl"))
    if not paths:
        if in_ci():
            raise FileNotFoundError(f"CI=true and no corpus at {root} (put ../shared beside the checkout)")
        pytest.skip(f"no corpus at {root}")
    records: list[dict[str, str | None]] = []
    n = 0
    for path in paths:
        for line in path.read_text(encoding="utf-8").split("\n"):
            if not line.strip():
                continue
            if n % step == 0:
                record = json.loads(line)
                records.append(
                    {
                        "id": str(record.get("id") or n),
                        "text": record.get("text") or "",
                        "published": record.get("published"),
                    }
                )
            n += 1
    return records


def as_document(row: dict[str, Any]) -> dict[str, Any]:
    """An Arrow result row written back as the ``berita/1`` document (without ``schema``):
    ``start``/``end`` columns as ``span`` pairs, dates as ISO strings."""

    def back(value: Any) -> Any:
        if isinstance(value, list):
            return [back(v) for v in value]
        if isinstance(value, datetime.date):
            return value.isoformat()
        if not isinstance(value, dict):
            return value
        out = {k: back(v) for k, v in value.items()}
        for prefix in ("", "title_", "source_"):
            start, end = f"{prefix}start", f"{prefix}end"
            if start in out:
                s, e = out.pop(start), out.pop(end)
                out[f"{prefix}span"] = None if s is None else [s, e]
        return out

    keys = ("dateline", "byline", "codes", "read_also", "boilerplate", "body", "quotes",
            "quoted_terms", "citations", "dates", "published", "warnings")
    return {k: back(row[k]) for k in keys}
