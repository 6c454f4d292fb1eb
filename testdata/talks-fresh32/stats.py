#!/usr/bin/env python3
"""Print counts for the talks in this folder: per persona, quality, stage done
and violation code, plus turn lengths, score ranges and breach counts.

Run from anywhere:  python3 testdata/talks-fresh32/stats.py
"""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}


def main():
    talks = []
    for p in sorted(glob.glob(os.path.join(HERE, "*.json"))):
        with open(p, encoding="utf-8") as fh:
            talks.append((os.path.basename(p), json.load(fh)))
    n = len(talks)
    print(f"talks: {n}")

    per_persona = collections.Counter(d["persona"] for _, d in talks)
    per_quality = collections.Counter(d["quality"] for _, d in talks)
    print("\nper persona:")
    for k in PERSONAS:
        print(f"  {k:12s} {per_persona[k]}")
    print("\nper quality:")
    for k in QUALITIES:
        scores = [d["label"]["overall"] for _, d in talks if d["quality"] == k]
        lens = [len(d["turns"]) for _, d in talks if d["quality"] == k]
        rng = f"overall {min(scores)}-{max(scores)}, turns {min(lens)}-{max(lens)}" if scores else ""
        print(f"  {k:12s} {per_quality[k]:3d}   {rng}")

    print("\npersona x quality:")
    print("  " + " " * 12 + "".join(f"{q[:10]:>11s}" for q in QUALITIES))
    for p in PERSONAS:
        row = [sum(1 for _, d in talks if d["persona"] == p and d["quality"] == q) for q in QUALITIES]
        print(f"  {p:12s}" + "".join(f"{c:11d}" for c in row))

    print("\nstages done (talks):")
    for s in STAGES:
        c = sum(1 for _, d in talks if s in d["label"]["stages_done"])
        print(f"  {s:13s} {c}")

    code_turns = collections.Counter()
    code_talks = collections.Counter()
    for _, d in talks:
        seen = set()
        for v in d["label"]["violations"]:
            code_turns[v["code"]] += 1
            seen.add(v["code"])
        for c in seen:
            code_talks[c] += 1
    print("\nviolation codes (turns / talks):")
    for c in CODES:
        print(f"  {c:13s} {code_turns[c]:3d} / {code_talks[c]}")

    with_v = [name for name, d in talks if d["label"]["violations"]]
    breach = [name for name, d in talks
              if {v["code"] for v in d["label"]["violations"]} & BREACH
              or (d["persona"] == "unwell"
                  and any(v["code"] == "confront" for v in d["label"]["violations"]))]
    print(f"\ntalks with at least one violation: {len(with_v)} of {n} ({100 * len(with_v) / n:.0f}%)")
    print(f"talks with a compliance breach: {len(breach)}")
    for b in breach:
        print(f"  {b}")
    opening = collections.Counter(d["turns"][0]["role"] for _, d in talks)
    print(f"\nfirst speaker: {dict(opening)}")
    lens = [len(d["turns"]) for _, d in talks]
    print(f"turns per talk: min {min(lens)}, max {max(lens)}, total {sum(lens)}")


if __name__ == "__main__":
    main()
