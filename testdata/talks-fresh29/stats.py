#!/usr/bin/env python3
"""Prints counts per persona, quality, stage and violation code for the
talks in this folder."""
import collections
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}


def main():
    talks = []
    for fn in sorted(os.listdir(HERE)):
        if fn.endswith(".json"):
            with open(os.path.join(HERE, fn), encoding="utf-8") as fh:
                talks.append((fn, json.load(fh)))
    persona = collections.Counter(t["persona"] for _, t in talks)
    quality = collections.Counter(t["quality"] for _, t in talks)
    stage = collections.Counter(s for _, t in talks for s in t["label"]["stages_done"])
    code_turns = collections.Counter(v["code"] for _, t in talks for v in t["label"]["violations"])
    code_talks = collections.Counter(c for _, t in talks
                                     for c in {v["code"] for v in t["label"]["violations"]})
    with_v = sum(1 for _, t in talks if t["label"]["violations"])
    breach = sum(1 for _, t in talks
                 if {v["code"] for v in t["label"]["violations"]} & BREACH
                 or (t["persona"] == "unwell" and any(v["code"] == "confront" for v in t["label"]["violations"])))
    turns = [len(t["turns"]) for _, t in talks]
    print(f"talks: {len(talks)}   turns: min {min(turns)}, max {max(turns)}, total {sum(turns)}")
    print(f"talks with >=1 violation: {with_v} ({100 * with_v / len(talks):.0f}%)   with a compliance breach: {breach}")
    print("\nper persona:")
    for k, n in sorted(persona.items()):
        qs = ", ".join(t["quality"] for _, t in talks if t["persona"] == k)
        print(f"  {k:12s} {n}   ({qs})")
    print("\nper quality:")
    for k, n in sorted(quality.items()):
        ov = [t["label"]["overall"] for _, t in talks if t["quality"] == k]
        print(f"  {k:11s} {n}   overall {min(ov)}-{max(ov)}")
    print("\nstages done (talks):")
    for s in STAGES:
        print(f"  {s:13s} {stage[s]}")
    print("\nviolation codes (turns / talks):")
    for c in sorted(set(code_turns) | set(code_talks)):
        print(f"  {c:14s} {code_turns[c]} / {code_talks[c]}")


if __name__ == "__main__":
    main()
