#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this folder."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = [json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob(os.path.join(HERE, "*.json")))]
print(f"talks: {len(talks)}")

grid = collections.Counter((t["persona"], t["quality"]) for t in talks)
print("\npersona x quality")
print(f"{'':12}" + "".join(f"{q:>11}" for q in QUALITIES) + f"{'total':>7}")
for p in PERSONAS:
    print(f"{p:12}" + "".join(f"{grid[(p, q)]:>11}" for q in QUALITIES) + f"{sum(grid[(p, q)] for q in QUALITIES):>7}")
print(f"{'total':12}" + "".join(f"{sum(grid[(p, q)] for p in PERSONAS):>11}" for q in QUALITIES) + f"{len(talks):>7}")

print("\nstages done (talks)")
sc = collections.Counter(s for t in talks for s in t["label"]["stages_done"])
for s in STAGES:
    print(f"  {s:14}{sc[s]:>4}")

print("\nviolation codes (occurrences / talks)")
occ = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
tk = collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
for c in CODES:
    print(f"  {c:14}{occ[c]:>4} /{tk[c]:>3}")

withv = [t for t in talks if t["label"]["violations"]]
def breach(t):
    cs = {v["code"] for v in t["label"]["violations"]}
    return bool(cs & BREACH) or (t["persona"] == "unwell" and "confront" in cs)
print(f"\ntalks with any violation: {len(withv)} ({100 * len(withv) / len(talks):.0f}%)")
print(f"talks with a compliance breach: {sum(breach(t) for t in talks)}")

print("\noverall by quality (min / mean / max)")
for q in QUALITIES:
    o = [t["label"]["overall"] for t in talks if t["quality"] == q]
    if o:
        print(f"  {q:11}{min(o):>4}{sum(o) / len(o):>7.1f}{max(o):>5}")
n = [len(t["turns"]) for t in talks]
print(f"\nturns: min {min(n)}, mean {sum(n) / len(n):.1f}, max {max(n)}; "
      f"opened by trainee: {sum(t['turns'][0]['role'] == 'trainee' for t in talks)}")
