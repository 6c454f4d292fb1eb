#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for talks-fresh79."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = []
for fn in sorted(glob.glob(os.path.join(HERE, "*.json"))):
    with open(fn, encoding="utf-8") as f:
        talks.append((os.path.basename(fn), json.load(f)))

def show(title, counter, order=None):
    print(f"\n{title}")
    keys = order if order else sorted(counter)
    for k in keys:
        print(f"  {k:<14}{counter.get(k, 0):>4}")

print(f"talks: {len(talks)}")
print(f"turns: {sum(len(t['turns']) for _, t in talks)} "
      f"(min {min(len(t['turns']) for _, t in talks)}, max {max(len(t['turns']) for _, t in talks)})")
show("per persona", collections.Counter(t["persona"] for _, t in talks))
show("per quality", collections.Counter(t["quality"] for _, t in talks))
show("stages done (talks)", collections.Counter(s for _, t in talks for s in t["label"]["stages_done"]), STAGES)
show("violation codes (occurrences)", collections.Counter(v["code"] for _, t in talks for v in t["label"]["violations"]))
show("violation codes (talks)", collections.Counter(c for _, t in talks for c in {v["code"] for v in t["label"]["violations"]}))
with_v = [n for n, t in talks if t["label"]["violations"]]
breach = [n for n, t in talks
          if {v["code"] for v in t["label"]["violations"]} & BREACH
          or (t["persona"] == "unwell" and any(v["code"] == "confront" for v in t["label"]["violations"]))]
print(f"\ntalks with a violation: {len(with_v)} of {len(talks)} ({100*len(with_v)/len(talks):.0f}%)")
print(f"talks with a compliance breach: {len(breach)}")
print("\npersona x quality")
quals = ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]
print("  " + " " * 12 + "".join(f"{q:>11}" for q in quals))
for p in ["confused", "resentful", "pestering", "unwell", "veteran", "choleric", "sanguine", "phlegmatic", "melancholic"]:
    row = collections.Counter(t["quality"] for _, t in talks if t["persona"] == p)
    print(f"  {p:<12}" + "".join(f"{row.get(q, 0):>11}" for q in quals))
ov = [t["label"]["overall"] for _, t in talks]
print(f"\noverall: mean {sum(ov)/len(ov):.1f}, min {min(ov)}, max {max(ov)}")
