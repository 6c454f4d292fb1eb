#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this folder."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = [json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob(os.path.join(HERE, "*.json")))]
per_persona = collections.Counter(t["persona"] for t in talks)
per_quality = collections.Counter(t["quality"] for t in talks)
per_stage = collections.Counter(s for t in talks for s in t["label"]["stages_done"])
per_code = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
talks_code = collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
with_v = sum(1 for t in talks if t["label"]["violations"])
breach = sum(1 for t in talks if any(v["code"] in BREACH or (v["code"] == "confront" and t["persona"] == "unwell")
                                     for v in t["label"]["violations"]))
turns = [len(t["turns"]) for t in talks]

print(f"talks: {len(talks)}   turns: min {min(turns)} max {max(turns)} mean {sum(turns)/len(turns):.1f}")
print(f"talks with >=1 violation: {with_v} ({100*with_v/len(talks):.0f}%)   with a compliance breach: {breach}")
print("\npersona:")
for k, n in sorted(per_persona.items()):
    print(f"  {k:12s} {n}")
print("\nquality:  (count, mean overall)")
for k, n in sorted(per_quality.items()):
    sc = [t["label"]["overall"] for t in talks if t["quality"] == k]
    print(f"  {k:12s} {n}  {sum(sc)/len(sc):.1f}")
print("\npersona x quality:")
qs = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
print("  " + " " * 12 + " ".join(f"{q[:10]:>10s}" for q in qs))
for p in sorted(per_persona):
    row = [sum(1 for t in talks if t["persona"] == p and t["quality"] == q) for q in qs]
    print(f"  {p:12s}" + " ".join(f"{n:>10d}" for n in row))
print("\nstage done:")
for s in STAGES:
    print(f"  {s:14s} {per_stage[s]}")
print("\nviolation code: (occurrences, talks)")
for c in sorted(per_code):
    print(f"  {c:14s} {per_code[c]}  {talks_code[c]}")
