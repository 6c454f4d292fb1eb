#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this folder."""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}


def main():
    talks = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(HERE, "*.json")))]
    per_persona = collections.Counter(t["persona"] for t in talks)
    per_quality = collections.Counter(t["quality"] for t in talks)
    stages = collections.Counter(s for t in talks for s in t["label"]["stages_done"])
    code_turns = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
    code_talks = collections.Counter(c for t in talks for c in {v["code"] for v in t["label"]["violations"]})
    with_viol = sum(1 for t in talks if t["label"]["violations"])
    breach = sum(1 for t in talks
                 if {v["code"] for v in t["label"]["violations"]} & BREACH
                 or (t["persona"] == "unwell" and any(v["code"] == "confront" for v in t["label"]["violations"])))
    turns = [len(t["turns"]) for t in talks]
    print(f"talks: {len(talks)}   turns: min {min(turns)} max {max(turns)} total {sum(turns)}")
    print(f"talks with at least one violation: {with_viol} ({100 * with_viol / len(talks):.0f}%)")
    print(f"talks with a compliance breach: {breach}")
    print("\nper persona:")
    for p, n in sorted(per_persona.items()):
        qs = collections.Counter(t["quality"] for t in talks if t["persona"] == p)
        print(f"  {p:12s} {n}   " + ", ".join(f"{q} {c}" for q, c in sorted(qs.items())))
    print("\nper quality (count, mean overall):")
    for q, n in sorted(per_quality.items()):
        ov = [t["label"]["overall"] for t in talks if t["quality"] == q]
        print(f"  {q:12s} {n}   mean {sum(ov) / len(ov):.1f}   range {min(ov)}-{max(ov)}")
    print("\nstage done in N talks:")
    for s in STAGES:
        print(f"  {s:14s} {stages[s]}")
    print("\nviolation code: turns / talks")
    for c in CODES:
        print(f"  {c:14s} {code_turns[c]} / {code_talks[c]}")


if __name__ == "__main__":
    main()
