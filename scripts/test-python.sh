#!/usr/bin/env bash
# Builds and tests the Python package in a virtualenv of its own (.venv): installs the test
# tools from PyPI, builds the release wheel and sdist with maturin, tries the wheel in a fresh
# virtualenv (`berita demo`, `berita parse --jsonl`, Parquet asking for pyarrow), installs it
# in .venv, then runs pytest, the README's Python examples as doctests, and mypy's stubtest.
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

step "maturin build --release: the abi3 wheel and the sdist a release publishes"
rm -rf target/wheels-ci
.venv/bin/maturin build --release --quiet --out target/wheels-ci
.venv/bin/maturin sdist --out target/wheels-ci
wheel=$(ls target/wheels-ci/berita-*.whl)
case "$wheel" in
  *abi3*) ;;
  *) echo "$wheel is not an abi3 wheel" >&2; exit 1 ;;
esac

step "the wheel in a fresh virtualenv: berita demo, berita parse --jsonl and --input X.parquet (no pyarrow) from its bin/"
rm -rf target/venv-wheel
"$PYTHON" -m venv target/venv-wheel
target/venv-wheel/bin/python -m pip install --quiet --disable-pip-version-check --no-deps "$wheel"
target/venv-wheel/bin/berita demo | grep -q "berita/1 JSON"
echo '{"id": 1, "text": "JAKARTA - Hujan turun."}' | target/venv-wheel/bin/berita parse --jsonl |
  grep -q '"schema":"berita/1"'
# No pyarrow there: Parquet is a usage error (exit status 2) that names the extra to install.
set +e
no_arrow=$(target/venv-wheel/bin/berita parse --input articles.parquet --output out.parquet 2>&1)
status=$?
set -e
if [ "$status" -ne 2 ] || ! grep -q "pip install 'berita\[arrow\]'" <<<"$no_arrow"; then
  echo "without pyarrow, berita parse --input X.parquet should ask for berita[arrow] (exit 2): $no_arrow" >&2
  exit 1
fi

step "the same wheel in .venv: the tests below run against it"
"$PY" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps "$wheel"

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
