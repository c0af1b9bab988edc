"""berita: the structure of Indonesian online-news articles.

Reads one article's plain text and returns its dateline, credits and closing codes,
"Baca juga" lines and page boilerplate, the story's paragraphs, every quote with its
speaker and cue, the media it cites, and its dates. Spans are code point offsets into the
text you passed, so ``text[q.start:q.end]`` is the quote.

>>> import berita
>>> a = berita.parse('JAKARTA, KOMPAS.com - Hujan turun sejak pagi.')
>>> a.dateline.outlet_id
'kompas'
"""

import json
from importlib import resources
from typing import Any

from berita._berita import (
    DEMO_PUBLISHED,
    DEMO_TEXT,
    SCHEMA,
    ArrowSchema,
    ArrowTable,
    Article,
    BeritaError,
    Boilerplate,
    Citation,
    Code,
    ConfigError,
    Credit,
    Cue,
    DateMention,
    Dateline,
    Paragraph,
    ParseWarning,
    Parser,
    Quote,
    QuotedTerm,
    ReadAlso,
    Speaker,
    __version__,
    arrow_schema,
    parse,
    parse_arrow,
    parse_many,
    parse_published,
    quotes_arrow,
    quotes_arrow_schema,
)
from berita._display import article_html, quotes_table


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the ``berita/1`` document that
    :meth:`Article.to_json` writes, as a new ``dict`` (the package's copy of
    ``schema/berita-1.schema.json``; SCHEMA.md describes every field).

    >>> import berita
    >>> s = berita.schema()
    >>> s["properties"]["schema"]["const"] == berita.SCHEMA
    True
    >>> sorted(s["required"]) == sorted(berita.parse("").to_dict())
    True
    """
    text = resources.files("berita").joinpath("berita-1.schema.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded

__all__ = [
    "DEMO_PUBLISHED",
    "DEMO_TEXT",
    "SCHEMA",
    "ArrowSchema",
    "ArrowTable",
    "Article",
    "BeritaError",
    "Boilerplate",
    "Citation",
    "Code",
    "ConfigError",
    "Credit",
    "Cue",
    "DateMention",
    "Dateline",
    "Paragraph",
    "ParseWarning",
    "Parser",
    "Quote",
    "QuotedTerm",
    "ReadAlso",
    "Speaker",
    "__version__",
    "arrow_schema",
    "article_html",
    "parse",
    "parse_arrow",
    "parse_many",
    "parse_published",
    "quotes_arrow",
    "quotes_arrow_schema",
    "quotes_table",
    "schema",
]
