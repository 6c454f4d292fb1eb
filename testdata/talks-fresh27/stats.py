#!/usr/bin/env python3
"""Prints counts for the talks in this folder: per persona, quality, stage
and violation code, plus turn lengths and compliance breaches.

Run:  python3 testdata/talks-fresh27/stats.py
"""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}


def main():
    talks = []
    for p in sorted(glob.glob(os.path.join(HERE, "*.json"))):
        with open(p, encoding="utf-8") as f:
            talks.append((os.path.basename(p), json.load(f)))

    persona = collections.Counter(t["persona"] for _, t in talks)
    quality = collections.Counter(t["quality"] for _, t in talks)
    stage = collections.Counter(s for _, t in talks for s in t["label"]["stages_done"])
    code_turns = collections.Counter(v["code"] for _, t in talks for v in t["label"]["violations"])
    code_talks = collections.Counter(c for _, t in talks
                                     for c in {v["code"] for v in t["label"]["violations"]})
    with_v = [n for n, t in talks if t["label"]["violations"]]
    breach = [n for n, t in talks
              if {v["code"] for v in t["label"]["violations"]} & BREACH
              or (t["persona"] == "unwell"
                  and any(v["code"] == "confront" for v in t["label"]["violations"]))]
    opens_trainee = [n for n, t in talks if t["turns"][0]["role"] == "trainee"]
    lens = [len(t["turns"]) for _, t in talks]

    print(f"talks: {len(talks)}")
    print("\nper persona:")
    for k, v in sorted(persona.items()):
        print(f"  {k:12s} {v}")
    print("\nper quality:")
    for k, v in sorted(quality.items()):
        print(f"  {k:12s} {v}")
    print("\npersona x quality:")
    qs = ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]
    print("  " + " " * 12 + " ".join(f"{q[:10]:>10s}" for q in qs))
    for p in sorted(persona):
        row = [sum(1 for _, t in talks if t["persona"] == p and t["quality"] == q) for q in qs]
        print(f"  {p:12s}" + " ".join(f"{c:>10d}" for c in row))
    print("\nstage done (talks):")
    for s in STAGES:
        print(f"  {s:14s} {stage[s]}")
    print("\nviolation code: turns / talks")
    for k in sorted(code_turns):
        print(f"  {k:14s} {code_turns[k]} / {code_talks[k]}")
    print(f"\ntalks with at least one violation: {len(with_v)} "
          f"({100 * len(with_v) / len(talks):.0f}%)")
    print(f"talks with a compliance breach: {len(breach)}: {', '.join(breach)}")
    print(f"talks opened by the trainee: {', '.join(opens_trainee)}")
    print(f"turns per talk: min {min(lens)}, max {max(lens)}, mean {sum(lens) / len(lens):.1f}")
    overall = [t["label"]["overall"] for _, t in talks]
    print(f"overall: min {min(overall)}, max {max(overall)}, mean {sum(overall) / len(overall):.1f}")


if __name__ == "__main__":
    main()
