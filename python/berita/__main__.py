"""``python -m berita``: the same ``parse`` and ``demo`` as the ``berita`` command line.

Installed as the ``berita`` console script too. ``berita parse FILE... [--published D]
[--outlet O] [--url U]`` prints the ``berita/1`` document (an array for several files, a file
that cannot be read being ``{"file", "error"}`` there; ``-`` reads stdin), formatted exactly as
the Rust ``berita parse`` formats it. ``berita parse --jsonl [FILE...]`` reads records
``{"text", "id"?, "published"?, "outlet"?, "url"?}`` from each file in turn and writes one
line per input line, in order: the compact document, ``id`` first, or an error record
``{"id", "error", "file", "line"}``; the summary goes to stderr. Records are read by the Rust
command line's own reader (``berita._berita._read_jsonl_line``), so the same lines are refused
with the same messages. ``berita parse --input X --output Y [--quotes-only]`` reads records
from Parquet or JSONL and writes the ``parse_arrow`` table (or the ``quotes_arrow`` table) to
Parquet, or ``berita/1`` JSONL, batch by batch (Parquet needs ``pip install 'berita[arrow]'``).
``berita demo`` parses a sample article and shows what it finds.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any, Protocol

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

    def status(self) -> int:
        """The exit status of a run that read every input: 2 when records failed, else 0."""
        return 2 if self.failed else 0


class Record(Protocol):
    """One input record as the output lines are written from it: a JSONL line as the Rust
    reader reads it (``berita._berita._JsonlLine``), or a Parquet row (:class:`Row`)."""

    @property
    def id(self) -> str:
        """The record's ``id`` as JSON text (``null`` when it has none)."""

    @property
    def error(self) -> str | None:
        """Why the record gives no document; None when it has a text."""

    @property
    def text(self) -> str | None: ...
    @property
    def published(self) -> str | None: ...
    @property
    def outlet(self) -> str | None: ...
    @property
    def url(self) -> str | None: ...


def parse_jsonl(stream: IO[bytes], file: str, meta: Meta, out: IO[str], tally: Tally) -> None:
    """JSONL records in, one compact line out per input line, in order: the ``berita/1``
    document with ``id`` first, or ``{"id", "error", "file", "line"}``; counted in ``tally``."""
    number = 1
    for lines in _jsonl_batches(stream):
        write_records(lines, Position(file, number), meta, out, tally)
        number += len(lines)


def _jsonl_batches(stream: IO[bytes]) -> Iterator[list[_berita._JsonlLine]]:
    """The lines of ``stream``, :data:`BATCH` at a time, read by the Rust command line's reader."""
    for batch in _batches(stream, BATCH):
        yield [_berita._read_jsonl_line(raw.rstrip(b"\n")) for raw in batch]


@dataclass(frozen=True)
class Position:
    """Where the first of some records is: its file (``-`` for stdin) and line or row, from 1."""

    file: str
    number: int


def write_records(records: Sequence[Record], first: Position, meta: Meta, out: IO[str], tally: Tally) -> None:
    """One compact line per record, in order, parsed together: the ``berita/1`` document
    with ``id`` first, or the error record naming the record's file and line; counted in
    ``tally``."""
    good = [r for r in records if r.error is None]
    articles = iter(
        berita.parse_many(
            [r.text or "" for r in good],
            published=[_or(r.published, meta.published) for r in good],
            outlet=[_or(r.outlet, meta.outlet) for r in good],
            url=[_or(r.url, meta.url) for r in good],
            errors="return",
        )
    )
    for number, record in enumerate(records, first.number):
        article = next(articles) if record.error is None else None
        if isinstance(article, berita.Article):
            out.write('{"id":' + record.id + "," + article.to_json()[1:] + "\n")
            tally.parsed += 1
        else:
            out.write(_error_record(record.id, record.error or str(article), first.file, number))
            tally.failed += 1


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


def parse_jsonl_files(files: Sequence[str], meta: Meta, out: IO[str] | None = None) -> int:
    """Every JSONL file in turn (none is stdin) to ``out`` (stdout when None); a file that
    cannot be read is said on stderr and the others are read; the summary goes to stderr.
    Returns the exit status: 1 when a file could not be read, 2 when records failed, 0
    otherwise."""
    out = sys.stdout if out is None else out
    tally = Tally()
    unreadable = False
    for path in files or ["-"]:
        try:
            if path == "-":
                parse_jsonl(sys.stdin.buffer, path, meta, out, tally)
            else:
                with open(path, "rb") as f:
                    parse_jsonl(f, path, meta, out, tally)
        except BrokenPipeError:
            raise
        except OSError as e:
            out.flush()
            print(f"berita: {path}: {os_message(e)}", file=sys.stderr)
            unreadable = True
    out.flush()
    print(f"berita: {tally}", file=sys.stderr)
    return 1 if unreadable else tally.status()


def _batches(stream: IO[bytes], size: int) -> Iterator[list[bytes]]:
    batch: list[bytes] = []
    for line in stream:
        batch.append(line)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


# ---------------------------------------------------------------------------------------------
# parse --input X --output Y: records from Parquet or JSONL to the parse_arrow table in Parquet
# (or the quotes table, --quotes-only), or to berita/1 JSONL, as the Rust command line does.
# Read and written BATCH rows at a time (a Parquet row group per batch): memory stays flat.
# ---------------------------------------------------------------------------------------------

#: The columns of a Parquet input berita reads, when present (``text`` must be).
COLUMNS = ("text", "id", "published", "outlet", "url")

#: What a Parquet input or output needs and how to get it.
NO_ARROW = "Parquet needs pyarrow: pip install 'berita[arrow]'"


class Refused(Exception):
    """A run that cannot go on: said on stderr as ``berita: MESSAGE``, exit status 1."""


class NoArrow(Exception):
    """pyarrow is not installed: a usage error (exit status 2) naming the ``arrow`` extra."""


def is_parquet(path: str | None) -> bool:
    """Whether ``path`` names a Parquet file: its extension, in any case.

    >>> is_parquet("a.PARQUET"), is_parquet("a.jsonl"), is_parquet(".parquet"), is_parquet(None)
    (True, False, False, False)
    """
    return path is not None and os.path.splitext(path)[1].lower() == ".parquet"


def _arrow() -> tuple[Any, Any]:
    """``pyarrow`` and ``pyarrow.parquet``, or :class:`NoArrow`."""
    try:
        import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]
        import pyarrow.parquet as pq  # type: ignore[import-untyped,unused-ignore]
    except ImportError as e:
        raise NoArrow(NO_ARROW) from e
    return pa, pq


@dataclass(frozen=True)
class Row:
    """A Parquet row as a :class:`Record` for the JSONL output: ``id`` as JSON text, and
    ``text is null`` as its error when it has no text."""

    id: str
    error: str | None
    text: str | None
    published: str | None
    outlet: str | None
    url: str | None


@dataclass
class Chunk:
    """A batch of input records: a pyarrow table (``text`` null where a record has none;
    ``id``, ``published``, ``outlet``, ``url`` when the input has them), the output ``error``
    of each JSONL line that gives no record, by its index in the batch, and the number of the
    batch's first row or line in its file (from 1)."""

    table: Any
    errors: dict[int, str]
    first: int


def convert(input: str, output: str | None, meta: Meta, quotes_only: bool) -> int:
    """Converts ``input`` (Parquet if it ends in ``.parquet``, else JSONL; ``-`` is stdin) to
    ``output`` (likewise; stdout when None or ``-``). Every input row or line gives one output
    row or line; the summary goes to stderr. Returns the exit status."""
    if quotes_only and not is_parquet(output):
        raise Refused("--quotes-only writes Parquet: give --output FILE.parquet")
    _not_the_input(input, output)
    if not is_parquet(input) and not is_parquet(output):
        return _jsonl_to_jsonl(input, output, meta)
    _arrow()  # Parquet in or out needs pyarrow: said before anything is opened.
    chunks = _parquet_chunks(input) if is_parquet(input) else _jsonl_chunks(input)
    # The input first: one that cannot be read, or lacks a `text` column, leaves no output
    # file behind.
    first = next(chunks, None)
    chunks = itertools.chain([] if first is None else [first], chunks)
    tally = Tally()
    if output is not None and is_parquet(output):
        _write_parquet(chunks, output, meta, quotes_only, tally)
    else:
        with _jsonl_output(output) as out:
            for chunk in chunks:
                write_records(_rows(chunk), Position(input, chunk.first), meta, out, tally)
    print(f"berita: {tally}", file=sys.stderr)
    return tally.status()


def _not_the_input(input: str, output: str | None) -> None:
    """Refuses an ``output`` that is the file ``input`` names: writing it would empty the
    input before it is read."""
    if output is None or output == "-":
        return
    try:
        same = os.path.realpath(input, strict=True) == os.path.realpath(output, strict=True)
    except OSError:
        return
    if same:
        raise Refused(f"{output}: --output is the input file")


def _jsonl_to_jsonl(input: str, output: str | None, meta: Meta) -> int:
    """JSONL in and out: what ``--jsonl`` does, written to ``output``."""
    with _jsonl_output(output) as out:
        return parse_jsonl_files([input], meta, out)


@contextlib.contextmanager
def _jsonl_output(path: str | None) -> Iterator[IO[str]]:
    """The JSONL output ``path`` names, closed at the end: stdout for None or ``-``."""
    if path is None or path == "-":
        yield sys.stdout
        return
    try:
        f = open(path, "w", encoding="utf-8", newline="\n")
    except OSError as e:
        raise Refused(f"{path}: {os_message(e)}") from e
    with f:
        yield f


def _open_input(path: str) -> contextlib.AbstractContextManager[IO[bytes]]:
    """The file ``path`` names, closed at the end (``-``: stdin, left open), or
    :class:`Refused` naming it."""
    if path == "-":
        return contextlib.nullcontext(sys.stdin.buffer)
    try:
        return open(path, "rb")
    except OSError as e:
        raise Refused(f"{path}: {os_message(e)}") from e


def _parquet_chunks(path: str) -> Iterator[Chunk]:
    """The rows of the Parquet file at ``path``, :data:`BATCH` at a time, its :data:`COLUMNS`
    only; the file is opened and its columns checked when the first chunk is asked for. A file
    that is not Parquet, or not readable to its end, is :class:`Refused` naming it."""
    pa, pq = _arrow()
    with _open_input(path) as f:
        try:
            parquet = pq.ParquetFile(f)
            _check_columns(parquet.schema_arrow, path)
            columns = [name for name in parquet.schema_arrow.names if name in COLUMNS]
            first = 1
            for batch in parquet.iter_batches(batch_size=BATCH, columns=columns):
                yield Chunk(pa.Table.from_batches([batch]), {}, first)
                first += batch.num_rows
        except pa.ArrowException as e:
            raise Refused(f"{path}: {e}") from e


def _check_columns(schema: Any, path: str) -> None:
    """Refuses a Parquet schema whose ``text`` is missing, or whose :data:`COLUMNS` do not
    hold strings (``id``: or integers), with the Rust command line's messages. The type is
    named as Rust's Arrow names it, taken from ``parse_arrow``'s own ``TypeError``."""
    pa, _ = _arrow()
    if "text" not in schema.names:
        raise Refused(f'{path}: no column "text"')
    for name in (n for n in COLUMNS if n in schema.names):
        # A row of nulls of the column's type: parse_arrow checks the type, parses nothing.
        nulls = pa.nulls(1, schema.field(name).type)
        try:
            if name == "id":
                berita.parse_arrow(pa.table({"text": pa.nulls(1, pa.string()), "id": nulls}), id="id")
            else:
                berita.parse_arrow(pa.table({name: nulls}), text=name)
        except TypeError as e:
            found = str(e).rsplit(", not ", 1)[-1]
            raise Refused(f'{path}: column "{name}" must hold strings (ids: or integers), not {found}') from e


def _jsonl_chunks(path: str) -> Iterator[Chunk]:
    """The lines of the JSONL file at ``path`` (``-``: stdin), :data:`BATCH` at a time, read
    as ``--jsonl`` reads them: a line that gives no record is a row with a null ``text`` and
    its error naming the file and line (``in.jsonl:4: blank line``)."""
    pa, _ = _arrow()
    first = 1
    with _open_input(path) as f:
        for lines in _jsonl_batches(f):
            columns = {
                "text": [line.text if line.error is None else None for line in lines],
                "id": [_id_text(line.id) for line in lines],
                "published": [line.published for line in lines],
                "outlet": [line.outlet for line in lines],
                "url": [line.url for line in lines],
            }
            table = pa.table({name: pa.array(values, pa.string()) for name, values in columns.items()})
            errors = {
                i: f"{path}:{first + i}: {line.error}" for i, line in enumerate(lines) if line.error is not None
            }
            yield Chunk(table, errors, first)
            first += len(lines)


def _id_text(id_json: str) -> str | None:
    """An id for the Parquet ``id`` column from its JSON text: a string as it is, any other
    value as its JSON text, null as null.

    >>> _id_text('"a1"'), _id_text("7"), _id_text("null")
    ('a1', '7', None)
    """
    if id_json == "null":
        return None
    return str(json.loads(id_json)) if id_json.startswith('"') else id_json


def _rows(chunk: Chunk) -> list[Row]:
    """The rows of a Parquet input's chunk as records for the JSONL output: the id as a
    JSON string, ``text is null`` for a row without text."""
    rows = []
    for row in chunk.table.to_pylist():
        id = row.get("id")
        text = row["text"]
        rows.append(
            Row(
                id="null" if id is None else _compact(str(id)),
                error="text is null" if text is None else None,
                text=text,
                published=row.get("published"),
                outlet=row.get("outlet"),
                url=row.get("url"),
            )
        )
    return rows


def _write_parquet(chunks: Iterator[Chunk], path: str, meta: Meta, quotes: bool, tally: Tally) -> None:
    """Every chunk's rows parsed (``meta`` for the records without it) and written to the
    Parquet file at ``path`` as a row group of their own: the ``parse_arrow`` table, or the
    ``quotes_arrow`` table with ``quotes``; counted in ``tally``."""
    pa, pq = _arrow()
    schema = pa.schema(berita.quotes_arrow_schema() if quotes else berita.arrow_schema())
    try:
        f = open(path, "wb")
    except OSError as e:
        raise Refused(f"{path}: {os_message(e)}") from e
    rows = 0
    with f, pq.ParquetWriter(f, schema, compression="snappy") as writer:
        for chunk in chunks:
            writer.write_table(_parsed(chunk, meta, quotes, rows))
            failed = chunk.table.column("text").null_count
            tally.parsed += chunk.table.num_rows - failed
            tally.failed += failed
            rows += chunk.table.num_rows


def _parsed(chunk: Chunk, meta: Meta, quotes: bool, rows: int) -> Any:
    """A chunk parsed (``meta`` for the records without it): its ``parse_arrow`` table, or
    its ``quotes_arrow`` table with each ``row`` counted from the file's first row (``rows``
    came before the chunk); a JSONL line that gives no record has the error of its line."""
    pa, _ = _arrow()
    data = chunk.table
    # `url` says nothing to the parser: the tables have no column for it.
    for name in ("published", "outlet"):
        data = _with_default(data, name, getattr(meta, name))
    names = data.column_names
    call = berita.quotes_arrow if quotes else berita.parse_arrow
    table = pa.table(
        call(
            data,
            published="published" if "published" in names else None,
            outlet="outlet" if "outlet" in names else None,
            id="id" if "id" in names else None,
        )
    )
    at = table.column("row").to_pylist() if quotes else range(table.num_rows)
    if chunk.errors:
        errors = [chunk.errors.get(i, e) for i, e in zip(at, table.column("error").to_pylist())]
        table = _replace(table, "error", pa.array(errors, pa.string()))
    if quotes and rows:
        table = _replace(table, "row", pa.array([i + rows for i in at], table.schema.field("row").type))
    return table


def _with_default(table: Any, name: str, default: str | None) -> Any:
    """``table`` with ``default`` in its column ``name`` where that is null or missing."""
    if default is None:
        return table
    pa, _ = _arrow()
    if name not in table.column_names:
        return table.append_column(name, pa.array([default] * table.num_rows, pa.string()))
    i = table.column_names.index(name)
    return table.set_column(i, name, table.column(i).fill_null(default))


def _replace(table: Any, name: str, column: Any) -> Any:
    """``table`` with its column ``name`` replaced by ``column`` (the field kept as it is)."""
    i = table.schema.get_field_index(name)
    return table.set_column(i, table.schema.field(i), column)


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


#: What the exit status says, in ``--help`` (the Rust ``berita --help`` says the same).
EXIT_STATUS = (
    "Exit status: 0 when all went well; 1 when an input could not be read; "
    "2 when some records failed, JSONL lines or Parquet rows (each has its error in the output)."
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
        "parse",
        help="parse plain-text articles, JSONL records with --jsonl, or Parquet or JSONL with --input/--output",
        epilog=EXIT_STATUS,
    )
    p.add_argument("files", nargs="*", help="plain-text files (- is stdin); with --jsonl, JSONL files read in turn")
    p.add_argument(
        "--jsonl",
        action="store_true",
        help="read JSONL records, write one line per input line: the document, id first, or an error record",
    )
    p.add_argument(
        "--input",
        help="records from Parquet (a file ending in .parquet: columns text, id?, published?, outlet?, url?) "
        "or JSONL (else; - is stdin), read as --jsonl reads them, to --output",
    )
    p.add_argument(
        "--output",
        help="where --input goes: the parse_arrow table in Parquet (a file ending in .parquet; a record that "
        "gives no document is a row with its error), else berita/1 JSONL as --jsonl writes it (none or - is stdout)",
    )
    p.add_argument(
        "--quotes-only",
        action="store_true",
        help="with --output FILE.parquet: write the quotes table (quotes_arrow), a row per quote",
    )
    p.add_argument(
        "--published",
        help='publication date (ISO or an Indonesian date string); with --jsonl, for records without "published"',
    )
    p.add_argument("--outlet", help='outlet name; with --jsonl, for records without a string "outlet"')
    p.add_argument("--url", help='the article\'s URL; with --jsonl, for records without a string "url"')
    sub.add_parser("demo", help="parse a sample article and show what berita finds")
    args = ap.parse_args(argv)
    if args.command == "parse":
        _check_parse_args(p, args)
    try:
        if args.command == "demo":
            print(demo())
            return 0
        meta = Meta(published=args.published, outlet=args.outlet, url=args.url)
        if args.input is not None:
            return convert(args.input, args.output, meta, args.quotes_only)
        if args.jsonl:
            return parse_jsonl_files(args.files, meta)
        return parse_plain(args.files, meta)
    except NoArrow as e:
        p.error(str(e))
    except BrokenPipeError:
        # The reader of the output went away (`berita ... | head`): nothing more to say.
        return 0
    except Refused as e:
        print(f"berita: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"berita: {os_message(e)}", file=sys.stderr)
        return 1


def _check_parse_args(p: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Usage errors (exit status 2) for the options the Rust command line refuses together:
    --output and --quotes-only need --input, which goes without FILE... and --jsonl."""
    if args.input is None and (args.output is not None or args.quotes_only):
        p.error("--output and --quotes-only need --input")
    if args.input is not None and (args.files or args.jsonl):
        p.error("--input goes without FILE... and --jsonl")


if __name__ == "__main__":
    sys.exit(main())
