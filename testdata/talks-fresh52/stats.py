#!/usr/bin/env python3
"""Counts for the talks-fresh52 set: persona, quality, stage, violation code."""
import json, os, glob
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = []
for p in sorted(glob.glob(os.path.join(HERE, "*.json"))):
    d = json.load(open(p, encoding="utf-8"))
    d["_file"] = os.path.basename(p)
    talks.append(d)

def show(title, counter, order=None):
    print(f"\n{title}")
    keys = order or sorted(counter)
    for k in keys:
        print(f"  {k:<14}{counter.get(k, 0):>4}")

print(f"talks: {len(talks)}")
show("per persona", Counter(t["persona"] for t in talks))
show("per quality", Counter(t["quality"] for t in talks),
     ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"])
show("stage done (talks)", Counter(s for t in talks for s in t["label"]["stages_done"]), STAGES)
show("violation code (occurrences)", Counter(v["code"] for t in talks for v in t["label"]["violations"]))
show("violation code (talks)", Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]}))

with_v = [t for t in talks if t["label"]["violations"]]
def breach(t):
    codes = {v["code"] for v in t["label"]["violations"]}
    return bool(codes & BREACH) or (t["persona"] == "unwell" and "confront" in codes)
print(f"\ntalks with >=1 violation: {len(with_v)} ({100 * len(with_v) / len(talks):.0f}%)")
print(f"talks with a compliance breach: {sum(breach(t) for t in talks)}")
n = [len(t["turns"]) for t in talks]
print(f"turns: min {min(n)}, max {max(n)}, mean {sum(n) / len(n):.1f}")
print(f"opened by trainee: {sum(t['turns'][0]['role'] == 'trainee' for t in talks)}")
ov = [t["label"]["overall"] for t in talks]
print(f"overall: min {min(ov)}, max {max(ov)}, mean {sum(ov) / len(ov):.1f}")
print("\npersona x quality")
for p in sorted({t["persona"] for t in talks}):
    print(f"  {p:<12}", ", ".join(t["quality"] for t in talks if t["persona"] == p))
