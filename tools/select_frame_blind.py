"""Choose the second blind validation set of the frame (issue #11), with a fixed seed, after
the first blind set (tests/gold-blind) was scored for the frame and became development data.

- tests/gold-blind-frame/ids.txt: 64 articles at random, 5 per outlet plus one more for the
  four largest (CNBC Indonesia and Republika have none left), spread over the years of `published`, none in another gold set. Annotated for
  the frame and citations only, by annotators who never see what berita finds; no rule is
  written from them; scored once, at the end of issue #11.

Run: python3 tools/select_frame_blind.py ../shared/corpus
"""
import pathlib
import random
import sys

from select_sets import BLIND_EXTRA, candidates_by_outlet, spread_over_years, write

ROOT = pathlib.Path(__file__).resolve().parent.parent
PER_OUTLET = 5
GOLD_ID_FILES = ("tests/gold/ids.txt", "tests/gold/ids-2.txt", "tests/gold-holdout/ids.txt",
                 "tests/gold-blind/ids.txt")


def taken_ids():
    """Ids already in any gold set."""
    ids = set()
    for name in GOLD_ID_FILES:
        for line in (ROOT / name).open(encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                ids.add(line.split("\t")[0])
    return ids


def main():
    corpus = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
    taken = taken_ids()
    groups = candidates_by_outlet(corpus, taken)
    rng = random.Random(20261207 + 11)
    blind = []
    for outlet in sorted(groups):
        n = PER_OUTLET + (outlet in BLIND_EXTRA)
        blind += spread_over_years(rng, sorted(groups[outlet]), n)
    write(ROOT / "tests/gold-blind-frame/ids.txt", blind,
          "frame blind set: tools/select_frame_blind.py, seed 20261218; scored once for #11")


if __name__ == "__main__":
    main()
