#!/usr/bin/env python3
"""Print counts for the talks-fresh43 set: per persona, quality, stage done,
violation code, plus turn lengths and how many talks carry a fault."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = [json.load(open(f, encoding="utf-8"))
         for f in sorted(glob.glob(os.path.join(HERE, "*.json")))]
persona = collections.Counter(t["persona"] for t in talks)
quality = collections.Counter(t["quality"] for t in talks)
stage = collections.Counter(s for t in talks for s in t["label"]["stages_done"])
code = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
code_talks = collections.Counter(c for t in talks
                                 for c in {v["code"] for v in t["label"]["violations"]})
with_v = sum(1 for t in talks if t["label"]["violations"])
breach = sum(1 for t in talks
             if {v["code"] for v in t["label"]["violations"]} & BREACH
             or (t["persona"] == "unwell"
                 and any(v["code"] == "confront" for v in t["label"]["violations"])))
lens = [len(t["turns"]) for t in talks]

print(f"talks: {len(talks)}   turns: {sum(lens)} (min {min(lens)}, max {max(lens)})")
print(f"talks with at least one violation: {with_v} ({100*with_v/len(talks):.0f}%)")
print(f"talks with a compliance breach: {breach}")
print("\nper persona:")
for k, n in sorted(persona.items()):
    print(f"  {k:12s} {n}")
print("\nper quality:")
for k in ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]:
    sc = [t["label"]["overall"] for t in talks if t["quality"] == k]
    if sc:
        print(f"  {k:12s} {len(sc):2d}   overall {min(sc)}-{max(sc)}")
print("\nstage done (talks):")
for s in STAGES:
    print(f"  {s:13s} {stage[s]}")
print("\nviolation code: occurrences (talks)")
for k, n in code.most_common():
    print(f"  {k:14s} {n} ({code_talks[k]})")
print("\npersona x quality:")
for p in sorted(persona):
    row = sorted(t["quality"] for t in talks if t["persona"] == p)
    print(f"  {p:12s} {', '.join(row)}")
