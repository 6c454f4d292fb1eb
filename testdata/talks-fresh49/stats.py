#!/usr/bin/env python3
"""Print counts per persona, quality, stage done and violation code."""
import glob, json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}
talks = [json.load(open(f, encoding='utf-8')) for f in sorted(glob.glob(os.path.join(HERE, '*.json')))]
persona, quality, stage, code, code_talks = Counter(), Counter(), Counter(), Counter(), Counter()
with_v = breach = turns = 0
for t in talks:
    persona[t['persona']] += 1
    quality[t['quality']] += 1
    turns += len(t['turns'])
    for s in t['label']['stages_done']:
        stage[s] += 1
    cs = [v['code'] for v in t['label']['violations']]
    code.update(cs)
    code_talks.update(set(cs))
    with_v += bool(cs)
    breach += bool(set(cs) & BREACH or (t['persona'] == 'unwell' and 'confront' in cs))
print(f'talks: {len(talks)}  turns: {turns}  with a violation: {with_v}  with a compliance breach: {breach}')
print('\npersona:')
for k, n in sorted(persona.items()): print(f'  {k:12} {n}')
print('\nquality:')
for k, n in sorted(quality.items()): print(f'  {k:12} {n}')
print('\nstage done (talks):')
for k in STAGES: print(f'  {k:13} {stage[k]}')
print('\nviolation code: occurrences / talks')
for k, n in sorted(code.items()): print(f'  {k:14} {n} / {code_talks[k]}')
print('\npersona x quality:')
qs = ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]
print('  ' + ' ' * 12 + ' '.join(f'{q[:10]:>10}' for q in qs))
for p in sorted(persona):
    row = Counter(t['quality'] for t in talks if t['persona'] == p)
    print(f'  {p:12}' + ' '.join(f'{row[q]:>10}' for q in qs))
