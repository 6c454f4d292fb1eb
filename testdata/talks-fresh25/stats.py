#!/usr/bin/env python3
"""Print counts for the talks in this folder: per persona, quality, stage done,
violation code, plus turn lengths and score ranges."""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = [json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob(os.path.join(HERE, "*.json")))]
print(f"talks: {len(talks)}")


def show(title, counter, order=None):
    print(f"\n{title}")
    keys = order or sorted(counter)
    for k in keys:
        print(f"  {k:<14}{counter.get(k, 0):>4}")


show("per persona", collections.Counter(t["persona"] for t in talks))
show("per quality", collections.Counter(t["quality"] for t in talks),
     ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"])
show("stage done (talks)", collections.Counter(s for t in talks for s in t["label"]["stages_done"]), STAGES)
show("violation code (occurrences)", collections.Counter(v["code"] for t in talks for v in t["label"]["violations"]))
show("violation code (talks)", collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]}))

with_v = sum(1 for t in talks if t["label"]["violations"])
breach = sum(1 for t in talks if any(v["code"] in BREACH or (v["code"] == "confront" and t["persona"] == "unwell")
                                      for v in t["label"]["violations"]))
print(f"\ntalks with any violation: {with_v} ({100 * with_v / len(talks):.0f}%)")
print(f"talks with a compliance breach: {breach}")
print(f"talks opened by the trainee: {sum(1 for t in talks if t['turns'][0]['role'] == 'trainee')}")
lens = [len(t["turns"]) for t in talks]
print(f"turns: min {min(lens)}, max {max(lens)}, mean {sum(lens) / len(lens):.1f}")

print("\noverall by quality (min / mean / max)")
byq = collections.defaultdict(list)
for t in talks:
    byq[t["quality"]].append(t["label"]["overall"])
for q in ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]:
    xs = byq[q]
    if xs:
        print(f"  {q:<12}{min(xs):>4}{sum(xs) / len(xs):>7.1f}{max(xs):>5}")

print("\npersona x quality")
quals = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
print("  " + " " * 12 + "".join(f"{q[:9]:>10}" for q in quals))
for p in ["confused", "resentful", "pestering", "unwell", "veteran", "choleric", "sanguine", "phlegmatic", "melancholic"]:
    row = collections.Counter(t["quality"] for t in talks if t["persona"] == p)
    print(f"  {p:<12}" + "".join(f"{row.get(q, 0):>10}" for q in quals))
