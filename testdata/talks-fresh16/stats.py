#!/usr/bin/env python3
"""Print counts for the talks in this folder: per persona, quality, stage done,
violation code (occurrences and talks), plus turn-length and score summaries."""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]

talks = []
for path in sorted(glob.glob(os.path.join(HERE, "*.json"))):
    with open(path, encoding="utf-8") as f:
        talks.append((os.path.basename(path), json.load(f)))

print("talks: %d" % len(talks))
print()
print("per persona:")
pc = collections.Counter(d["persona"] for _, d in talks)
for p in PERSONAS:
    print("  %-12s %d" % (p, pc[p]))
print()
print("per quality (count, mean overall):")
for q in QUALITIES:
    sc = [d["label"]["overall"] for _, d in talks if d["quality"] == q]
    if sc:
        print("  %-12s %2d  %.1f" % (q, len(sc), sum(sc) / len(sc)))
print()
print("persona x quality:")
print("  %-12s " % "" + " ".join("%10s" % q for q in QUALITIES))
for p in PERSONAS:
    row = [sum(1 for _, d in talks if d["persona"] == p and d["quality"] == q) for q in QUALITIES]
    print("  %-12s " % p + " ".join("%10d" % n for n in row))
print()
print("stages done (talks):")
for s in STAGES:
    print("  %-13s %d" % (s, sum(1 for _, d in talks if s in d["label"]["stages_done"])))
print()
print("violation codes (occurrences / talks):")
occ = collections.Counter()
tk = collections.Counter()
for _, d in talks:
    codes = [v["code"] for v in d["label"]["violations"]]
    occ.update(codes)
    tk.update(set(codes))
for c in CODES:
    print("  %-14s %2d / %2d" % (c, occ[c], tk[c]))
with_v = [n for n, d in talks if d["label"]["violations"]]
breach = [n for n, d in talks
          if {v["code"] for v in d["label"]["violations"]} & {"false_promise", "buy_peace", "accept_gift"}
          or (d["persona"] == "unwell" and any(v["code"] == "confront" for v in d["label"]["violations"]))]
print()
print("talks with any violation: %d (%.0f%%)" % (len(with_v), 100.0 * len(with_v) / len(talks)))
print("talks with a compliance breach: %d" % len(breach))
print("talks opening with the trainee: %d" % sum(1 for _, d in talks if d["turns"][0]["role"] == "trainee"))
lens = [len(d["turns"]) for _, d in talks]
print("turns: min %d, max %d, mean %.1f" % (min(lens), max(lens), sum(lens) / len(lens)))
sc = [d["label"]["overall"] for _, d in talks]
bands = collections.Counter()
for s in sc:
    bands["90-100" if s >= 90 else "80-89" if s >= 80 else "70-79" if s >= 70 else
          "60-69" if s >= 60 else "45-59" if s >= 45 else "35-44" if s >= 35 else
          "21-34" if s > 20 else "0-20"] += 1
print("overall bands: " + ", ".join("%s: %d" % (b, bands[b]) for b in
      ["90-100", "80-89", "70-79", "60-69", "45-59", "35-44", "21-34", "0-20"]))
