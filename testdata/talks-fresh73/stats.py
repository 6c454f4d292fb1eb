#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this folder."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = [json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob(os.path.join(HERE, "*.json")))]
per = collections.Counter(t["persona"] for t in talks)
qual = collections.Counter(t["quality"] for t in talks)
stage = collections.Counter(s for t in talks for s in t["label"]["stages_done"])
code = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
code_talks = collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
with_v = sum(1 for t in talks if t["label"]["violations"])
breach = sum(1 for t in talks if {v["code"] for v in t["label"]["violations"]} & BREACH
             or (t["persona"] == "unwell" and any(v["code"] == "confront" for v in t["label"]["violations"])))
turns = [len(t["turns"]) for t in talks]

print(f"talks: {len(talks)}  turns: min {min(turns)} max {max(turns)} mean {sum(turns)/len(turns):.1f}")
print(f"talks with >=1 violation: {with_v} ({100*with_v/len(talks):.0f}%)  with a compliance breach: {breach}")
print("\npersona:")
for k, v in sorted(per.items()):
    print(f"  {k:12s} {v}")
print("\nquality:")
for k, v in sorted(qual.items()):
    scores = [t["label"]["overall"] for t in talks if t["quality"] == k]
    print(f"  {k:12s} {v}   overall {min(scores)}-{max(scores)}")
print("\npersona x quality:")
qs = sorted(qual)
print("  " + " " * 12 + " ".join(f"{q[:10]:>10s}" for q in qs))
for p in sorted(per):
    row = collections.Counter(t["quality"] for t in talks if t["persona"] == p)
    print(f"  {p:12s}" + " ".join(f"{row[q]:>10d}" for q in qs))
print("\nstage done (talks):")
for s in STAGES:
    print(f"  {s:13s} {stage[s]}")
print("\nviolation code: instances (talks)")
for k in sorted(code):
    print(f"  {k:14s} {code[k]} ({code_talks[k]})")
