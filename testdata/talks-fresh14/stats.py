#!/usr/bin/env python3
"""Print counts for this folder: persona, quality, stages done, violation codes."""
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

persona = collections.Counter(t["persona"] for _, t in talks)
quality = collections.Counter(t["quality"] for _, t in talks)
stage = collections.Counter(s for _, t in talks for s in t["label"]["stages_done"])
code_turns = collections.Counter(v["code"] for _, t in talks for v in t["label"]["violations"])
code_talks = collections.Counter(c for _, t in talks
                                 for c in {v["code"] for v in t["label"]["violations"]})
with_v = sum(1 for _, t in talks if t["label"]["violations"])
breach = sum(1 for _, t in talks
             if {v["code"] for v in t["label"]["violations"]} & BREACH
             or (t["persona"] == "unwell"
                 and any(v["code"] == "confront" for v in t["label"]["violations"])))
lengths = [len(t["turns"]) for _, t in talks]

print(f"talks: {len(talks)}  turns: min {min(lengths)} max {max(lengths)} "
      f"mean {sum(lengths)/len(lengths):.1f}")
print(f"talks with >=1 violation: {with_v} ({100*with_v/len(talks):.0f}%), "
      f"with a compliance breach: {breach}")
print("\nper persona:")
for k, n in sorted(persona.items()):
    print(f"  {k:12s} {n}")
print("\nper quality:")
for k, n in sorted(quality.items()):
    print(f"  {k:12s} {n}")
print("\nstages done (talks):")
for s in STAGES:
    print(f"  {s:12s} {stage[s]}")
print("\nviolation codes (turns / talks):")
for c in sorted(code_turns):
    print(f"  {c:13s} {code_turns[c]:2d} / {code_talks[c]}")
print("\npersona x quality:")
quals = ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]
print("  " + " " * 12 + "".join(f"{q[:10]:>11s}" for q in quals))
for p in sorted(persona):
    row = collections.Counter(t["quality"] for _, t in talks if t["persona"] == p)
    print(f"  {p:12s}" + "".join(f"{row[q]:>11d}" for q in quals))
overall = [t["label"]["overall"] for _, t in talks]
print(f"\noverall: min {min(overall)} max {max(overall)} mean {sum(overall)/len(overall):.1f}")
