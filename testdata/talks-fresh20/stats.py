#!/usr/bin/env python3
"""Print counts for the talks in this folder: per persona, quality, stage
done, violation code, plus turn lengths and score ranges."""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = []
for p in sorted(glob.glob(os.path.join(HERE, "*.json"))):
    with open(p, encoding="utf-8") as fh:
        talks.append((os.path.basename(p), json.load(fh)))

persona = collections.Counter(t["persona"] for _, t in talks)
quality = collections.Counter(t["quality"] for _, t in talks)
stage = collections.Counter(s for _, t in talks for s in t["label"]["stages_done"])
code_n = collections.Counter(v["code"] for _, t in talks for v in t["label"]["violations"])
code_talks = collections.Counter(c for _, t in talks for c in {v["code"] for v in t["label"]["violations"]})
with_v = [n for n, t in talks if t["label"]["violations"]]
breach = [n for n, t in talks
          if {v["code"] for v in t["label"]["violations"]} & BREACH
          or (t["persona"] == "unwell" and any(v["code"] == "confront" for v in t["label"]["violations"]))]

print(f"talks: {len(talks)}")
print("\nper persona:")
for k, v in sorted(persona.items()):
    print(f"  {k:<12} {v}")
print("\nper quality (count, overall min-max, turns min-max):")
for q in ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]:
    ts = [t for _, t in talks if t["quality"] == q]
    if not ts:
        continue
    ov = [t["label"]["overall"] for t in ts]
    tn = [len(t["turns"]) for t in ts]
    print(f"  {q:<11} {len(ts):>2}   {min(ov):>3}-{max(ov):<3}   {min(tn)}-{max(tn)}")
print("\nstage done (talks):")
for s in STAGES:
    print(f"  {s:<13} {stage[s]}")
print("\nviolation code: occurrences / talks")
for c in CODES:
    print(f"  {c:<13} {code_n[c]:>2} / {code_talks[c]}")
print(f"\ntalks with at least one violation: {len(with_v)} ({100 * len(with_v) / len(talks):.0f}%)")
print(f"talks with a compliance breach: {len(breach)}: {', '.join(breach)}")
print(f"trainee opens: {sum(t['turns'][0]['role'] == 'trainee' for _, t in talks)}")
print(f"turns: total {sum(len(t['turns']) for _, t in talks)}, "
      f"min {min(len(t['turns']) for _, t in talks)}, max {max(len(t['turns']) for _, t in talks)}")
print("\npersona x quality:")
qs = ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]
print("  " + " " * 12 + "".join(f"{q[:9]:>10}" for q in qs))
for p in sorted(persona):
    row = collections.Counter(t["quality"] for _, t in talks if t["persona"] == p)
    print(f"  {p:<12}" + "".join(f"{row[q]:>10}" for q in qs))
