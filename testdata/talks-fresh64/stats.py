#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for talks-fresh64."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
talks = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(HERE, "*.json")))]
per = collections.Counter(t["persona"] for t in talks)
qual = collections.Counter(t["quality"] for t in talks)
stage = collections.Counter(s for t in talks for s in t["label"]["stages_done"])
code = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
talks_with = collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
print(f"talks: {len(talks)}  turns: {sum(len(t['turns']) for t in talks)}  "
      f"with violations: {sum(1 for t in talks if t['label']['violations'])}")
print("\nper persona:")
for k, n in sorted(per.items()): print(f"  {k:12s} {n}")
print("\nper quality:")
for k, n in sorted(qual.items()): print(f"  {k:12s} {n}")
print("\nstage done (talks):")
for s in STAGES: print(f"  {s:13s} {stage[s]}")
print("\nviolation code: occurrences / talks")
for k in sorted(code): print(f"  {k:14s} {code[k]} / {talks_with[k]}")
print("\nper persona x quality:")
pq = collections.Counter((t["persona"], t["quality"]) for t in talks)
qs = sorted(qual)
print("  " + " " * 12 + " ".join(f"{q[:10]:>10s}" for q in qs))
for p in sorted(per): print(f"  {p:12s}" + " ".join(f"{pq[(p, q)]:>10d}" for q in qs))
ov = [t["label"]["overall"] for t in talks]
print(f"\noverall: min {min(ov)} max {max(ov)} mean {sum(ov)/len(ov):.1f}")
