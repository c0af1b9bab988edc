#!/usr/bin/env bash
# Growth on hostile input, in instructions (valgrind's callgrind: a busy machine does not
# disturb them): for each shape of examples/hostile.rs, the full parser's instructions at
# 200 kB and at 800 kB, the start-up (a 16-byte text) subtracted; linear code gives about 4.
#
#   bash scripts/hostile-growth.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --example hostile
bin=target/release/examples/hostile
instructions() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$1" "$2" full 2>&1 |
    awk '/Collected/ {print $4}'
}
shapes=("read-also lines" "open brackets" "open square brackets" "quotation marks"
  "curly quotes" "one long line" "credit labels" "advertisement markers" "capitals"
  "capitals with cue verbs" "dates" "digit runs" "html entities" "broken entities"
  "nested brackets and quotes")
for shape in "${shapes[@]}"; do
  start=$(instructions 16 "$shape")
  small=$(instructions 200000 "$shape")
  large=$(instructions 800000 "$shape")
  printf '%-28s x%s\n' "$shape" "$(echo "($large - $start) / ($small - $start)" | bc -l | cut -c1-4)"
done
