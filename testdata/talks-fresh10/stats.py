#!/usr/bin/env python3
"""Counts per persona, quality, stage and violation code for this folder."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
talks = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(HERE, "*.json")))]

def show(title, counter, order=None):
    print(title)
    for k in (order or sorted(counter)):
        print(f"  {k:14s} {counter.get(k, 0)}")

print(f"talks: {len(talks)}   turns: {sum(len(t['turns']) for t in talks)}")
show("per persona", collections.Counter(t["persona"] for t in talks))
show("per quality", collections.Counter(t["quality"] for t in talks))
show("stages done (talks)", collections.Counter(s for t in talks for s in t["label"]["stages_done"]), STAGES)
show("violation codes (occurrences)", collections.Counter(v["code"] for t in talks for v in t["label"]["violations"]))
show("violation codes (talks)", collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]}))
withv = sum(1 for t in talks if t["label"]["violations"])
print(f"talks with at least one violation: {withv} ({withv / len(talks):.0%})")
breach = sum(1 for t in talks if any(v["code"] in ("false_promise", "buy_peace", "accept_gift")
             or (v["code"] == "confront" and t["persona"] == "unwell") for v in t["label"]["violations"]))
print(f"talks with a compliance breach: {breach}")
print("mean overall per quality")
by = collections.defaultdict(list)
for t in talks:
    by[t["quality"]].append(t["label"]["overall"])
for q in sorted(by):
    print(f"  {q:14s} {sum(by[q]) / len(by[q]):.1f}  (n={len(by[q])}, turns {min(len(t['turns']) for t in talks if t['quality']==q)}-{max(len(t['turns']) for t in talks if t['quality']==q)})")
