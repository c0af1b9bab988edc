"""The result classes and Article are frozen values: equal ones hash alike (so they go in sets
and dict keys), and none offers an order (``<`` raises the usual TypeError, and ``help()``
lists no ``__lt__``)."""

from __future__ import annotations

import pickle
import pydoc

import pytest
from conftest import KOMPAS, UNICODE
from test_api import spanned

import berita

#: Every class the extension exports.
CLASSES = (
    berita.Article,
    berita.Boilerplate,
    berita.Citation,
    berita.Code,
    berita.Credit,
    berita.Cue,
    berita.DateMention,
    berita.Dateline,
    berita.Paragraph,
    berita.ParseWarning,
    berita.Parser,
    berita.Quote,
    berita.QuotedTerm,
    berita.ReadAlso,
    berita.Speaker,
)

ORDERINGS = ("__lt__", "__le__", "__gt__", "__ge__")

TEXT = KOMPAS + "\nMereka bertemu pada Jumat (4/2), seperti dikutip CNN.\n" + UNICODE


def results(a: berita.Article) -> list[object]:
    """The article and every result object in it."""
    return [a, *spanned(a), *a.warnings]


@pytest.mark.parametrize("published", [None, "2022-02-05", "not a date"])
def test_equal_results_hash_alike(published: str | None) -> None:
    first, second = (berita.parse(TEXT, published=published) for _ in range(2))
    pairs = list(zip(results(first), results(second), strict=True))
    assert len(pairs) > 10
    for x, y in pairs:
        assert x == y and x is not y
        assert hash(x) == hash(y), type(x).__name__
        assert hash(x) == hash(pickle.loads(pickle.dumps(x)))


def test_results_go_in_sets_and_dicts() -> None:
    first, second = berita.parse(TEXT), berita.parse(TEXT)
    assert len({first, second}) == 1
    assert {first: "seen"}[second] == "seen"
    assert set(first.quotes) == set(second.quotes)
    assert len(set(first.body)) == len(first.body)
    assert len({first, berita.parse(TEXT + " ")}) == 2


def test_parsers_hash_by_configuration() -> None:
    outlet = {"id": "beritabaru", "names": ["BeritaBaru.id"]}
    a, b = berita.Parser(outlets=[outlet]), berita.Parser(outlets=[outlet])
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert berita.Parser(quotes=False) != berita.Parser()
    assert hash(pickle.loads(pickle.dumps(a))) == hash(a)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_no_ordering_is_offered(cls: type) -> None:
    assert not [name for name in ORDERINGS if name in vars(cls)]
    assert "__lt__" not in pydoc.render_doc(cls)
    assert "__eq__" in vars(cls) and "__hash__" in vars(cls)


def test_comparing_order_raises_the_usual_type_error() -> None:
    a = berita.parse(TEXT)
    for x in results(a):
        name = f"{type(x).__module__}.{type(x).__qualname__}"  # as Python names the type
        with pytest.raises(TypeError, match=f"^'<' not supported between instances of '{name}' and '{name}'$"):
            x < x  # noqa: B015
        with pytest.raises(TypeError, match="not supported"):
            x >= x  # noqa: B015
        assert x == x and not x != x  # noqa: PLR0124
    parser = berita.Parser()
    with pytest.raises(TypeError, match="not supported"):
        parser <= parser  # noqa: B015
    with pytest.raises(TypeError, match="not supported"):
        sorted([a, berita.parse("Hujan.")])
