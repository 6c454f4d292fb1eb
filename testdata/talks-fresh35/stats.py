#!/usr/bin/env python3
"""Print counts for the talks in this folder: per persona, quality, stage
done, violation code, plus a persona x quality table and a few totals."""
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
    with open(p, encoding="utf-8") as f:
        talks.append(json.load(f))

per_persona = collections.Counter(t["persona"] for t in talks)
per_quality = collections.Counter(t["quality"] for t in talks)
per_stage = collections.Counter(s for t in talks for s in t["label"]["stages_done"])
code_hits = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
code_talks = collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
table = collections.Counter((t["persona"], t["quality"]) for t in talks)


def breach(t):
    codes = {v["code"] for v in t["label"]["violations"]}
    return bool(codes & BREACH) or (t["persona"] == "unwell" and "confront" in codes)


print(f"talks: {len(talks)}")
print("\nper persona:")
for k in PERSONAS:
    print(f"  {k:12s} {per_persona[k]}")
print("\nper quality:")
for k in QUALITIES:
    scores = [t["label"]["overall"] for t in talks if t["quality"] == k]
    rng = f"{min(scores)}-{max(scores)}" if scores else "-"
    print(f"  {k:12s} {per_quality[k]}   overall {rng}")
print("\nstage done (talks):")
for k in STAGES:
    print(f"  {k:13s} {per_stage[k]}")
print("\nviolation code (occurrences / talks):")
for k in CODES:
    print(f"  {k:13s} {code_hits[k]} / {code_talks[k]}")
with_v = sum(1 for t in talks if t["label"]["violations"])
print(f"\ntalks with at least one violation: {with_v} ({100 * with_v / len(talks):.0f}%)")
print(f"talks with a compliance breach: {sum(1 for t in talks if breach(t))}")
print(f"opened by the trainee: {sum(1 for t in talks if t['turns'][0]['role'] == 'trainee')}")
lens = [len(t["turns"]) for t in talks]
print(f"turns per talk: min {min(lens)}, max {max(lens)}, mean {sum(lens) / len(lens):.1f}")
print("\npersona x quality:")
print("  " + " " * 12 + "".join(f"{q[:10]:>11s}" for q in QUALITIES))
for p in PERSONAS:
    print(f"  {p:12s}" + "".join(f"{table[(p, q)]:>11d}" for q in QUALITIES))
