#!/usr/bin/env python3
"""Print counts for the talks in this folder: per persona, per quality,
per stage done, per violation code, plus a persona x quality table.

Run:  python3 testdata/talks-fresh18/stats.py
"""
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
for path in sorted(glob.glob(os.path.join(HERE, "*.json"))):
    with open(path, encoding="utf-8") as f:
        talks.append(json.load(f))

n = len(talks)
per_persona = collections.Counter(t["persona"] for t in talks)
per_quality = collections.Counter(t["quality"] for t in talks)
stage_done = collections.Counter(s for t in talks for s in t["label"]["stages_done"])
code_turns = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
code_talks = collections.Counter(c for t in talks
                                 for c in {v["code"] for v in t["label"]["violations"]})
with_viol = sum(1 for t in talks if t["label"]["violations"])


def breach(t):
    codes = {v["code"] for v in t["label"]["violations"]}
    return bool(codes & BREACH) or (t["persona"] == "unwell" and "confront" in codes)


print("talks: %d   turns: %d (min %d, max %d)" % (
    n, sum(len(t["turns"]) for t in talks),
    min(len(t["turns"]) for t in talks), max(len(t["turns"]) for t in talks)))
print("talks with >=1 violation: %d (%.0f%%)   with a compliance breach: %d" % (
    with_viol, 100.0 * with_viol / n, sum(breach(t) for t in talks)))

print("\nper persona")
for p in PERSONAS:
    sc = [t["label"]["overall"] for t in talks if t["persona"] == p]
    print("  %-12s %2d   mean overall %.1f" % (p, per_persona[p], sum(sc) / len(sc) if sc else 0))

print("\nper quality")
for q in QUALITIES:
    sc = [t["label"]["overall"] for t in talks if t["quality"] == q]
    print("  %-12s %2d   overall %s" % (q, per_quality[q],
                                        "%d-%d" % (min(sc), max(sc)) if sc else "-"))

print("\nstages done (talks)")
for s in STAGES:
    print("  %-13s %2d / %d" % (s, stage_done[s], n))

print("\nviolation codes (turns coded / talks)")
for c in CODES:
    print("  %-14s %2d / %2d" % (c, code_turns[c], code_talks[c]))

print("\npersona x quality")
print("  %-12s " % "" + " ".join("%-10s" % q for q in QUALITIES))
for p in PERSONAS:
    row = collections.Counter(t["quality"] for t in talks if t["persona"] == p)
    print("  %-12s " % p + " ".join("%-10d" % row[q] for q in QUALITIES))
