#!/usr/bin/env python3
"""Counts per persona, quality, stage and violation code for talks-fresh63."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
talks = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(HERE, "*.json")))]
per = collections.Counter(t["persona"] for t in talks)
qual = collections.Counter(t["quality"] for t in talks)
stage = collections.Counter(s for t in talks for s in t["label"]["stages_done"])
code = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
code_talks = collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
with_v = sum(1 for t in talks if t["label"]["violations"])
turns = [len(t["turns"]) for t in talks]
print(f"talks: {len(talks)}  with >=1 violation: {with_v} ({100*with_v/len(talks):.0f}%)  turns: {min(turns)}-{max(turns)}")
print("persona:", dict(sorted(per.items())))
print("quality:", dict(sorted(qual.items())))
print("persona x quality:")
for p in sorted(per):
    print(f"  {p:12s}", ", ".join(f"{t['quality']}" for t in talks if t["persona"] == p))
print("stages done (talks):", {s: stage[s] for s in STAGES})
print("violation codes (occurrences):", dict(sorted(code.items())))
print("violation codes (talks):", dict(sorted(code_talks.items())))
for q in sorted(qual):
    ov = [t["label"]["overall"] for t in talks if t["quality"] == q]
    print(f"overall {q:10s} min {min(ov):3d} max {max(ov):3d} mean {sum(ov)/len(ov):5.1f}")
