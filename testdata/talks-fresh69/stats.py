#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this set."""
import glob, json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
talks = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(HERE, "*.json")))]
per, qual, stage, code, vtalks, turns = Counter(), Counter(), Counter(), Counter(), 0, []
for t in talks:
    per[t["persona"]] += 1
    qual[t["quality"]] += 1
    turns.append(len(t["turns"]))
    for s in t["label"]["stages_done"]:
        stage[s] += 1
    vs = t["label"]["violations"]
    vtalks += bool(vs)
    for v in vs:
        code[v["code"]] += 1
print(f"talks: {len(talks)}  turns: min {min(turns)} max {max(turns)} mean {sum(turns)/len(turns):.1f}")
print(f"talks with at least one violation: {vtalks} ({100*vtalks/len(talks):.0f}%)")
print("persona:", dict(sorted(per.items())))
print("quality:", dict(sorted(qual.items())))
print("stages done:", {s: stage[s] for s in STAGES})
print("violation codes:", dict(sorted(code.items())))
scores = sorted(t["label"]["overall"] for t in talks)
print("overall: min", scores[0], "median", scores[len(scores)//2], "max", scores[-1])
