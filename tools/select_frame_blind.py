"""Choose a blind validation set of the frame (issue #11), with a fixed seed.

Set 2 (tests/gold-blind-frame) was drawn after the first blind set (tests/gold-blind) was
scored for the frame and became development data; set 3 (tests/gold-blind-frame3) after set 2
was scored once and became development data too; set 4 (tests/gold-blind-frame4) after set 3; set 5 (tests/gold-blind-frame5) drawn with set 4, to be scored after it.

- tests/gold-blind-frame/ids.txt: 64 articles at random, 5 per outlet plus one more for the
  four largest (CNBC Indonesia and Republika have none left), spread over the years of `published`, none in another gold set. Annotated for
  the frame and citations only, by annotators who never see what berita finds; no rule is
  written from them; scored once, at the end of issue #11.

Run: python3 tools/select_frame_blind.py ../shared/corpus [SET]   (SET 2 to 5, default 2)
"""
import pathlib
import random
import sys

from select_sets import BLIND_EXTRA, candidates_by_outlet, spread_over_years, write

ROOT = pathlib.Path(__file__).resolve().parent.parent
PER_OUTLET = 5
GOLD_ID_FILES = ("tests/gold/ids.txt", "tests/gold/ids-2.txt", "tests/gold-holdout/ids.txt",
                 "tests/gold-blind/ids.txt")
SET_FOLDERS = {2: "tests/gold-blind-frame", 3: "tests/gold-blind-frame3", 4: "tests/gold-blind-frame4", 5: "tests/gold-blind-frame5", 6: "tests/gold-blind-frame6", 7: "tests/gold-blind-frame7"}
SET_SEEDS = {2: 20261207 + 11, 3: 20261207 + 311, 4: 20261207 + 411, 5: 20261207 + 511, 6: 20261207 + 611, 7: 20261207 + 711}


def taken_ids(blind_set):
    """Ids already in any gold set, the earlier frame blind sets included."""
    ids = set()
    earlier = [SET_FOLDERS[n] + "/ids.txt" for n in SET_FOLDERS if n < blind_set]
    for name in GOLD_ID_FILES + tuple(earlier):
        for line in (ROOT / name).open(encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                ids.add(line.split("\t")[0])
    return ids


def main():
    corpus = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
    blind_set = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    taken = taken_ids(blind_set)
    groups = candidates_by_outlet(corpus, taken)
    rng = random.Random(SET_SEEDS[blind_set])
    blind = []
    for outlet in sorted(groups):
        n = PER_OUTLET + (outlet in BLIND_EXTRA)
        blind += spread_over_years(rng, sorted(groups[outlet]), n)
    folder = ROOT / SET_FOLDERS[blind_set]
    folder.mkdir(exist_ok=True)
    write(folder / "ids.txt", blind,
          f"frame blind set {blind_set}: tools/select_frame_blind.py, seed "
          f"{SET_SEEDS[blind_set]}; scored once for #11")


if __name__ == "__main__":
    main()
