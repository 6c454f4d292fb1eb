#!/usr/bin/env python3
"""Counts for the talks-fresh83 set: per persona, quality, stage and violation code."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = [json.load(open(p, encoding='utf-8')) for p in sorted(glob.glob(os.path.join(HERE, '*.json')))]
persona = collections.Counter(t['persona'] for t in talks)
quality = collections.Counter(t['quality'] for t in talks)
stage = collections.Counter(s for t in talks for s in t['label']['stages_done'])
code_turns = collections.Counter(v['code'] for t in talks for v in t['label']['violations'])
code_talks = collections.Counter(c for t in talks for c in {v['code'] for v in t['label']['violations']})
with_v = sum(1 for t in talks if t['label']['violations'])
def breach(t):
    c = {v['code'] for v in t['label']['violations']}
    return bool(c & BREACH) or (t['persona'] == 'unwell' and 'confront' in c)
n_breach = sum(1 for t in talks if breach(t))
nturns = [len(t['turns']) for t in talks]

print(f"talks: {len(talks)}   turns: {sum(nturns)} (min {min(nturns)}, max {max(nturns)})")
print(f"talks with >=1 violation: {with_v} ({100*with_v/len(talks):.0f}%)   with a compliance breach: {n_breach}")
print("\nper persona:")
for k, n in sorted(persona.items()): print(f"  {k:12s} {n}")
print("\nper quality:")
for k, n in sorted(quality.items()): print(f"  {k:12s} {n}")
print("\npersona x quality:")
qs = sorted(quality)
print("  " + " " * 12 + " ".join(f"{q[:10]:>10s}" for q in qs))
for p in sorted(persona):
    row = collections.Counter(t['quality'] for t in talks if t['persona'] == p)
    print(f"  {p:12s}" + " ".join(f"{row.get(q, 0):>10d}" for q in qs))
print("\nstages done (talks):")
for s in STAGES: print(f"  {s:13s} {stage.get(s, 0)}")
print("\nviolation codes (turns / talks):")
for c, n in sorted(code_turns.items()): print(f"  {c:13s} {n} / {code_talks[c]}")
print("\noverall by quality (min-max, mean):")
for q in qs:
    sc = [t['label']['overall'] for t in talks if t['quality'] == q]
    print(f"  {q:12s} {min(sc)}-{max(sc)}  mean {sum(sc)/len(sc):.1f}")
