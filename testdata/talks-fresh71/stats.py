#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this folder."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(HERE, "*.json")))]
per_persona = collections.Counter(t["persona"] for t in talks)
per_quality = collections.Counter(t["quality"] for t in talks)
grid = collections.Counter((t["persona"], t["quality"]) for t in talks)
stage = collections.Counter(s for t in talks for s in t["label"]["stages_done"])
code_turns = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
code_talks = collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
with_v = [t for t in talks if t["label"]["violations"]]
def breach(t):
    cs = {v["code"] for v in t["label"]["violations"]}
    return bool(cs & BREACH) or (t["persona"] == "unwell" and "confront" in cs)
lens = [len(t["turns"]) for t in talks]

print("talks:", len(talks))
print("\nper persona:")
for k, n in sorted(per_persona.items()): print("  %-12s %d" % (k, n))
print("\nper quality:")
for k, n in sorted(per_quality.items()): print("  %-12s %d" % (k, n))
qs = sorted(per_quality)
print("\npersona x quality:")
print("  %-12s " % "" + " ".join("%10s" % q for q in qs))
for p in sorted(per_persona):
    print("  %-12s " % p + " ".join("%10s" % (grid[(p, q)] or ".") for q in qs))
print("\nstages done (talks):")
for s in STAGES: print("  %-13s %d" % (s, stage[s]))
print("\nviolation codes (turns / talks):")
for c, n in sorted(code_turns.items()): print("  %-13s %d / %d" % (c, n, code_talks[c]))
print("\ntalks with >=1 violation: %d (%.0f%%)" % (len(with_v), 100.0 * len(with_v) / len(talks)))
print("talks with a compliance breach: %d" % sum(breach(t) for t in talks))
print("turns per talk: min %d, max %d, mean %.1f" % (min(lens), max(lens), sum(lens) / len(lens)))
ov = [t["label"]["overall"] for t in talks]
print("overall: min %d, max %d, mean %.1f" % (min(ov), max(ov), sum(ov) / len(ov)))
for q in qs:
    v = [t["label"]["overall"] for t in talks if t["quality"] == q]
    print("  %-11s overall %s" % (q, sorted(v)))
