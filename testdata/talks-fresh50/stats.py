#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this folder."""
import glob, json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = [json.load(open(f, encoding='utf-8')) for f in sorted(glob.glob(os.path.join(HERE, '*.json')))]
persona = Counter(t['persona'] for t in talks)
quality = Counter(t['quality'] for t in talks)
stage = Counter(s for t in talks for s in t['label']['stages_done'])
code = Counter(v['code'] for t in talks for v in t['label']['violations'])
code_talks = Counter(c for t in talks for c in {v['code'] for v in t['label']['violations']})
with_v = sum(1 for t in talks if t['label']['violations'])
breach = sum(1 for t in talks if any(v['code'] in BREACH or (v['code'] == 'confront' and t['persona'] == 'unwell')
                                     for v in t['label']['violations']))
turns = [len(t['turns']) for t in talks]

print(f"talks: {len(talks)}   turns: min {min(turns)}, max {max(turns)}, mean {sum(turns)/len(turns):.1f}")
print("\nper persona:")
for k, n in sorted(persona.items()): print(f"  {k:12} {n}")
print("\nper quality:")
for k, n in sorted(quality.items()): print(f"  {k:12} {n}")
print("\nstage done (talks):")
for k in STAGES: print(f"  {k:13} {stage[k]}")
print("\nviolation codes (occurrences / talks):")
for k, n in sorted(code.items()): print(f"  {k:14} {n} / {code_talks[k]}")
print(f"\ntalks with at least one violation: {with_v} ({100*with_v/len(talks):.0f}%)")
print(f"talks with a compliance breach:    {breach}")
print("\nmean overall per quality:")
for q in sorted(quality):
    s = [t['label']['overall'] for t in talks if t['quality'] == q]
    print(f"  {q:12} {sum(s)/len(s):5.1f}  (range {min(s)}-{max(s)})")
