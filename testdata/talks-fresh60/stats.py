#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this folder."""
import glob, json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
talks = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(HERE, "*.json")))]
per = Counter(t["persona"] for t in talks)
qual = Counter(t["quality"] for t in talks)
stage = Counter(s for t in talks for s in t["label"]["stages_done"])
code = Counter(v["code"] for t in talks for v in t["label"]["violations"])
code_talks = Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
with_v = sum(1 for t in talks if t["label"]["violations"])
turns = [len(t["turns"]) for t in talks]
print(f"talks: {len(talks)}  with a violation: {with_v} ({100*with_v/len(talks):.0f}%)  turns: {min(turns)}-{max(turns)} (mean {sum(turns)/len(turns):.1f})")
print("\npersona:"); [print(f"  {k:12s} {per[k]}") for k in sorted(per)]
print("\nquality:"); [print(f"  {k:12s} {qual[k]}") for k in sorted(qual)]
print("\nstage done (talks):"); [print(f"  {k:12s} {stage[k]}") for k in STAGES]
print("\nviolation code: occurrences / talks")
for k in sorted(code): print(f"  {k:14s} {code[k]} / {code_talks[k]}")
print("\npersona x quality:")
for p in sorted(per):
    print(f"  {p:12s} " + ", ".join(f"{t['quality']}" for t in talks if t["persona"] == p))
ov = [t["label"]["overall"] for t in talks]
print(f"\noverall: min {min(ov)}, max {max(ov)}, mean {sum(ov)/len(ov):.1f}")
