#!/usr/bin/env bash
# Runs every test of berita: formatting, lints, Rust unit/integration/doc tests, the corpus
# sweep (when ../shared/corpus is present; in CI, CI=true, its absence fails the run), the
# evaluation on both gold sets against their floors, a minute of coverage-guided fuzzing per
# target, and the Python
# package's tests in a virtualenv this script creates. Works on a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

if ! command -v cargo >/dev/null; then
  echo "cargo not found: install Rust (https://rustup.rs) first" >&2
  exit 1
fi

step "rustfmt"
cargo fmt --all -- --check

step "clippy (all targets, cli feature)"
cargo clippy --all-targets --features cli -- -D warnings

step "cargo test (unit, integration, property, corpus sweep, doc tests)"
cargo test --features cli

step "benchmark compiles"
cargo bench --no-run --quiet

step "evaluation on the gold sets (fails below the floors in tests/gold*/floors.txt)"
cargo run --release --quiet --example eval -- --floors tests/gold/floors.txt
cargo run --release --quiet --example eval -- --gold tests/gold-holdout \
  --floors tests/gold-holdout/floors.txt

step "fuzzing: each target 60 s from corpus seeds (scripts/fuzz.sh; FUZZ_SECONDS to change)"
bash scripts/fuzz.sh "${FUZZ_SECONDS:-60}"

step "Python package"
bash scripts/test-python.sh
