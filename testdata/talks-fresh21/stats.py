#!/usr/bin/env python3
"""Print counts per persona, quality, stage and violation code for this set."""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ['introduction', 'first_talk', 'listening', 'presentation',
          'summary', 'coordination']
BREACH = {'false_promise', 'buy_peace', 'accept_gift'}

talks = []
for p in sorted(glob.glob(os.path.join(HERE, '*.json'))):
    with open(p, encoding='utf-8') as fh:
        talks.append((os.path.basename(p), json.load(fh)))

persona = collections.Counter(d['persona'] for _, d in talks)
quality = collections.Counter(d['quality'] for _, d in talks)
stage = collections.Counter(s for _, d in talks for s in d['label']['stages_done'])
code_turns = collections.Counter(v['code'] for _, d in talks for v in d['label']['violations'])
code_talks = collections.Counter(c for _, d in talks
                                 for c in {v['code'] for v in d['label']['violations']})
with_viol = sum(1 for _, d in talks if d['label']['violations'])
breach = sum(1 for _, d in talks
             if {v['code'] for v in d['label']['violations']} & BREACH
             or (d['persona'] == 'unwell'
                 and any(v['code'] == 'confront' for v in d['label']['violations'])))
turns = [len(d['turns']) for _, d in talks]


def show(title, counter, order=None):
    print(title)
    for k in (order or sorted(counter)):
        print(f'  {k:14s} {counter.get(k, 0)}')


print(f'talks: {len(talks)}   turns: min {min(turns)}, max {max(turns)}, '
      f'mean {sum(turns) / len(turns):.1f}')
print(f'talks with a violation: {with_viol} ({100 * with_viol / len(talks):.0f}%)'
      f'   with a compliance breach: {breach}')
show('per persona', persona)
show('per quality', quality,
     ['excellent', 'good', 'short_good', 'mediocre', 'bad', 'long_bad'])
show('stage done (talks)', stage, STAGES)
print('violation code (turns / talks)')
for c in sorted(code_turns):
    print(f'  {c:14s} {code_turns[c]} / {code_talks[c]}')
print('overall by quality (min-max, mean)')
by_q = collections.defaultdict(list)
for _, d in talks:
    by_q[d['quality']].append(d['label']['overall'])
for q in ['excellent', 'good', 'short_good', 'mediocre', 'bad', 'long_bad']:
    xs = by_q.get(q, [])
    if xs:
        print(f'  {q:14s} {min(xs)}-{max(xs)}, {sum(xs) / len(xs):.1f}')
print('persona x quality')
for p in sorted(persona):
    qs = sorted(d['quality'] for _, d in talks if d['persona'] == p)
    print(f'  {p:12s} {", ".join(qs)}')
