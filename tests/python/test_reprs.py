"""Reprs are Python's: strings written as ``repr()`` writes them (``'a\\xa0b'``, never Rust's
``"a\\u{a0}b"``), absent values as ``None``. Each expected repr is built from the object's own
attributes with Python's ``repr()``; nothing is ``eval``-ed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from test_api import spanned

import berita

#: No-break spaces, both quotation marks, backslashes and an emoji (astral: two UTF-16 units)
#: in every part an object shows: dateline, credits, quotes, read-also, boilerplate, dates.
NASTY = (
    "REPUBLIKA.CO.ID,\xa0BANDUNG -- Menteri\xa0ESDM tiba pada Jumat (4/2) di C:\\Data 😀.\n"
    "\"Kami\xa0siap, it's \\ 😀,\" kata Budi\xa0Santoso.\n"
    "Baca juga: Harga \"Cabai\" \\ Naik\xa0Lagi 😀\n"
    'Ia menyebut proyek itu "jalan \\ tol 😀" saja, seperti dikutip CNN.\n'
    'Film berjudul "Jalan \\ Tol 😀" tayang hari ini.\n'
    "ADVERTISEMENT\n"
    "Penulis: Budi\xa0O'Hara\n"
    "(dna/dna)"
)


def short(text: str, limit: int) -> str:
    """Python's repr of ``text`` cut to ``limit`` code points, an ellipsis marking the cut."""
    return repr(text if len(text) <= limit else text[:limit] + "…")


def speaker_shown(q: berita.Quote) -> str | None:
    """Who a quote's repr names: the speaker's name, else the mention; None without one."""
    s = q.speaker
    if s is None:
        return None
    return s.mention if s.name is None else s.name


#: The repr each class should have, from the object's attributes.
EXPECTED: dict[type, Callable[[Any], str]] = {
    berita.Dateline: lambda d: f"Dateline({short(d.text, 40)}, outlet_id={d.outlet_id!r}, city={d.city!r})",
    berita.Credit: lambda c: f"Credit({short(c.name, 40)}, role={c.role!r})",
    berita.Code: lambda c: f"Code({short(c.raw, 40)})",
    berita.ReadAlso: lambda r: f"ReadAlso({short(r.title, 50)})",
    berita.Boilerplate: lambda b: f"Boilerplate({short(b.text, 40)}, kind={b.kind!r})",
    berita.Paragraph: lambda p: f"Paragraph({short(p.text, 50)}, start={p.start}, end={p.end})",
    berita.Cue: lambda c: f"Cue({short(c.text, 30)}, lemma={c.lemma!r})",
    berita.Speaker: lambda s: f"Speaker({short(s.mention, 30)}, name={s.name!r}, kind={s.kind!r})",
    berita.Quote: lambda q: f"Quote({short(q.text, 40)}, kind={q.kind!r}, speaker={speaker_shown(q)!r})",
    berita.QuotedTerm: lambda t: f"QuotedTerm({short(t.text, 40)})",
    berita.Citation: lambda c: f"Citation({short(c.source, 30)}, verb={c.verb!r})",
    berita.DateMention: lambda d: f"DateMention({short(d.raw, 40)}, resolved={d.resolved!r})",
    berita.ParseWarning: lambda w: f"ParseWarning({short(w.kind, 30)}, {short(w.message, 60)})",
}


def article_repr(a: berita.Article) -> str:
    """What ``repr(a)`` should be: the dateline (else the text) and three counts."""
    head = a.dateline.text if a.dateline is not None else a.text
    return f"Article({short(head, 30)}, body={len(a.body)}, quotes={len(a.quotes)}, dates={len(a.dates)})"


def shown_objects(a: berita.Article) -> list[object]:
    """Every result object of ``a`` that has a repr of its own."""
    return [*spanned(a), *a.warnings]


@pytest.mark.parametrize("published", [None, "2022-02-05", "not a date"])
def test_reprs_are_pythons_own(published: str | None) -> None:
    a = berita.parse(NASTY, published=published)
    assert repr(a) == article_repr(a)
    for x in shown_objects(a):
        assert repr(x) == EXPECTED[type(x)](x)


def test_every_class_is_shown_by_the_nasty_text() -> None:
    """The text above reaches every class (else the test above would check less than it says)."""
    seen = {type(x) for p in (None, "not a date") for x in shown_objects(berita.parse(NASTY, published=p))}
    assert seen == set(EXPECTED)


def test_no_break_spaces_quotes_backslashes_and_emoji() -> None:
    a = berita.parse(NASTY)
    assert repr(a).startswith("Article('REPUBLIKA.CO.ID,\\xa0BANDUNG --', ")
    shown = "\n".join(repr(x) for x in [a, *shown_objects(a)])
    assert "\\u{" not in shown and '\\"' not in shown
    assert "😀" in shown  # printable: Python leaves it as it is
    quote = a.quotes[0]
    # An apostrophe in the text: double quotes, as Python's repr() of the str picks them.
    assert repr(quote).startswith("Quote(\"Kami\\xa0siap, it's \\\\ 😀,\", ")


def test_none_is_shown_as_none() -> None:
    a = berita.parse("Mereka bertemu pada Jumat (4/2). Hujan turun, kata dia.")
    (d,) = a.dates
    assert d.resolved is None
    assert repr(d) == "DateMention('Jumat (4/2)', resolved=None)"
    resolved = berita.parse("Mereka bertemu pada Jumat (4/2).", published="2022-02-05").dates[0]
    assert repr(resolved) == "DateMention('Jumat (4/2)', resolved=datetime.date(2022, 2, 4))"
    dateline = berita.parse("BANDUNG - Hujan turun.").dateline
    assert dateline is not None and dateline.outlet_id is None
    assert repr(dateline) == "Dateline('BANDUNG -', outlet_id=None, city='Bandung')"
    for q in a.quotes:
        if q.speaker is not None and q.speaker.name is None:
            assert "name=None" in repr(q.speaker)


def test_long_text_is_cut_with_an_ellipsis() -> None:
    p = berita.parse("Kata " * 40).body[0]
    assert repr(p) == f"Paragraph({repr(p.text[:50] + '…')}, start={p.start}, end={p.end})"
