#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for talks-fresh39."""
import json, glob, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
talks = [json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob(os.path.join(HERE, "*.json")))]
per, qual, stage, code, talkcode = Counter(), Counter(), Counter(), Counter(), Counter()
turns, withv, breach = [], 0, 0
for t in talks:
    per[t["persona"]] += 1
    qual[t["quality"]] += 1
    turns.append(len(t["turns"]))
    for s in t["label"]["stages_done"]:
        stage[s] += 1
    cs = {v["code"] for v in t["label"]["violations"]}
    for v in t["label"]["violations"]:
        code[v["code"]] += 1
    for c in cs:
        talkcode[c] += 1
    withv += bool(cs)
    breach += bool(cs & {"false_promise", "buy_peace", "accept_gift"}) or (t["persona"] == "unwell" and "confront" in cs)

def show(title, c, order=None):
    print(title)
    for k in (order or sorted(c)):
        print(f"  {k:14s} {c[k]}")

print(f"talks: {len(talks)}   turns: min {min(turns)} max {max(turns)} mean {sum(turns)/len(turns):.1f}")
print(f"talks with >=1 violation: {withv}   with a compliance breach: {breach}")
show("per persona:", per, ["confused", "resentful", "pestering", "unwell", "veteran", "choleric", "sanguine", "phlegmatic", "melancholic"])
show("per quality:", qual, ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"])
show("stage done (talks):", stage, STAGES)
show("violation code (occurrences):", code)
show("violation code (talks):", talkcode)
print("persona x quality:")
for p in ["confused", "resentful", "pestering", "unwell", "veteran", "choleric", "sanguine", "phlegmatic", "melancholic"]:
    qs = sorted(t["quality"] for t in talks if t["persona"] == p)
    print(f"  {p:12s} {', '.join(qs)}")
