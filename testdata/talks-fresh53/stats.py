#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this folder."""
import glob, json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = [json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob(os.path.join(HERE, "*.json")))]
persona = Counter(t["persona"] for t in talks)
quality = Counter(t["quality"] for t in talks)
stage = Counter(s for t in talks for s in t["label"]["stages_done"])
code_turns = Counter(v["code"] for t in talks for v in t["label"]["violations"])
code_talks = Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
with_v = sum(1 for t in talks if t["label"]["violations"])
def breach(t):
    cs = {v["code"] for v in t["label"]["violations"]}
    return bool(cs & BREACH) or (t["persona"] == "unwell" and "confront" in cs)
breaches = sum(1 for t in talks if breach(t))
lens = [len(t["turns"]) for t in talks]

print(f"talks: {len(talks)}   turns: {sum(lens)} (min {min(lens)}, max {max(lens)})")
print(f"talks with >=1 violation: {with_v} ({100*with_v/len(talks):.0f}%), with a compliance breach: {breaches}")
print("\nper persona:")
for k, n in sorted(persona.items()):
    qs = Counter(t["quality"] for t in talks if t["persona"] == k)
    print(f"  {k:12s} {n}   " + ", ".join(f"{q} {c}" for q, c in sorted(qs.items())))
print("\nper quality:")
for k, n in sorted(quality.items()):
    ov = [t["label"]["overall"] for t in talks if t["quality"] == k]
    print(f"  {k:12s} {n}   overall {min(ov)}-{max(ov)}, mean {sum(ov)/len(ov):.0f}")
print("\nstages done (talks):")
for s in STAGES:
    print(f"  {s:13s} {stage[s]}")
print("\nviolation codes (coded turns / talks):")
for c in sorted(code_turns):
    print(f"  {c:13s} {code_turns[c]} / {code_talks[c]}")
print("\nopened by trainee:", sum(1 for t in talks if t["turns"][0]["role"] == "trainee"))
