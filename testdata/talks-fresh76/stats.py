#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this folder."""
import glob, json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = [json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob(os.path.join(HERE, "*.json")))]
persona, quality, stage, code, talks_with = Counter(), Counter(), Counter(), Counter(), Counter()
pq = Counter()
with_viol = breach = 0
lengths = []
for t in talks:
    persona[t["persona"]] += 1
    quality[t["quality"]] += 1
    pq[(t["persona"], t["quality"])] += 1
    lengths.append(len(t["turns"]))
    for s in t["label"]["stages_done"]:
        stage[s] += 1
    codes = [v["code"] for v in t["label"]["violations"]]
    for c in codes:
        code[c] += 1
    for c in set(codes):
        talks_with[c] += 1
    if codes:
        with_viol += 1
    if set(codes) & BREACH or (t["persona"] == "unwell" and "confront" in codes):
        breach += 1

def show(title, counter, order=None):
    print(title)
    for k in (order or sorted(counter)):
        print(f"  {k:14s} {counter.get(k, 0)}")

print(f"talks: {len(talks)}   turns: min {min(lengths)}, max {max(lengths)}, total {sum(lengths)}")
print(f"talks with at least one violation: {with_viol} ({100 * with_viol / len(talks):.0f}%)")
print(f"talks with a compliance breach: {breach}")
show("per persona:", persona, ["confused", "resentful", "pestering", "unwell", "veteran",
                               "choleric", "sanguine", "phlegmatic", "melancholic"])
show("per quality:", quality, ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"])
show("stages done (talks):", stage, STAGES)
print("violation codes (occurrences / talks):")
for c in ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]:
    print(f"  {c:14s} {code.get(c, 0)} / {talks_with.get(c, 0)}")
print("overall mean per quality:")
for q in ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]:
    xs = [t["label"]["overall"] for t in talks if t["quality"] == q]
    if xs:
        print(f"  {q:14s} {sum(xs) / len(xs):.1f}  (min {min(xs)}, max {max(xs)})")
