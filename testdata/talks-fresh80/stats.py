#!/usr/bin/env python3
"""Counts for testdata/talks-fresh80: per persona, quality, stage and violation code."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = [json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob(os.path.join(HERE, "*.json")))]
persona = collections.Counter(t["persona"] for t in talks)
quality = collections.Counter(t["quality"] for t in talks)
stage = collections.Counter(s for t in talks for s in t["label"]["stages_done"])
code_n = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
code_t = collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
cross = collections.Counter((t["persona"], t["quality"]) for t in talks)

def breach(t):
    codes = {v["code"] for v in t["label"]["violations"]}
    return bool(codes & BREACH) or ("confront" in codes and t["persona"] == "unwell")

print(f"talks: {len(talks)}")
print(f"turns: min {min(len(t['turns']) for t in talks)}, max {max(len(t['turns']) for t in talks)}, "
      f"total {sum(len(t['turns']) for t in talks)}")
print(f"with any violation: {sum(1 for t in talks if t['label']['violations'])}")
print(f"with a compliance breach: {sum(1 for t in talks if breach(t))}")
print(f"opened by the trainee: {sum(1 for t in talks if t['turns'][0]['role'] == 'trainee')}")
print("\npersona:")
for k, v in sorted(persona.items()):
    print(f"  {k:12s} {v}")
print("\nquality:")
for k, v in sorted(quality.items()):
    ovs = [t["label"]["overall"] for t in talks if t["quality"] == k]
    print(f"  {k:12s} {v}   overall {min(ovs)}-{max(ovs)}")
print("\nstage done (talks):")
for s in STAGES:
    print(f"  {s:13s} {stage[s]}")
print("\nviolation code: occurrences / talks")
for c in sorted(code_n):
    print(f"  {c:14s} {code_n[c]} / {code_t[c]}")
print("\npersona x quality:")
qs = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
print("  " + " " * 12 + "".join(f"{q[:10]:>11s}" for q in qs))
for p in sorted(persona):
    print(f"  {p:12s}" + "".join(f"{cross[(p, q)]:>11d}" for q in qs))
