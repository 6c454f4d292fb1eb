#!/usr/bin/env python3
"""Counts per persona, quality, stage and violation code for this folder."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]

talks = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(HERE, "*.json")))]
print(f"talks: {len(talks)}")

grid = collections.Counter((t["persona"], t["quality"]) for t in talks)
print("\npersona x quality")
print(f"{'':12}" + "".join(f"{q:>11}" for q in QUALITIES) + f"{'total':>7}")
for p in PERSONAS:
    print(f"{p:12}" + "".join(f"{grid[(p, q)]:>11}" for q in QUALITIES) + f"{sum(grid[(p, q)] for q in QUALITIES):>7}")
print(f"{'total':12}" + "".join(f"{sum(grid[(p, q)] for p in PERSONAS):>11}" for q in QUALITIES) + f"{len(talks):>7}")

print("\nmean overall per quality")
for q in QUALITIES:
    xs = [t["label"]["overall"] for t in talks if t["quality"] == q]
    if xs:
        print(f"  {q:11} n={len(xs):2}  mean={sum(xs)/len(xs):5.1f}  min={min(xs):3}  max={max(xs):3}")

print("\nstages done (talks)")
for s in STAGES:
    print(f"  {s:13} {sum(s in t['label']['stages_done'] for t in talks)}")

vc = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
tc = collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
print("\nviolation codes (instances / talks)")
for c in CODES:
    print(f"  {c:13} {vc[c]:3} / {tc[c]}")
with_v = sum(bool(t["label"]["violations"]) for t in talks)
breach = sum(
    any(v["code"] in ("false_promise", "buy_peace", "accept_gift") or
        (t["persona"] == "unwell" and v["code"] == "confront") for v in t["label"]["violations"])
    for t in talks)
print(f"\ntalks with at least one violation: {with_v} ({100*with_v/len(talks):.0f}%)")
print(f"talks with a compliance breach:   {breach}")
lens = [len(t["turns"]) for t in talks]
print(f"turns: min {min(lens)}, max {max(lens)}, mean {sum(lens)/len(lens):.1f}")
print(f"talks opened by the trainee: {sum(t['turns'][0]['role'] == 'trainee' for t in talks)}")
