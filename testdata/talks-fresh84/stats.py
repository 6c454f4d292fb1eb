#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this folder."""
import collections, glob, json, os

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
breach = sum(1 for t in talks if {v["code"] for v in t["label"]["violations"]} & BREACH
             or (t["persona"] == "unwell" and any(v["code"] == "confront" for v in t["label"]["violations"])))
turns = [len(t["turns"]) for t in talks]

print(f"talks: {len(talks)}   turns: min {min(turns)} max {max(turns)} mean {sum(turns)/len(turns):.1f}")
print(f"talks with a violation: {with_v} ({100*with_v/len(talks):.0f}%)   with a compliance breach: {breach}")
print("\npersona")
for k, n in sorted(persona.items()):
    print(f"  {k:12} {n}")
print("\nquality (mean overall)")
for k, n in sorted(quality.items()):
    m = sum(t["label"]["overall"] for t in talks if t["quality"] == k) / n
    print(f"  {k:12} {n}  {m:.0f}")
print("\nstage done")
for s in STAGES:
    print(f"  {s:12} {stage[s]}")
print("\nviolation code (turns / talks)")
for k, n in sorted(code.items()):
    print(f"  {k:14} {n} / {code_talks[k]}")
print("\npersona x quality")
qs = ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]
print("  " + " " * 12 + " ".join(f"{q[:9]:>9}" for q in qs))
for p in sorted(persona):
    print(f"  {p:12}" + " ".join(f"{sum(1 for t in talks if t['persona']==p and t['quality']==q):>9}" for q in qs))
