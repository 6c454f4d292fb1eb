#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this folder."""
import json, glob, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
files = sorted(glob.glob(os.path.join(HERE, "*.json")))
talks = [json.load(open(f, encoding="utf-8")) for f in files]
per, qual, stage, code, code_talks = Counter(), Counter(), Counter(), Counter(), Counter()
with_v, turns = 0, []
for t in talks:
    per[t["persona"]] += 1; qual[t["quality"]] += 1; turns.append(len(t["turns"]))
    for s in t["label"]["stages_done"]: stage[s] += 1
    cs = [v["code"] for v in t["label"]["violations"]]
    for c in cs: code[c] += 1
    for c in set(cs): code_talks[c] += 1
    with_v += bool(cs)
print(f"talks: {len(talks)}   with at least one violation: {with_v} ({100*with_v//max(1,len(talks))}%)")
print(f"turns: min {min(turns)}  max {max(turns)}  mean {sum(turns)/len(turns):.1f}")
print("\nper persona:")
for k, v in sorted(per.items()): print(f"  {k:12s} {v}")
print("\nper quality:")
for k, v in sorted(qual.items()): print(f"  {k:12s} {v}")
print("\nstages done (talks):")
for s in STAGES: print(f"  {s:13s} {stage[s]}")
print("\nviolation codes (occurrences / talks):")
for k in sorted(code): print(f"  {k:13s} {code[k]} / {code_talks[k]}")
print("\npersona x quality:")
qs = ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]
print("  " + " " * 12 + " ".join(f"{q[:10]:>10s}" for q in qs))
for p in sorted(per):
    print(f"  {p:12s}" + " ".join(f"{sum(1 for t in talks if t['persona']==p and t['quality']==q):>10d}" for q in qs))
