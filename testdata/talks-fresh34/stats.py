#!/usr/bin/env python3
"""Print counts for the talks in this folder: per persona, quality, stage
done, violation code, plus turn lengths and talks with faults."""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = []
for p in sorted(glob.glob(os.path.join(HERE, "*.json"))):
    with open(p, encoding="utf-8") as fh:
        talks.append((os.path.basename(p), json.load(fh)))

persona = collections.Counter(t["persona"] for _, t in talks)
quality = collections.Counter(t["quality"] for _, t in talks)
stage = collections.Counter(s for _, t in talks for s in t["label"]["stages_done"])
code_instances = collections.Counter(v["code"] for _, t in talks for v in t["label"]["violations"])
code_talks = collections.Counter(c for _, t in talks for c in {v["code"] for v in t["label"]["violations"]})
with_fault = [n for n, t in talks if t["label"]["violations"]]
breach = [n for n, t in talks
          if {v["code"] for v in t["label"]["violations"]} & BREACH
          or (t["persona"] == "unwell" and any(v["code"] == "confront" for v in t["label"]["violations"]))]
lengths = [len(t["turns"]) for _, t in talks]
trainee_first = [n for n, t in talks if t["turns"][0]["role"] == "trainee"]

print("talks: %d" % len(talks))
print("\nper persona:")
for k, v in sorted(persona.items()):
    print("  %-12s %d" % (k, v))
print("\nper quality:")
for k, v in sorted(quality.items()):
    print("  %-12s %d" % (k, v))
print("\npersona x quality:")
qs = sorted(quality)
print("  %-12s " % "" + " ".join("%10s" % q for q in qs))
for p in sorted(persona):
    row = collections.Counter(t["quality"] for _, t in talks if t["persona"] == p)
    print("  %-12s " % p + " ".join("%10d" % row[q] for q in qs))
print("\nstage done (talks):")
for s in STAGES:
    print("  %-12s %d" % (s, stage[s]))
print("\nviolation codes (instances / talks):")
for c in sorted(code_instances):
    print("  %-14s %d / %d" % (c, code_instances[c], code_talks[c]))
print("\ntalks with at least one violation: %d (%.0f%%)" % (len(with_fault), 100.0 * len(with_fault) / len(talks)))
print("talks with a compliance breach: %d  %s" % (len(breach), ", ".join(breach)))
print("talks opening with the trainee: %s" % ", ".join(trainee_first))
print("turns: min %d, max %d, mean %.1f" % (min(lengths), max(lengths), sum(lengths) / len(lengths)))
overall = [t["label"]["overall"] for _, t in talks]
print("overall: min %d, max %d, mean %.1f" % (min(overall), max(overall), sum(overall) / len(overall)))
