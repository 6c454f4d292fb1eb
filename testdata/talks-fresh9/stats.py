#!/usr/bin/env python3
"""Print counts for the talks in this folder: per persona, quality, stage done,
violation code, plus turn lengths and how many talks carry violations."""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}


def main():
    talks = []
    for p in sorted(glob.glob(os.path.join(HERE, "*.json"))):
        with open(p, encoding="utf-8") as f:
            talks.append((os.path.basename(p), json.load(f)))

    per = collections.Counter(t["persona"] for _, t in talks)
    qual = collections.Counter(t["quality"] for _, t in talks)
    stage = collections.Counter(s for _, t in talks for s in t["label"]["stages_done"])
    code = collections.Counter(v["code"] for _, t in talks for v in t["label"]["violations"])
    code_talks = collections.Counter(
        c for _, t in talks for c in {v["code"] for v in t["label"]["violations"]})
    with_v = [n for n, t in talks if t["label"]["violations"]]
    breach = [n for n, t in talks
              if any(v["code"] in BREACH or (v["code"] == "confront" and t["persona"] == "unwell")
                     for v in t["label"]["violations"])]
    lens = [len(t["turns"]) for _, t in talks]

    print(f"talks: {len(talks)}")
    print("\nper persona:")
    for k, v in sorted(per.items()):
        print(f"  {k:12s} {v}")
    print("\nper quality:")
    for k, v in sorted(qual.items()):
        scores = sorted(t["label"]["overall"] for _, t in talks if t["quality"] == k)
        print(f"  {k:12s} {v}   overall {scores}")
    print("\nstage done (talks):")
    for s in STAGES:
        print(f"  {s:12s} {stage[s]}")
    print("\nviolation code: occurrences / talks")
    for k in sorted(code):
        print(f"  {k:14s} {code[k]:2d} / {code_talks[k]}")
    print(f"\ntalks with any violation: {len(with_v)} of {len(talks)} "
          f"({100 * len(with_v) / max(1, len(talks)):.0f}%)")
    print(f"talks with a compliance breach: {len(breach)}: {', '.join(breach)}")
    print(f"turns per talk: min {min(lens)}, max {max(lens)}, mean {sum(lens) / len(lens):.1f}")
    print("\npersona x quality:")
    qs = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
    print("  " + " " * 12 + " ".join(f"{q[:9]:>9s}" for q in qs))
    for p in sorted(per):
        row = collections.Counter(t["quality"] for _, t in talks if t["persona"] == p)
        print(f"  {p:12s}" + " ".join(f"{row[q]:9d}" for q in qs))


if __name__ == "__main__":
    main()
