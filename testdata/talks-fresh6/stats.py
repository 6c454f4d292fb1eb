#!/usr/bin/env python3
"""Prints counts for the talks in this folder: per persona, per quality,
persona x quality, stages done, violation codes, and score ranges."""
import glob
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]

talks = [json.load(open(f, encoding="utf-8"))
         for f in sorted(glob.glob(os.path.join(HERE, "*.json")))]

print(f"talks: {len(talks)}")
lens = [len(t["turns"]) for t in talks]
print(f"turns per talk: {min(lens)}-{max(lens)} (mean {sum(lens) / len(lens):.1f})")
print(f"talks opened by the trainee: {sum(t['turns'][0]['role'] == 'trainee' for t in talks)}")

print("\nper persona:")
pc = Counter(t["persona"] for t in talks)
for p in PERSONAS:
    print(f"  {p:12s} {pc[p]}")

print("\nper quality (overall scores):")
for q in QUALITIES:
    sc = sorted(t["label"]["overall"] for t in talks if t["quality"] == q)
    print(f"  {q:11s} {len(sc):2d}  {' '.join(map(str, sc))}")

print("\npersona x quality:")
print("  " + " " * 12 + " ".join(f"{q[:9]:>9s}" for q in QUALITIES) + "  total")
for p in PERSONAS:
    row = [sum(1 for t in talks if t["persona"] == p and t["quality"] == q) for q in QUALITIES]
    print(f"  {p:12s}" + " ".join(f"{n:9d}" for n in row) + f"  {sum(row):5d}")

print("\nstages done:")
sc = Counter(s for t in talks for s in t["label"]["stages_done"])
for s in STAGES:
    print(f"  {s:13s} {sc[s]}")

print("\nviolations (instances / talks):")
vi = Counter(v["code"] for t in talks for v in t["label"]["violations"])
vt = Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
for c in CODES:
    print(f"  {c:13s} {vi[c]:2d} / {vt[c]}")
nv = sum(1 for t in talks if t["label"]["violations"])
print(f"  total instances {sum(vi.values())}; talks with any violation {nv} of {len(talks)} "
      f"({100 * nv / len(talks):.0f}%)")
breach = sum(1 for t in talks
             if {v["code"] for v in t["label"]["violations"]} & {"false_promise", "buy_peace", "accept_gift"}
             or (t["persona"] == "unwell" and any(v["code"] == "confront" for v in t["label"]["violations"])))
print(f"  talks with a compliance breach: {breach}")

print("\nhistogram of overall:")
hist = Counter(min(t["label"]["overall"] // 10, 9) for t in talks)
for b in range(10):
    lo = b * 10
    hi = 100 if b == 9 else lo + 9
    print(f"  {lo:3d}-{hi:<3d} {hist[b]:2d} {'#' * hist[b]}")
