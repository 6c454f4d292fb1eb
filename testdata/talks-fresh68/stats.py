#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for talks-fresh68."""
import json, os, glob
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}
talks = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(HERE, "*.json")))]

def show(title, counter, order=None):
    print(title)
    for k in (order or sorted(counter)):
        print(f"  {k:14s} {counter.get(k, 0)}")

print(f"talks: {len(talks)}")
show("per persona:", Counter(t["persona"] for t in talks))
show("per quality:", Counter(t["quality"] for t in talks))
show("stage done (talks):", Counter(s for t in talks for s in t["label"]["stages_done"]), STAGES)
show("violation code (occurrences):", Counter(v["code"] for t in talks for v in t["label"]["violations"]))
show("violation code (talks):", Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]}))
with_v = sum(1 for t in talks if t["label"]["violations"])
def breach(t):
    c = {v["code"] for v in t["label"]["violations"]}
    return bool(c & BREACH) or (t["persona"] == "unwell" and "confront" in c)
print(f"talks with a violation: {with_v} ({100 * with_v / len(talks):.0f}%)")
print(f"talks with a compliance breach: {sum(map(breach, talks))}")
n = [len(t["turns"]) for t in talks]
print(f"turns: min {min(n)}, max {max(n)}, mean {sum(n) / len(n):.1f}")
ov = [t["label"]["overall"] for t in talks]
print(f"overall: min {min(ov)}, max {max(ov)}, mean {sum(ov) / len(ov):.1f}")
