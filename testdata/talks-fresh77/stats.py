#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code."""
import glob, json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
talks = [json.load(open(p, encoding="utf-8"))
         for p in sorted(glob.glob(os.path.join(HERE, "*.json")))]
per, qual, stage, code, talkcode = Counter(), Counter(), Counter(), Counter(), Counter()
nturns, withv = [], 0
for t in talks:
    per[t["persona"]] += 1
    qual[t["quality"]] += 1
    nturns.append(len(t["turns"]))
    for s in t["label"]["stages_done"]:
        stage[s] += 1
    vs = t["label"]["violations"]
    withv += bool(vs)
    for v in vs:
        code[v["code"]] += 1
    for c in {v["code"] for v in vs}:
        talkcode[c] += 1
print(f"talks: {len(talks)}  turns: {min(nturns)}-{max(nturns)} (mean {sum(nturns)/len(nturns):.1f})")
print(f"talks with at least one violation: {withv} ({100*withv/len(talks):.0f}%)")
for name, c in (("persona", per), ("quality", qual), ("stage done", stage)):
    print(f"\n{name}:")
    for k, n in sorted(c.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {k:14s} {n}")
print("\nviolation code: turns (talks)")
for k, n in sorted(code.items(), key=lambda x: (-x[1], x[0])):
    print(f"  {k:14s} {n} ({talkcode[k]})")
print("\npersona x quality:")
for p in sorted(per):
    qs = Counter(t["quality"] for t in talks if t["persona"] == p)
    print(f"  {p:12s} " + ", ".join(f"{q} {n}" for q, n in sorted(qs.items())))
