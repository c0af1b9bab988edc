"""The example notebook runs from top to bottom, and is committed with its outputs (so that a
code host shows them): a fresh run gives, cell for cell, outputs of the same types with the
same key strings as the committed ones.

After a change that alters the notebook's outputs, write them again with

    .venv/bin/python tests/python/test_notebook.py --write
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

NOTEBOOK = Path(__file__).resolve().parents[2] / "examples" / "quickstart.ipynb"

#: Strings each code cell's outputs hold, by the cell's position among the code cells: what
#: a reader of the committed notebook is shown, checked in the committed and in a fresh run.
KEY_STRINGS: dict[int, tuple[str, ...]] = {
    0: (),  # the version, which changes with each release
    1: (
        "Article('BANDUNG, KOMPAS.com -'",
        'class="brt-legend"',
        "one per speaker",
        "1 citation",
        "Didi Ruswandi",
        "brt-q-direct",
    ),
    2: ("[direct]", "[indirect]", "Didi Ruswandi", "Rina Marlina", "ujar"),
    3: ("('Senin (16/6/2025) pagi', datetime.date(2025, 6, 16), True)",),
    4: ("article_id", "Isnawa Adji", "Didi Ruswandi"),
    5: ("'schema': 'berita/1'", "'quotes'", "'published': '2025-06-16'"),
    6: ("Dateline('BeritaBaru.id, MEDAN -', outlet_id='beritabaru', city='Medan')", "kind='channel_invite'"),
}


def execute(nb: Any) -> Any:
    """Runs every cell of ``nb`` in a fresh kernel, in the notebook's folder; returns ``nb``."""
    import nbclient

    resources = {"metadata": {"path": str(NOTEBOOK.parent)}}
    client = nbclient.NotebookClient(nb, timeout=120, kernel_name="python3", resources=resources, record_timing=False)
    client.execute()
    return nb


def code_outputs(nb: Any) -> list[list[Any]]:
    """The outputs of each code cell, in order."""
    return [cell.outputs for cell in nb.cells if cell.cell_type == "code"]


def shape(output: Any) -> tuple[str, ...]:
    """What kind of output it is: its type, and its stream name or MIME types."""
    if output.output_type == "stream":
        return (output.output_type, output.name)
    return (output.output_type, *sorted(output.get("data", {})))


def text_of(outputs: list[Any]) -> str:
    """Everything a cell's outputs show, as one string."""
    parts: list[str] = []
    for o in outputs:
        if o.output_type == "stream":
            parts.append(o.text)
        parts.extend(str(v) for v in o.get("data", {}).values())
    return "\n".join(parts)


def check_key_strings(outputs: list[list[Any]], which: str) -> None:
    """Each cell's outputs hold the cell's KEY_STRINGS."""
    for i, keys in KEY_STRINGS.items():
        shown = text_of(outputs[i])
        missing = [k for k in keys if k not in shown]
        assert not missing, f"{which} code cell {i} lacks {missing}"


@pytest.fixture(scope="module")
def committed() -> Any:
    nbformat = pytest.importorskip("nbformat")
    return nbformat.read(NOTEBOOK, as_version=4)


@pytest.fixture(scope="module")
def fresh() -> Any:
    nbformat = pytest.importorskip("nbformat")
    pytest.importorskip("nbclient")
    return execute(nbformat.read(NOTEBOOK, as_version=4))


def test_committed_notebook_has_its_outputs(committed: Any) -> None:
    outputs = code_outputs(committed)
    assert len(outputs) == len(KEY_STRINGS)
    assert all(outputs), "a code cell was committed without output"
    counts = [cell.execution_count for cell in committed.cells if cell.cell_type == "code"]
    assert counts == list(range(1, len(counts) + 1)), "not run top to bottom in one kernel"
    check_key_strings(outputs, "committed")


def test_quickstart_notebook_executes(fresh: Any) -> None:
    outputs = [o for cell in code_outputs(fresh) for o in cell]
    assert not [o for o in outputs if o.output_type == "error"]
    check_key_strings(code_outputs(fresh), "fresh")


def test_fresh_outputs_match_the_committed_ones(committed: Any, fresh: Any) -> None:
    before, after = code_outputs(committed), code_outputs(fresh)
    assert len(before) == len(after)
    for i, (old, new) in enumerate(zip(before, after, strict=True)):
        assert [shape(o) for o in new] == [shape(o) for o in old], f"code cell {i}"


def write() -> None:
    """Runs the notebook and writes it back with its outputs."""
    import nbformat

    nb = execute(nbformat.read(NOTEBOOK, as_version=4))
    nbformat.write(nb, NOTEBOOK)
    print(f"wrote {NOTEBOOK}")


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit(f"usage: {sys.argv[0]} --write")
    write()
