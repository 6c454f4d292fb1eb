#!/usr/bin/env python3
"""Counts for talks-fresh72: per persona, quality, stage done, violation code."""
import glob, json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
talks = [json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob(os.path.join(HERE, "*.json")))]
per, qual, stage, code, code_talks = Counter(), Counter(), Counter(), Counter(), Counter()
with_v = breach = 0
for t in talks:
    per[t["persona"]] += 1
    qual[t["quality"]] += 1
    for s in t["label"]["stages_done"]:
        stage[s] += 1
    cs = [v["code"] for v in t["label"]["violations"]]
    for c in cs:
        code[c] += 1
    for c in set(cs):
        code_talks[c] += 1
    with_v += bool(cs)
    breach += bool({"false_promise", "buy_peace", "accept_gift"} & set(cs)) or (t["persona"] == "unwell" and "confront" in cs)
print(f"talks: {len(talks)}   with a violation: {with_v}   with a compliance breach: {breach}")
print(f"turns: min {min(len(t['turns']) for t in talks)}, max {max(len(t['turns']) for t in talks)}, "
      f"mean {sum(len(t['turns']) for t in talks)/len(talks):.1f}")
print("\npersona:")
for k, v in sorted(per.items()): print(f"  {k:12s} {v}")
print("\nquality:")
for k, v in sorted(qual.items()): print(f"  {k:12s} {v}")
print("\npersona x quality:")
qs = sorted(qual)
print("  " + " " * 12 + " ".join(f"{q[:10]:>10s}" for q in qs))
for p in sorted(per):
    print(f"  {p:12s}" + " ".join(f"{sum(1 for t in talks if t['persona']==p and t['quality']==q):10d}" for q in qs))
print("\nstages done:")
for s in STAGES: print(f"  {s:12s} {stage[s]}")
print("\nviolation codes (occurrences / talks):")
for k in sorted(code): print(f"  {k:14s} {code[k]} / {code_talks[k]}")
print("\noverall: mean %.1f" % (sum(t['label']['overall'] for t in talks) / len(talks)))
