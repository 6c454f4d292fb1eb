#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this folder."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
talks = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(HERE, "*.json")))]
per_persona = collections.Counter(t["persona"] for t in talks)
per_quality = collections.Counter(t["quality"] for t in talks)
per_stage = collections.Counter(s for t in talks for s in t["label"]["stages_done"])
per_code = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
talks_with_code = collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
with_viol = sum(1 for t in talks if t["label"]["violations"])
turns = [len(t["turns"]) for t in talks]

def show(title, counter):
    print(title)
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {k:14s} {v}")

print(f"talks: {len(talks)}; with >=1 violation: {with_viol}; turns min/max/mean: "
      f"{min(turns)}/{max(turns)}/{sum(turns)/len(turns):.1f}")
show("per persona:", per_persona)
show("per quality:", per_quality)
show("stages done (talks):", per_stage)
show("violation codes (instances):", per_code)
show("violation codes (talks):", talks_with_code)
print("persona x quality:")
pq = collections.Counter((t["persona"], t["quality"]) for t in talks)
for p in sorted(per_persona):
    print(f"  {p:12s} " + ", ".join(f"{q}={pq[(p, q)]}" for q in sorted(per_quality) if pq[(p, q)]))
