#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this folder."""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = [json.load(open(p, encoding="utf-8"))
         for p in sorted(glob.glob(os.path.join(HERE, "*.json")))]

persona = collections.Counter(t["persona"] for t in talks)
quality = collections.Counter(t["quality"] for t in talks)
stage = collections.Counter(s for t in talks for s in t["label"]["stages_done"])
code = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
talks_with_code = collections.Counter(
    c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
cross = collections.Counter((t["persona"], t["quality"]) for t in talks)
with_viol = sum(1 for t in talks if t["label"]["violations"])
breach = sum(
    1 for t in talks
    if {v["code"] for v in t["label"]["violations"]} & BREACH
    or (t["persona"] == "unwell"
        and any(v["code"] == "confront" for v in t["label"]["violations"])))
turns = [len(t["turns"]) for t in talks]
overall = [t["label"]["overall"] for t in talks]

print(f"talks: {len(talks)}   turns: min {min(turns)}, max {max(turns)}, "
      f"mean {sum(turns) / len(turns):.1f}   overall: mean {sum(overall) / len(overall):.1f}")
print(f"talks with at least one violation: {with_viol} ({100 * with_viol / len(talks):.0f}%)"
      f"   with a compliance breach: {breach}")

print("\nper persona")
for k, n in sorted(persona.items()):
    qs = ", ".join(f"{q}" for (p, q) in sorted(cross) if p == k for _ in range(cross[(p, q)]))
    print(f"  {k:12s} {n:3d}   {qs}")
print("\nper quality")
for k in ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]:
    sc = [t["label"]["overall"] for t in talks if t["quality"] == k]
    if sc:
        print(f"  {k:12s} {quality[k]:3d}   overall {min(sc)}-{max(sc)}")
print("\nper stage (talks where done)")
for k in STAGES:
    print(f"  {k:14s} {stage[k]:3d}")
print("\nper violation code (occurrences / talks)")
for k, n in sorted(code.items(), key=lambda x: (-x[1], x[0])):
    print(f"  {k:14s} {n:3d} / {talks_with_code[k]}")
print(f"  {'total':14s} {sum(code.values()):3d}")
