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
]
