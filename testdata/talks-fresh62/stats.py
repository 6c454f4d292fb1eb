#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this folder."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(HERE, "*.json")))]
persona = collections.Counter(t["persona"] for t in talks)
quality = collections.Counter(t["quality"] for t in talks)
stage = collections.Counter(s for t in talks for s in t["label"]["stages_done"])
code = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
code_talks = collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
with_v = sum(1 for t in talks if t["label"]["violations"])
breach = sum(1 for t in talks
             if {v["code"] for v in t["label"]["violations"]} & BREACH
             or (t["persona"] == "unwell" and any(v["code"] == "confront" for v in t["label"]["violations"])))
turns = [len(t["turns"]) for t in talks]

print(f"talks: {len(talks)}   turns: min {min(turns)}, max {max(turns)}, mean {sum(turns)/len(turns):.1f}")
print(f"talks with a violation: {with_v} ({100*with_v/len(talks):.0f}%)   with a compliance breach: {breach}")
print("\nper persona:")
for k, n in sorted(persona.items()):
    qs = ", ".join(sorted(t["quality"] for t in talks if t["persona"] == k))
    print(f"  {k:12s} {n}   ({qs})")
print("\nper quality (count, overall min-max):")
for k, n in sorted(quality.items()):
    ov = [t["label"]["overall"] for t in talks if t["quality"] == k]
    print(f"  {k:12s} {n}   {min(ov)}-{max(ov)}")
print("\nstages done (talks):")
for s in STAGES:
    print(f"  {s:14s} {stage[s]}")
print("\nviolation codes (occurrences / talks):")
for k in sorted(code):
    print(f"  {k:14s} {code[k]} / {code_talks[k]}")
