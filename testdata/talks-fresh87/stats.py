#!/usr/bin/env python3
"""Prints counts per persona, quality, stage and violation code for this folder."""
import glob, json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = []
for p in sorted(glob.glob(os.path.join(HERE, "*.json"))):
    with open(p, encoding="utf-8") as f:
        talks.append((os.path.basename(p), json.load(f)))

persona, quality, stage, code, code_talks = Counter(), Counter(), Counter(), Counter(), Counter()
pq = Counter()
with_viol = breach = 0
lengths = []
for fn, d in talks:
    persona[d["persona"]] += 1
    quality[d["quality"]] += 1
    pq[(d["persona"], d["quality"])] += 1
    lengths.append(len(d["turns"]))
    for s in d["label"]["stages_done"]:
        stage[s] += 1
    cs = set()
    for v in d["label"]["violations"]:
        code[v["code"]] += 1
        cs.add(v["code"])
    for c in cs:
        code_talks[c] += 1
    with_viol += bool(cs)
    breach += bool(cs & BREACH or (d["persona"] == "unwell" and "confront" in cs))

print(f"talks: {len(talks)}  turns: min {min(lengths)}, max {max(lengths)}, mean {sum(lengths)/len(lengths):.1f}")
print(f"with at least one violation: {with_viol} ({100*with_viol/len(talks):.0f}%)  with a compliance breach: {breach}")
print("\nper persona:")
for k, n in sorted(persona.items()):
    qs = ", ".join(f"{q}" for (p, q), m in sorted(pq.items()) if p == k for _ in range(m))
    print(f"  {k:12s} {n}   ({qs})")
print("\nper quality:")
for k, n in sorted(quality.items()):
    ov = [d["label"]["overall"] for _, d in talks if d["quality"] == k]
    print(f"  {k:12s} {n}   overall {min(ov)}-{max(ov)}")
print("\nstages done (talks):")
for s in STAGES:
    print(f"  {s:12s} {stage[s]}")
print("\nviolation codes (occurrences / talks):")
for c, n in sorted(code.items()):
    print(f"  {c:14s} {n} / {code_talks[c]}")
