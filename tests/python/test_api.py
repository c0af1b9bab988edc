"""Behaviour of every class and function of the berita package."""

from __future__ import annotations

import datetime
import json
import pickle

import pytest

import berita
from berita import _berita

RESULT_CLASSES = [
    berita.Article,
    berita.Dateline,
    berita.Credit,
    berita.Code,
    berita.ReadAlso,
    berita.Boilerplate,
    berita.Paragraph,
    berita.Quote,
    berita.QuotedTerm,
    berita.Cue,
    berita.Speaker,
    berita.Citation,
    berita.DateMention,
]


def spanned(article: berita.Article) -> list[object]:
    """Every object with a span in an article, nested ones included."""
    items: list[object] = []
    if article.dateline is not None:
        items.append(article.dateline)
    for group in (
        article.byline,
        article.codes,
        article.read_also,
        article.boilerplate,
        article.body,
        article.quotes,
        article.quoted_terms,
        article.citations,
        article.dates,
    ):
        items.extend(group)
    for q in article.quotes:
        items.extend(x for x in (q.cue, q.speaker) if x is not None)
    return items


def test_every_class_is_exported_from_berita_with_module_berita() -> None:
    for cls in [*RESULT_CLASSES, berita.Parser]:
        assert cls.__module__ == "berita"
        assert getattr(berita, cls.__name__) is cls
        assert cls.__doc__, cls


def test_every_public_function_and_method_has_a_docstring() -> None:
    for name in ("parse", "parse_many", "parse_published", "quotes_table", "article_html"):
        assert getattr(berita, name).__doc__, name
    for cls in [*RESULT_CLASSES, berita.Parser]:
        for attr, value in vars(cls).items():
            if attr.startswith("__"):
                continue
            assert getattr(value, "__doc__", None), f"{cls.__name__}.{attr}"


def test_result_classes_cannot_be_built_or_changed(kompas: str) -> None:
    a = berita.parse(kompas)
    with pytest.raises(TypeError):
        berita.Paragraph()  # type: ignore[call-arg]
    with pytest.raises(AttributeError):
        a.text = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        a.body[0].start = 3  # type: ignore[misc]


def test_parse_returns_an_article_of_the_text(kompas: str) -> None:
    a = berita.parse(kompas)
    assert isinstance(a, berita.Article)
    assert a.schema == berita.SCHEMA == "berita/1"
    assert a.text == kompas
    assert a.published is None
    assert isinstance(a.body, list) and a.body
    assert all(isinstance(p, berita.Paragraph) for p in a.body)
    assert isinstance(a.body_text, str) and a.body_text
    assert "Baca juga" not in a.body_text or not a.read_also


def test_paragraph_text_is_its_slice(kompas: str) -> None:
    a = berita.parse(kompas)
    for p in a.body:
        assert p.text == kompas[p.start : p.end]
        assert p.span == (p.start, p.end)


def test_what_the_rust_docs_promise(kompas: str) -> None:
    # The crate's front-page example (src/lib.rs), through Python.
    a = berita.parse(kompas)
    assert a.dateline is not None and a.dateline.city == "Jakarta"
    assert a.dateline.outlet_id == "kompas"
    assert a.read_also[0].title == "Banjir Rendam Jakarta Utara"
    assert a.codes[0].raw == "(dna/dna)"
    assert a.codes[0].initials == ["dna", "dna"]
    q = a.quotes[0]
    assert q.speaker is not None and q.speaker.name == "Isnawa Adji"
    assert kompas[q.start : q.end] == q.text
    for x in [a.dateline, a.read_also[0], a.codes[0], q, q.speaker]:
        assert 0 <= x.start <= x.end <= len(kompas)


def test_an_unreadable_published_is_a_warning_not_a_silence() -> None:
    a = berita.parse("Mereka bertemu pada Jumat (4/2).", published="not a date")
    assert a.published is None
    assert [(w.kind, w.message) for w in a.warnings] == [
        ("published_unreadable", 'published: could not read "not a date"')
    ]
    assert a.to_dict()["warnings"] == [{"kind": "published_unreadable", "message": 'published: could not read "not a date"'}]
    assert a.dates[0].resolved is None
    assert berita.parse_many(["Hujan."], published="20220205")[0].warnings[0].kind == "published_unreadable"
    assert pickle.loads(pickle.dumps(a)).warnings == a.warnings
    assert berita.parse("Hujan.", published="2022-02-05").warnings == []


def test_dates_resolve_against_published() -> None:
    # The example on DateMention (src/article.rs).
    a = berita.parse("Mereka bertemu pada Jumat (4/2).", published="2022-02-05")
    assert a.published == datetime.date(2022, 2, 5)
    d = a.dates[0]
    assert isinstance(d, berita.DateMention)
    assert d.raw == d.text == "Jumat (4/2)"
    assert a.text[d.start : d.end] == "Jumat (4/2)"
    assert d.resolved == datetime.date(2022, 2, 4)
    assert d.weekday_matches is True


def test_quote_cue_and_speaker_types() -> None:
    a = berita.parse('"Kami siap," kata Budi.')
    q = a.quotes[0]
    assert isinstance(q, berita.Quote) and q.kind == "direct" and q.text == "Kami siap,"
    assert isinstance(q.cue, berita.Cue) and q.cue.lemma == "kata"
    assert a.text[q.cue.start : q.cue.end] == q.cue.text
    assert isinstance(q.speaker, berita.Speaker) and q.speaker.mention == "Budi"
    assert a.text[q.speaker.start : q.speaker.end] == "Budi"
    assert "Kami siap" in repr(q) and len(repr(q)) < 120


def test_reprs_are_short(kompas: str) -> None:
    long_text = "JAKARTA - " + "kata " * 2000
    for a in (berita.parse(kompas), berita.parse(long_text)):
        assert repr(a).startswith("Article(") and len(repr(a)) < 150
        for x in spanned(a):
            r = repr(x)
            assert r.startswith(type(x).__name__ + "(") and len(r) < 200 and "\n" not in r


def test_equality(kompas: str) -> None:
    a, b = berita.parse(kompas), berita.parse(kompas)
    assert a == b and a is not b
    assert a.body[0] == b.body[0]
    assert a != berita.parse(kompas + " ")
    assert a.body[0] != a.body[-1] or len(a.body) == 1
    assert (a == "text") is False


def test_to_dict_and_to_json_are_the_berita_document(kompas: str) -> None:
    a = berita.parse(kompas, published="2022-02-05")
    d = a.to_dict()
    assert d == json.loads(a.to_json())
    assert list(d)[:2] == ["schema", "dateline"]
    assert d["schema"] == "berita/1"
    assert d["published"] == "2022-02-05"
    assert [p["span"] for p in d["body"]] == [[p.start, p.end] for p in a.body]
    assert "text" not in d


def test_attributes_mirror_the_document(kompas: str) -> None:
    assert_article_mirrors(berita.parse(kompas))


def assert_article_mirrors(a: berita.Article) -> None:
    """Every attribute of the article and of what it holds equals its `to_dict()` entry."""
    d = a.to_dict()
    for name, value in d.items():
        if name == "published":
            assert (a.published.isoformat() if a.published else None) == value
            continue
        attr = getattr(a, name)
        if isinstance(value, list):
            assert len(attr) == len(value), name
            for obj, item in zip(attr, value):
                assert_mirrors(obj, item)
        elif isinstance(value, dict):
            assert_mirrors(attr, value)
        else:
            assert attr == value, name


def assert_mirrors(obj: object, doc: dict[str, object]) -> None:
    for key, value in doc.items():
        attr = getattr(obj, key)
        if key == "span":
            assert attr == tuple(value)  # type: ignore[arg-type]
        elif key in ("title_span", "source_span"):
            assert attr == (tuple(value) if value is not None else None)  # type: ignore[arg-type]
        elif key == "resolved":
            assert (attr.isoformat() if attr else None) == value
        elif key == "time":
            # A datetime.time has no hour 24: `24:00` comes back as 00:00.
            written = f"{int(value[:2]) % 24:02}{value[2:]}" if isinstance(value, str) else None
            assert (attr.strftime("%H:%M") if attr else None) == written
        elif isinstance(value, dict):
            assert_mirrors(attr, value)
        else:
            assert attr == value, key


def test_parse_published() -> None:
    assert berita.parse_published("2022-02-05") == datetime.date(2022, 2, 5)
    assert berita.parse_published("tidak ada tanggal") is None
    assert berita.parse_published("") is None
    with pytest.raises(TypeError):
        berita.parse_published(None)  # type: ignore[arg-type]


def test_parser_with_config() -> None:
    p = berita.Parser(
        outlets=[{"id": "beritabaru", "names": ["BeritaBaru.id"]}],
        boilerplate=[{"pattern": r"(?i)^Ikuti kami di .*$", "kind": "channel_invite"}],
    )
    assert p.config == {
        "outlets": [{"id": "beritabaru", "names": ["BeritaBaru.id"], "network": None}],
        "boilerplate": [{"pattern": r"(?i)^Ikuti kami di .*$", "kind": "channel_invite"}],
        "quotes": True,
        "dates": True,
    }
    a = p.parse("Hujan turun.\nIkuti kami di Mastodon")
    assert [b.kind for b in a.boilerplate] == ["channel_invite"]
    assert a.boilerplate[0].text == "Ikuti kami di Mastodon"
    assert p == berita.Parser(outlets=p.config["outlets"], boilerplate=p.config["boilerplate"])
    assert p != berita.Parser()
    assert repr(p) == "Parser(outlets=1, boilerplate=1)"
    many = p.parse_many(["Hujan turun.\nIkuti kami di Mastodon"] * 3)
    assert many == [a, a, a]


def test_parser_stages_can_be_left_out() -> None:
    text = '"Kami siap," kata Budi, Senin (16/6).'
    full = berita.Parser().parse(text, published="2025-06-20")
    assert len(full.quotes) == 1 and len(full.dates) == 1
    frame = berita.Parser(quotes=False, dates=False)
    a = frame.parse(text, published="2025-06-20")
    assert a.quotes == [] and a.dates == [] and a.citations == []
    assert a.body == full.body
    assert frame.config["quotes"] is False and frame.config["dates"] is False
    assert repr(frame) == "Parser(outlets=0, boilerplate=0, quotes=False, dates=False)"
    assert frame != berita.Parser()
    assert pickle.loads(pickle.dumps(frame)) == frame
    assert berita.Parser(**frame.config) == frame


def test_parser_outlet_profile_is_used() -> None:
    # The example on ParserConfig (src/parser.rs).
    p = berita.Parser(outlets=[{"id": "beritabaru", "names": ["BeritaBaru.id"]}])
    a = p.parse("BeritaBaru.id, MEDAN - Hujan turun.")
    assert a.dateline is not None and a.dateline.outlet_id == "beritabaru"


@pytest.mark.parametrize(
    "config",
    [
        {"boilerplate": [{"pattern": "(", "kind": "other"}]},
        {"boilerplate": [{"pattern": "x", "kind": "no_such_kind"}]},
        {"boilerplate": [{"pattern": "x", "kind": "other", "colour": "red"}]},
        {"boilerplate": [{"kind": "other"}]},
        {"outlets": [{"id": "", "names": ["X"]}]},
        {"outlets": [{"names": ["X"]}]},
        {"outlets": [{"id": "x", "names": []}]},
    ],
)
def test_bad_config_raises_config_error(config: dict[str, object]) -> None:
    with pytest.raises(berita.ConfigError) as e:
        berita.Parser(**config)  # type: ignore[arg-type]
    assert isinstance(e.value, ValueError)
    assert isinstance(e.value, berita.BeritaError)


@pytest.mark.parametrize(
    "config",
    [
        {"outlets": 5},
        {"outlets": ["kompas"]},
        {"outlets": [{"id": 5, "names": ["X"]}]},
        {"outlets": [{"id": "x", "names": "X"}]},
        {"boilerplate": [{"pattern": b"x", "kind": "other"}]},
    ],
)
def test_wrong_types_in_config_raise_type_error(config: dict[str, object]) -> None:
    with pytest.raises(TypeError):
        berita.Parser(**config)  # type: ignore[arg-type]


def test_parser_takes_keywords_only() -> None:
    with pytest.raises(TypeError):
        berita.Parser([])  # type: ignore[misc]
    with pytest.raises(TypeError):
        berita.Parser(colour="red")  # type: ignore[call-arg]


@pytest.mark.parametrize("bad", [None, 5, b"bytes", ["a list"], 3.5])
def test_non_str_text_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        berita.parse(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        berita.parse_many(["ok", bad])  # type: ignore[list-item]


def test_non_str_metadata_raises_type_error() -> None:
    with pytest.raises(TypeError):
        berita.parse("x", published=20220205)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        berita.parse_many(["x"], published=[5])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        berita.parse_many("a str is not a list of texts")
    with pytest.raises(TypeError):
        berita.parse_many(5)  # type: ignore[arg-type]


def test_parse_many_checks_its_arguments() -> None:
    with pytest.raises(ValueError):
        berita.parse_many(["a", "b"], published=["2022-02-05"])
    with pytest.raises(ValueError):
        berita.parse_many(["a"], threads=0)
    with pytest.raises(TypeError):
        berita.parse_many(["a"], threads="2")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        berita.parse_many(["a"], threads=True)
    assert berita.parse_many([]) == []


def test_lone_surrogates_are_replaced_one_for_one() -> None:
    text = "Hujan \ud800turun 😀 di \udfffBandung.\nWarga senang."
    a = berita.parse(text)
    assert a.text == text.replace("\ud800", "\ufffd").replace("\udfff", "\ufffd")
    assert len(a.text) == len(text)
    for p in a.body:
        assert a.text[p.start : p.end] == p.text
    assert berita.parse_many([text]) == [a]
    assert berita.parse(text, published="2022-02-05\ud800").text == a.text


def test_surrogate_pair_written_as_two_code_points_keeps_its_length() -> None:
    # Two lone surrogates that would pair in UTF-16 stay two code points.
    text = "A \ud83d\ude00 B"
    assert berita.parse(text).text == "A \ufffd\ufffd B"


def test_str_subclass_is_accepted() -> None:
    class Text(str):
        pass

    assert berita.parse(Text("Hujan turun.")).text == "Hujan turun."


def test_module_metadata() -> None:
    assert isinstance(berita.__version__, str) and berita.__version__
    assert berita.DEMO_TEXT and berita.parse_published(berita.DEMO_PUBLISHED) is not None
    assert set(_berita.__all__) <= set(dir(berita))
