#!/usr/bin/env python3
"""Print counts for the talks in this folder: per persona, quality, stage
done and violation code, plus turn lengths, score ranges and breaches.

Run:  python3 testdata/talks-fresh31/stats.py
"""
import json
import os
from collections import Counter, defaultdict

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
    for fn in sorted(os.listdir(HERE)):
        if fn.endswith(".json"):
            with open(os.path.join(HERE, fn), encoding="utf-8") as f:
                talks.append((fn, json.load(f)))

    persona = Counter(t["persona"] for _, t in talks)
    quality = Counter(t["quality"] for _, t in talks)
    stage = Counter(s for _, t in talks for s in t["label"]["stages_done"])
    code_n = Counter(v["code"] for _, t in talks for v in t["label"]["violations"])
    code_talks = Counter(c for _, t in talks
                         for c in {v["code"] for v in t["label"]["violations"]})
    scores = defaultdict(list)
    for _, t in talks:
        scores[t["quality"]].append(t["label"]["overall"])

    n = len(talks)
    print(f"talks: {n}")
    print("\nper persona:")
    for p in PERSONAS:
        qs = ", ".join(sorted(t["quality"] for _, t in talks if t["persona"] == p))
        print(f"  {p:12s} {persona[p]:2d}   ({qs})")
    print("\nper quality (count, overall min-max, mean):")
    for q in QUALITIES:
        s = scores[q]
        if s:
            print(f"  {q:11s} {quality[q]:2d}   {min(s):3d}-{max(s):3d}  mean {sum(s)/len(s):5.1f}")
        else:
            print(f"  {q:11s}  0")
    print("\nstages done (talks):")
    for s in STAGES:
        print(f"  {s:13s} {stage[s]:2d}")
    print("\nviolation codes (occurrences / talks):")
    for c in CODES:
        print(f"  {c:13s} {code_n[c]:2d} / {code_talks[c]:2d}")

    with_v = [fn for fn, t in talks if t["label"]["violations"]]
    breach = [fn for fn, t in talks
              if {v["code"] for v in t["label"]["violations"]} & BREACH
              or (t["persona"] == "unwell"
                  and any(v["code"] == "confront" for v in t["label"]["violations"]))]
    print(f"\ntalks with at least one violation: {len(with_v)} / {n}"
          f" ({100*len(with_v)/n:.0f}%)")
    print(f"talks with a compliance breach:     {len(breach)}")
    for fn in breach:
        print(f"  {fn}")
    lens = [len(t["turns"]) for _, t in talks]
    opens = Counter(t["turns"][0]["role"] for _, t in talks)
    print(f"\nturns per talk: min {min(lens)}, max {max(lens)}, mean {sum(lens)/n:.1f}")
    print(f"opening turn: {dict(opens)}")
    stages_hist = Counter(len(t["label"]["stages_done"]) for _, t in talks)
    print("stages done per talk: " +
          ", ".join(f"{k}:{stages_hist[k]}" for k in sorted(stages_hist)))


if __name__ == "__main__":
    main()
