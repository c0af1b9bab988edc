"""Spans are code point offsets into the caller's string: text[x.start:x.end] is x."""

from __future__ import annotations

import berita


def test_paragraphs_after_emoji_and_combining_marks(unicode_text: str) -> None:
    a = berita.parse(unicode_text)
    assert [p.text for p in a.body] == unicode_text.split("\n")
    for p in a.body:
        assert unicode_text[p.start : p.end] == p.text
    # The last paragraph starts after an astral emoji, a combining mark and a flag.
    last = a.body[-1]
    assert last.start == unicode_text.index("Harga")
    assert last.end == len(unicode_text)


def test_document_spans_are_code_points(unicode_text: str) -> None:
    a = berita.parse(unicode_text)
    for p, doc in zip(a.body, a.to_dict()["body"]):
        assert doc["span"] == [p.start, p.end]
        start, end = doc["span"]
        assert unicode_text[start:end] == p.text


def test_quote_after_emoji() -> None:
    text = '😀🇮🇩 Cafe\u0301: "Kami siap," kata Budi.'
    a = berita.parse(text)
    q = a.quotes[0]
    assert text[q.start : q.end] == "Kami siap,"
    assert q.speaker is not None and text[q.speaker.start : q.speaker.end] == "Budi"
    assert q.cue is not None and text[q.cue.start : q.cue.end] == "kata"


def test_date_after_emoji() -> None:
    text = "🎉🎉 Mereka bertemu pada Jumat (4/2)."
    d = berita.parse(text, published="2022-02-05").dates[0]
    assert text[d.start : d.end] == "Jumat (4/2)"
