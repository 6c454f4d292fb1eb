#!/usr/bin/env python3
"""Counts for this folder: per persona, quality, stage done, violation code."""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]

talks = [json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob(os.path.join(HERE, "*.json")))]
per_persona = collections.Counter(t["persona"] for t in talks)
per_quality = collections.Counter(t["quality"] for t in talks)
stage = collections.Counter(s for t in talks for s in t["label"]["stages_done"])
code_turns = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
code_talks = collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
with_v = sum(1 for t in talks if t["label"]["violations"])
breach = sum(1 for t in talks
             if {v["code"] for v in t["label"]["violations"]} & {"false_promise", "buy_peace", "accept_gift"}
             or (t["persona"] == "unwell" and any(v["code"] == "confront" for v in t["label"]["violations"])))
lens = [len(t["turns"]) for t in talks]

print(f"talks: {len(talks)}  turns: min {min(lens)}, max {max(lens)}, mean {sum(lens)/len(lens):.1f}")
print(f"with at least one violation: {with_v} ({100*with_v/len(talks):.0f}%), with a compliance breach: {breach}")
print("\nper persona:")
for k, n in sorted(per_persona.items()):
    print(f"  {k:12} {n}")
print("\nper quality:")
for k in ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]:
    scores = [t["label"]["overall"] for t in talks if t["quality"] == k]
    rng = f"overall {min(scores)}-{max(scores)}" if scores else ""
    print(f"  {k:12} {per_quality[k]:3}  {rng}")
print("\nstage done (talks):")
for s in STAGES:
    print(f"  {s:13} {stage[s]}")
print("\nviolation code: turns / talks")
for c in CODES:
    print(f"  {c:13} {code_turns[c]:3} / {code_talks[c]}")
