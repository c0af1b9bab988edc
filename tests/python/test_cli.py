"""python -m berita: the same parse and demo as the Rust command line."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
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


def rust_cli() -> str | None:
    """The Rust `berita` binary, when a build of it is at hand (scripts/test.sh builds it)."""
    candidates = [os.environ.get("BERITA_CLI"), ROOT / "target/debug/berita", ROOT / "target/release/berita"]
    for c in candidates:
        if c and Path(c).is_file() and os.access(c, os.X_OK):
            return str(c)
    return shutil.which("berita")


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
    lines = run("parse", "--jsonl", stdin=stdin.encode()).splitlines()
    assert len(lines) == 4
    first = json.loads(lines[0])
    assert list(first)[:2] == ["id", "schema"] and first["id"] == 7
    assert {k: v for k, v in first.items() if k != "id"} == berita.parse(
        "JAKARTA - Hujan turun. (zik)", published="2022-02-05"
    ).to_dict()
    assert json.loads(lines[1])["error"].startswith("invalid JSON")
    assert json.loads(lines[2]) == {"id": "x", "error": 'record has no string field "text"'}
    assert json.loads(lines[3])["id"] is None


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
    assert out.returncode == 0, out.stderr
    written = pq.read_table(tmp_path / "out.parquet")
    expected = pa.table(berita.parse_arrow(table, id="id"))
    assert written.schema.names == expected.schema.names
    assert written.to_pylist() == expected.to_pylist()
    quotes = rust(
        "parse", "--input", str(tmp_path / "in.parquet"), "--output", str(tmp_path / "q.parquet"), "--quotes-only"
    )
    assert quotes.returncode == 0, quotes.stderr
    assert pq.read_table(tmp_path / "q.parquet").to_pylist() == pa.table(
        berita.quotes_arrow(table, id="id")
    ).to_pylist()


@pytest.mark.skipif(NO_RUST_CLI, reason="no build of the Rust berita command at hand")
def test_jsonl_and_parquet_either_way(tmp_path: Path, kompas: str) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    records = [{"id": "a", "text": kompas, "published": "2022-02-05"}, {"id": "b"}, {"id": "c", "text": "Hujan."}]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    to_parquet = rust("parse", "--input", str(tmp_path / "in.jsonl"), "--output", str(tmp_path / "out.parquet"))
    assert to_parquet.returncode == 0, to_parquet.stderr
    written = pq.read_table(tmp_path / "out.parquet")
    assert written.column("id").to_pylist() == ["a", "b", "c"]
    assert written.column("error").to_pylist() == [None, 'record has no string field "text"', None]
    # Parquet in, berita/1 JSONL out: the lines `--jsonl` writes for the same records.
    pq.write_table(pa.Table.from_pylist([records[0], records[2]]), tmp_path / "in.parquet")
    to_jsonl = rust("parse", "--input", str(tmp_path / "in.parquet"))
    assert to_jsonl.returncode == 0, to_jsonl.stderr
    from_jsonl = rust("parse", "--jsonl", str(tmp_path / "in.jsonl")).stdout.decode().splitlines()
    assert to_jsonl.stdout.decode().splitlines() == [from_jsonl[0], from_jsonl[2]]


@pytest.mark.skipif(NO_RUST_CLI, reason="no build of the Rust berita command at hand")
def test_parquet_errors_name_the_problem(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pq.write_table(pa.table({"body": ["x"]}), tmp_path / "no-text.parquet")
    out = rust("parse", "--input", str(tmp_path / "no-text.parquet"), "--output", str(tmp_path / "o.parquet"))
    assert out.returncode == 1 and b'no column "text"' in out.stderr
    quotes = rust("parse", "--input", str(tmp_path / "no-text.parquet"), "--quotes-only")
    assert quotes.returncode == 1 and b"--quotes-only writes Parquet" in quotes.stderr
