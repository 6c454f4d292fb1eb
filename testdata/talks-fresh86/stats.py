#!/usr/bin/env python3
"""Counts per persona, quality, stage and violation code for talks-fresh86."""
import json, os, glob
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
files = sorted(glob.glob(os.path.join(HERE, "*.json")))
talks = [json.load(open(f, encoding="utf-8")) for f in files]

per_persona = Counter(t["persona"] for t in talks)
per_quality = Counter(t["quality"] for t in talks)
per_stage = Counter(s for t in talks for s in t["label"]["stages_done"])
per_code = Counter(v["code"] for t in talks for v in t["label"]["violations"])
talks_per_code = Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
with_viol = sum(1 for t in talks if t["label"]["violations"])
breach = sum(1 for t in talks if any(v["code"] in ("false_promise", "buy_peace", "accept_gift")
             or (v["code"] == "confront" and t["persona"] == "unwell") for v in t["label"]["violations"]))
nturns = [len(t["turns"]) for t in talks]

print(f"talks: {len(talks)}   turns: min {min(nturns)} max {max(nturns)} total {sum(nturns)}")
print(f"talks with at least one violation: {with_viol} ({100*with_viol/len(talks):.0f}%)   with a compliance breach: {breach}")
print("\nper persona:")
for k, v in sorted(per_persona.items()): print(f"  {k:12s} {v}")
print("\nper quality (mean overall):")
for k, v in sorted(per_quality.items()):
    m = sum(t["label"]["overall"] for t in talks if t["quality"] == k) / v
    print(f"  {k:12s} {v}   {m:.0f}")
print("\npersona x quality:")
quals = sorted(per_quality)
print("  " + " " * 12 + " ".join(f"{q[:10]:>10s}" for q in quals))
for p in sorted(per_persona):
    print(f"  {p:12s}" + " ".join(f"{sum(1 for t in talks if t['persona']==p and t['quality']==q):>10d}" for q in quals))
print("\nstage done (talks):")
for s in STAGES: print(f"  {s:13s} {per_stage[s]}")
print("\nviolation codes (occurrences / talks):")
for c in sorted(set(per_code) | {"rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"}):
    print(f"  {c:13s} {per_code[c]} / {talks_per_code[c]}")
