#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for talks-fresh56."""
import json, glob, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
talks = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(HERE, "*.json")))]

def show(title, counter, order=None):
    print(f"\n{title}")
    for k in (order or sorted(counter)):
        print(f"  {k:14s} {counter.get(k, 0)}")

print(f"talks: {len(talks)}")
show("per persona", Counter(t["persona"] for t in talks),
     ["confused", "resentful", "pestering", "unwell", "veteran", "choleric", "sanguine", "phlegmatic", "melancholic"])
show("per quality", Counter(t["quality"] for t in talks),
     ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"])
show("stage done (talks)", Counter(s for t in talks for s in t["label"]["stages_done"]), STAGES)
show("violation code (occurrences)", Counter(v["code"] for t in talks for v in t["label"]["violations"]))
show("violation code (talks)", Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]}))
withv = sum(1 for t in talks if t["label"]["violations"])
breach = sum(1 for t in talks if {v["code"] for v in t["label"]["violations"]} & {"false_promise", "buy_peace", "accept_gift"}
             or (t["persona"] == "unwell" and any(v["code"] == "confront" for v in t["label"]["violations"])))
print(f"\ntalks with any violation: {withv} ({100*withv/len(talks):.0f}%), with a compliance breach: {breach}")
turns = [len(t["turns"]) for t in talks]
print(f"turns: min {min(turns)}, max {max(turns)}, mean {sum(turns)/len(turns):.1f}, total {sum(turns)}")
ov = [t["label"]["overall"] for t in talks]
print(f"overall: min {min(ov)}, max {max(ov)}, mean {sum(ov)/len(ov):.1f}")
bands = Counter("90-100" if o >= 90 else "80-89" if o >= 80 else "70-79" if o >= 70 else "60-69" if o >= 60
                else "45-59" if o >= 45 else "21-44" if o > 20 else "0-20" for o in ov)
show("overall bands", bands, ["90-100", "80-89", "70-79", "60-69", "45-59", "21-44", "0-20"])
openers = Counter(t["turns"][0]["role"] for t in talks)
print(f"\nfirst speaker: {dict(openers)}")
