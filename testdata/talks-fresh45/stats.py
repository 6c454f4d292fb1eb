#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this folder."""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = []
for path in sorted(glob.glob(os.path.join(HERE, "*.json"))):
    with open(path, encoding="utf-8") as f:
        talks.append((os.path.basename(path), json.load(f)))

persona = collections.Counter(d["persona"] for _, d in talks)
quality = collections.Counter(d["quality"] for _, d in talks)
stage = collections.Counter(s for _, d in talks for s in d["label"]["stages_done"])
code_turns = collections.Counter(v["code"] for _, d in talks for v in d["label"]["violations"])
code_talks = collections.Counter(c for _, d in talks
                                 for c in {v["code"] for v in d["label"]["violations"]})
with_viol = sum(1 for _, d in talks if d["label"]["violations"])
breach = sum(1 for _, d in talks
             if BREACH & {v["code"] for v in d["label"]["violations"]}
             or (d["persona"] == "unwell"
                 and any(v["code"] == "confront" for v in d["label"]["violations"])))
n = len(talks)

print(f"talks: {n}")
print(f"turns: {sum(len(d['turns']) for _, d in talks)} "
      f"(min {min(len(d['turns']) for _, d in talks)}, max {max(len(d['turns']) for _, d in talks)})")
print("\nper persona:")
for k, v in sorted(persona.items()):
    qs = ", ".join(d["quality"] for _, d in talks if d["persona"] == k)
    print(f"  {k:12s} {v}   ({qs})")
print("\nper quality:")
for k in ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]:
    scores = [d["label"]["overall"] for _, d in talks if d["quality"] == k]
    rng = f"overall {min(scores)}-{max(scores)}" if scores else ""
    print(f"  {k:12s} {quality[k]}   {rng}")
print("\nstages done (talks):")
for s in STAGES:
    print(f"  {s:13s} {stage[s]}")
print("\nviolation codes (turns / talks):")
for c in sorted(code_turns):
    print(f"  {c:14s} {code_turns[c]} / {code_talks[c]}")
print(f"\ntalks with at least one violation: {with_viol} ({100 * with_viol / n:.0f}%)")
print(f"talks with a compliance breach:    {breach}")
print(f"talks opening with the trainee:    "
      f"{sum(1 for _, d in talks if d['turns'][0]['role'] == 'trainee')}")
