#!/usr/bin/env python3
"""Prints counts for the talks in this folder: per persona, per quality,
persona x quality, stages done, violation codes, overall ranges and lengths.

Run:  python3 testdata/talks-train4/stats.py
"""
import glob
import json
import os
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]


def main():
    talks = [json.load(open(p, encoding="utf-8"))
             for p in sorted(glob.glob(os.path.join(HERE, "*.json")))]
    print(f"talks: {len(talks)}")

    by_p = Counter(t["persona"] for t in talks)
    by_q = Counter(t["quality"] for t in talks)
    cross = Counter((t["persona"], t["quality"]) for t in talks)

    print("\npersona x quality")
    head = f"{'persona':<12}" + "".join(f"{q:>11}" for q in QUALITIES) + f"{'total':>7}"
    print(head)
    for p in PERSONAS:
        row = f"{p:<12}" + "".join(f"{cross[(p, q)]:>11}" for q in QUALITIES)
        print(row + f"{by_p[p]:>7}")
    print(f"{'total':<12}" + "".join(f"{by_q[q]:>11}" for q in QUALITIES)
          + f"{len(talks):>7}")

    print("\nstages done (talks)")
    st = Counter(s for t in talks for s in t["label"]["stages_done"])
    for s in STAGES:
        print(f"  {s:<13} {st[s]}")

    print("\nviolations (instances / talks)")
    inst = Counter(v["code"] for t in talks for v in t["label"]["violations"])
    tk = Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
    for c in CODES:
        print(f"  {c:<14} {inst[c]:>3} / {tk[c]}")
    clean = sum(1 for t in talks if not t["label"]["violations"])
    print(f"  total instances {sum(inst.values())}; talks without violations {clean}")

    print("\noverall by quality")
    scores = defaultdict(list)
    for t in talks:
        scores[t["quality"]].append(t["label"]["overall"])
    for q in QUALITIES:
        s = sorted(scores[q])
        if s:
            print(f"  {q:<11} {min(s):>3}-{max(s):<3} {' '.join(map(str, s))}")

    print("\nhistogram of overall")
    hist = Counter(min(t["label"]["overall"] // 10, 9) for t in talks)
    for b in range(10):
        lo = b * 10
        hi = 100 if b == 9 else lo + 9
        print(f"  {lo:>3}-{hi:<3} {hist[b]:>3} {'#' * hist[b]}")

    n = [len(t["turns"]) for t in talks]
    print(f"\nturns: min {min(n)}, max {max(n)}, mean {sum(n) / len(n):.1f}")
    opener = Counter(t["turns"][0]["role"] for t in talks)
    print(f"first speaker: {dict(opener)}")


if __name__ == "__main__":
    main()
