#!/usr/bin/env bash
# Speed side by side with an older commit (default c985e0e, the start of the one-pass work):
# builds that commit in a git worktree under target/, then alternates the two builds'
# throughput rounds (one thread, whole corpus) so that a busy machine slows both alike, and
# prints each configuration's best time and the ratio; then the CPU time of
# `berita parse --jsonl` over the whole corpus, old and new.
#
#   bash scripts/compare-speed.sh [REV] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-c985e0e}
rounds=${2:-3}
corpus=$(cd ../shared/corpus && pwd)
export BERITA_CORPUS="$corpus"
old=target/compare-$rev
if [ ! -d "$old" ]; then
  git worktree add --detach "$old" "$rev" >/dev/null
fi
# The old commit is timed by today's throughput program (same configurations, same loop).
cp examples/throughput.rs "$old/examples/throughput.rs"
cp tests/common/*.rs "$old/tests/common/"
(cd "$old" && cargo build --release --quiet --features cli --example throughput --bin berita)
cargo build --release --quiet --features cli --example throughput --bin berita

log_old=$(mktemp) log_new=$(mktemp) all=$(mktemp)
trap 'rm -f "$log_old" "$log_new" "$all"' EXIT
for _ in $(seq "$rounds"); do
  "$old/target/release/examples/throughput" 1 >>"$log_old"
  target/release/examples/throughput 1 >>"$log_new"
done
# The best time of a configuration in a log: lines like `  full parser     1.98 s = ...`.
best() { grep -F "  $2 " "$1" | awk '{print $(NF-6)}' | sort -g | head -1; }
printf '%-16s %10s %10s %8s\n' configuration "$rev" HEAD speed-up
for config in "full parser" "without quotes" "frame only"; do
  a=$(best "$log_old" "$config") b=$(best "$log_new" "$config")
  printf '%-16s %9ss %9ss %7.2fx\n' "$config" "$a" "$b" "$(echo "$a / $b" | bc -l)"
done

cat "$corpus"/*.jsonl >"$all"
cpu() { /usr/bin/time -f '%U %S' "$1" parse --jsonl "$all" 2>&1 >/dev/null | tail -1 | awk '{print $1 + $2}'; }
a=$(cpu "$old/target/release/berita") b=$(cpu target/release/berita)
printf '%-16s %9ss %9ss %7.2fx\n' "CLI --jsonl CPU" "$a" "$b" "$(echo "$a / $b" | bc -l)"
