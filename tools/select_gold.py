"""Choose the development gold set: 3 articles from every (source file, outlet) group of the
corpus, 800 to 5,000 characters long, drawn with a fixed seed. Writes tests/gold/ids.txt.

Run: python3 tools/select_gold.py ../shared/corpus
"""
import collections
import json
import pathlib
import random
import sys

corpus = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
groups = collections.defaultdict(list)
for path in sorted(corpus.glob("*.jsonl")):
    for line in path.open(encoding="utf-8"):
        rec = json.loads(line)
        if 800 <= len(rec["text"]) <= 5000:
            groups[(path.name, rec["outlet"])].append(rec["id"])
rng = random.Random(20261128)
out = pathlib.Path(__file__).resolve().parent.parent / "tests" / "gold" / "ids.txt"
with out.open("w", encoding="utf-8") as f:
    f.write("# id\tfile\toutlet (chosen by tools/select_gold.py)\n")
    for (name, outlet), ids in sorted(groups.items()):
        for id_ in sorted(rng.sample(ids, min(3, len(ids)))):
            f.write(f"{id_}\t{name}\t{outlet}\n")
