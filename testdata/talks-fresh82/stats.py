#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this folder."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ['introduction', 'first_talk', 'listening', 'presentation', 'summary', 'coordination']
BREACH = {'false_promise', 'buy_peace', 'accept_gift'}

talks = [json.load(open(f, encoding='utf-8')) for f in sorted(glob.glob(os.path.join(HERE, '*.json')))]
per_persona = collections.Counter(t['persona'] for t in talks)
per_quality = collections.Counter(t['quality'] for t in talks)
pq = collections.Counter((t['persona'], t['quality']) for t in talks)
stage = collections.Counter(s for t in talks for s in t['label']['stages_done'])
code_turns = collections.Counter(v['code'] for t in talks for v in t['label']['violations'])
code_talks = collections.Counter(c for t in talks for c in {v['code'] for v in t['label']['violations']})
with_v = sum(1 for t in talks if t['label']['violations'])
breach = sum(1 for t in talks
             if {v['code'] for v in t['label']['violations']} & BREACH
             or (t['persona'] == 'unwell' and any(v['code'] == 'confront' for v in t['label']['violations'])))
turns = [len(t['turns']) for t in talks]

print(f'talks: {len(talks)}   turns: min {min(turns)}, max {max(turns)}, mean {sum(turns) / len(turns):.1f}')
print('\nper persona:')
for p, n in sorted(per_persona.items()):
    print(f'  {p:12s} {n}   ' + ', '.join(f'{q}={pq[(p, q)]}' for q in sorted(per_quality) if pq[(p, q)]))
print('\nper quality:')
for q, n in sorted(per_quality.items()):
    ov = [t['label']['overall'] for t in talks if t['quality'] == q]
    print(f'  {q:12s} {n}   overall {min(ov)}-{max(ov)}')
print('\nstages done (talks):')
for s in STAGES:
    print(f'  {s:13s} {stage[s]}')
print('\nviolation codes: turns / talks')
for c, n in sorted(code_turns.items()):
    print(f'  {c:13s} {n} / {code_talks[c]}')
print(f'\ntalks with >= 1 violation: {with_v} ({100 * with_v / len(talks):.0f}%)')
print(f'talks with a compliance breach: {breach}')
print(f'talks with no violation: {len(talks) - with_v}')
