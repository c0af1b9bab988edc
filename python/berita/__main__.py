"""``python -m berita``: the same ``parse`` and ``demo`` as the ``berita`` command line.

``python -m berita parse FILE... [--published D] [--outlet O] [--url U]`` prints the
``berita/1`` document (an array for several files; ``-`` reads stdin), formatted exactly as
``berita parse`` formats it. ``python -m berita parse --jsonl [FILE]`` reads records
``{"text", "id"?, "published"?, "outlet"?, "url"?}`` and writes one compact document per
line, ``id`` first. ``python -m berita demo`` parses a sample article and shows what it finds.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from typing import IO, Any

import berita

#: Records read before they are parsed together, as the Rust command line does.
BATCH = 512


def pretty(value: Any, depth: int = 0) -> str:
    """JSON as ``berita parse`` prints it: two-space indent, arrays of scalars on one line.

    >>> print(pretty({"span": [0, 4], "codes": [], "x": {"a": None}}))
    {
      "span": [0, 4],
      "codes": [],
      "x": {
        "a": null
      }
    }
    """
    pad = "  " * (depth + 1)
    if isinstance(value, list):
        if all(not isinstance(v, (list, dict)) for v in value):
            return "[" + ", ".join(_scalar(v) for v in value) + "]"
        items = ",\n".join(pad + pretty(v, depth + 1) for v in value)
        return "[\n" + items + "\n" + "  " * depth + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = ",\n".join(f"{pad}{_scalar(k)}: {pretty(v, depth + 1)}" for k, v in value.items())
        return "{\n" + items + "\n" + "  " * depth + "}"
    return _scalar(value)


def _scalar(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False)


def _compact(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"))


def _read_text(path: str) -> str:
    """A file's text; invalid UTF-8 is replaced, as the Rust command line does."""
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        with open(path, "rb") as f:
            data = f.read()
    return data.decode("utf-8", errors="replace")


def parse_plain(files: Sequence[str], published: str | None, outlet: str | None, url: str | None) -> str:
    """The pretty document of one file, or an array of them for several."""
    if not files:
        raise SystemExit("berita: no input: give FILE... or - for stdin")
    docs = [
        berita.parse(_read_text(p), published=published, outlet=outlet, url=url).to_dict()
        for p in files
    ]
    return pretty(docs[0] if len(docs) == 1 else docs)


def parse_jsonl(stream: IO[bytes], out: IO[str]) -> None:
    """JSONL records in, one compact ``berita/1`` line out per record, in order."""
    for batch in _batches(stream, BATCH):
        ok: list[tuple[Any, dict[str, Any]]] = []
        lines: list[str | None] = []
        for raw in batch:
            line = raw.rstrip(b"\n").rstrip(b"\r")
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as e:
                lines.append(_compact({"id": None, "error": f"invalid JSON: {e}"}))
                continue
            rid = record.get("id") if isinstance(record, dict) else None
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                lines.append(_compact({"id": rid, "error": 'record has no string field "text"'}))
                continue
            ok.append((rid, record))
            lines.append(None)
        articles = iter(
            berita.parse_many(
                [r["text"] for _, r in ok],
                published=[_str_field(r, "published") for _, r in ok],
                outlet=[_str_field(r, "outlet") for _, r in ok],
                url=[_str_field(r, "url") for _, r in ok],
            )
        )
        ids = iter(rid for rid, _ in ok)
        for done in lines:
            if done is None:
                done = _compact({"id": next(ids), **next(articles).to_dict()})
            out.write(done + "\n")


def _str_field(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    return value if isinstance(value, str) else None


def _batches(stream: IO[bytes], size: int) -> Iterator[list[bytes]]:
    batch: list[bytes] = []
    for line in stream:
        batch.append(line)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def demo() -> str:
    """What ``berita demo`` shows: the sample article, a summary of the findings, the JSON."""
    a = berita.parse(berita.DEMO_TEXT, published=berita.DEMO_PUBLISHED)
    text = a.text
    out = ["berita demo: a sample article and what berita finds in it", f"published: {berita.DEMO_PUBLISHED}", ""]
    out += [f"  {line}" for line in text.splitlines()]
    out.append("")
    if a.dateline:
        d = a.dateline
        out.append(f"dateline {d.text.replace(chr(10), ' ')}  (outlet {d.outlet_id or '?'}, city {d.city or '-'})")
    out += [f"credit {c.name} ({c.role})" for c in a.byline]
    out += [f"code {c.raw}" for c in a.codes]
    out += [f"read also {r.title}" for r in a.read_also]
    out += [f"boilerplate {b.text.replace(chr(10), ' ')} ({b.kind})" for b in a.boilerplate]
    out.append(f"body {len(a.body)} paragraphs")
    for q in a.quotes:
        who = "?"
        if q.speaker:
            who = q.speaker.name or q.speaker.mention
            if q.speaker.role:
                who += f", {q.speaker.role}"
        out.append(f"quote [{q.kind}] {q.text} — {who}")
        out.append(f"      cue: {q.cue.text if q.cue else '-'}")
    out += [f"citation {c.source} ({c.verb} {c.kind})" for c in a.citations]
    for m in a.dates:
        out.append(f"date {m.raw} → {m.resolved.isoformat() if m.resolved else '?'}")
    out += ["", "berita/1 JSON:", pretty(a.to_dict())]
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line; returns the exit status."""
    ap = argparse.ArgumentParser(
        prog="python -m berita",
        description="Reads Indonesian news articles and prints their structure as berita/1 JSON.",
    )
    ap.add_argument("--version", action="version", version=f"berita {berita.__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse plain-text articles (or JSONL records with --jsonl)")
    p.add_argument("files", nargs="*", help="plain-text files (- is stdin); with --jsonl one JSONL file")
    p.add_argument("--jsonl", action="store_true", help="read JSONL records, write one document per line")
    p.add_argument("--published", help="publication date (ISO or an Indonesian date string)")
    p.add_argument("--outlet", help="outlet name")
    p.add_argument("--url", help="the article's URL")
    sub.add_parser("demo", help="parse a sample article and show what berita finds")
    args = ap.parse_args(argv)
    try:
        if args.command == "demo":
            print(demo())
        elif args.jsonl:
            path = args.files[0] if args.files else "-"
            if path == "-":
                parse_jsonl(sys.stdin.buffer, sys.stdout)
            else:
                with open(path, "rb") as f:
                    parse_jsonl(f, sys.stdout)
        else:
            print(parse_plain(args.files, args.published, args.outlet, args.url))
    except BrokenPipeError:
        return 0
    except OSError as e:
        print(f"berita: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
