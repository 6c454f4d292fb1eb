#!/usr/bin/env python3
"""Print counts for the talks in this folder: per persona, quality, stage done,
violation code, plus persona x quality, turn lengths and breach counts."""
import glob, json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS = ['confused', 'resentful', 'pestering', 'unwell', 'veteran',
            'choleric', 'sanguine', 'phlegmatic', 'melancholic']
QUALITIES = ['excellent', 'good', 'short_good', 'mediocre', 'bad', 'long_bad']
STAGES = ['introduction', 'first_talk', 'listening', 'presentation', 'summary', 'coordination']
CODES = ['rude', 'false_promise', 'buck_passing', 'confront', 'buy_peace', 'officialese', 'accept_gift']

talks = [json.load(open(p, encoding='utf-8')) for p in sorted(glob.glob(os.path.join(HERE, '*.json')))]
n = len(talks)
per_p = Counter(t['persona'] for t in talks)
per_q = Counter(t['quality'] for t in talks)
per_s = Counter(s for t in talks for s in t['label']['stages_done'])
per_c = Counter(v['code'] for t in talks for v in t['label']['violations'])
talks_c = Counter(c for t in talks for c in {v['code'] for v in t['label']['violations']})
with_v = sum(1 for t in talks if t['label']['violations'])
def breach(t):
    return any(v['code'] in ('false_promise', 'buy_peace', 'accept_gift') or
               (v['code'] == 'confront' and t['persona'] == 'unwell') for v in t['label']['violations'])

print(f'talks: {n}')
print(f'with at least one violation: {with_v} ({100 * with_v / n:.0f}%), with a compliance breach: {sum(map(breach, talks))}')
print(f'trainee-opened: {sum(1 for t in talks if t["turns"][0]["role"] == "trainee")}')
lens = [len(t['turns']) for t in talks]
print(f'turns: min {min(lens)}, max {max(lens)}, mean {sum(lens) / n:.1f}')
print('\nper persona:')
for p in PERSONAS:
    print(f'  {p:12} {per_p[p]}')
print('\nper quality (mean overall):')
for q in QUALITIES:
    ov = [t['label']['overall'] for t in talks if t['quality'] == q]
    print(f'  {q:12} {per_q[q]}  mean {sum(ov) / len(ov):.0f}' if ov else f'  {q:12} 0')
print('\nstage done (talks):')
for s in STAGES:
    print(f'  {s:13} {per_s[s]}')
print('\nviolation code: occurrences / talks')
for c in CODES:
    print(f'  {c:13} {per_c[c]} / {talks_c[c]}')
print('\npersona x quality:')
print('  ' + ' ' * 12 + ' '.join(f'{q[:10]:>10}' for q in QUALITIES))
for p in PERSONAS:
    row = Counter(t['quality'] for t in talks if t['persona'] == p)
    print(f'  {p:12}' + ' '.join(f'{row[q]:>10}' for q in QUALITIES))
