#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this folder."""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]

talks = [json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob(os.path.join(HERE, "*.json")))]
n = len(talks)
print(f"talks: {n}")

per_persona = collections.Counter(t["persona"] for t in talks)
print("\nper persona:")
for k, v in sorted(per_persona.items()):
    print(f"  {k:12s} {v}")

per_quality = collections.Counter(t["quality"] for t in talks)
print("\nper quality:")
for k, v in sorted(per_quality.items()):
    scores = [t["label"]["overall"] for t in talks if t["quality"] == k]
    print(f"  {k:12s} {v}   overall {min(scores)}-{max(scores)}, mean {sum(scores)/len(scores):.1f}")

print("\nstage done (talks):")
for s in STAGES:
    c = sum(1 for t in talks if s in t["label"]["stages_done"])
    print(f"  {s:13s} {c}")

codes = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
talks_with = collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
print("\nviolation codes (occurrences / talks):")
for k in sorted(codes):
    print(f"  {k:14s} {codes[k]} / {talks_with[k]}")

with_v = sum(1 for t in talks if t["label"]["violations"])
breach = 0
for t in talks:
    c = {v["code"] for v in t["label"]["violations"]}
    if c & {"false_promise", "buy_peace", "accept_gift"} or (t["persona"] == "unwell" and "confront" in c):
        breach += 1
print(f"\ntalks with >=1 violation: {with_v} ({100*with_v/n:.0f}%)")
print(f"talks with a compliance breach: {breach}")

lens = [len(t["turns"]) for t in talks]
print(f"turns per talk: min {min(lens)}, max {max(lens)}, mean {sum(lens)/n:.1f}")

print("\npersona x quality:")
quals = ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]
print("  " + " " * 12 + "".join(f"{q[:10]:>11s}" for q in quals))
for p in sorted(per_persona):
    row = [sum(1 for t in talks if t["persona"] == p and t["quality"] == q) for q in quals]
    print(f"  {p:12s}" + "".join(f"{x:>11d}" for x in row))
