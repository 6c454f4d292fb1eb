#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this folder."""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = [json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob(os.path.join(HERE, "*.json")))]
persona = collections.Counter(t["persona"] for t in talks)
quality = collections.Counter(t["quality"] for t in talks)
stage = collections.Counter(s for t in talks for s in t["label"]["stages_done"])
code_occ = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
code_talks = collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
with_v = sum(1 for t in talks if t["label"]["violations"])
breach = sum(1 for t in talks if any(v["code"] in BREACH or (v["code"] == "confront" and t["persona"] == "unwell")
                                     for v in t["label"]["violations"]))
lens = [len(t["turns"]) for t in talks]

print(f"talks: {len(talks)}  with a violation: {with_v} ({100*with_v/len(talks):.0f}%)  with a compliance breach: {breach}")
print(f"turns: min {min(lens)}  max {max(lens)}  mean {sum(lens)/len(lens):.1f}")
print("\nper persona:")
for k, n in sorted(persona.items()):
    print(f"  {k:12s} {n}")
print("\nper quality:")
for k, n in sorted(quality.items()):
    ov = [t["label"]["overall"] for t in talks if t["quality"] == k]
    print(f"  {k:12s} {n}   overall {min(ov)}-{max(ov)}")
print("\nstages done (talks):")
for s in STAGES:
    print(f"  {s:13s} {stage[s]}")
print("\nviolation codes (occurrences / talks):")
for c in sorted(code_occ):
    print(f"  {c:13s} {code_occ[c]} / {code_talks[c]}")
print("\npersona x quality:")
qs = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
print("  " + " " * 12 + " ".join(f"{q[:10]:>10s}" for q in qs))
for p in sorted(persona):
    print(f"  {p:12s}" + " ".join(f"{sum(1 for t in talks if t['persona']==p and t['quality']==q):>10d}" for q in qs))
