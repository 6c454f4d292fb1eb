#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for talks-fresh70."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
talks = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(HERE, "*.json")))]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]


def show(title, counter, order=None):
    print(title)
    for k in (order or sorted(counter)):
        print(f"  {k:<14} {counter.get(k, 0)}")


print(f"talks: {len(talks)}")
show("per persona:", collections.Counter(t["persona"] for t in talks))
show("per quality:", collections.Counter(t["quality"] for t in talks))
show("stages done (talks):", collections.Counter(s for t in talks for s in t["label"]["stages_done"]), STAGES)
show("violation codes (occurrences):", collections.Counter(v["code"] for t in talks for v in t["label"]["violations"]))
show("violation codes (talks):", collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]}))
nv = sum(1 for t in talks if t["label"]["violations"])
print(f"talks with >=1 violation: {nv} ({100 * nv / len(talks):.0f}%)")
br = sum(1 for t in talks if {v["code"] for v in t["label"]["violations"]} & {"false_promise", "buy_peace", "accept_gift"}
         or (t["persona"] == "unwell" and any(v["code"] == "confront" for v in t["label"]["violations"])))
print(f"talks with a compliance breach: {br}")
lens = [len(t["turns"]) for t in talks]
print(f"turns: min {min(lens)}, max {max(lens)}, mean {sum(lens) / len(lens):.1f}")
ov = [t["label"]["overall"] for t in talks]
print(f"overall: min {min(ov)}, max {max(ov)}, mean {sum(ov) / len(ov):.1f}")
