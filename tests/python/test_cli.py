"""python -m berita: the same parse and demo as the Rust command line."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import berita
from berita.__main__ import pretty
from conftest import in_ci

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, stdin: bytes | None = None) -> str:
    out = subprocess.run(
        [sys.executable, "-m", "berita", *args], input=stdin, capture_output=True, check=True
    )
    return out.stdout.decode("utf-8")


def python_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """``python -m berita ARGS``, whatever its exit status."""
    return subprocess.run([sys.executable, "-m", "berita", *args], input=stdin, capture_output=True)


def rust_cli() -> str | None:
    """The Rust `berita` binary, when a build of it is at hand (scripts/test.sh builds it);
    never the Python console script of the same name."""
    candidates = [
        os.environ.get("BERITA_CLI"),
        ROOT / "target/debug/berita",
        ROOT / "target/release/berita",
        shutil.which("berita"),
    ]
    for c in candidates:
        if c and Path(c).is_file() and os.access(c, os.X_OK) and not _is_script(Path(c)):
            return str(c)
    return None


def _is_script(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(2) == b"#!"


#: Skip the comparisons with the Rust command only outside CI; in CI its build must be there
#: (scripts/test.sh makes it), and the tests fail on ``assert cli is not None`` when it is not.
NO_RUST_CLI = rust_cli() is None and not in_ci()


@pytest.fixture
def article_file(tmp_path: Path, kompas: str) -> Path:
    p = tmp_path / "artikel.txt"
    p.write_bytes((kompas + "\nMereka bertemu Jumat (4/2). 😀 \xff").encode("utf-8", "surrogateescape") + b"\xff")
    return p


def test_parse_prints_the_document(article_file: Path) -> None:
    out = run("parse", str(article_file), "--published", "2022-02-05")
    text = article_file.read_bytes().decode("utf-8", errors="replace")
    doc = berita.parse(text, published="2022-02-05").to_dict()
    assert json.loads(out) == doc
    assert out == pretty(doc) + "\n"
    assert '"span": [' in out


def test_parse_several_files_and_stdin(article_file: Path) -> None:
    out = run("parse", str(article_file), "-", stdin=b"Hujan turun.")
    docs = json.loads(out)
    assert isinstance(docs, list) and len(docs) == 2
    assert docs[1] == berita.parse("Hujan turun.").to_dict()


def test_parse_jsonl() -> None:
    records = [
        {"id": 7, "text": "JAKARTA - Hujan turun. (zik)", "published": "2022-02-05"},
        "not json",
        {"id": "x"},
        {"text": "Warga 😀 senang."},
    ]
    stdin = "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n\n"
    proc = python_cli("parse", "--jsonl", stdin=stdin.encode())
    lines = proc.stdout.decode().splitlines()
    assert len(lines) == 5
    first = json.loads(lines[0])
    assert list(first)[:2] == ["id", "schema"] and first["id"] == 7
    assert {k: v for k, v in first.items() if k != "id"} == berita.parse(
        "JAKARTA - Hujan turun. (zik)", published="2022-02-05"
    ).to_dict()
    assert json.loads(lines[1]) == {
        "id": None,
        "error": "invalid JSON: expected ident at column 2",
        "file": "-",
        "line": 2,
    }
    assert json.loads(lines[2]) == {"id": "x", "error": 'record has no string field "text"', "file": "-", "line": 3}
    assert json.loads(lines[3])["id"] is None
    assert json.loads(lines[4]) == {"id": None, "error": "blank line", "file": "-", "line": 5}
    assert proc.stderr.decode() == "berita: 2 parsed, 3 failed\n"
    assert proc.returncode == 2


#: Good records among a blank line, invalid JSON, a record without a string text and one with
#: undecodable bytes in its text, then one whose ``published`` is a number.
MIXED = (
    b'{"id": 1, "text": "JAKARTA - Hujan turun Jumat (4/2)."}\n'
    b"\n"
    b'{"id": 3, "text": \n'
    b'{"id": 4, "text": 5}\n'
    b'{"id": 5, "text": "a\xff\xfeb"}\r\n'
    b'{"id": 6, "text": "Warga senang Jumat (4/2).", "published": 20220205}\n'
)


def test_every_jsonl_line_gives_one_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(MIXED)
    proc = python_cli("parse", "--jsonl", "--published", "2022-02-05", str(path))
    lines = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len(lines) == 6
    assert [line["id"] for line in lines] == [1, None, None, 4, None, 6]
    assert [line.get("line") for line in lines] == [None, 2, 3, 4, 5, None]
    assert all(line["file"] == str(path) for line in lines if "error" in line)
    assert lines[4]["error"].startswith("invalid JSON: invalid unicode code point at column ")
    assert lines[0]["dates"][0]["resolved"] == "2022-02-04"
    assert lines[5]["warnings"][0]["message"] == 'published: could not read "20220205"'
    assert proc.stderr.decode() == "berita: 2 parsed, 4 failed\n"
    assert proc.returncode == 2


def test_two_jsonl_files_and_one_missing(tmp_path: Path) -> None:
    a = tmp_path / "a.jsonl"
    a.write_bytes(b'{"id": "a1", "text": "Hujan."}\n')
    b = tmp_path / "b.jsonl"
    b.write_bytes(b'{"id": "b1", "text": "Panas."}\n{"id": "b2"}')
    proc = python_cli("parse", "--jsonl", str(a), str(tmp_path / "missing.jsonl"), str(b))
    lines = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [line["id"] for line in lines] == ["a1", "b1", "b2"]
    assert lines[2]["line"] == 2 and lines[2]["file"] == str(b)
    assert proc.stderr.decode() == (
        f"berita: {tmp_path / 'missing.jsonl'}: No such file or directory (os error 2)\n"
        "berita: 2 parsed, 1 failed\n"
    )
    assert proc.returncode == 1


def test_plain_files_with_a_missing_one(article_file: Path, tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    proc = python_cli("parse", str(article_file), missing)
    docs = json.loads(proc.stdout)
    assert docs[0]["schema"] == "berita/1"
    assert docs[1] == {"file": missing, "error": "No such file or directory (os error 2)"}
    assert proc.stderr.decode() == f"berita: {missing}: No such file or directory (os error 2)\n"
    assert proc.returncode == 1
    alone = python_cli("parse", missing)
    assert alone.stdout == b"" and alone.returncode == 1
    assert alone.stderr.decode() == f"berita: {missing}: No such file or directory (os error 2)\n"


def test_version_agrees_with_cargo_toml() -> None:
    cargo = (ROOT / "Cargo.toml").read_text(encoding="utf-8")
    match = re.search(r'^version = "([^"]+)"', cargo, re.MULTILINE)
    assert match is not None
    assert berita.__version__ == match.group(1)
    assert run("--version").strip() == f"berita {match.group(1)}"


def test_main_is_a_console_script_entry() -> None:
    """``[project.scripts] berita = "berita.__main__:main"``: ``main`` returns the status."""
    from berita.__main__ import main

    assert main(["parse", "--jsonl", "/no/such/file"]) == 1
    script = Path(sys.executable).parent / "berita"
    if script.is_file():
        out = subprocess.run([str(script), "--version"], capture_output=True, check=True)
        assert out.stdout.decode().strip() == f"berita {berita.__version__}"


def test_demo_runs() -> None:
    out = run("demo")
    assert out.startswith("berita demo")
    doc = json.loads(out.split("berita/1 JSON:\n", 1)[1])
    assert doc == berita.parse(berita.DEMO_TEXT, published=berita.DEMO_PUBLISHED).to_dict()


def test_missing_file_is_an_error() -> None:
    proc = subprocess.run([sys.executable, "-m", "berita", "parse", "/no/such/file"], capture_output=True)
    assert proc.returncode == 1 and b"berita:" in proc.stderr


@pytest.mark.skipif(NO_RUST_CLI, reason="no build of the Rust berita command at hand")
def test_same_output_as_the_rust_command_line(article_file: Path) -> None:
    cli = rust_cli()
    assert cli is not None
    args = ["parse", str(article_file), "--published", "2022-02-05"]
    rust = subprocess.run([cli, *args], capture_output=True, check=True).stdout.decode()
    assert run(*args) == rust
    stdin = json.dumps({"id": 1, "text": berita.DEMO_TEXT, "published": berita.DEMO_PUBLISHED}).encode()
    rust = subprocess.run([cli, "parse", "--jsonl"], input=stdin, capture_output=True, check=True).stdout.decode()
    assert run("parse", "--jsonl", stdin=stdin) == rust
    rust_demo = subprocess.run([cli, "demo"], capture_output=True, check=True).stdout.decode()
    assert run("demo").split("berita/1 JSON:\n", 1)[1] == rust_demo.split("berita/1 JSON:\n", 1)[1]


#: Lines that the two readers must refuse alike: odd JSON, numbers out of range, lone
#: surrogates, repeated keys, values running over the line, a second value after one.
ODD = (
    b'{"id": 1e400, "text": "x"}\n'
    b'{"text": "\\ud800"}\n'
    b'{"te\\u0078t": "escaped key", "text": 3, "text": "last wins", "id": [1.0, 1e20, -0]}\n'
    b'{"text": "x"} {"text": "y"}\n'
    b'{"text": "a",  \n'
    b'"id": 2}\n'
    b"12\n"
    b"\x0c\n"
    b'{"id": {"b": 1, "a": "\xe2\x82\xac\\n"}, "text": "Hujan \\"deras\\".", "outlet": 5, "url": "u"}\n'
)


@pytest.mark.skipif(NO_RUST_CLI, reason="no build of the Rust berita command at hand")
@pytest.mark.parametrize(
    "files",
    [
        ["mixed.jsonl"],
        ["odd.jsonl"],
        ["mixed.jsonl", "missing.jsonl", "odd.jsonl"],
    ],
)
def test_jsonl_same_as_the_rust_command_line(tmp_path: Path, files: list[str]) -> None:
    cli = rust_cli()
    assert cli is not None
    (tmp_path / "mixed.jsonl").write_bytes(MIXED)
    (tmp_path / "odd.jsonl").write_bytes(ODD)
    args = ["parse", "--jsonl", "--published", "2022-02-05", "--outlet", "Kompas", *(str(tmp_path / f) for f in files)]
    rust = subprocess.run([cli, *args], capture_output=True)
    python = python_cli(*args)
    assert python.stdout.decode() == rust.stdout.decode()
    assert python.stderr.decode() == rust.stderr.decode()
    assert python.returncode == rust.returncode != 0


@pytest.mark.skipif(NO_RUST_CLI, reason="no build of the Rust berita command at hand")
def test_plain_files_same_as_the_rust_command_line(article_file: Path, tmp_path: Path) -> None:
    cli = rust_cli()
    assert cli is not None
    for files in ([article_file, tmp_path / "missing.txt"], [tmp_path / "missing.txt"]):
        args = ["parse", *(str(f) for f in files)]
        rust = subprocess.run([cli, *args], capture_output=True)
        python = python_cli(*args)
        assert python.stdout.decode() == rust.stdout.decode()
        assert python.stderr.decode() == rust.stderr.decode()
        assert python.returncode == rust.returncode == 1
    rust_version = subprocess.run([cli, "--version"], capture_output=True, check=True).stdout
    assert rust_version.decode() == run("--version")


def rust(*args: str) -> subprocess.CompletedProcess[bytes]:
    cli = rust_cli()
    assert cli is not None
    return subprocess.run([cli, *args], capture_output=True)


@pytest.mark.skipif(NO_RUST_CLI, reason="no build of the Rust berita command at hand")
def test_parquet_to_parquet_is_the_parse_arrow_table(tmp_path: Path, kompas: str) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    texts = [kompas, None, '"Kami siap," ujar Budi, Jumat (4/2).', berita.DEMO_TEXT] * 300
    table = pa.table(
        {"id": [f"a{i}" for i in range(len(texts))], "text": texts, "published": ["2022-02-05"] * len(texts)}
    )
    pq.write_table(table, tmp_path / "in.parquet", row_group_size=250)
    out = rust("parse", "--input", str(tmp_path / "in.parquet"), "--output", str(tmp_path / "out.parquet"))
    # The null texts are rows with their error: counted, and the exit status says so.
    assert out.returncode == 2, out.stderr
    assert out.stderr.decode() == "berita: 900 parsed, 300 failed\n"
    written = pq.read_table(tmp_path / "out.parquet")
    expected = pa.table(berita.parse_arrow(table, id="id"))
    assert written.schema.names == expected.schema.names
    assert written.to_pylist() == expected.to_pylist()
    quotes = rust(
        "parse", "--input", str(tmp_path / "in.parquet"), "--output", str(tmp_path / "q.parquet"), "--quotes-only"
    )
    assert quotes.returncode == 2, quotes.stderr
    assert pq.read_table(tmp_path / "q.parquet").to_pylist() == pa.table(
        berita.quotes_arrow(table, id="id")
    ).to_pylist()


@pytest.mark.skipif(NO_RUST_CLI, reason="no build of the Rust berita command at hand")
def test_jsonl_and_parquet_either_way(tmp_path: Path, kompas: str) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    records = [{"id": "a", "text": kompas, "published": "2022-02-05"}, {"id": "b"}, {"id": "c", "text": "Hujan."}]
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in records) + "\nnot json\n", encoding="utf-8")
    to_parquet = rust("parse", "--input", str(jsonl), "--output", str(tmp_path / "out.parquet"))
    # As with --jsonl: every line a row, the failed ones counted in the summary, exit status 2.
    assert to_parquet.returncode == 2, to_parquet.stderr
    assert to_parquet.stderr.decode() == "berita: 2 parsed, 3 failed\n"
    written = pq.read_table(tmp_path / "out.parquet")
    assert written.column("id").to_pylist() == ["a", "b", "c", None, None]
    assert written.column("error").to_pylist() == [
        None,
        f'{jsonl}:2: record has no string field "text"',
        None,
        f"{jsonl}:4: blank line",
        f"{jsonl}:5: invalid JSON: expected ident at column 2",
    ]
    # JSONL in and out with --input is --jsonl.
    same = rust("parse", "--input", str(jsonl), "--output", str(tmp_path / "out.jsonl"))
    assert same.returncode == 2 and same.stderr.decode() == "berita: 2 parsed, 3 failed\n"
    assert (tmp_path / "out.jsonl").read_bytes() == rust("parse", "--jsonl", str(jsonl)).stdout
    # Parquet in, berita/1 JSONL out: the lines `--jsonl` writes for the same records.
    pq.write_table(pa.Table.from_pylist([records[0], records[2]]), tmp_path / "in.parquet")
    to_jsonl = rust("parse", "--input", str(tmp_path / "in.parquet"))
    assert to_jsonl.returncode == 0, to_jsonl.stderr
    from_jsonl = rust("parse", "--jsonl", str(tmp_path / "in.jsonl")).stdout.decode().splitlines()
    assert to_jsonl.stdout.decode().splitlines() == [from_jsonl[0], from_jsonl[2]]
    assert to_jsonl.stderr.decode() == "berita: 2 parsed, 0 failed\n"


@pytest.mark.skipif(NO_RUST_CLI, reason="no build of the Rust berita command at hand")
def test_parquet_errors_name_the_problem(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pq.write_table(pa.table({"body": ["x"]}), tmp_path / "no-text.parquet")
    out = rust("parse", "--input", str(tmp_path / "no-text.parquet"), "--output", str(tmp_path / "o.parquet"))
    assert out.returncode == 1 and b'no column "text"' in out.stderr
    assert not (tmp_path / "o.parquet").exists()
    pq.write_table(pa.table({"text": [1, 2]}), tmp_path / "int-text.parquet")
    out = rust("parse", "--input", str(tmp_path / "int-text.parquet"), "--output", str(tmp_path / "o.parquet"))
    assert out.returncode == 1 and b'column "text" must hold strings' in out.stderr
    assert not (tmp_path / "o.parquet").exists()
    quotes = rust("parse", "--input", str(tmp_path / "no-text.parquet"), "--quotes-only")
    assert quotes.returncode == 1 and b"--quotes-only writes Parquet" in quotes.stderr


# ---------------------------------------------------------------------------------------------
# parse --input X --output Y [--quotes-only]: each run through both command lines, compared
# ---------------------------------------------------------------------------------------------


@dataclass
class Run:
    """One command line's run: its process and the output file it was given (None: stdout)."""

    proc: subprocess.CompletedProcess[bytes]
    output: Path | None = None


def both(tmp_path: Path, *args: str, output: str | None = None) -> tuple[Run, Run]:
    """``berita parse ARGS [--output OUTPUT]`` run by the Rust command line and by
    ``python -m berita``, each writing its own ``rust-OUTPUT`` / ``python-OUTPUT`` in
    ``tmp_path`` (none: stdout)."""
    runs = []
    for name, command in (("rust", rust), ("python", python_cli)):
        path = None if output is None else tmp_path / f"{name}-{output}"
        out = [] if path is None else ["--output", str(path)]
        runs.append(Run(command("parse", *args, *out), path))
    return runs[0], runs[1]


def assert_same_run(r: Run, p: Run, status: int) -> None:
    """The same exit status (``status``), stdout and stderr; and, for Parquet outputs, equal
    tables (with the same schema)."""
    assert p.proc.returncode == r.proc.returncode == status, (r.proc.stderr, p.proc.stderr)
    assert p.proc.stderr.decode() == r.proc.stderr.decode()
    assert p.proc.stdout.decode() == r.proc.stdout.decode()
    if r.output is None or p.output is None:
        return
    assert r.output.exists() == p.output.exists()
    if r.output.suffix == ".parquet" and r.output.exists():
        pq = pytest.importorskip("pyarrow.parquet")
        rust_table, python_table = pq.read_table(r.output), pq.read_table(p.output)
        assert python_table.schema == rust_table.schema
        assert python_table.equals(rust_table)
    elif r.output.exists():
        assert p.output.read_bytes() == r.output.read_bytes()


#: Texts for the Parquet inputs: quotes and dates, a null, the demo article.
TEXTS = [
    'JAKARTA, KOMPAS.com - Hujan turun. "Kami siap," ujar Kepala BPBD Isnawa Adji, Jumat (4/2).',
    None,
    "Warga 😀 senang. Menurut Budi, harga naik kemarin.",
    berita.DEMO_TEXT,
]


def write_articles(path: Path, rows: int, row_group_size: int = 250) -> None:
    """A Parquet file of ``rows`` articles from :data:`TEXTS`: ids, a text null every fourth
    row, ``published`` and ``outlet`` sometimes null, a column berita does not read."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = pa.table(
        {
            "id": [f"a{i}" for i in range(rows)],
            "body": ["not read"] * rows,
            "text": [TEXTS[i % len(TEXTS)] for i in range(rows)],
            "published": [None if i % 3 == 0 else "2022-02-05" for i in range(rows)],
            "outlet": [None if i % 5 == 0 else "Kompas" for i in range(rows)],
        }
    )
    pq.write_table(table, path, row_group_size=row_group_size)


@pytest.mark.skipif(NO_RUST_CLI, reason="no build of the Rust berita command at hand")
@pytest.mark.parametrize("quotes", [False, True])
def test_parquet_to_parquet_same_as_rust(tmp_path: Path, quotes: bool) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    # More rows than a batch (512), in several row groups: the quotes' `row` goes on across
    # batches; the null texts are rows with their error, and the exit status is 2.
    write_articles(tmp_path / "in.parquet", 1300)
    flags = ["--quotes-only"] if quotes else []
    defaults = ["--published", "2022-02-04", "--outlet", "Tempo"]
    r, p = both(tmp_path, "--input", str(tmp_path / "in.parquet"), *defaults, *flags, output="out.parquet")
    assert_same_run(r, p, 2)
    assert p.proc.stderr.decode() == "berita: 975 parsed, 325 failed\n"
    written = pq.read_table(p.output)
    assert written.schema == pa.schema(berita.quotes_arrow_schema() if quotes else berita.arrow_schema())
    if quotes:
        assert written.column("row").to_pylist()[-1] == 1299
    else:
        assert written.num_rows == 1300
        assert written.column("error").to_pylist()[:2] == [None, "text is null"]
        # --published serves the rows whose `published` is null (every third).
        assert [d.isoformat() for d in written.column("published").to_pylist()[3:5]] == ["2022-02-04", "2022-02-05"]


@pytest.mark.skipif(NO_RUST_CLI, reason="no build of the Rust berita command at hand")
def test_corpus_parquet_to_parquet_same_as_rust(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from conftest import corpus_records

    # A few corpus articles, read here (never copied into the repository).
    records = corpus_records(200)
    pq.write_table(pa.Table.from_pylist(records), tmp_path / "corpus.parquet", row_group_size=20)
    for flags in ([], ["--quotes-only"]):
        r, p = both(tmp_path, "--input", str(tmp_path / "corpus.parquet"), *flags, output="out.parquet")
        assert_same_run(r, p, 0)


@pytest.mark.skipif(NO_RUST_CLI, reason="no build of the Rust berita command at hand")
@pytest.mark.parametrize("quotes", [False, True])
def test_jsonl_to_parquet_same_as_rust(tmp_path: Path, quotes: bool) -> None:
    pytest.importorskip("pyarrow")
    # Every kind of line that gives no record (blank, invalid JSON, no string text, odd
    # JSON), ids of every JSON type, a `published` that is a number.
    (tmp_path / "in.jsonl").write_bytes(MIXED + ODD + MIXED)
    flags = ["--quotes-only"] if quotes else []
    r, p = both(tmp_path, "--input", str(tmp_path / "in.jsonl"), "--outlet", "Kompas", *flags, output="out.parquet")
    assert_same_run(r, p, 2)


@pytest.mark.skipif(NO_RUST_CLI, reason="no build of the Rust berita command at hand")
def test_parquet_to_jsonl_same_as_rust(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    write_articles(tmp_path / "in.parquet", 600)
    # To stdout, and to a file.
    r, p = both(tmp_path, "--input", str(tmp_path / "in.parquet"), "--url", "https://x.id/a")
    assert_same_run(r, p, 2)
    assert len(p.proc.stdout.decode().splitlines()) == 600
    r, p = both(tmp_path, "--input", str(tmp_path / "in.parquet"), output="out.jsonl")
    assert_same_run(r, p, 2)
    # Integer ids are written as strings.
    pq.write_table(pa.table({"id": pa.array([7, None], pa.int64()), "text": ["Hujan.", None]}), tmp_path / "ids.parquet")
    r, p = both(tmp_path, "--input", str(tmp_path / "ids.parquet"), output="ids.jsonl")
    assert_same_run(r, p, 2)
    assert p.output is not None
    lines = [json.loads(line) for line in p.output.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["7", None]
    assert lines[1] == {"id": None, "error": "text is null", "file": str(tmp_path / "ids.parquet"), "line": 2}


@pytest.mark.skipif(NO_RUST_CLI, reason="no build of the Rust berita command at hand")
def test_jsonl_to_jsonl_with_input_same_as_rust(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_bytes(MIXED)
    r, p = both(tmp_path, "--input", str(tmp_path / "in.jsonl"), output="out.jsonl")
    assert_same_run(r, p, 2)
    assert p.output is not None and p.output.read_bytes() == python_cli("parse", "--jsonl", str(tmp_path / "in.jsonl")).stdout


@pytest.mark.skipif(NO_RUST_CLI, reason="no build of the Rust berita command at hand")
def test_null_text_rows_same_as_rust(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pq.write_table(pa.table({"text": pa.array([None, None], pa.large_string())}), tmp_path / "nulls.parquet")
    for output in ("out.parquet", "out.jsonl", "q.parquet"):
        flags = ["--quotes-only"] if output == "q.parquet" else []
        r, p = both(tmp_path, "--input", str(tmp_path / "nulls.parquet"), *flags, output=output)
        assert_same_run(r, p, 2)
        assert p.proc.stderr.decode() == "berita: 0 parsed, 2 failed\n"


@pytest.mark.skipif(NO_RUST_CLI, reason="no build of the Rust berita command at hand")
@pytest.mark.parametrize(
    ("columns", "name"),
    [
        ({"body": ["x"]}, "text"),
        ({"text": [1, 2]}, "text"),
        ({"text": ["x"], "id": [1.5]}, "id"),
        ({"text": ["x"], "published": [20220205]}, "published"),
        ({"text": ["x"], "outlet": [True]}, "outlet"),
        ({"text": ["x"], "url": [b"bytes"]}, "url"),
    ],
)
def test_a_missing_or_mistyped_column_same_as_rust(tmp_path: Path, columns: dict[str, list[object]], name: str) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pq.write_table(pa.table(columns), tmp_path / "in.parquet")
    for output in ("out.parquet", None):
        r, p = both(tmp_path, "--input", str(tmp_path / "in.parquet"), output=output)
        # Refused by name before anything is written: no output file.
        assert_same_run(r, p, 1)
        assert p.output is None or not p.output.exists()
        assert f'column "{name}"' in p.proc.stderr.decode()


@pytest.mark.skipif(NO_RUST_CLI, reason="no build of the Rust berita command at hand")
def test_refusals_same_as_rust(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    write_articles(tmp_path / "in.parquet", 3)
    (tmp_path / "in.jsonl").write_bytes(MIXED)
    for name in ("in.parquet", "in.jsonl"):
        # The output is the input (under another name): refused, the input kept.
        before = (tmp_path / name).read_bytes()
        args = ["parse", "--input", str(tmp_path / name), "--output", str(tmp_path / "." / name)]
        runs = [rust(*args), python_cli(*args)]
        assert_same_run(Run(runs[0]), Run(runs[1]), 1)
        assert runs[1].stderr.decode() == f"berita: {tmp_path / '.' / name}: --output is the input file\n"
        assert (tmp_path / name).read_bytes() == before
    # --quotes-only writes Parquet only; an input that is not there; not Parquet inside.
    (tmp_path / "bad.parquet").write_bytes(b"not parquet at all")
    for args in (
        ["--input", str(tmp_path / "in.parquet"), "--quotes-only"],
        ["--input", str(tmp_path / "missing.parquet"), "--output", str(tmp_path / "o.parquet")],
        ["--input", str(tmp_path / "missing.jsonl"), "--output", str(tmp_path / "o.parquet")],
    ):
        assert_same_run(Run(rust("parse", *args)), Run(python_cli("parse", *args)), 1)
    bad = [command("parse", "--input", str(tmp_path / "bad.parquet")) for command in (rust, python_cli)]
    assert bad[0].returncode == bad[1].returncode == 1
    assert bad[1].stderr.decode().startswith(f"berita: {tmp_path / 'bad.parquet'}: ")
    # Usage errors: --output without --input, --input with FILE... or --jsonl.
    for args in (["--output", "o.parquet"], ["--input", "in.jsonl", "a.txt"], ["--input", "in.jsonl", "--jsonl"]):
        assert rust("parse", *args).returncode == python_cli("parse", *args).returncode == 2


def test_parquet_without_pyarrow_names_the_extra(tmp_path: Path) -> None:
    """Without pyarrow, a Parquet input or output is a usage error (exit status 2) that says
    what to install; JSONL in and out needs no pyarrow."""
    (tmp_path / "in.jsonl").write_bytes(MIXED)
    script = (
        "import sys; sys.modules['pyarrow'] = None; from berita.__main__ import main; "
        "sys.exit(main(sys.argv[1:]))"
    )
    for output in ("out.parquet", "out.jsonl"):
        args = ["parse", "--input", str(tmp_path / "in.jsonl"), "--output", str(tmp_path / output)]
        proc = subprocess.run([sys.executable, "-c", script, *args], capture_output=True)
        if output == "out.parquet":
            assert proc.returncode == 2
            assert "pip install 'berita[arrow]'" in proc.stderr.decode()
            assert not (tmp_path / output).exists()
        else:
            assert proc.returncode == 2 and proc.stderr.decode() == "berita: 2 parsed, 4 failed\n"


def test_cli_doctests() -> None:
    import doctest

    import berita.__main__

    assert doctest.testmod(berita.__main__).failed == 0


@pytest.mark.skipif(NO_RUST_CLI, reason="no build of the Rust berita command at hand")
def test_help_says_the_same_exit_status() -> None:
    """Both command lines' ``--help`` say what exit status 2 means for JSONL lines and
    Parquet rows alike (argparse and clap wrap the text differently)."""
    from berita.__main__ import EXIT_STATUS

    said = " ".join(EXIT_STATUS.split())
    assert "JSONL lines or Parquet rows" in said
    for command in (rust, python_cli):
        for args in (["--help"], ["parse", "--help"]):
            help = command(*args)
            assert help.returncode == 0
            assert said in " ".join(help.stdout.decode().split())
