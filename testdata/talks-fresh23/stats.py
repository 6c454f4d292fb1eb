#!/usr/bin/env python3
"""Print counts for the talks in this folder: per persona, quality, stage done,
violation code, plus turn lengths and how many talks carry a fault or a breach."""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = [json.load(open(p, encoding="utf-8"))
         for p in sorted(glob.glob(os.path.join(HERE, "*.json")))]

persona = collections.Counter(t["persona"] for t in talks)
quality = collections.Counter(t["quality"] for t in talks)
stage = collections.Counter(s for t in talks for s in t["label"]["stages_done"])
code_n = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
code_t = collections.Counter(c for t in talks
                             for c in {v["code"] for v in t["label"]["violations"]})
with_fault = sum(1 for t in talks if t["label"]["violations"])


def breach(t):
    codes = {v["code"] for v in t["label"]["violations"]}
    return bool(codes & BREACH) or (t["persona"] == "unwell" and "confront" in codes)


print(f"talks: {len(talks)}")
print(f"talks with at least one violation: {with_fault} ({100 * with_fault / len(talks):.0f}%)")
print(f"talks with a compliance breach: {sum(1 for t in talks if breach(t))}")
lens = [len(t["turns"]) for t in talks]
print(f"turns: min {min(lens)}, max {max(lens)}, mean {sum(lens) / len(lens):.1f}")
print("\nper persona:")
for k, n in sorted(persona.items()):
    qs = ", ".join(t["quality"] for t in talks if t["persona"] == k)
    print(f"  {k:12s} {n}   ({qs})")
print("\nper quality:")
for k in ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]:
    ov = [t["label"]["overall"] for t in talks if t["quality"] == k]
    rng = f"overall {min(ov)}-{max(ov)}" if ov else ""
    print(f"  {k:12s} {quality[k]}   {rng}")
print("\nstages done (talks):")
for s in STAGES:
    print(f"  {s:14s} {stage[s]}")
print("\nviolation codes (instances / talks):")
for c in CODES:
    print(f"  {c:14s} {code_n[c]} / {code_t[c]}")
