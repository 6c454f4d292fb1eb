#!/usr/bin/env python3
"""Counts for the talks in this folder: per persona, quality, stage done,
violation code, plus turn lengths and score bands.

Run from anywhere:  python3 testdata/talks-fresh11/stats.py
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
    talks = [json.load(open(p, encoding="utf-8"))
             for p in sorted(glob.glob(os.path.join(HERE, "*.json")))]
    n = len(talks)
    per_persona = collections.Counter(t["persona"] for t in talks)
    per_quality = collections.Counter(t["quality"] for t in talks)
    stage_done = collections.Counter(s for t in talks for s in t["label"]["stages_done"])
    code_turns = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
    code_talks = collections.Counter(c for t in talks
                                     for c in {v["code"] for v in t["label"]["violations"]})
    with_v = sum(1 for t in talks if t["label"]["violations"])
    breach = 0
    for t in talks:
        codes = {v["code"] for v in t["label"]["violations"]}
        if codes & BREACH or ("confront" in codes and t["persona"] == "unwell"):
            breach += 1

    print(f"talks: {n}")
    print(f"talks with at least one violation: {with_v} ({100 * with_v / n:.0f}%)")
    print(f"talks with a compliance breach: {breach}")
    print("\nper persona:")
    for p in PERSONAS:
        print(f"  {p:12s} {per_persona[p]}")
    print("\nper quality:")
    for q in QUALITIES:
        print(f"  {q:12s} {per_quality[q]}")
    print("\npersona x quality:")
    print("  " + " " * 12 + " ".join(f"{q[:10]:>10s}" for q in QUALITIES))
    for p in PERSONAS:
        row = [sum(1 for t in talks if t["persona"] == p and t["quality"] == q) for q in QUALITIES]
        print(f"  {p:12s}" + " ".join(f"{c:10d}" for c in row))
    print("\nstage done (talks):")
    for s in STAGES:
        print(f"  {s:13s} {stage_done[s]}")
    print("\nviolation codes (turns / talks):")
    for c in CODES:
        print(f"  {c:13s} {code_turns[c]} / {code_talks[c]}")
    print("\noverall score bands:")
    bands = [(90, 100), (80, 89), (70, 79), (60, 69), (45, 59), (21, 44), (0, 20)]
    for lo, hi in bands:
        k = sum(1 for t in talks if lo <= t["label"]["overall"] <= hi)
        print(f"  {lo:3d}-{hi:3d}  {k}")
    lens = [len(t["turns"]) for t in talks]
    print(f"\nturns per talk: min {min(lens)}, max {max(lens)}, mean {sum(lens) / n:.1f}")
    opens = sum(1 for t in talks if t["turns"][0]["role"] == "trainee")
    print(f"talks opened by the trainee: {opens}")


if __name__ == "__main__":
    main()
