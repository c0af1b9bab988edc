"""Turn annotations written with text snippets into the gold files' code point spans.

Annotators write, outside the repository (the snippets are article text, which must not be
committed), one JSON object per article:

    {"id": "...",
     "frame": {"dateline": {"text": "JAKARTA, KOMPAS.com -", "outlet_id": "kompas", "city": "Jakarta"},
               "byline": [{"text": "Name", "role": "editor"}],
               "codes": [{"text": "(dna/dna)"}],
               "read_also": [{"text": "Baca juga: Headline", "title": "Headline"}],
               "boilerplate": [{"text": "ADVERTISEMENT", "kind": "advertisement"}]},
     "quotes": [{"kind": "direct", "text": "inside the marks,", "speaker": "Full Name",
                 "cue": "ujar", "citation": null}],
     "citations": [{"text": "CNN", "source": "CNN"}],
     "terms": [{"text": "Ayah Hebat"}]}

`frame` may be left out (quotes only) and so may `quotes` (frame only); `dateline` is null
when the article has none, `title` null when the scraper dropped the headline.

Each snippet is looked up in the article text in order: an item of a list is searched from
the start of the item before it in the same list, so write each list in text order. Add
`"near": "words before it"` to start the search after those words, or `"nth": 2` for the
second occurrence after that point. Blanks in a snippet match any run of blanks (including
no-break spaces), and any double quote mark matches any other (" “ ” „), as do ' ‘ ’.
Spans are trimmed.

Run: python3 tools/anchor.py IN.jsonl OUT_DIR [--prefix c]
writes OUT_DIR/frame-c.jsonl and OUT_DIR/quotes-c.jsonl (appending, one line per article,
replacing an earlier line of the same id), and stops with the article and snippet at the
first snippet it cannot find.

With `--add GOLD.jsonl` the quotes, citations and terms of IN are added to the records of
the same id in the existing quotes file GOLD (kept in text order; an item with the same span
and kind as one already there replaces it), and GOLD is rewritten in place: a pass that
brings an older file to a new policy writes only what it adds.
"""
import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from show import records  # noqa: E402

DOUBLE = "\"\u201c\u201d\u201e"
SINGLE = "'\u2018\u2019"


def pattern(snippet):
    """A regex that finds `snippet` with loose blanks and quote marks."""
    out = []
    for word in re.split(r"(\s+)", snippet.strip()):
        if not word:
            continue
        if word.isspace():
            out.append(r"[\s\u00a0\u200b]+")
            continue
        for ch in word:
            if ch in DOUBLE:
                out.append("[" + re.escape(DOUBLE) + "]")
            elif ch in SINGLE:
                out.append("[" + re.escape(SINGLE) + "]")
            else:
                out.append(re.escape(ch))
    return re.compile("".join(out))


class Missing(Exception):
    pass


def find(text, item, start, key="text"):
    """The trimmed [s, e] of item[key] in text, searching from `start`."""
    snippet = item[key]
    if "near" in item:
        m = pattern(item["near"]).search(text, start)
        if not m:
            raise Missing(f"near {item['near']!r}")
        start = m.end()
    rx = pattern(snippet)
    m = None
    for _ in range(item.get("nth", 1)):
        m = rx.search(text, start)
        if not m:
            raise Missing(f"{key} {snippet!r}")
        start = m.start() + 1
    return [m.start(), m.end()]


def in_order(text, items, convert):
    """Each item converted with its span, the search going forward through the list."""
    out, start = [], 0
    for item in items or []:
        span = find(text, item, start)
        start = span[0]
        out.append(convert(item, span))
    return out


def frame_of(text, f):
    dl = f.get("dateline")
    dateline = None
    if dl:
        dateline = {"span": find(text, dl, 0), "outlet_id": dl.get("outlet_id"), "city": dl.get("city")}

    def read_also(item, span):
        title = None
        if item.get("title"):
            s, e = find(text[: span[1]], item, span[0], key="title")
            title = [s, e]
        return {"span": span, "title_span": title}

    return {
        "dateline": dateline,
        "byline": in_order(text, f.get("byline"), lambda i, s: {"span": s, "role": i["role"]}),
        "codes": in_order(text, f.get("codes"), lambda i, s: {"span": s}),
        "read_also": in_order(text, f.get("read_also"), read_also),
        "boilerplate": in_order(text, f.get("boilerplate"), lambda i, s: {"span": s, "kind": i["kind"]}),
    }


def quotes_of(text, a):
    def quote(item, span):
        return {"kind": item["kind"], "span": span, "speaker": item.get("speaker"),
                "cue": item.get("cue"), "citation": item.get("citation")}

    direct = [q for q in a.get("quotes") or []]
    return {
        "quotes": in_order(text, direct, quote),
        "citations": in_order(text, a.get("citations"), lambda i, s: {"span": s, "source": i["source"]}),
        "terms": in_order(text, a.get("terms"), lambda i, s: {"span": s}),
    }


def merge(path, rows):
    """Write rows into the JSONL file at path, replacing lines of the same id."""
    old = {}
    if path.exists():
        for line in path.open(encoding="utf-8"):
            if line.strip():
                rec = json.loads(line)
                old[rec["id"]] = rec
    for row in rows:
        old[row["id"]] = row
    with path.open("w", encoding="utf-8") as f:
        for rec in old.values():
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def add_to(gold_path, quotes):
    """Adds the items of `quotes` to the records of the same id in the file gold_path."""
    rows = [json.loads(l) for l in gold_path.open(encoding="utf-8") if l.strip()]
    by_id = {r["id"]: r for r in rows}
    for new in quotes:
        old = by_id.get(new["id"])
        if old is None:
            sys.exit(f"{new['id']}: not in {gold_path}")
        for key in ("quotes", "citations", "terms"):
            items = {(tuple(i["span"]), i.get("kind")): i for i in old.get(key, [])}
            for item in new[key]:
                items[(tuple(item["span"]), item.get("kind"))] = item
            old[key] = sorted(items.values(), key=lambda i: tuple(i["span"]))
    with gold_path.open("w", encoding="utf-8") as f:
        for rec in rows:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(quotes)} records extended in {gold_path}")


def main():
    if "--add" in sys.argv:
        src = pathlib.Path(sys.argv[1])
        gold = pathlib.Path(sys.argv[sys.argv.index("--add") + 1])
        anns = [json.loads(l) for l in src.open(encoding="utf-8") if l.strip()]
        texts = {r["id"]: r["text"] for r in records([a["id"] for a in anns])}
        try:
            quotes = [{"id": a["id"], **quotes_of(texts[a["id"]], a)} for a in anns]
        except Missing as e:
            sys.exit(f"cannot find {e}")
        add_to(gold, quotes)
        return
    src, out_dir = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    prefix = sys.argv[sys.argv.index("--prefix") + 1] if "--prefix" in sys.argv else "c"
    anns = [json.loads(l) for l in src.open(encoding="utf-8") if l.strip()]
    texts = {r["id"]: r["text"] for r in records([a["id"] for a in anns])}
    frames, quotes = [], []
    for a in anns:
        text = texts[a["id"]]
        try:
            if "frame" in a:
                frames.append({"id": a["id"], **frame_of(text, a["frame"])})
            if "quotes" in a or "citations" in a:
                quotes.append({"id": a["id"], **quotes_of(text, a)})
        except Missing as e:
            sys.exit(f"{a['id']}: cannot find {e}")
    if frames:
        merge(out_dir / f"frame-{prefix}.jsonl", frames)
    if quotes:
        merge(out_dir / f"quotes-{prefix}.jsonl", quotes)
    print(f"{len(frames)} frames, {len(quotes)} quote records written to {out_dir}")


if __name__ == "__main__":
    main()
