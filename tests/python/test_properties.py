"""Property tests: any string parses, and every span slices inside the text."""

from __future__ import annotations

import pickle

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import berita

# Pieces of Indonesian news text, joined at random with any characters between them.
PIECES = [
    "JAKARTA, KOMPAS.com - ",
    "Liputan6.com, Jakarta - ",
    "Jakarta (ANTARA) - ",
    '"Kami siap," kata Budi.',
    "\u201cYa,\u201d ujar Kepala Dinas Ani Lestari.",
    "&ldquo;Siap,&rdquo; tegasnya",
    "Menurut Peskov, ",
    "Baca juga: ",
    "ADVERTISEMENT",
    "SCROLL TO CONTINUE WITH CONTENT",
    "Jumat (4/2)",
    "Kamis (5/6/2025), pukul 10.00 WIB",
    "seperti dikutip CNN",
    "(dna/dna)",
    "[qnt]",
    "Penulis: Budi\nEditor: Ani",
    "\n",
    "\n\n",
    "😀",
    "🇮🇩",
    "e\u0301",
    "\u200b",
    "&nbsp;",
    "\r\n",
]

# Any code point, lone surrogates included.
ANY_CHAR = st.characters(codec=None, exclude_categories=())
TEXTS = st.one_of(
    st.text(ANY_CHAR, max_size=200),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(ANY_CHAR, max_size=8)), max_size=30).map("".join),
)


def spans(a: berita.Article) -> list[tuple[str, int, int]]:
    out = [("dateline", a.dateline.start, a.dateline.end)] if a.dateline else []
    for name in ("byline", "codes", "read_also", "boilerplate", "body", "quotes", "quoted_terms", "citations", "dates"):
        out += [(name, x.start, x.end) for x in getattr(a, name)]
    for q in a.quotes:
        for x in (q.cue, q.speaker):
            if x is not None:
                out.append((type(x).__name__, x.start, x.end))
    for r in a.read_also:
        if r.title_span is not None:
            out.append(("title_span", *r.title_span))
    for c in a.citations:
        out.append(("source_span", *c.source_span))
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_string_parses_and_spans_slice_inside(text: str) -> None:
    a = berita.parse(text, published="2022-02-05")
    assert len(a.text) == len(text)
    for name, start, end in spans(a):
        assert 0 <= start <= end <= len(text), (name, start, end)
    for p in a.body:
        assert a.text[p.start : p.end] == p.text
    a.to_dict()
    a._repr_html_()
    assert pickle.loads(pickle.dumps(a)) == a


@settings(max_examples=30, deadline=None)
@given(st.lists(TEXTS, max_size=12))
def test_parse_many_equals_parse(texts: list[str]) -> None:
    assert berita.parse_many(texts) == [berita.parse(t) for t in texts]
