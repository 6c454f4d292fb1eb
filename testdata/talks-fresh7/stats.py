#!/usr/bin/env python3
"""Prints counts for the talks in this folder: per persona, per quality,
persona x quality, stages done, violation codes, and score ranges."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "confront", "officialese", "false_promise", "buck_passing",
         "buy_peace", "accept_gift"]

talks = [json.load(open(f, encoding="utf-8"))
         for f in sorted(glob.glob(os.path.join(HERE, "*.json")))]
print("talks:", len(talks))

pq = collections.Counter((t["persona"], t["quality"]) for t in talks)
print("\npersona x quality")
print("%-12s" % "" + "".join("%11s" % q for q in QUALITIES) + "%7s" % "total")
for p in PERSONAS:
    row = [pq[(p, q)] for q in QUALITIES]
    print("%-12s" % p + "".join("%11d" % n for n in row) + "%7d" % sum(row))
print("%-12s" % "total" + "".join("%11d" % sum(pq[(p, q)] for p in PERSONAS) for q in QUALITIES)
      + "%7d" % len(talks))

print("\nstages done (talks)")
sc = collections.Counter(s for t in talks for s in t["label"]["stages_done"])
for s in STAGES:
    print("  %-13s %d" % (s, sc[s]))

print("\nviolations (instances / talks)")
vc = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
vt = collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
for c in CODES:
    print("  %-13s %d / %d" % (c, vc[c], vt[c]))
with_v = sum(1 for t in talks if t["label"]["violations"])
print("  talks with any violation: %d of %d (%.0f%%)" % (with_v, len(talks), 100.0 * with_v / len(talks)))
breach = sum(1 for t in talks if any(
    v["code"] in ("false_promise", "buy_peace", "accept_gift")
    or (v["code"] == "confront" and t["persona"] == "unwell")
    for v in t["label"]["violations"]))
print("  talks with a compliance breach: %d" % breach)

print("\noverall by quality")
for q in QUALITIES:
    xs = sorted(t["label"]["overall"] for t in talks if t["quality"] == q)
    if xs:
        print("  %-11s %3d-%-3d  %s" % (q, xs[0], xs[-1], " ".join(map(str, xs))))
lens = [len(t["turns"]) for t in talks]
print("\nturns: min %d, max %d, mean %.1f" % (min(lens), max(lens), sum(lens) / len(lens)))
