"""``python -m berita``: the same ``parse`` and ``demo`` as the ``berita`` command line.

Installed as the ``berita`` console script too. ``berita parse FILE... [--published D]
[--outlet O] [--url U]`` prints the ``berita/1`` document (an array for several files, a file
that cannot be read being ``{"file", "error"}`` there; ``-`` reads stdin), formatted exactly as
the Rust ``berita parse`` formats it. ``berita parse --jsonl [FILE...]`` reads records
``{"text", "id"?, "published"?, "outlet"?, "url"?}`` from each file in turn and writes one
line per input line, in order: the compact document, ``id`` first, or an error record
``{"id", "error", "file", "line"}``; the summary goes to stderr. Records are read by the Rust
command line's own reader (``berita._berita._read_jsonl_line``), so the same lines are refused
with the same messages. ``berita demo`` parses a sample article and shows what it finds.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any

import berita
from berita import _berita

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


def os_message(error: OSError) -> str:
    """An I/O error's message as the Rust command line words it: ``No such file or directory
    (os error 2)``.

    >>> os_message(FileNotFoundError(2, "No such file or directory"))
    'No such file or directory (os error 2)'
    """
    if error.errno is None or error.strerror is None:
        return str(error)
    return f"{error.strerror} (os error {error.errno})"


def _read_text(path: str) -> str:
    """A file's text; invalid UTF-8 is replaced, as the Rust command line does."""
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        with open(path, "rb") as f:
            data = f.read()
    return data.decode("utf-8", errors="replace")


@dataclass(frozen=True)
class Meta:
    """``published``, ``outlet`` and ``url`` given on the command line."""

    published: str | None = None
    outlet: str | None = None
    url: str | None = None


def parse_plain(files: Sequence[str], meta: Meta) -> int:
    """Prints the pretty document of one file, or an array of them for several, where a file
    that cannot be read is ``{"file", "error"}`` (and said on stderr); returns the exit
    status. One file alone that cannot be read prints nothing but its message (status 1)."""
    if not files:
        raise SystemExit("berita: no input: give FILE... or - for stdin")
    if len(files) == 1:
        try:
            text = _read_text(files[0])
        except OSError as e:
            print(f"berita: {files[0]}: {os_message(e)}", file=sys.stderr)
            return 1
        print(pretty(_document(text, meta)))
        return 0
    status = 0
    docs: list[Any] = []
    for path in files:
        try:
            docs.append(_document(_read_text(path), meta))
        except OSError as e:
            print(f"berita: {path}: {os_message(e)}", file=sys.stderr)
            docs.append({"file": path, "error": os_message(e)})
            status = 1
    print(pretty(docs))
    return status


def _document(text: str, meta: Meta) -> Any:
    """The ``berita/1`` document of ``text`` as a ``dict``."""
    return berita.parse(text, published=meta.published, outlet=meta.outlet, url=meta.url).to_dict()


@dataclass
class Tally:
    """How many records gave a document and how many an error line.

    >>> str(Tally(parsed=10868, failed=3))
    '10,868 parsed, 3 failed'
    """

    parsed: int = 0
    failed: int = 0

    def __str__(self) -> str:
        return f"{self.parsed:,} parsed, {self.failed:,} failed"


def parse_jsonl(stream: IO[bytes], file: str, meta: Meta, out: IO[str], tally: Tally) -> None:
    """JSONL records in, one compact line out per input line, in order: the ``berita/1``
    document with ``id`` first, or ``{"id", "error", "file", "line"}``; counted in ``tally``."""
    number = 1
    for batch in _batches(stream, BATCH):
        lines = [_berita._read_jsonl_line(raw.rstrip(b"\n")) for raw in batch]
        good = [line for line in lines if line.error is None]
        articles = iter(
            berita.parse_many(
                [line.text or "" for line in good],
                published=[_or(line.published, meta.published) for line in good],
                outlet=[_or(line.outlet, meta.outlet) for line in good],
                url=[_or(line.url, meta.url) for line in good],
                errors="return",
            )
        )
        for line in lines:
            article = next(articles) if line.error is None else None
            if isinstance(article, berita.Article):
                out.write('{"id":' + line.id + "," + article.to_json()[1:] + "\n")
                tally.parsed += 1
            else:
                out.write(_error_record(line.id, line.error or str(article), file, number))
                tally.failed += 1
            number += 1


def _error_record(id_json: str, message: str, file: str, number: int) -> str:
    """The error record ``{"id", "error", "file", "line"}`` as one line, as the Rust command
    line writes it (``id_json`` is the record's ``id`` as the Rust reader wrote it).

    >>> print(_error_record("null", "blank line", "-", 2), end="")
    {"id":null,"error":"blank line","file":"-","line":2}
    """
    return f'{{"id":{id_json},"error":{_compact(message)},"file":{_compact(file)},"line":{number}}}\n'


def _or(field: str | None, default: str | None) -> str | None:
    """A record's field, or the command line's default when the record lacks it."""
    return field if field is not None else default


def parse_jsonl_files(files: Sequence[str], meta: Meta) -> int:
    """Every JSONL file in turn (none is stdin); a file that cannot be read is said on stderr
    and the others are read; the summary goes to stderr. Returns the exit status: 1 when a
    file could not be read, 2 when records failed, 0 otherwise."""
    tally = Tally()
    unreadable = False
    for path in files or ["-"]:
        try:
            if path == "-":
                parse_jsonl(sys.stdin.buffer, path, meta, sys.stdout, tally)
            else:
                with open(path, "rb") as f:
                    parse_jsonl(f, path, meta, sys.stdout, tally)
        except BrokenPipeError:
            raise
        except OSError as e:
            sys.stdout.flush()
            print(f"berita: {path}: {os_message(e)}", file=sys.stderr)
            unreadable = True
    sys.stdout.flush()
    print(f"berita: {tally}", file=sys.stderr)
    return 1 if unreadable else 2 if tally.failed else 0


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


#: What the exit status says, in ``--help``.
EXIT_STATUS = (
    "Exit status: 0 when all went well; 1 when an input could not be read; "
    "2 when some JSONL records failed (each has its error line in the output)."
)


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line (the ``berita`` console script, and ``python -m berita``);
    returns the exit status."""
    ap = argparse.ArgumentParser(
        prog="berita",
        description="Reads Indonesian news articles and prints their structure as berita/1 JSON.",
        epilog=EXIT_STATUS,
    )
    ap.add_argument("--version", action="version", version=f"berita {berita.__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser(
        "parse", help="parse plain-text articles (or JSONL records with --jsonl)", epilog=EXIT_STATUS
    )
    p.add_argument("files", nargs="*", help="plain-text files (- is stdin); with --jsonl, JSONL files read in turn")
    p.add_argument(
        "--jsonl",
        action="store_true",
        help="read JSONL records, write one line per input line: the document, id first, or an error record",
    )
    p.add_argument(
        "--published",
        help='publication date (ISO or an Indonesian date string); with --jsonl, for records without "published"',
    )
    p.add_argument("--outlet", help='outlet name; with --jsonl, for records without a string "outlet"')
    p.add_argument("--url", help='the article\'s URL; with --jsonl, for records without a string "url"')
    sub.add_parser("demo", help="parse a sample article and show what berita finds")
    args = ap.parse_args(argv)
    try:
        if args.command == "demo":
            print(demo())
            return 0
        meta = Meta(published=args.published, outlet=args.outlet, url=args.url)
        if args.jsonl:
            return parse_jsonl_files(args.files, meta)
        return parse_plain(args.files, meta)
    except BrokenPipeError:
        # The reader of the output went away (`berita ... | head`): nothing more to say.
        return 0
    except OSError as e:
        print(f"berita: {os_message(e)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
