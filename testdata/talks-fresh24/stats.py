#!/usr/bin/env python3
"""Counts for this folder: per persona, quality, stage and violation code."""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = []
for p in sorted(glob.glob(os.path.join(HERE, "*.json"))):
    with open(p, encoding="utf-8") as fh:
        talks.append(json.load(fh))

def show(title, counter, order=None):
    print(title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-14s %3d" % (k, counter.get(k, 0)))

print("talks: %d, turns: %d (min %d, max %d)" % (
    len(talks), sum(len(t["turns"]) for t in talks),
    min(len(t["turns"]) for t in talks), max(len(t["turns"]) for t in talks)))
show("per persona:", collections.Counter(t["persona"] for t in talks))
show("per quality:", collections.Counter(t["quality"] for t in talks),
     ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"])
print("persona x quality:")
for per in sorted({t["persona"] for t in talks}):
    qs = sorted(t["quality"] for t in talks if t["persona"] == per)
    print("  %-12s %s" % (per, ", ".join(qs)))
show("talks with stage done:", collections.Counter(s for t in talks for s in t["label"]["stages_done"]), STAGES)
codes = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
talks_by_code = collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
print("violation code: occurrences / talks")
for c in sorted(codes):
    print("  %-14s %3d / %d" % (c, codes[c], talks_by_code[c]))
with_v = sum(1 for t in talks if t["label"]["violations"])
breach = sum(1 for t in talks if {v["code"] for v in t["label"]["violations"]} & BREACH
             or (t["persona"] == "unwell" and any(v["code"] == "confront" for v in t["label"]["violations"])))
print("talks with any violation: %d (%.0f%%); with a compliance breach: %d" % (with_v, 100.0 * with_v / len(talks), breach))
print("trainee-opened talks: %d" % sum(1 for t in talks if t["turns"][0]["role"] == "trainee"))
ov = collections.defaultdict(list)
for t in talks:
    ov[t["quality"]].append(t["label"]["overall"])
print("overall by quality (min-max, mean):")
for q in ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]:
    xs = ov[q]
    print("  %-12s %3d-%3d  %5.1f" % (q, min(xs), max(xs), sum(xs) / len(xs)))
