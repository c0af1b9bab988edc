#!/usr/bin/env bash
# Builds and tests the Python package in a virtualenv of its own (.venv): installs the test
# tools from PyPI, `pip install .` (a release build of the crate with the `python` feature),
# then runs pytest, the README's Python examples as doctests, and mypy's stubtest.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

if [ ! -f pyproject.toml ]; then
  echo "no pyproject.toml yet: Python tests skipped"
  exit 0
fi
PYTHON=${PYTHON:-python3}
if ! command -v "$PYTHON" >/dev/null; then
  echo "$PYTHON not found: install Python 3.10 or newer" >&2
  exit 1
fi

step "virtualenv .venv and test tools"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
PY=.venv/bin/python
"$PY" -m pip install --quiet --disable-pip-version-check --upgrade pip
"$PY" -m pip install --quiet --disable-pip-version-check \
  "maturin>=1.16,<2" pytest hypothesis cloudpickle mypy nbclient ipykernel nbformat pandas jsonschema \
  pyarrow polars duckdb "dask[dataframe,distributed]" datasets
# The Spark recipe's test needs a JVM: PySpark is installed only where there is one.
if command -v java >/dev/null; then
  "$PY" -m pip install --quiet --disable-pip-version-check pyspark
fi

step "Rust users compile no pyo3 and no Arrow"
if cargo tree -e normal --prefix none | grep -q -E '^(pyo3|arrow|parquet)'; then
  echo "pyo3 or Arrow is a dependency without the python/arrow features" >&2
  exit 1
fi

step "clippy (python feature)"
PYO3_PYTHON="$PWD/$PY" cargo clippy --quiet --features python --lib -- -D warnings

step "pip install . (release build of the extension)"
"$PY" -m pip install --quiet --disable-pip-version-check --no-build-isolation --force-reinstall --no-deps .

step "pytest tests/python"
set +e
"$PY" -m pytest tests/python -q -p no:cacheprovider
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests" >&2
  exit 1
elif [ "$status" -ne 0 ]; then
  exit "$status"
fi

step "README and SCHEMA.md examples (python -m doctest)"
"$PY" -m doctest README.md SCHEMA.md

step "type stubs (mypy.stubtest) and the package's own types (mypy)"
"$PY" -m mypy.stubtest berita._berita
"$PY" -m mypy --strict --no-error-summary python/berita
echo "Python package: all checks passed"
