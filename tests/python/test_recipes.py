"""The README's engine recipes (the ```python blocks that open with ``# recipe: NAME``), each
run as it is written in a folder holding a small ``articles.parquet``, then checked: every
input row comes back. A recipe runs where its engine is installed; in CI the engines that
scripts/test-python.sh installs must be there. Spark also needs a JVM (marked ``spark``)."""

from __future__ import annotations

import importlib.util
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import berita
from conftest import KOMPAS, UNICODE, in_ci

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

README = Path(__file__).resolve().parents[2] / "README.md"
TEXTS = [KOMPAS, UNICODE, berita.DEMO_TEXT, '"Kami siap," ujar Budi, Jumat (4/2).']
ROWS = 40


def recipes() -> dict[str, str]:
    blocks = re.findall(r"```python\n# recipe: (\w+)\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    return dict(blocks)


def rows_of(path: str) -> int:
    return int(pq.read_table(path).num_rows)


#: What each recipe must have made (from the names it defines): all ROWS rows, in order.
CHECKS: dict[str, Callable[[dict[str, Any]], None]] = {
    "polars": lambda ns: (
        ns["parsed"]["id"].to_list() == [f"a{i}" for i in range(ROWS)]
        and ns["parsed_lazily"].height == ROWS
        and ns["top_speakers"].height > 0
    )
    or pytest.fail("polars recipe"),
    "duckdb": lambda ns: (pa.table(ns["parsed"]).num_rows == ROWS and len(ns["top_speakers"]) > 0)
    or pytest.fail("duckdb recipe"),
    "datasets": lambda ns: (len(ns["parsed"]) == ROWS and "quotes" in ns["parsed"].column_names)
    or pytest.fail("datasets recipe"),
    "dask": lambda ns: (len(ns["parsed"].compute()) == ROWS and rows_of("parsed-dask") == ROWS)
    or pytest.fail("dask recipe"),
    "spark": lambda ns: (rows_of("parsed-spark") == ROWS) or pytest.fail("spark recipe"),
    "ray": lambda ns: (rows_of("parsed-ray") == ROWS) or pytest.fail("ray recipe"),
}

#: The module each recipe needs, and whether scripts/test-python.sh installs it (then CI fails
#: without it rather than skipping).
ENGINES = {
    "polars": ("polars", True),
    "duckdb": ("duckdb", True),
    "datasets": ("datasets", True),
    "dask": ("distributed", True),
    "spark": ("pyspark", False),
    "ray": ("ray", False),
}


def test_every_recipe_is_checked() -> None:
    assert set(recipes()) == set(CHECKS) == set(ENGINES)


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=pytest.mark.spark) if n == "spark" else n for n in ENGINES],
)
def test_recipe(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    module, installed_by_tests = ENGINES[name]
    if importlib.util.find_spec(module) is None:
        if in_ci() and installed_by_tests:
            pytest.fail(f"{module} is not installed (scripts/test-python.sh installs it)")
        pytest.skip(f"{module} is not installed")
    if name == "spark" and shutil.which("java") is None:
        pytest.skip("no JVM for Spark")
    texts = [TEXTS[i % len(TEXTS)] for i in range(ROWS)]
    table = pa.table({"id": [f"a{i}" for i in range(ROWS)], "text": texts, "published": ["2022-02-05"] * ROWS})
    pq.write_table(table, tmp_path / "articles.parquet")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {"__name__": f"recipe_{name}"}
    if name == "ray":
        import ray

        # Logical CPUs beyond the actors' two, so that reading and writing tasks can run too.
        ray.init(num_cpus=4, include_dashboard=False, log_to_driver=False)
    try:
        exec(compile(recipes()[name], f"README recipe {name}", "exec"), namespace)
        CHECKS[name](namespace)
    finally:
        if name == "spark" and "spark" in namespace:
            namespace["spark"].stop()
        if name == "ray":
            import ray

            ray.shutdown()
