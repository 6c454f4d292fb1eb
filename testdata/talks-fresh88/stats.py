#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for talks-fresh88."""
import glob, json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(HERE, "*.json")))]
persona, quality, stage, code, code_talks = Counter(), Counter(), Counter(), Counter(), Counter()
with_viol = with_breach = 0
turns = []
for t in talks:
    persona[t["persona"]] += 1
    quality[t["quality"]] += 1
    turns.append(len(t["turns"]))
    for s in t["label"]["stages_done"]:
        stage[s] += 1
    codes = [v["code"] for v in t["label"]["violations"]]
    for c in codes:
        code[c] += 1
    for c in set(codes):
        code_talks[c] += 1
    if codes:
        with_viol += 1
    if any(c in BREACH or (c == "confront" and t["persona"] == "unwell") for c in codes):
        with_breach += 1

def show(title, counter, keys=None):
    print(title)
    for k in keys or sorted(counter):
        print(f"  {k:<14}{counter[k]:>4}")

print(f"talks: {len(talks)}  turns: min {min(turns)}, max {max(turns)}, total {sum(turns)}")
show("per persona:", persona)
show("per quality:", quality)
show("stage done (talks):", stage, STAGES)
show("violation code (occurrences):", code)
show("violation code (talks):", code_talks)
print(f"talks with >=1 violation: {with_viol} ({100 * with_viol / len(talks):.0f}%)")
print(f"talks with a compliance breach: {with_breach}")
ov = sorted(t["label"]["overall"] for t in talks)
print(f"overall: min {ov[0]}, median {ov[len(ov) // 2]}, max {ov[-1]}")
