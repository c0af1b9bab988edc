"""Display helpers: an article as HTML for notebooks, and a table of quotes.

``Article._repr_html_`` calls :func:`article_html`, so a parsed article shows itself in
Jupyter with its structure marked. All article text is HTML-escaped.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from berita._berita import Article, Quote

#: Columns of :func:`quotes_table`, in order.
QUOTE_COLUMNS = ("article_id", "speaker", "role", "cue", "kind", "text", "start", "end")

# Soft colours for quotes, one per speaker (background, border/label).
_PALETTE = (
    ("#fff1c2", "#b7791f"),
    ("#dbeafe", "#1d4ed8"),
    ("#dcfce7", "#15803d"),
    ("#fce7f3", "#be185d"),
    ("#ede9fe", "#6d28d9"),
    ("#ffedd5", "#c2410c"),
    ("#cffafe", "#0e7490"),
    ("#f1f5f9", "#475569"),
)

_CSS = """
.brt{font:15px/1.65 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
 color:#1f2328;background:#fff;border:1px solid #d0d7de;border-radius:10px;padding:18px 22px;max-width:860px}
.brt-head{display:flex;flex-wrap:wrap;gap:6px 8px;align-items:center;margin-bottom:10px}
.brt-chip{display:inline-block;border-radius:999px;padding:1px 10px;font-size:12.5px;line-height:1.7;
 background:#f6f8fa;border:1px solid #d0d7de;color:#1f2328;white-space:nowrap}
.brt-chip b{font-weight:600}
.brt-legend{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:12px;color:#57606a;
 border-top:1px solid #eaeef2;border-bottom:1px solid #eaeef2;padding:6px 0;margin-bottom:12px}
.brt-legend span.brt-key{margin-right:4px}
.brt-text{white-space:pre-wrap;word-wrap:break-word}
.brt-gap{display:block;height:.45em}
.brt-dateline{background:#e7f0ff;border:1px solid #9cc2ff;border-radius:4px;padding:0 3px;font-weight:600;color:#0a3d91}
.brt-credit{color:#0a3d91;border-bottom:2px solid #9cc2ff}
.brt-code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px;
 background:#eef1f4;color:#57606a;border-radius:4px;padding:0 3px}
.brt-readalso,.brt-boiler{color:#8c959f;background:#f6f8fa}
.brt-readalso{font-style:italic}
.brt-tag{display:inline-block;font:600 10px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace;text-transform:uppercase;
 letter-spacing:.04em;color:#6e7781;background:#eaeef2;border-radius:3px;padding:0 4px;margin-right:4px;
 vertical-align:1px;white-space:nowrap;font-style:normal}
.brt-q{border-radius:3px;padding:1px 0;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.brt-q-partial{border-bottom:2px dashed currentColor}
.brt-q-indirect{background-image:repeating-linear-gradient(135deg,rgba(255,255,255,.55) 0 4px,transparent 4px 8px)}
.brt-qn{display:inline-block;min-width:16px;text-align:center;font:700 10px/16px ui-monospace,Menlo,monospace;color:#fff;
 border-radius:8px;padding:0 3px;margin-right:2px;vertical-align:2px}
.brt-who{display:inline-block;font-size:11.5px;line-height:1.5;border:1px solid;border-radius:4px;background:#fff;
 padding:0 5px;margin:0 3px;vertical-align:1px;white-space:normal}
.brt-who i{color:#57606a}
.brt-speaker{font-weight:700;text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:3px}
.brt-cue{font-style:italic;font-weight:600;color:#6e40c9}
.brt-date{text-decoration:underline;text-decoration-color:#1a7f37;text-decoration-thickness:2px;text-underline-offset:3px}
.brt-resolved{display:inline-block;font:600 10.5px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace;color:#1a7f37;
 background:#dafbe1;border-radius:3px;padding:0 4px;margin-left:2px;vertical-align:1px;white-space:nowrap}
.brt-resolved.brt-bad{color:#cf222e;background:#ffebe9}
.brt-citation{border-bottom:2px dotted #0969da}
.brt-term{font-style:italic;background:#f6f8fa}
.brt-foot{margin-top:12px;font-size:12px;color:#57606a}
"""


def _esc(s: object) -> str:
    return html.escape(str(s), quote=True)


def _colour(speakers: dict[str, int], quote: Quote) -> tuple[str, str]:
    key = _speaker_name(quote) or ""
    if key not in speakers:
        speakers[key] = len(speakers)
    return _PALETTE[speakers[key] % len(_PALETTE)]


def _speaker_name(quote: Quote) -> str | None:
    s = quote.speaker
    if s is None:
        return None
    return s.name or s.mention


class _Marks:
    """Spans with CSS classes and tooltips, plus badges inserted at positions."""

    def __init__(self, length: int) -> None:
        self.length = length
        self.spans: list[tuple[int, int, str, str, str]] = []  # start, end, class, style, title
        self.before: dict[int, list[str]] = {}
        self.after: dict[int, list[str]] = {}

    def span(self, start: int, end: int, cls: str, *, style: str = "", title: str = "") -> None:
        start, end = max(0, start), min(self.length, end)
        if start < end:
            self.spans.append((start, end, cls, style, title))

    def insert_before(self, pos: int, markup: str) -> None:
        self.before.setdefault(pos, []).append(markup)

    def insert_after(self, pos: int, markup: str) -> None:
        self.after.setdefault(pos, []).append(markup)

    def render(self, text: str) -> str:
        cuts = {0, len(text)} | set(self.before) | set(self.after)
        for start, end, *_ in self.spans:
            cuts.update((start, end))
        points = sorted(p for p in cuts if 0 <= p <= len(text))
        out: list[str] = []
        for a, b in zip(points, points[1:] + [None]):
            out.extend(self.after.get(a, []))
            out.extend(self.before.get(a, []))
            if b is None:
                break
            active = [m for m in self.spans if m[0] <= a and b <= m[1]]
            piece = _esc(text[a:b]).replace("\n", '<br><span class="brt-gap"></span>')
            for _, _, cls, style, title in sorted(active, key=lambda m: (m[0], -m[1])):
                attrs = f' class="{cls}"'
                attrs += f' style="{style}"' if style else ""
                attrs += f' title="{_esc(title)}"' if title else ""
                piece = f"<span{attrs}>{piece}</span>"
            out.append(piece)
        return "".join(out)


def article_html(article: Article) -> str:
    """The article as HTML, its structure marked: the dateline, credits and codes,
    read-also lines and boilerplate greyed, each quote highlighted (one colour per speaker)
    with its speaker and cue beside it, date mentions underlined with their resolved date,
    and a legend. Every piece of article text is HTML-escaped.

    >>> import berita
    >>> html = berita.article_html(berita.parse('Hujan <b>deras</b>.'))
    >>> '&lt;b&gt;deras&lt;/b&gt;' in html and '<b>deras</b>' not in html
    True
    """
    text = article.text
    marks = _Marks(len(text))
    speakers: dict[str, int] = {}
    d = article.dateline
    if d is not None:
        who = ", ".join(x for x in (d.outlet_id, d.city) if x)
        marks.span(d.start, d.end, "brt-dateline", title=f"dateline: {who}")
    for c in article.byline:
        marks.span(c.start, c.end, "brt-credit", title=f"credit: {c.role}")
        marks.insert_before(c.start, f'<span class="brt-tag">{_esc(c.role)}</span>')
    for code in article.codes:
        marks.span(code.start, code.end, "brt-code", title="closing code: " + "/".join(code.initials))
    for r in article.read_also:
        marks.span(r.start, r.end, "brt-readalso", title="read also: not part of the story")
        marks.insert_before(r.start, '<span class="brt-tag">baca juga</span>')
    for b in article.boilerplate:
        marks.span(b.start, b.end, "brt-boiler", title=f"boilerplate: {b.kind}")
        marks.insert_before(b.start, f'<span class="brt-tag">{_esc(b.kind.replace("_", " "))}</span>')
    for t in article.quoted_terms:
        marks.span(t.start, t.end, "brt-term", title="quoted term (nobody's speech)")
    for cite in article.citations:
        marks.span(cite.start, cite.end, "brt-citation", title=f"citation: {cite.source} ({cite.kind})")
    for n, q in enumerate(article.quotes, 1):
        bg, fg = _colour(speakers, q)
        name = _speaker_name(q)
        cue = q.cue.text if q.cue else None
        title = f"quote {n} · {q.kind}" + (f" · {name}" if name else "") + (f" · cue: {cue}" if cue else "")
        marks.span(q.start, q.end, f"brt-q brt-q-{_esc(q.kind)}", style=f"background-color:{bg}", title=title)
        marks.insert_before(q.start, f'<span class="brt-qn" style="background:{fg}">{n}</span>')
        marks.insert_after(q.end, _who_badge(n, q, fg))
        if q.speaker is not None:
            s = q.speaker
            marks.span(s.start, s.end, "brt-speaker", style=f"text-decoration-color:{fg}", title=f"speaker of quote {n}")
        if q.cue is not None:
            marks.span(q.cue.start, q.cue.end, "brt-cue", title=f"cue of quote {n}: {q.cue.lemma}")
    for m in article.dates:
        marks.span(m.start, m.end, "brt-date", title=f"date: {m.raw}")
        marks.insert_after(m.end, _date_badge(m))
    body = marks.render(text)
    return (
        f"<style>{_CSS}</style>"
        f'<div class="brt">{_header(article)}{_legend()}'
        f'<div class="brt-text">{body}</div>{_footer(article)}</div>'
    )


def _who_badge(n: int, q: Quote, colour: str) -> str:
    s = q.speaker
    parts = [f'<b style="color:{colour}">{n}</b>']
    if s is not None:
        who = _esc(s.name or s.mention)
        if s.role:
            who += f", <i>{_esc(s.role)}</i>"
        parts.append(who)
    else:
        parts.append("<i>speaker unknown</i>")
    if q.cue is not None:
        parts.append(f'<span class="brt-cue">{_esc(q.cue.text)}</span>')
    if q.kind != "direct":
        parts.append(f"<i>{_esc(q.kind)}</i>")
    return f'<span class="brt-who" style="border-color:{colour}">{" · ".join(parts)}</span>'


def _date_badge(m: Any) -> str:
    resolved = m.resolved
    if m.weekday_matches is False:
        label = f"⚠ {resolved.isoformat() if resolved else '?'} weekday differs"
        return f'<span class="brt-resolved brt-bad">{_esc(label)}</span>'
    if resolved is None:
        return f'<span class="brt-resolved brt-bad">{"?"}</span>' if m.day else ""
    return f'<span class="brt-resolved">→ {_esc(resolved.isoformat())}</span>'


def _header(article: Article) -> str:
    chips: list[str] = []
    d = article.dateline
    if d is not None:
        outlet = d.outlet_id or d.outlet
        if outlet:
            chips.append(f'<span class="brt-chip">outlet <b>{_esc(outlet)}</b></span>')
        if d.city:
            chips.append(f'<span class="brt-chip">city <b>{_esc(d.city)}</b></span>')
    if article.published is not None:
        chips.append(f'<span class="brt-chip">published <b>{_esc(article.published.isoformat())}</b></span>')
    for c in article.byline:
        chips.append(f'<span class="brt-chip">{_esc(c.role)} <b>{_esc(c.name)}</b></span>')
    for code in article.codes:
        chips.append(f'<span class="brt-chip">code <b>{_esc(code.raw)}</b></span>')
    counts = " · ".join(
        _count(len(items), noun)
        for items, noun in (
            (article.body, "paragraph"),
            (article.quotes, "quote"),
            (article.citations, "citation"),
            (article.dates, "date"),
        )
    )
    chips.append(f'<span class="brt-chip" style="color:#57606a">{counts}</span>')
    return f'<div class="brt-head">{"".join(chips)}</div>'


def _count(n: int, noun: str) -> str:
    """``n`` and the noun, singular for one and plural otherwise (all the header's nouns
    take ``-s``).

    >>> _count(1, "date"), _count(0, "date"), _count(2, "quote")
    ('1 date', '0 dates', '2 quotes')
    """
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


#: The neutral background of the legend's quote-kind keys: the kind is the mark's pattern,
#: never its colour.
_KIND_KEY_BACKGROUND = "#eaeef2"


def _speaker_colours_key() -> str:
    """The legend's key for quote colours: one swatch per speaker, in palette order."""
    swatches = "".join(
        f'<span class="brt-q" style="background:{bg}">{name}</span> ' for (bg, _), name in zip(_PALETTE, "ABC")
    )
    return swatches.rstrip()


def _legend() -> str:
    """The key to the marks. A quote's colour follows its speaker (every quote of one speaker
    has the same colour); its kind shows as a pattern: plain for direct, dashed underline for
    partial, stripes for indirect."""
    items = (
        ('<span class="brt-dateline">Jakarta</span>', "dateline"),
        ('<span class="brt-credit">Nama</span>', "credit"),
        ('<span class="brt-code">(abc)</span>', "closing code"),
        ('<span class="brt-readalso">Baca juga</span>', "read-also"),
        ('<span class="brt-boiler">ADVERTISEMENT</span>', "boilerplate"),
        (_speaker_colours_key(), "quote colour: one per speaker"),
        (f'<span class="brt-q" style="background:{_KIND_KEY_BACKGROUND}">“…”</span>', "direct quote"),
        (f'<span class="brt-q brt-q-partial" style="background:{_KIND_KEY_BACKGROUND}">“…”</span>', "partial quote"),
        (f'<span class="brt-q brt-q-indirect" style="background:{_KIND_KEY_BACKGROUND}">…</span>', "indirect quote"),
        ('<span class="brt-speaker">Budi</span>', "speaker"),
        ('<span class="brt-cue">ujar</span>', "cue"),
        ('<span class="brt-date">Jumat (4/2)</span><span class="brt-resolved">→ date</span>', "date"),
        ('<span class="brt-citation">dikutip CNN</span>', "citation"),
    )
    cells = "".join(f'<span><span class="brt-key">{k}</span>{_esc(v)}</span>' for k, v in items)
    return f'<div class="brt-legend">{cells}</div>'


def _footer(article: Article) -> str:
    if not article.quotes:
        return '<div class="brt-foot">No quotes found.</div>'
    return '<div class="brt-foot">Hover over a mark to see the rule behind it.</div>'


def quotes_table(
    articles: Mapping[Any, Article] | Iterable[Article],
    *,
    ids: Sequence[Any] | None = None,
    records: bool = False,
) -> Any:
    """One row per quote across many articles: ``article_id``, ``speaker`` (the resolved name,
    else the mention), ``role``, ``cue``, ``kind``, ``text``, ``start``, ``end``.

    ``articles`` is a mapping from id to article, or an iterable of articles whose ids are
    ``ids`` (or their positions). Returns a pandas DataFrame when pandas is installed (and
    ``records`` is false), else a list of dicts.

    >>> import berita
    >>> rows = berita.quotes_table([berita.parse('"Kami siap," kata Budi.')], records=True)
    >>> [(r["article_id"], r["speaker"], r["cue"], r["text"]) for r in rows]
    [(0, 'Budi', 'kata', 'Kami siap,')]
    """
    if isinstance(articles, Mapping):
        pairs = list(articles.items())
    else:
        items = list(articles)
        keys = list(range(len(items))) if ids is None else list(ids)
        if len(keys) != len(items):
            raise ValueError(f"ids has {len(keys)} values for {len(items)} articles")
        pairs = list(zip(keys, items))
    rows = [_quote_row(key, q) for key, article in pairs for q in article.quotes]
    if records:
        return rows
    try:
        import pandas as pd  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        return rows
    return pd.DataFrame.from_records(rows, columns=list(QUOTE_COLUMNS))


def _quote_row(article_id: Any, q: Quote) -> dict[str, Any]:
    s = q.speaker
    return {
        "article_id": article_id,
        "speaker": (s.name or s.mention) if s else None,
        "role": s.role if s else None,
        "cue": q.cue.text if q.cue else None,
        "kind": q.kind,
        "text": q.text,
        "start": q.start,
        "end": q.end,
    }
