#!/usr/bin/env python3
"""Counts for testdata/talks-fresh44: per persona, quality, stage and violation code."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}
talks = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(HERE, "*.json")))]

def show(title, counter, order=None):
    print(title)
    for k in (order or sorted(counter)):
        print(f"  {k:<14}{counter.get(k, 0)}")

persona = collections.Counter(t["persona"] for t in talks)
quality = collections.Counter(t["quality"] for t in talks)
stage = collections.Counter(s for t in talks for s in t["label"]["stages_done"])
code_turns = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
code_talks = collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
with_v = sum(1 for t in talks if t["label"]["violations"])
breach = sum(1 for t in talks if any(v["code"] in BREACH or (v["code"] == "confront" and t["persona"] == "unwell")
                                     for v in t["label"]["violations"]))
print(f"talks: {len(talks)}; with at least one violation: {with_v} ({100*with_v/len(talks):.0f}%); with a compliance breach: {breach}")
show("per persona:", persona)
show("per quality:", quality, ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"])
show("stages done (talks):", stage, STAGES)
show("violations (coded turns):", code_turns)
show("violations (talks):", code_talks)
print("per persona x quality:")
for p in sorted(persona):
    qs = collections.Counter(t["quality"] for t in talks if t["persona"] == p)
    print(f"  {p:<12}" + ", ".join(f"{q} {n}" for q, n in sorted(qs.items())))
ov = [t["label"]["overall"] for t in talks]
bands = collections.Counter(("90-100" if o >= 90 else "80-89" if o >= 80 else "70-79" if o >= 70 else
                             "60-69" if o >= 60 else "45-59" if o >= 45 else "21-44" if o > 20 else "0-20") for o in ov)
show("overall bands:", bands, ["90-100", "80-89", "70-79", "60-69", "45-59", "21-44", "0-20"])
n = [len(t["turns"]) for t in talks]
print(f"turns: min {min(n)}, max {max(n)}, mean {sum(n)/len(n):.1f}; trainee opens: {sum(t['turns'][0]['role']=='trainee' for t in talks)}")
