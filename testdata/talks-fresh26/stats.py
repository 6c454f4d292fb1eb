#!/usr/bin/env python3
"""Counts for the talks in this folder: per persona, quality, stage done,
violation code, plus talks with any violation and with a compliance breach."""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = [json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob(os.path.join(HERE, "*.json")))]
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
overall = [t["label"]["overall"] for t in talks]


def show(title, counter, order=None):
    print(title)
    for k in (order or sorted(counter)):
        print(f"  {k:14s} {counter.get(k, 0)}")


print(f"talks: {len(talks)}   turns: min {min(turns)}, max {max(turns)}, total {sum(turns)}")
print(f"overall: min {min(overall)}, max {max(overall)}, mean {sum(overall) / len(overall):.1f}")
show("per persona:", persona, ["confused", "resentful", "pestering", "unwell", "veteran",
                               "choleric", "sanguine", "phlegmatic", "melancholic"])
show("per quality:", quality, ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"])
show("stage done (talks):", stage, STAGES)
print("violation codes (occurrences / talks):")
for k in sorted(code):
    print(f"  {k:14s} {code[k]} / {code_talks[k]}")
print(f"talks with any violation: {with_v} ({100 * with_v / len(talks):.0f}%)")
print(f"talks with a compliance breach: {breach}")
print("persona x quality:")
for p in ["confused", "resentful", "pestering", "unwell", "veteran", "choleric", "sanguine", "phlegmatic", "melancholic"]:
    qs = sorted(t["quality"] for t in talks if t["persona"] == p)
    print(f"  {p:12s} {', '.join(qs)}")
