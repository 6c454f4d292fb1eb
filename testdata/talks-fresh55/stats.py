#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this folder."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
talks = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(HERE, "*.json")))]
per_persona = collections.Counter(t["persona"] for t in talks)
per_quality = collections.Counter(t["quality"] for t in talks)
per_stage = collections.Counter(s for t in talks for s in t["label"]["stages_done"])
per_code = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
talks_with_code = collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
with_viol = sum(1 for t in talks if t["label"]["violations"])
breach = sum(1 for t in talks if {v["code"] for v in t["label"]["violations"]} & {"false_promise", "buy_peace", "accept_gift"}
             or (t["persona"] == "unwell" and any(v["code"] == "confront" for v in t["label"]["violations"])))
print(f"talks: {len(talks)}  turns: {sum(len(t['turns']) for t in talks)}  "
      f"with violations: {with_viol}  with compliance breach: {breach}")
print("\nper persona:")
for p, n in sorted(per_persona.items()): print(f"  {p:12s} {n}")
print("\nper quality:")
for q, n in sorted(per_quality.items()): print(f"  {q:12s} {n}")
print("\npersona x quality:")
qs = sorted(per_quality)
print("  " + " " * 12 + " ".join(f"{q[:10]:>10s}" for q in qs))
for p in sorted(per_persona):
    print(f"  {p:12s}" + " ".join(f"{sum(1 for t in talks if t['persona']==p and t['quality']==q):>10d}" for q in qs))
print("\nstages done (talks):")
for s in STAGES: print(f"  {s:13s} {per_stage[s]}")
print("\nviolation codes (occurrences / talks):")
for c, n in sorted(per_code.items()): print(f"  {c:14s} {n} / {talks_with_code[c]}")
print("\noverall by quality (min-max, mean):")
for q in qs:
    xs = [t["label"]["overall"] for t in talks if t["quality"] == q]
    print(f"  {q:12s} {min(xs)}-{max(xs)}  {sum(xs)/len(xs):.1f}")
