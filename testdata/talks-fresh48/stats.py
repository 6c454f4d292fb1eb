#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this folder."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = [json.load(open(f, encoding='utf-8')) for f in sorted(glob.glob(os.path.join(HERE, '*.json')))]
per_persona = collections.Counter(t['persona'] for t in talks)
per_quality = collections.Counter(t['quality'] for t in talks)
stage_done = collections.Counter(s for t in talks for s in t['label']['stages_done'])
code_turns = collections.Counter(v['code'] for t in talks for v in t['label']['violations'])
code_talks = collections.Counter(c for t in talks for c in {v['code'] for v in t['label']['violations']})
with_v = [t for t in talks if t['label']['violations']]
breach = [t for t in talks if any(v['code'] in BREACH or (v['code'] == 'confront' and t['persona'] == 'unwell')
                                  for v in t['label']['violations'])]
lens = [len(t['turns']) for t in talks]

print(f'talks: {len(talks)}  turns: {sum(lens)} (min {min(lens)}, max {max(lens)})')
print(f'talks with a violation: {len(with_v)} ({100 * len(with_v) / len(talks):.0f}%), with a compliance breach: {len(breach)}')
print('\nper persona:')
for p, n in sorted(per_persona.items()):
    qs = ', '.join(sorted(t['quality'] for t in talks if t['persona'] == p))
    print(f'  {p:12} {n}   ({qs})')
print('\nper quality:')
for q, n in sorted(per_quality.items()):
    ov = [t['label']['overall'] for t in talks if t['quality'] == q]
    print(f'  {q:12} {n}   overall {min(ov)}-{max(ov)}')
print('\nstage done (talks):')
for s in STAGES:
    print(f'  {s:14} {stage_done[s]}')
print('\nviolation codes (turns / talks):')
for c in sorted(code_turns):
    print(f'  {c:14} {code_turns[c]} / {code_talks[c]}')
print('\noverall bands:')
bands = collections.Counter((t['label']['overall'] // 10) * 10 for t in talks)
for b in sorted(bands):
    print(f'  {b:3}-{b + 9:<3} {bands[b]}')
