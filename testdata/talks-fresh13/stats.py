#!/usr/bin/env python3
"""Print counts for the talks in this folder: per persona, quality, stage
done and violation code, plus a few summary figures.

Run:  python3 testdata/talks-fresh13/stats.py
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


def main():
    talks = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.json"))):
        with open(path, encoding="utf-8") as fh:
            talks.append((os.path.basename(path), json.load(fh)))
    n = len(talks)
    persona = collections.Counter(t["persona"] for _, t in talks)
    quality = collections.Counter(t["quality"] for _, t in talks)
    stage = collections.Counter(s for _, t in talks for s in t["label"]["stages_done"])
    code_hits = collections.Counter(v["code"] for _, t in talks for v in t["label"]["violations"])
    code_talks = collections.Counter(c for _, t in talks
                                     for c in {v["code"] for v in t["label"]["violations"]})
    with_v = sum(1 for _, t in talks if t["label"]["violations"])
    breach = sum(1 for _, t in talks if any(
        v["code"] in BREACH or (v["code"] == "confront" and t["persona"] == "unwell")
        for v in t["label"]["violations"]))
    turns = [len(t["turns"]) for _, t in talks]

    print(f"talks: {n}")
    print(f"turns: min {min(turns)}, max {max(turns)}, mean {sum(turns) / n:.1f}")
    print(f"talks with >=1 violation: {with_v} ({100 * with_v / n:.0f}%)")
    print(f"talks with a compliance breach: {breach}")
    print("\nper persona:")
    for p in PERSONAS:
        qs = sorted(t["quality"] for _, t in talks if t["persona"] == p)
        print(f"  {p:12s} {persona[p]:2d}  {', '.join(qs)}")
    print("\nper quality (count, mean overall, min-max):")
    for q in QUALITIES:
        ov = [t["label"]["overall"] for _, t in talks if t["quality"] == q]
        if ov:
            print(f"  {q:11s} {quality[q]:2d}  mean {sum(ov) / len(ov):5.1f}  {min(ov)}-{max(ov)}")
        else:
            print(f"  {q:11s}  0")
    print("\nstage done (talks):")
    for s in STAGES:
        print(f"  {s:13s} {stage[s]:2d}")
    print("\nviolation code (occurrences / talks):")
    for c in CODES:
        print(f"  {c:14s} {code_hits[c]:2d} / {code_talks[c]:2d}")


if __name__ == "__main__":
    main()
