#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this folder."""
import json, os, glob
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ['introduction', 'first_talk', 'listening', 'presentation', 'summary', 'coordination']
BREACH = {'false_promise', 'buy_peace', 'accept_gift'}

talks = [json.load(open(p, encoding='utf-8')) for p in sorted(glob.glob(os.path.join(HERE, '*.json')))]
persona, quality, stage = Counter(), Counter(), Counter()
code_occ, code_talks = Counter(), Counter()
with_viol = breaches = 0
turns = []
for t in talks:
    persona[t['persona']] += 1
    quality[t['quality']] += 1
    turns.append(len(t['turns']))
    for s in t['label']['stages_done']:
        stage[s] += 1
    codes = [v['code'] for v in t['label']['violations']]
    code_occ.update(codes)
    code_talks.update(set(codes))
    if codes:
        with_viol += 1
    if set(codes) & BREACH or (t['persona'] == 'unwell' and 'confront' in codes):
        breaches += 1

n = len(talks)
print('talks: %d   turns: min %d, max %d, mean %.1f' % (n, min(turns), max(turns), sum(turns) / n))
print('talks with at least one violation: %d (%.0f%%); with a compliance breach: %d' % (with_viol, 100.0 * with_viol / n, breaches))
print('\nper persona:')
for k, v in sorted(persona.items()):
    print('  %-12s %d' % (k, v))
print('\nper quality:')
for k, v in sorted(quality.items()):
    scores = [t['label']['overall'] for t in talks if t['quality'] == k]
    print('  %-12s %d   overall %d-%d' % (k, v, min(scores), max(scores)))
print('\nstage done (talks):')
for s in STAGES:
    print('  %-13s %d' % (s, stage[s]))
print('\nviolation codes (occurrences / talks):')
for k in sorted(set(code_occ)):
    print('  %-14s %d / %d' % (k, code_occ[k], code_talks[k]))
