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
