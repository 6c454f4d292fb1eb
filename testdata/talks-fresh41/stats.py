#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for talks-fresh41."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
talks = [json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob(os.path.join(HERE, "*.json")))]

def show(title, counter, order=None):
    print(title)
    for k in (order or sorted(counter)):
        print(f"  {k:<14}{counter.get(k, 0):>4}")

print(f"talks: {len(talks)}, turns: {sum(len(t['turns']) for t in talks)}, "
      f"turn range: {min(len(t['turns']) for t in talks)}-{max(len(t['turns']) for t in talks)}")
show("per persona:", collections.Counter(t["persona"] for t in talks))
show("per quality:", collections.Counter(t["quality"] for t in talks))
show("stage done (talks):", collections.Counter(s for t in talks for s in t["label"]["stages_done"]), STAGES)
show("violation code (occurrences):", collections.Counter(v["code"] for t in talks for v in t["label"]["violations"]))
show("violation code (talks):", collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]}))
with_v = sum(1 for t in talks if t["label"]["violations"])
print(f"talks with at least one violation: {with_v} ({100 * with_v / len(talks):.0f}%)")
breach = sum(1 for t in talks if {v['code'] for v in t['label']['violations']} & {"false_promise", "buy_peace", "accept_gift"}
             or (t["persona"] == "unwell" and any(v["code"] == "confront" for v in t["label"]["violations"])))
print(f"talks with a compliance breach: {breach}")
print("overall by quality (min/mean/max):")
byq = collections.defaultdict(list)
for t in talks:
    byq[t["quality"]].append(t["label"]["overall"])
for q, xs in sorted(byq.items()):
    print(f"  {q:<12}{min(xs):>4}{sum(xs) / len(xs):>7.1f}{max(xs):>4}")
print("persona x quality:")
for p in sorted({t["persona"] for t in talks}):
    print(f"  {p:<12}", ", ".join(sorted(t["quality"] for t in talks if t["persona"] == p)))
