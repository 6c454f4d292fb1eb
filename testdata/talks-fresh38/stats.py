#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this folder."""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = []
for p in sorted(glob.glob(os.path.join(HERE, "*.json"))):
    with open(p, encoding="utf-8") as fh:
        talks.append((os.path.basename(p), json.load(fh)))

per_persona = collections.Counter(d["persona"] for _, d in talks)
per_quality = collections.Counter(d["quality"] for _, d in talks)
per_stage = collections.Counter(s for _, d in talks for s in d["label"]["stages_done"])
code_turns = collections.Counter(v["code"] for _, d in talks for v in d["label"]["violations"])
code_talks = collections.Counter(c for _, d in talks
                                 for c in {v["code"] for v in d["label"]["violations"]})
with_v = [f for f, d in talks if d["label"]["violations"]]
breach = [f for f, d in talks
          if any(v["code"] in BREACH or (v["code"] == "confront" and d["persona"] == "unwell")
                 for v in d["label"]["violations"])]
nturns = [len(d["turns"]) for _, d in talks]

print(f"talks: {len(talks)}   turns: {sum(nturns)} (min {min(nturns)}, max {max(nturns)})")
print("\nper persona:")
for k in PERSONAS:
    print(f"  {k:12s} {per_persona[k]}")
print("\nper quality:")
for k in QUALITIES:
    print(f"  {k:12s} {per_quality[k]}")
print("\nstage done (talks):")
for k in STAGES:
    print(f"  {k:12s} {per_stage[k]}")
print("\nviolation code: turns / talks")
for k in CODES:
    print(f"  {k:13s} {code_turns[k]:2d} / {code_talks[k]}")
print(f"\ntalks with >=1 violation: {len(with_v)} ({100*len(with_v)/len(talks):.0f}%)")
print(f"talks with a compliance breach: {len(breach)}")
for f in breach:
    print(f"  {f}")
print("\npersona x quality:")
print("  " + " " * 12 + " ".join(f"{q[:9]:>9s}" for q in QUALITIES))
for p in PERSONAS:
    row = [sum(1 for _, d in talks if d["persona"] == p and d["quality"] == q) for q in QUALITIES]
    print(f"  {p:12s}" + " ".join(f"{n:9d}" for n in row))
scores = [d["label"]["overall"] for _, d in talks]
print(f"\noverall: mean {sum(scores)/len(scores):.1f}, min {min(scores)}, max {max(scores)}")
