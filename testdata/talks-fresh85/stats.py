#!/usr/bin/env python3
"""Counts per persona, quality, stage and violation code for talks-fresh85."""
import glob, json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
talks = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(HERE, "*.json")))]
per, qual, stage, code = Counter(), Counter(), Counter(), Counter()
with_v, breach, turns = 0, 0, []
for t in talks:
    per[t["persona"]] += 1
    qual[t["quality"]] += 1
    turns.append(len(t["turns"]))
    for s in t["label"]["stages_done"]:
        stage[s] += 1
    cs = [v["code"] for v in t["label"]["violations"]]
    code.update(cs)
    if cs:
        with_v += 1
    if set(cs) & {"false_promise", "buy_peace", "accept_gift"} or (t["persona"] == "unwell" and "confront" in cs):
        breach += 1
print(f"talks: {len(talks)}  turns: min {min(turns)} max {max(turns)} mean {sum(turns)/len(turns):.1f}")
print(f"talks with >=1 violation: {with_v} ({100*with_v/len(talks):.0f}%), with a compliance breach: {breach}")
print("\nper persona:")
for k, v in sorted(per.items()): print(f"  {k:12s} {v}")
print("\nper quality:")
for k, v in sorted(qual.items()): print(f"  {k:12s} {v}")
print("\nstage done (talks):")
for s in STAGES: print(f"  {s:12s} {stage[s]}")
print("\nviolation codes (occurrences):")
for k, v in sorted(code.items()): print(f"  {k:14s} {v}")
print("\npersona x quality:")
qs = ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]
print("  " + " " * 12 + " ".join(f"{q[:10]:>10s}" for q in qs))
for p in sorted(per):
    row = Counter(t["quality"] for t in talks if t["persona"] == p)
    print(f"  {p:12s}" + " ".join(f"{row[q]:>10d}" for q in qs))
