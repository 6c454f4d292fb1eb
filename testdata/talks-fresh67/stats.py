#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this set."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
talks = [json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob(os.path.join(HERE, "*.json")))]
per = collections.Counter(t["persona"] for t in talks)
qual = collections.Counter(t["quality"] for t in talks)
stages = collections.Counter(s for t in talks for s in t["label"]["stages_done"])
codes = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
with_v = sum(1 for t in talks if t["label"]["violations"])
turns = [len(t["turns"]) for t in talks]
print(f"talks: {len(talks)}  with violations: {with_v}  turns min/max/mean: {min(turns)}/{max(turns)}/{sum(turns)/len(turns):.1f}")
for title, c in (("persona", per), ("quality", qual), ("stage done", stages), ("violation code", codes)):
    print(f"\n{title}:")
    for k, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {k:14s} {n}")
print("\npersona x quality:")
for p in sorted(per):
    print(f"  {p:12s} " + ", ".join(sorted(t["quality"] for t in talks if t["persona"] == p)))
