#!/usr/bin/env python3
"""Print counts for the talks in this folder: per persona, per quality,
per stage (talks where the stage is done), per violation code (occurrences
and talks), plus a persona x quality table and score ranges per quality.

Run:  python3 testdata/talks-fresh28/stats.py
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
        with open(path, encoding="utf-8") as f:
            talks.append(json.load(f))
    n = len(talks)
    print(f"talks: {n}")
    turns = [len(t["turns"]) for t in talks]
    print(f"turns: min {min(turns)}, max {max(turns)}, total {sum(turns)}")

    print("\nper persona:")
    c = collections.Counter(t["persona"] for t in talks)
    for p in PERSONAS:
        print(f"  {p:12s} {c[p]}")

    print("\nper quality (count, overall min-max):")
    for q in QUALITIES:
        s = [t["label"]["overall"] for t in talks if t["quality"] == q]
        rng = f"{min(s)}-{max(s)}" if s else "-"
        print(f"  {q:12s} {len(s):2d}  {rng}")

    print("\npersona x quality:")
    print("  " + " " * 12 + " ".join(f"{q[:6]:>6s}" for q in QUALITIES))
    for p in PERSONAS:
        row = [sum(1 for t in talks if t["persona"] == p and t["quality"] == q)
               for q in QUALITIES]
        print(f"  {p:12s}" + " ".join(f"{x:6d}" for x in row))

    print("\nper stage (talks with the stage done):")
    for s in STAGES:
        k = sum(1 for t in talks if s in t["label"]["stages_done"])
        print(f"  {s:14s} {k}")

    print("\nper violation code (occurrences / talks):")
    occ = collections.Counter()
    tal = collections.Counter()
    for t in talks:
        codes = [v["code"] for v in t["label"]["violations"]]
        occ.update(codes)
        tal.update(set(codes))
    for code in CODES:
        print(f"  {code:14s} {occ[code]:2d} / {tal[code]:2d}")

    with_v = sum(1 for t in talks if t["label"]["violations"])
    breach = sum(1 for t in talks if any(
        v["code"] in BREACH or (v["code"] == "confront" and t["persona"] == "unwell")
        for v in t["label"]["violations"]))
    print(f"\ntalks with at least one violation: {with_v} of {n} ({100 * with_v / n:.0f}%)")
    print(f"talks with a compliance breach:    {breach}")
    print(f"talks opened by the trainee:       "
          f"{sum(1 for t in talks if t['turns'][0]['role'] == 'trainee')}")


if __name__ == "__main__":
    main()
