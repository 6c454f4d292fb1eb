#!/usr/bin/env python3
"""Counts per persona, quality, stage and violation code for testdata/talks-fresh89."""
import glob, json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
talks = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(HERE, "*.json")))]
per, qual, stage, code, talk_code = Counter(), Counter(), Counter(), Counter(), Counter()
with_v = breach = 0
turns = []
for t in talks:
    per[t["persona"]] += 1
    qual[t["quality"]] += 1
    turns.append(len(t["turns"]))
    for s in t["label"]["stages_done"]:
        stage[s] += 1
    cs = [v["code"] for v in t["label"]["violations"]]
    code.update(cs)
    talk_code.update(set(cs))
    if cs:
        with_v += 1
    if set(cs) & {"false_promise", "buy_peace", "accept_gift"} or (t["persona"] == "unwell" and "confront" in cs):
        breach += 1

def show(title, c, order=None):
    print(title)
    for k in (order or sorted(c)):
        print(f"  {k:14s} {c[k]}")

print(f"talks: {len(talks)}  turns: min {min(turns)} max {max(turns)} mean {sum(turns)/len(turns):.1f}")
show("per persona", per)
show("per quality", qual)
show("stages done (talks)", stage, STAGES)
show("violation codes (occurrences)", code)
show("violation codes (talks)", talk_code)
print(f"talks with >= 1 violation: {with_v} ({100*with_v/len(talks):.0f}%)")
print(f"talks with a compliance breach: {breach}")
print("persona x quality:")
qs = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
print("  " + " " * 12 + " ".join(f"{q[:9]:>9s}" for q in qs))
for p in sorted(per):
    row = Counter(t["quality"] for t in talks if t["persona"] == p)
    print(f"  {p:12s}" + " ".join(f"{row[q]:9d}" for q in qs))
