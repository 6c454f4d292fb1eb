#!/usr/bin/env python3
"""Print counts for the talks in this folder: per persona, quality, stage done,
violation code, plus turn lengths and how many talks carry a violation."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = [json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob(os.path.join(HERE, "*.json")))]
per_persona = collections.Counter(t["persona"] for t in talks)
per_quality = collections.Counter(t["quality"] for t in talks)
per_stage = collections.Counter(s for t in talks for s in t["label"]["stages_done"])
per_code = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
talks_per_code = collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
with_v = sum(1 for t in talks if t["label"]["violations"])
breach = sum(1 for t in talks if {v["code"] for v in t["label"]["violations"]} & BREACH
             or (t["persona"] == "unwell" and any(v["code"] == "confront" for v in t["label"]["violations"])))
lens = [len(t["turns"]) for t in talks]

print(f"talks: {len(talks)}")
print("\nper persona:")
for k, n in sorted(per_persona.items()):
    qs = collections.Counter(t["quality"] for t in talks if t["persona"] == k)
    print(f"  {k:12s} {n:3d}   " + ", ".join(f"{q}={c}" for q, c in sorted(qs.items())))
print("\nper quality:")
for k, n in sorted(per_quality.items()):
    ovs = [t["label"]["overall"] for t in talks if t["quality"] == k]
    print(f"  {k:12s} {n:3d}   overall {min(ovs)}-{max(ovs)}, mean {sum(ovs)/len(ovs):.1f}")
print("\nstages done (talks):")
for s in STAGES:
    print(f"  {s:12s} {per_stage[s]:3d}")
print("\nviolation codes (occurrences / talks):")
for k in sorted(per_code):
    print(f"  {k:14s} {per_code[k]:3d} / {talks_per_code[k]}")
print(f"\ntalks with at least one violation: {with_v} ({100*with_v/len(talks):.0f}%)")
print(f"talks with a compliance breach:    {breach}")
print(f"turns per talk: min {min(lens)}, max {max(lens)}, mean {sum(lens)/len(lens):.1f}")
print(f"talks opened by the trainee: {sum(1 for t in talks if t['turns'][0]['role'] == 'trainee')}")
