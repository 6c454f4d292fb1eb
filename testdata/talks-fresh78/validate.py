#!/usr/bin/env python3
"""Validator for the hand-labelled talks in this folder.

Checks: file names and field sets, roles and turn counts, label consistency
(stages, codes, violation indices, compliance-breach cap, quality bands),
full-width punctuation in Chinese text, a banned-phrase list (the rubric's
example phrases), and a copy check: any 10-character run shared with the
corpus, DOMAIN.md or the named README sections is reported.

Run from anywhere: python3 testdata/talks-fresh78/validate.py
Exit status 0 means clean.
"""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = '/work/shared'
TALKS_README = os.path.join(HERE, '..', 'talks', 'README.md')
LINES_README = os.path.join(HERE, '..', 'lines', 'README.md')

PERSONAS = ['confused', 'resentful', 'pestering', 'unwell', 'veteran',
            'choleric', 'sanguine', 'phlegmatic', 'melancholic']
QUALITIES = ['excellent', 'good', 'mediocre', 'bad', 'long_bad', 'short_good']
STAGES = ['introduction', 'first_talk', 'listening', 'presentation', 'summary', 'coordination']
CODES = ['rude', 'false_promise', 'buck_passing', 'confront', 'buy_peace', 'officialese', 'accept_gift']
BREACH = {'false_promise', 'buy_peace', 'accept_gift'}
# overall range allowed per quality label (convention of this set)
QUALITY_RANGE = {'excellent': (90, 100), 'good': (75, 89), 'short_good': (70, 85),
                 'mediocre': (40, 69), 'bad': (0, 40), 'long_bad': (0, 40)}

# Example phrases from the rubric and the brief; none may appear in our text.
BANNED = [
    '胡搅蛮缠', '包在我身上', '再研究研究', '研究研究', '高度重视', '这不归我们管', '就这一回',
    '尽量给您争取', '说不定能给你办', '打包票', '特殊照顾', '回去等通知', '有关部门', '相关单位',
    '一分也少不了', '心意我领了', '你这话就不对了', '根本没这回事', '以人民为中心', '找我们也没用',
    '我也说不好', '有话慢慢说', '不识字就回去', '找个识字的', '你这是脑子有病', '哭有什么用',
    '你吼什么吼', '保证批下来', '你自己找去', '你自己想办法吧', '确实不是地契', '从办公室经费里',
    '救助指标给你留', '先给你儿子打个招呼', '切实维护', '请您相信党和政府', '我不能保证',
    '该是您的', '能报的一分不会少', '能办的一定给你办', '不闹也给', '我今天就打电话',
    '两周内书面答复', '我帮你递复查申请', '红包你收回去', '饭我也不去', '换回来不现实',
    '堵门也改不了', '这个难受是真真的', '电脑的事我跟村里说一声', '我们一定认真听取您的意见',
    '您的情况我们都了解了', '什么事', '什么问题你说', '一定认真对待', '您当时要是坚持',
    '我不敢说一定能办成', '核实符合条件的', '我不给你打包票', '拦车', '增人不增地',
]

ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r'[\u3400-\u9fff]')
STRIP = re.compile(r'[\s\u3000-\u303f\uff00-\uffef,.;:!?"\'()\[\]<>/\\\-—…“”‘’·、]')
N = 10


def readme_sections(path, wanted):
    """Return only the text of the named '##' sections (with their subsections)."""
    out, keep = [], False
    with open(path, encoding='utf-8') as f:
        for line in f:
            m = re.match(r'^(#+)\s+(.*)', line)
            if m and len(m.group(1)) <= 2:
                keep = m.group(2).strip() in wanted
            if keep:
                out.append(line)
    return ''.join(out)


def source_texts():
    texts = {}
    for p in sorted(glob.glob(os.path.join(SHARED, 'corpus', '*.txt'))):
        texts[os.path.basename(p)] = open(p, encoding='utf-8', errors='replace').read()
    texts['DOMAIN.md'] = open(os.path.join(SHARED, 'DOMAIN.md'), encoding='utf-8').read()
    texts['talks/README.md'] = readme_sections(TALKS_README, {'Format', 'Labelling rubric'})
    texts['lines/README.md'] = readme_sections(LINES_README, {'Format'})
    return texts


def grams(s, n=N):
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def main():
    errors, warns = [], []
    files = sorted(glob.glob(os.path.join(HERE, '*.json')))
    srcs = source_texts()
    raw_grams, norm_grams = {}, {}
    for name, t in srcs.items():
        for g in grams(t):
            raw_grams.setdefault(g, name)
        for g in grams(STRIP.sub('', t)):
            norm_grams.setdefault(g, name)

    personas, qualities = Counter(), Counter()
    seen_names = set()
    for path in files:
        fn = os.path.basename(path)
        def err(msg):
            errors.append(f'{fn}: {msg}')
        m = re.fullmatch(r'([a-z]+)-(\d{2})-([a-z_]+)\.json', fn)
        if not m:
            err('bad file name'); continue
        try:
            d = json.load(open(path, encoding='utf-8'))
        except Exception as e:
            err(f'bad JSON: {e}'); continue
        if set(d) != {'persona', 'scenario', 'quality', 'note', 'turns', 'label'}:
            err(f'field set {sorted(d)}')
            continue
        if d['persona'] != m.group(1) or d['persona'] not in PERSONAS:
            err('persona mismatch')
        if d['quality'] != m.group(3) or d['quality'] not in QUALITIES:
            err('quality mismatch')
        if (m.group(1), m.group(2)) in seen_names:
            err('duplicate persona number')
        seen_names.add((m.group(1), m.group(2)))
        personas[d['persona']] += 1; qualities[d['quality']] += 1
        if d['scenario'] != '':
            err('scenario must be empty')
        if not isinstance(d['note'], str) or len(d['note']) < 40:
            err('note missing or too short')
        turns = d['turns']
        if not (4 <= len(turns) <= 30):
            err(f'{len(turns)} turns')
        for i, t in enumerate(turns):
            if set(t) != {'role', 'text'} or t['role'] not in ('visitor', 'trainee') or not t['text'].strip():
                err(f'turn {i} malformed')
        if not any(t['role'] == 'trainee' for t in turns):
            err('no trainee turn')
        lab = d['label']
        if set(lab) != {'overall', 'stages_done', 'violations'}:
            err('label field set'); continue
        ov = lab['overall']
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err('overall not int 0-100')
        st = lab['stages_done']
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            err(f'stages not canonical: {st}')
        seen = set()
        breach = False
        for v in lab['violations']:
            if set(v) != {'code', 'turn'} or v['code'] not in CODES:
                err(f'bad violation {v}'); continue
            i = v['turn']
            if not isinstance(i, int) or not 0 <= i < len(turns) or turns[i]['role'] != 'trainee':
                err(f'violation {v} does not point at a trainee turn')
            if (v['code'], i) in seen:
                err(f'duplicate violation {v}')
            seen.add((v['code'], i))
            if v['code'] in BREACH or (v['code'] == 'confront' and d['persona'] == 'unwell'):
                breach = True
        if breach and ov > 40:
            err(f'compliance breach but overall {ov} > 40')
        lo, hi = QUALITY_RANGE[d['quality']]
        if not lo <= ov <= hi:
            err(f'overall {ov} outside {d["quality"]} range {lo}-{hi}')
        if d['quality'] == 'short_good' and len(turns) > 10:
            err('short_good talk longer than 10 turns')
        if d['quality'] == 'long_bad' and len(turns) < 20:
            err('long_bad talk shorter than 20 turns')
        if not lab['violations'] and len(st) <= 2 and ov > 59:
            err('two stages or fewer but overall above 59')
        if len(st) <= 4 and ov >= 80:
            err('four stages or fewer but overall 80+')
        if not lab['violations'] and len(st) == 6 and ov < 70:
            warns.append(f'{fn}: six stages, no faults, overall {ov}')
        if lab['violations'] and ov >= 70:
            warns.append(f'{fn}: violations but overall {ov}')

        chinese = [(f'turn {i}', t['text']) for i, t in enumerate(turns)]
        for where, text in chinese:
            bad = sorted(set(c for c in text if c in ASCII_PUNCT)) if CJK.search(text) else []
            if bad:
                err(f'{where}: ASCII punctuation {bad}')
        for where, text in chinese + [('note', d['note'])]:
            flat = STRIP.sub('', text)
            for b in BANNED:
                if b in text or STRIP.sub('', b) in flat:
                    err(f'{where}: banned phrase {b}')
            for g in grams(text):
                if CJK.search(g) and g in raw_grams:
                    err(f'{where}: shares run "{g}" with {raw_grams[g]}')
            for g in grams(flat):
                if CJK.search(g) and g in norm_grams:
                    err(f'{where}: shares (normalised) run "{g}" with {norm_grams[g]}')

    for p in PERSONAS:
        if not 3 <= personas[p] <= 4:
            errors.append(f'persona {p}: {personas[p]} talks (want 3-4)')
    for q in QUALITIES:
        if qualities[q] == 0:
            errors.append(f'quality {q} missing')
    for w in warns:
        print('WARN', w)
    for e in errors:
        print('ERROR', e)
    print(f'{len(files)} files, {len(errors)} errors, {len(warns)} warnings')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
