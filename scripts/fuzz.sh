#!/usr/bin/env bash
# Coverage-guided fuzzing of berita with libFuzzer on the stable toolchain: the targets in
# fuzz/fuzz_targets are built with LLVM's coverage instrumentation (no sanitizer, which would
# need a nightly toolchain; berita has no unsafe code) and run in turn, each for SECONDS, from
# seeds cut from ../shared/corpus at run time (kept under fuzz/target, never committed) and
# the corpus of inputs earlier runs kept. A crash, a broken invariant or a time-out stops the
# run with status 1 and leaves the input in fuzz/artifacts/TARGET/.
#
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]    # CI: 60 s per target
#   bash scripts/fuzz.sh 28800 parse                          # a night on one target
#
# Replay one input: fuzz/target/<host triple>/release/parse fuzz/artifacts/parse/crash-...
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(parse parse_with_published published jsonl python)
fi

seeds=fuzz/target/seeds
for target in "${targets[@]}"; do
  # Seeds of every target, made again when one target has none (a target added since).
  if [ ! -d "$seeds/$target" ]; then
    rm -rf "$seeds"
    cargo run --release --quiet --example fuzz_seeds -- "$seeds" 20
    break
  fi
done

# The flags cargo-fuzz passes, less its -Z sanitizer ones: all stable.
export RUSTFLAGS="--cfg fuzzing -Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares"
# With an explicit --target the flags reach only the targets, not build scripts and proc macros.
host=$(rustc -vV | sed -n 's/^host: //p')
(cd fuzz && cargo build --release --quiet --bins --target "$host")
bin=fuzz/target/$host/release

for target in "${targets[@]}"; do
  kept=fuzz/target/corpus/$target
  mkdir -p "$kept" "fuzz/artifacts/$target"
  # A published stamp is a short field: long inputs there only slow the search down (long
  # stamps still reach the parser through parse_with_published's first line).
  max_len=65536
  if [ "$target" = published ]; then max_len=512; fi
  echo "==> fuzz $target for ${seconds}s"
  # -timeout: an input running 10 s is a hang; the targets' own budget catches slower growth.
  set +e
  "$bin/$target" "$kept" "$seeds/$target" \
    -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="fuzz/artifacts/$target/" -print_final_stats=1 2>&1 |
    grep -E '^(#[0-9]+ *DONE|stat::number_of_executed_units|stat::peak_rss_mb|==|SUMMARY|panicked|thread|ERROR|INFO: .*(not|no) )'
  status=${PIPESTATUS[0]}
  set -e
  if [ -n "$(find "fuzz/artifacts/$target" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \))" ]; then
    echo "fuzz $target: failing inputs in fuzz/artifacts/$target" >&2
    exit 1
  fi
  if [ "$status" -ne 0 ]; then
    echo "fuzz $target: the fuzzer stopped with status $status" >&2
    exit 1
  fi
done
