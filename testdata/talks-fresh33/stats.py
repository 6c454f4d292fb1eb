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
code_turns = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
code_talks = collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
with_v = sum(1 for t in talks if t["label"]["violations"])
breach = sum(1 for t in talks if any(v["code"] in BREACH or (v["code"] == "confront" and t["persona"] == "unwell")
                                    for v in t["label"]["violations"]))
nturns = [len(t["turns"]) for t in talks]

print(f"talks: {len(talks)}")
print(f"with at least one violation: {with_v} ({100 * with_v / len(talks):.0f}%)")
print(f"with a compliance breach: {breach}")
print(f"turns: min {min(nturns)}, max {max(nturns)}, mean {sum(nturns) / len(nturns):.1f}")
print("\nper persona:")
for k, n in sorted(persona.items()):
    qs = ", ".join(sorted(t["quality"] for t in talks if t["persona"] == k))
    print(f"  {k:12s} {n}   ({qs})")
print("\nper quality:")
for k, n in sorted(quality.items()):
    sc = sorted(t["label"]["overall"] for t in talks if t["quality"] == k)
    print(f"  {k:12s} {n}   overall {sc}")
print("\nstages done (talks):")
for s in STAGES:
    print(f"  {s:14s} {stage[s]}")
print("\nviolation codes (turns / talks):")
for c, n in sorted(code_turns.items()):
    print(f"  {c:14s} {n} / {code_talks[c]}")
