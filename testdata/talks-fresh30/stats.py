#!/usr/bin/env python3
"""Counts for the talks in this folder: persona, quality, stages, violation codes."""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]


def main():
    talks = []
    for p in sorted(glob.glob(os.path.join(HERE, "*.json"))):
        with open(p, encoding="utf-8") as f:
            talks.append((os.path.basename(p), json.load(f)))
    n = len(talks)
    print(f"talks: {n}")

    per_p = collections.Counter(t["persona"] for _, t in talks)
    per_q = collections.Counter(t["quality"] for _, t in talks)
    print("\nper persona:")
    for k in PERSONAS:
        print(f"  {k:12} {per_p[k]}")
    print("\nper quality:")
    for k in QUALITIES:
        print(f"  {k:12} {per_q[k]}")

    print("\npersona x quality:")
    print("  " + " " * 12 + "".join(f"{q[:10]:>11}" for q in QUALITIES))
    for pz in PERSONAS:
        row = [sum(1 for _, t in talks if t["persona"] == pz and t["quality"] == q)
               for q in QUALITIES]
        print(f"  {pz:12}" + "".join(f"{c:>11}" for c in row))

    print("\nstage done (talks):")
    for s in STAGES:
        c = sum(1 for _, t in talks if s in t["label"]["stages_done"])
        print(f"  {s:13} {c:3}  ({100 * c / n:.0f}%)")

    occ = collections.Counter()
    tk = collections.Counter()
    for _, t in talks:
        codes = [v["code"] for v in t["label"]["violations"]]
        occ.update(codes)
        tk.update(set(codes))
    print("\nviolations (occurrences / talks):")
    for c in CODES:
        print(f"  {c:13} {occ[c]:3} / {tk[c]:2}")

    with_v = [name for name, t in talks if t["label"]["violations"]]
    breach = []
    for name, t in talks:
        codes = {v["code"] for v in t["label"]["violations"]}
        if codes & {"false_promise", "buy_peace", "accept_gift"} or (
                t["persona"] == "unwell" and "confront" in codes):
            breach.append(name)
    print(f"\ntalks with >=1 violation: {len(with_v)} of {n} ({100 * len(with_v) / n:.0f}%)")
    print(f"talks with a compliance breach: {len(breach)}")
    for b in breach:
        print(f"  {b}")

    lens = sorted(len(t["turns"]) for _, t in talks)
    opens = sum(1 for _, t in talks if t["turns"][0]["role"] == "trainee")
    print(f"\nturns: min {lens[0]}, median {lens[n // 2]}, max {lens[-1]}, total {sum(lens)}")
    print(f"talks opened by the trainee: {opens}")

    print("\noverall by quality (min / mean / max):")
    for q in QUALITIES:
        xs = [t["label"]["overall"] for _, t in talks if t["quality"] == q]
        if xs:
            print(f"  {q:12} {min(xs):3} / {sum(xs) / len(xs):5.1f} / {max(xs):3}")


if __name__ == "__main__":
    main()
