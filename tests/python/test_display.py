"""Notebook display: HTML with the structure marked and every piece of text escaped; the
quotes table."""

from __future__ import annotations

import doctest
import html
import re

import pytest

import berita
from berita._display import _PALETTE

NASTY = '<script>alert("x")</script> & <b>tebal</b> \'kutip\''


def visible_text(markup: str) -> str:
    """The text of the article part of the HTML, tags removed and entities decoded."""
    body = markup.split('<div class="brt-text">', 1)[1].rsplit('<div class="brt-foot">', 1)[0]
    body = re.sub(r'<span class="brt-(tag|qn|who|resolved)[^"]*"[^>]*>.*?</span>(</span>)*', "", body)
    body = body.replace("<br>", "\n")
    return html.unescape(re.sub(r"<[^>]+>", "", body))


def test_article_html_escapes_all_text(kompas: str) -> None:
    text = f"JAKARTA - {NASTY}\n\"{NASTY},\" kata Budi.\nBaca juga: {NASTY}\nADVERTISEMENT"
    a = berita.parse(text, published="2022-02-05")
    out = a._repr_html_()
    assert "<script>" not in out and "<b>tebal</b>" not in out
    assert "&lt;script&gt;" in out
    assert visible_text(out) == text


def test_article_html_marks_structure(kompas: str) -> None:
    a = berita.parse(kompas + "\nMereka bertemu pada Jumat (4/2).\nADVERTISEMENT", published="2022-02-05")
    out = berita.article_html(a)
    assert out == a._repr_html_()
    assert 'class="brt-dateline"' in out
    assert 'class="brt-code"' in out
    assert 'class="brt-readalso"' in out
    assert 'class="brt-boiler"' in out
    assert "brt-q brt-q-direct" in out
    assert 'class="brt-speaker"' in out and 'class="brt-cue"' in out
    assert "Isnawa Adji" in out
    assert 'class="brt-date"' in out and "→ 2022-02-04" in out
    assert 'class="brt-legend"' in out
    assert visible_text(out) == a.text


@pytest.mark.parametrize("text", ["", "x", "😀\n\n\u0301", "\ud800"])
def test_article_html_of_odd_text(text: str) -> None:
    out = berita.parse(text)._repr_html_()
    assert out.startswith("<style>") and 'class="brt-legend"' in out


def test_quotes_table_records() -> None:
    arts = {
        "a1": berita.parse('"Kami siap," kata Budi.'),
        "a2": berita.parse("Hujan turun."),
    }
    rows = berita.quotes_table(arts, records=True)
    assert rows == [
        {
            "article_id": "a1",
            "speaker": "Budi",
            "role": None,
            "cue": "kata",
            "kind": "direct",
            "text": "Kami siap,",
            "start": 1,
            "end": 11,
        }
    ]
    assert berita.quotes_table(list(arts.values()), ids=["x", "y"], records=True)[0]["article_id"] == "x"
    assert berita.quotes_table(list(arts.values()), records=True)[0]["article_id"] == 0
    with pytest.raises(ValueError):
        berita.quotes_table(list(arts.values()), ids=["x"])


def test_quotes_table_dataframe() -> None:
    pd = pytest.importorskip("pandas")
    arts = berita.parse_many(['"Kami siap," kata Budi.', "Hujan turun.", '"Ya," ujar Ani.'])
    df = berita.quotes_table(arts)
    assert isinstance(df, pd.DataFrame)
    assert list(df.columns) == ["article_id", "speaker", "role", "cue", "kind", "text", "start", "end"]
    assert list(df["article_id"]) == [0, 2]
    empty = berita.quotes_table([])
    assert isinstance(empty, pd.DataFrame) and len(empty) == 0 and len(empty.columns) == 8


def test_quotes_table_without_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_pandas(name: str, *args: object, **kwargs: object) -> object:
        if name == "pandas":
            raise ImportError("no pandas here")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    rows = berita.quotes_table([berita.parse('"Kami siap," kata Budi.')])
    assert isinstance(rows, list) and rows[0]["speaker"] == "Budi"


def header_counts(markup: str) -> str:
    """The counts chip of the header (paragraphs · quotes · citations · dates)."""
    head = markup.split('<div class="brt-head">', 1)[1].split("</div>", 1)[0]
    return html.unescape(re.findall(r'<span class="brt-chip"[^>]*>([^<]*)</span>', head)[-1])


def legend(markup: str) -> str:
    """The legend's HTML."""
    return markup.split('<div class="brt-legend">', 1)[1].split('<div class="brt-text">', 1)[0]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("", "0 paragraphs · 0 quotes · 0 citations · 0 dates"),
        (
            '"Kami siap," kata Budi pada Jumat (4/2), seperti dikutip CNN.',
            "1 paragraph · 1 quote · 1 citation · 1 date",
        ),
        (
            '"Kami siap," kata Budi pada Jumat (4/2), seperti dikutip CNN.\n'
            '"Ya," ujar Ani pada Sabtu (5/2), seperti dilansir Reuters.',
            "2 paragraphs · 2 quotes · 2 citations · 2 dates",
        ),
    ],
)
def test_header_counts_agree_in_number(text: str, counts: str) -> None:
    assert header_counts(berita.parse(text)._repr_html_()) == counts


def test_count_doctests() -> None:
    from berita import _display

    assert _display._count(1, "date") == "1 date"
    assert _display._count(0, "quote") == "0 quotes"
    assert doctest.testmod(_display).failed == 0


def test_legend_says_colours_follow_the_speaker() -> None:
    out = berita.parse('"Ya," kata Budi.\n"Tidak," ujar Ani.\n"Mungkin," kata Budi.')._repr_html_()
    key = legend(out)
    assert "one per speaker" in key
    # The quote-kind keys share one neutral colour: the kind is the pattern, not the colour.
    kinds = re.findall(r'<span class="brt-q brt-q-(?:partial|indirect)" style="background:([^"]+)"', key)
    assert len(kinds) == 2 and len(set(kinds)) == 1
    assert all(kinds[0] != bg for bg, _ in _PALETTE)
    # ... and the quotes do follow the speaker: Budi's two share a colour, Ani's differs.
    colours = re.findall(r'class="brt-q brt-q-direct" style="background-color:([^"]+)"', out)
    assert len(colours) == 3 and colours[0] == colours[2] != colours[1]
