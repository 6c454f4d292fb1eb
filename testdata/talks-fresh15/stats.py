#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for talks-fresh15."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ['introduction', 'first_talk', 'listening', 'presentation', 'summary', 'coordination']
talks = [json.load(open(f, encoding='utf-8')) for f in sorted(glob.glob(os.path.join(HERE, '*.json')))]

persona = collections.Counter(t['persona'] for t in talks)
quality = collections.Counter(t['quality'] for t in talks)
stage = collections.Counter(s for t in talks for s in t['label']['stages_done'])
code_inst = collections.Counter(v['code'] for t in talks for v in t['label']['violations'])
code_talks = collections.Counter(c for t in talks for c in {v['code'] for v in t['label']['violations']})
with_v = sum(1 for t in talks if t['label']['violations'])
breach = sum(1 for t in talks if {v['code'] for v in t['label']['violations']} & {'false_promise', 'buy_peace', 'accept_gift'}
             or (t['persona'] == 'unwell' and any(v['code'] == 'confront' for v in t['label']['violations'])))
turns = [len(t['turns']) for t in talks]

print(f'talks: {len(talks)}   turns: min {min(turns)}, max {max(turns)}, mean {sum(turns)/len(turns):.1f}')
print(f'talks with at least one violation: {with_v} ({100*with_v/len(talks):.0f}%)   with a compliance breach: {breach}')
print('\nper persona:')
for k, n in sorted(persona.items()):
    qs = collections.Counter(t['quality'] for t in talks if t['persona'] == k)
    print(f'  {k:12s} {n}   ' + ', '.join(f'{q} {c}' for q, c in sorted(qs.items())))
print('\nper quality:')
for k, n in sorted(quality.items()):
    ov = [t['label']['overall'] for t in talks if t['quality'] == k]
    print(f'  {k:12s} {n}   overall {min(ov)}-{max(ov)}')
print('\nstages done (talks):')
for s in STAGES:
    print(f'  {s:13s} {stage[s]}')
print('\nviolation codes (instances / talks):')
for c, n in sorted(code_inst.items()):
    print(f'  {c:13s} {n} / {code_talks[c]}')
