#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code."""
import glob, json, os
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
talks = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(HERE, "*.json")))]
per, qual, stage, code, turns = Counter(), Counter(), Counter(), Counter(), []
with_v = 0
for t in talks:
    per[t["persona"]] += 1; qual[t["quality"]] += 1; turns.append(len(t["turns"]))
    stage.update(t["label"]["stages_done"])
    code.update(v["code"] for v in t["label"]["violations"])
    with_v += bool(t["label"]["violations"])
print(f"talks: {len(talks)}  with a violation: {with_v}  turns: {min(turns)}-{max(turns)} (mean {sum(turns)/len(turns):.1f})")
for title, c in (("persona", per), ("quality", qual), ("stage done", stage), ("violation code", code)):
    print(f"\n{title}:")
    for k, n in sorted(c.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {k:15s} {n}")
