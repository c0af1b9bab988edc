"""Choose the articles of the second development batch and of the blind validation set
(issues #10 and #11), with a fixed seed, leaving out every article already in a gold set.

- tests/gold/ids-2.txt: development batch 2, so that every outlet has about 16 development
  articles (all that remain for CNBC Indonesia, which has 12 in the corpus).
- tests/gold-blind/ids.txt: 60 articles at random, 4 per outlet plus one more for the four
  largest, spread over the years of `published` where an outlet has several. No rule is written
  from these; they are scored once per issue.

Both draw from articles of 600 to 6,000 characters (an annotator reads each one whole).

Run: python3 tools/select_sets.py ../shared/corpus
"""
import collections
import json
import pathlib
import random
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEV_TARGET = 16
BLIND_PER_OUTLET = 4
BLIND_EXTRA = ("detik", "Liputan6", "Okezone", "Tribunnews")


def taken_ids():
    """Ids already in a gold set before this selection."""
    ids = set()
    for path in (ROOT / "tests/gold/ids.txt", ROOT / "tests/gold-holdout/ids.txt"):
        for line in path.open(encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                ids.add(line.split("\t")[0])
    return ids


def year_of(published):
    """The first four-digit year in a published stamp, or '?'."""
    m = re.search(r"(19|20)\d\d", published or "")
    return m.group(0) if m else "?"


def spread_over_years(rng, records, n):
    """n records, taking in turn from each year so that years are mixed."""
    by_year = collections.defaultdict(list)
    for rec in records:
        by_year[year_of(rec[3])].append(rec)
    for recs in by_year.values():
        rng.shuffle(recs)
    years = sorted(by_year)
    rng.shuffle(years)
    chosen = []
    while len(chosen) < n and any(by_year.values()):
        for y in years:
            if by_year[y] and len(chosen) < n:
                chosen.append(by_year[y].pop())
    return chosen


def candidates_by_outlet(corpus, taken):
    """The corpus articles of 600 to 6,000 characters not in `taken`, by outlet, as (id, file,
    outlet, published)."""
    groups = collections.defaultdict(list)
    for path in sorted(corpus.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            rec = json.loads(line)
            if rec["id"] not in taken and 600 <= len(rec["text"]) <= 6000:
                groups[rec["outlet"]].append((rec["id"], path.name, rec["outlet"], rec["published"]))
    return groups


def main():
    corpus = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
    taken = taken_ids()
    dev_counts = collections.Counter()
    for line in (ROOT / "tests/gold/ids.txt").open(encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            dev_counts[line.rstrip("\n").split("\t")[2]] += 1
    groups = candidates_by_outlet(corpus, taken)
    rng = random.Random(20261207)
    blind, dev = [], []
    for outlet in sorted(groups):
        pool = sorted(groups[outlet])
        n_blind = BLIND_PER_OUTLET + (outlet in BLIND_EXTRA)
        chosen = spread_over_years(rng, pool, n_blind)
        blind += chosen
        rest = [r for r in pool if r not in chosen]
        rng.shuffle(rest)
        dev += rest[: max(0, DEV_TARGET - dev_counts[outlet])]
    write(ROOT / "tests/gold-blind/ids.txt", blind,
          "blind validation set: tools/select_sets.py, seed 20261207; scored once per issue")
    write(ROOT / "tests/gold/ids-2.txt", dev, "development batch 2: tools/select_sets.py, seed 20261207")


def write(path, records, how):
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        f.write(f"# id\tfile\toutlet\tyear ({how})\n")
        for id_, name, outlet, published in sorted(records, key=lambda r: (r[2], r[0])):
            f.write(f"{id_}\t{name}\t{outlet}\t{year_of(published)}\n")


if __name__ == "__main__":
    main()
