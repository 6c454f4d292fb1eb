#!/usr/bin/env python3
"""Print counts for the talks in this folder: per persona, per quality,
persona x quality, stages done, violation codes, score ranges and turn lengths."""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]

talks = []
for p in sorted(glob.glob(os.path.join(HERE, "*.json"))):
    with open(p, encoding="utf-8") as fh:
        talks.append((os.path.basename(p), json.load(fh)))

print(f"talks: {len(talks)}")

print("\nper persona:")
pc = collections.Counter(t["persona"] for _, t in talks)
for k in PERSONAS:
    print(f"  {k:12s} {pc[k]}")

print("\nper quality:")
qc = collections.Counter(t["quality"] for _, t in talks)
for k in QUALITIES:
    print(f"  {k:12s} {qc[k]}")

print("\npersona x quality:")
print("  " + " " * 12 + "".join(f"{q[:10]:>11s}" for q in QUALITIES) + "      total")
for per in PERSONAS:
    row = [sum(1 for _, t in talks if t["persona"] == per and t["quality"] == q) for q in QUALITIES]
    print(f"  {per:12s}" + "".join(f"{n:11d}" for n in row) + f"{sum(row):11d}")

print("\nstages done (talks):")
sc = collections.Counter(s for _, t in talks for s in t["label"]["stages_done"])
for k in STAGES:
    print(f"  {k:13s} {sc[k]}")

print("\nviolation codes (instances / talks):")
vc = collections.Counter(v["code"] for _, t in talks for v in t["label"]["violations"])
vt = collections.Counter(c for _, t in talks for c in {v["code"] for v in t["label"]["violations"]})
for k in CODES:
    print(f"  {k:14s} {vc[k]:3d} / {vt[k]}")
with_v = sum(1 for _, t in talks if t["label"]["violations"])
print(f"  total instances {sum(vc.values())}; talks with a violation {with_v}, without {len(talks) - with_v}")

print("\noverall by quality:")
for q in QUALITIES:
    xs = sorted(t["label"]["overall"] for _, t in talks if t["quality"] == q)
    if xs:
        print(f"  {q:12s} {min(xs):3d}-{max(xs):3d}  {' '.join(map(str, xs))}")

print("\nhistogram of overall:")
for lo in range(0, 100, 10):
    hi = lo + 9 if lo < 90 else 100
    n = sum(1 for _, t in talks if lo <= t["label"]["overall"] <= hi)
    print(f"  {lo:3d}-{hi:<3d} {n:3d} {'#' * n}")

lens = [len(t["turns"]) for _, t in talks]
print(f"\nturns per talk: min {min(lens)}, max {max(lens)}, mean {sum(lens) / len(lens):.1f}")
print(f"talks opened by the trainee: {[f for f, t in talks if t['turns'][0]['role'] == 'trainee']}")
