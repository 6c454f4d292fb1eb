#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for talks-fresh74."""
import glob, json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}
talks = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(HERE, "*.json")))]

per, qual, stage, code, codetalks = Counter(), Counter(), Counter(), Counter(), Counter()
grid = Counter()
with_v = breach = 0
turns = []
for t in talks:
    per[t["persona"]] += 1; qual[t["quality"]] += 1
    grid[(t["persona"], t["quality"])] += 1
    turns.append(len(t["turns"]))
    for s in t["label"]["stages_done"]: stage[s] += 1
    cs = [v["code"] for v in t["label"]["violations"]]
    for c in cs: code[c] += 1
    for c in set(cs): codetalks[c] += 1
    if cs: with_v += 1
    if set(cs) & BREACH or (t["persona"] == "unwell" and "confront" in cs): breach += 1

print(f"talks: {len(talks)}  turns min/mean/max: {min(turns)}/{sum(turns)/len(turns):.1f}/{max(turns)}")
print(f"talks with >=1 violation: {with_v} ({100*with_v/len(talks):.0f}%), with a compliance breach: {breach}")
print("\nper persona:")
for k, v in sorted(per.items()): print(f"  {k:12s} {v}")
print("\nper quality:")
for k, v in sorted(qual.items()): print(f"  {k:12s} {v}")
print("\nstages done (talks):")
for s in STAGES: print(f"  {s:13s} {stage[s]}")
print("\nviolation codes (occurrences / talks):")
for k in sorted(code): print(f"  {k:13s} {code[k]} / {codetalks[k]}")
print("\npersona x quality:")
qs = ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]
print("  " + " " * 12 + " ".join(f"{q[:10]:>10s}" for q in qs))
for p in sorted(per): print(f"  {p:12s}" + " ".join(f"{grid[(p, q)]:>10d}" for q in qs))
