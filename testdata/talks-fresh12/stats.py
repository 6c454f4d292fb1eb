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
code_turns = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
code_talks = collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
with_v = sum(1 for t in talks if t["label"]["violations"])
breach = sum(1 for t in talks if any(v["code"] in BREACH or (v["code"] == "confront" and t["persona"] == "unwell")
                                     for v in t["label"]["violations"]))
turns = [len(t["turns"]) for t in talks]

print(f"talks: {len(talks)}   turns: min {min(turns)}, max {max(turns)}, mean {sum(turns)/len(turns):.1f}")
print(f"talks with >=1 violation: {with_v} ({100*with_v/len(talks):.0f}%)   with a compliance breach: {breach}")
print("\nper persona:")
for k, n in sorted(persona.items()):
    qs = collections.Counter(t["quality"] for t in talks if t["persona"] == k)
    print(f"  {k:12s} {n}   " + ", ".join(f"{q} {c}" for q, c in sorted(qs.items())))
print("\nper quality:")
for k, n in sorted(quality.items()):
    ov = [t["label"]["overall"] for t in talks if t["quality"] == k]
    print(f"  {k:12s} {n}   overall {min(ov)}-{max(ov)}, mean {sum(ov)/len(ov):.0f}")
print("\nstages done (talks):")
for s in STAGES:
    print(f"  {s:14s} {stage[s]}")
print("\nviolation codes:   turns  talks")
for c in sorted(code_turns):
    print(f"  {c:15s} {code_turns[c]:5d}  {code_talks[c]:5d}")
