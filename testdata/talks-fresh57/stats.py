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

talks = [json.load(open(p, encoding="utf-8"))
         for p in sorted(glob.glob(os.path.join(HERE, "*.json")))]
persona = collections.Counter(t["persona"] for t in talks)
quality = collections.Counter(t["quality"] for t in talks)
stage = collections.Counter(s for t in talks for s in t["label"]["stages_done"])
code_turns = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
code_talks = collections.Counter(c for t in talks
                                 for c in {v["code"] for v in t["label"]["violations"]})
with_v = sum(1 for t in talks if t["label"]["violations"])
breach = sum(1 for t in talks if any(
    v["code"] in BREACH or (v["code"] == "confront" and t["persona"] == "unwell")
    for v in t["label"]["violations"]))
turns = [len(t["turns"]) for t in talks]

print("talks: %d" % len(talks))
print("turns: min %d, max %d, mean %.1f" % (min(turns), max(turns), sum(turns) / len(turns)))
print("talks with >=1 violation: %d (%.0f%%), with a compliance breach: %d"
      % (with_v, 100.0 * with_v / len(talks), breach))
print("\npersona:")
for k, n in sorted(persona.items()):
    print("  %-12s %d" % (k, n))
print("\nquality:")
for k, n in sorted(quality.items()):
    print("  %-12s %d" % (k, n))
print("\nstage done (talks):")
for s in STAGES:
    print("  %-12s %d" % (s, stage[s]))
print("\nviolation code: turns / talks")
for k in sorted(code_turns):
    print("  %-13s %d / %d" % (k, code_turns[k], code_talks[k]))
print("\npersona x quality (overall):")
for t in sorted(talks, key=lambda t: (t["persona"], t["quality"])):
    print("  %-12s %-11s %3d  %d turns  %s" % (
        t["persona"], t["quality"], t["label"]["overall"], len(t["turns"]),
        ",".join("%s@%d" % (v["code"], v["turn"]) for v in t["label"]["violations"]) or "-"))
