#!/usr/bin/env python3
"""Print counts for the talks in this folder: per persona, quality, stage
done, violation code, plus turn lengths and overall scores."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

talks = []
for f in sorted(glob.glob(os.path.join(HERE, '*.json'))):
    t = json.load(open(f, encoding='utf-8'))
    t['_name'] = os.path.basename(f)[:-5]
    talks.append(t)

def show(title, counter, order=None):
    print(f'\n{title}')
    for k in (order or sorted(counter)):
        print(f'  {k:<14} {counter.get(k, 0)}')

print(f'talks: {len(talks)}')
show('per persona', collections.Counter(t['persona'] for t in talks))
show('per quality', collections.Counter(t['quality'] for t in talks))
show('stage done (talks)', collections.Counter(s for t in talks for s in t['label']['stages_done']), STAGES)
show('violation code (instances)', collections.Counter(v['code'] for t in talks for v in t['label']['violations']))
show('violation code (talks)', collections.Counter(c for t in talks for c in {v['code'] for v in t['label']['violations']}))

with_v = [t for t in talks if t['label']['violations']]
breach = [t for t in talks if {v['code'] for v in t['label']['violations']} & BREACH
          or (t['persona'] == 'unwell' and any(v['code'] == 'confront' for v in t['label']['violations']))]
print(f'\ntalks with >=1 violation: {len(with_v)} ({100 * len(with_v) / len(talks):.0f}%)')
print(f'talks with a compliance breach: {len(breach)}: ' + ', '.join(t['_name'] for t in breach))
print(f'talks opened by the trainee: ' + ', '.join(t['_name'] for t in talks if t['turns'][0]['role'] == 'trainee'))

print('\npersona x quality')
quals = ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]
print('  ' + ' ' * 12 + ''.join(f'{q[:10]:>11}' for q in quals))
for p in sorted({t['persona'] for t in talks}):
    row = collections.Counter(t['quality'] for t in talks if t['persona'] == p)
    print(f'  {p:<12}' + ''.join(f'{row.get(q, 0):>11}' for q in quals))

print('\nper quality: turns min-max, overall min-mean-max')
for q in quals:
    ts = [t for t in talks if t['quality'] == q]
    if not ts:
        continue
    n = [len(t['turns']) for t in ts]
    o = [t['label']['overall'] for t in ts]
    print(f'  {q:<11} turns {min(n)}-{max(n)}  overall {min(o)}-{sum(o) / len(o):.0f}-{max(o)}')
