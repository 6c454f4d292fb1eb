#!/usr/bin/env python3
"""Counts for testdata/talks-fresh58: per persona, quality, stage, violation code."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ['introduction', 'first_talk', 'listening', 'presentation', 'summary', 'coordination']
CODES = ['rude', 'false_promise', 'buck_passing', 'confront', 'buy_peace', 'officialese', 'accept_gift']

talks = [json.load(open(p, encoding='utf-8')) for p in sorted(glob.glob(os.path.join(HERE, '*.json')))]
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
print(f'with at least one violation: {with_v} ({100*with_v/len(talks):.0f}%)   with a compliance breach: {breach}')
print('\nper persona:')
for k, n in sorted(persona.items()):
    print(f'  {k:12s} {n}')
print('\nper quality:')
for k in ['excellent', 'good', 'short_good', 'mediocre', 'bad', 'long_bad']:
    qs = [t['label']['overall'] for t in talks if t['quality'] == k]
    print(f'  {k:12s} {quality[k]:2d}   overall {min(qs)}-{max(qs)}' if qs else f'  {k:12s} 0')
print('\nstages done (talks):')
for s in STAGES:
    print(f'  {s:14s} {stage[s]}')
print('\nviolation codes (instances / talks):')
for c in CODES:
    print(f'  {c:14s} {code_inst[c]:2d} / {code_talks[c]}')
print('\npersona x quality:')
qs = ['excellent', 'good', 'short_good', 'mediocre', 'bad', 'long_bad']
print('  ' + ' ' * 12 + ''.join(f'{q[:10]:>11s}' for q in qs))
for p in sorted(persona):
    print(f'  {p:12s}' + ''.join(f'{sum(1 for t in talks if t["persona"]==p and t["quality"]==q):>11d}' for q in qs))
