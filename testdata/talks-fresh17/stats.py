#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this folder."""
import collections
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}


def main():
    talks = []
    for f in sorted(os.listdir(HERE)):
        if f.endswith(".json"):
            with open(os.path.join(HERE, f), encoding="utf-8") as fh:
                talks.append((f, json.load(fh)))

    persona = collections.Counter(t["persona"] for _, t in talks)
    quality = collections.Counter(t["quality"] for _, t in talks)
    stages = collections.Counter(s for _, t in talks for s in t["label"]["stages_done"])
    codes = collections.Counter(v["code"] for _, t in talks for v in t["label"]["violations"])
    codes_talks = collections.Counter(c for _, t in talks
                                      for c in {v["code"] for v in t["label"]["violations"]})
    with_v = sum(1 for _, t in talks if t["label"]["violations"])
    breach = sum(1 for _, t in talks
                 if any(v["code"] in BREACH or (v["code"] == "confront" and t["persona"] == "unwell")
                        for v in t["label"]["violations"]))
    n = len(talks)
    print("talks: %d" % n)
    print("turns: min %d, max %d, total %d" % (
        min(len(t["turns"]) for _, t in talks), max(len(t["turns"]) for _, t in talks),
        sum(len(t["turns"]) for _, t in talks)))
    print("talks with >= 1 violation: %d (%.0f%%); with a compliance breach: %d" % (
        with_v, 100.0 * with_v / n, breach))

    print("\nper persona (count, mean overall):")
    for p in sorted(persona):
        sc = [t["label"]["overall"] for _, t in talks if t["persona"] == p]
        print("  %-12s %2d  %5.1f" % (p, persona[p], sum(sc) / len(sc)))

    print("\nper quality (count, min-max overall):")
    for q in ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]:
        sc = [t["label"]["overall"] for _, t in talks if t["quality"] == q]
        if sc:
            print("  %-11s %2d  %3d-%3d" % (q, quality[q], min(sc), max(sc)))

    print("\nstages done (talks):")
    for s in STAGES:
        print("  %-13s %2d" % (s, stages[s]))

    print("\nviolation codes (occurrences / talks):")
    for c, k in codes.most_common():
        print("  %-14s %2d / %2d" % (c, k, codes_talks[c]))

    print("\npersona x quality:")
    qs = ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]
    print("  %-12s " % "" + " ".join("%10s" % q for q in qs))
    for p in sorted(persona):
        row = [sum(1 for _, t in talks if t["persona"] == p and t["quality"] == q) for q in qs]
        print("  %-12s " % p + " ".join("%10d" % r for r in row))


if __name__ == "__main__":
    main()
