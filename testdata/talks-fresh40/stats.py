#!/usr/bin/env python3
"""Print counts for testdata/talks-fresh40: per persona, quality, stage done, violation code."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(HERE, "*.json")))]
persona = collections.Counter(t["persona"] for t in talks)
quality = collections.Counter(t["quality"] for t in talks)
stage = collections.Counter(s for t in talks for s in t["label"]["stages_done"])
code_turns = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
code_talks = collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
with_v = sum(1 for t in talks if t["label"]["violations"])
breach = sum(1 for t in talks
             if {v["code"] for v in t["label"]["violations"]} & BREACH
             or (t["persona"] == "unwell" and any(v["code"] == "confront" for v in t["label"]["violations"])))
turns = [len(t["turns"]) for t in talks]

print("talks: %d   turns: min %d, max %d, mean %.1f" % (len(talks), min(turns), max(turns), sum(turns) / len(turns)))
print("talks with >=1 violation: %d (%.0f%%)   with a compliance breach: %d" % (with_v, 100.0 * with_v / len(talks), breach))
print("\nper persona:")
for k, n in sorted(persona.items()):
    qs = collections.Counter(t["quality"] for t in talks if t["persona"] == k)
    print("  %-12s %2d   %s" % (k, n, ", ".join("%s %d" % kv for kv in sorted(qs.items()))))
print("\nper quality (count, mean overall):")
for k, n in sorted(quality.items()):
    ov = [t["label"]["overall"] for t in talks if t["quality"] == k]
    print("  %-12s %2d   %.1f" % (k, n, sum(ov) / len(ov)))
print("\nstages done (talks):")
for s in STAGES:
    print("  %-13s %2d" % (s, stage[s]))
print("\nviolation codes (talks / turns):")
for c in sorted(code_turns):
    print("  %-13s %2d / %2d" % (c, code_talks[c], code_turns[c]))
