#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this folder."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = []
for p in sorted(glob.glob(os.path.join(HERE, "*.json"))):
    with open(p, encoding="utf-8") as f:
        talks.append((os.path.basename(p), json.load(f)))

def show(title, counter, order=None):
    print(title)
    keys = order if order else sorted(counter)
    for k in keys:
        print("  %-14s %3d" % (k, counter.get(k, 0)))

persona = collections.Counter(d["persona"] for _, d in talks)
quality = collections.Counter(d["quality"] for _, d in talks)
stage = collections.Counter(s for _, d in talks for s in d["label"]["stages_done"])
code_turns = collections.Counter(v["code"] for _, d in talks for v in d["label"]["violations"])
code_talks = collections.Counter(c for _, d in talks for c in {v["code"] for v in d["label"]["violations"]})
with_v = [n for n, d in talks if d["label"]["violations"]]
breach = [n for n, d in talks
          if any(v["code"] in BREACH or (v["code"] == "confront" and d["persona"] == "unwell")
                 for v in d["label"]["violations"])]
turns = [len(d["turns"]) for _, d in talks]
overall = [d["label"]["overall"] for _, d in talks]

print("talks: %d   turns: %d-%d (mean %.1f)   overall: %d-%d (mean %.1f)" % (
    len(talks), min(turns), max(turns), sum(turns) / len(turns),
    min(overall), max(overall), sum(overall) / len(overall)))
show("per persona:", persona)
show("per quality:", quality, ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"])
show("stages done (talks):", stage, STAGES)
show("violation codes (turns):", code_turns)
show("violation codes (talks):", code_talks)
print("talks with any violation: %d (%.0f%%)" % (len(with_v), 100.0 * len(with_v) / len(talks)))
print("talks with a compliance breach: %d  %s" % (len(breach), " ".join(b[:-5] for b in breach)))
bands = collections.Counter(("90-100" if o >= 90 else "80-89" if o >= 80 else "70-79" if o >= 70 else
                             "60-69" if o >= 60 else "45-59" if o >= 45 else "21-44" if o > 20 else "0-20")
                            for o in overall)
show("overall bands:", bands, ["90-100", "80-89", "70-79", "60-69", "45-59", "21-44", "0-20"])
