"""Print corpus articles for annotation: id, outlet, published, title, then each line of the
text with its code point offset.

Run: python3 tools/show.py ID [ID ...]   (reads ../shared/corpus)
"""
import json
import pathlib
import sys

CORPUS = pathlib.Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def records(ids):
    """The corpus records with these ids, in the order asked."""
    found = {}
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            rec = json.loads(line)
            if rec["id"] in ids:
                found[rec["id"]] = rec
    return [found[i] for i in ids if i in found]


def show(rec):
    print(f"=== {rec['id']}  outlet={rec['outlet']}  published={rec['published']!r}")
    print(f"title: {rec['title']!r}")
    offset = 0
    for line in rec["text"].split("\n"):
        print(f"{offset:>6} | {line}")
        offset += len(line) + 1
    print()


if __name__ == "__main__":
    for rec in records(sys.argv[1:]):
        show(rec)
