#!/usr/bin/env python3
"""Validator for testdata/talks-fresh58.

Checks: file name / fields / roles / turn range / stage keys / codes,
violation indices on trainee turns, label consistency (compliance cap,
quality vs score), full-width punctuation in Chinese text, a banned-phrase
list (the rubric's example phrases), and any 10-character run shared with
the corpus, DOMAIN.md or the README sections that were read (copy check).
Run from anywhere: python3 validate.py
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
SHARED = '/work/shared'

PERSONAS = ['confused', 'resentful', 'pestering', 'unwell', 'veteran',
            'choleric', 'sanguine', 'phlegmatic', 'melancholic']
QUALITIES = ['excellent', 'good', 'mediocre', 'bad', 'long_bad', 'short_good']
STAGES = ['introduction', 'first_talk', 'listening', 'presentation', 'summary', 'coordination']
CODES = ['rude', 'false_promise', 'buck_passing', 'confront', 'buy_peace', 'officialese', 'accept_gift']
BREACH = {'false_promise', 'buy_peace', 'accept_gift'}

# Example phrases from the rubric and brief that must not appear in any turn.
BANNED = [
    '胡搅蛮缠', '包在我身上', '再研究研究', '研究研究', '高度重视', '这不归我们管', '就这一回',
    '尽量给您争取', '尽量给你争取', '说不定能给你办', '打包票', '特殊照顾', '回去等通知',
    '有关部门', '相关单位', '一分也少不了', '心意我领了', '你这话就不对了', '根本没这回事',
    '以人民为中心', '找我们也没用', '我也说不好', '有话慢慢说', '不识字就回去', '脑子有病',
    '哭有什么用', '你吼什么', '吼什么吼', '保证批下来', '切实维护', '相信党和政府',
    '办公室经费', '救助指标给你留', '打个招呼', '你自己找去', '你自己想办法', '我不能保证',
    '能办的一定给你办', '不闹也给', '我今天就打电话', '两周内书面答复', '我帮你递复查申请',
    '换回来不现实', '堵门也改不了', '真真的', '跟村里说一声', '红包你收回去', '饭我也不去',
    '什么事', '什么问题你说', '认真听取您的意见', '一定会认真对待', '不是地契',
    '能报的一分不会少', '一分不会少', '不敢说一定能办成', '回村里问问', '这个确实',
]
ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r'[\u4e00-\u9fff]')


def sections(path, wanted):
    """Text of the named '#' sections of a markdown file (section runs to next heading of same or higher level)."""
    lines = open(path, encoding='utf-8').read().split('\n')
    out, keep, level = [], False, 0
    for ln in lines:
        m = re.match(r'^(#+)\s+(.*)$', ln)
        if m:
            lv, title = len(m.group(1)), m.group(2).strip()
            if keep and lv <= level:
                keep = False
            if title in wanted:
                keep, level = True, lv
        if keep:
            out.append(ln)
    return '\n'.join(out)


def norm(s):
    return ''.join(ch for ch in s if CJK.match(ch) or ch.isalnum())


def reference_texts():
    refs = {}
    for p in sorted(glob.glob(os.path.join(SHARED, 'corpus', '*'))):
        refs[os.path.basename(p)] = open(p, encoding='utf-8', errors='ignore').read()
    refs['DOMAIN.md'] = open(os.path.join(SHARED, 'DOMAIN.md'), encoding='utf-8').read()
    refs['talks/README.md'] = sections(os.path.join(ROOT, 'testdata/talks/README.md'),
                                       {'Format', 'Labelling rubric'})
    refs['lines/README.md'] = sections(os.path.join(ROOT, 'testdata/lines/README.md'), {'Format'})
    return refs


def build_index(refs, n=10):
    idx = {}
    for name, text in refs.items():
        t = norm(text)
        for i in range(len(t) - n + 1):
            idx.setdefault(t[i:i + n], name)
    return idx


def main():
    errors, warns = [], []
    files = sorted(glob.glob(os.path.join(HERE, '*.json')))
    idx = build_index(reference_texts())
    for path in files:
        fn = os.path.basename(path)
        e = lambda msg: errors.append(f'{fn}: {msg}')
        m = re.match(r'^([a-z]+)-(\d\d)-([a-z_]+)\.json$', fn)
        if not m:
            e('bad file name'); continue
        try:
            d = json.load(open(path, encoding='utf-8'))
        except Exception as ex:
            e(f'bad JSON {ex}'); continue
        if list(d.keys()) != ['persona', 'scenario', 'quality', 'note', 'turns', 'label']:
            e(f'field set/order {list(d.keys())}')
        if d.get('persona') != m.group(1) or d['persona'] not in PERSONAS:
            e('persona mismatch')
        if d.get('quality') != m.group(3) or d['quality'] not in QUALITIES:
            e('quality mismatch')
        if d.get('scenario') != '':
            e('scenario not empty')
        if not d.get('note') or CJK.search(d['note']):
            e('note missing or not English')
        turns = d.get('turns', [])
        if not 4 <= len(turns) <= 30:
            e(f'{len(turns)} turns')
        for i, t in enumerate(turns):
            if set(t.keys()) != {'role', 'text'} or t['role'] not in ('visitor', 'trainee'):
                e(f'turn {i} bad shape')
            if not t['text'].strip():
                e(f'turn {i} empty')
            if i and t['role'] == turns[i - 1]['role']:
                warns.append(f'{fn}: turn {i} same role twice')
            txt = t['text']
            if CJK.search(txt):
                bad = [c for c in txt if c in ASCII_PUNCT]
                if bad:
                    e(f'turn {i} ASCII punctuation {bad}')
            for b in BANNED:
                if b in txt:
                    e(f'turn {i} banned phrase {b!r}')
            nt = norm(txt)
            for k in range(len(nt) - 9):
                if nt[k:k + 10] in idx:
                    e(f'turn {i} shares 10 chars with {idx[nt[k:k+10]]}: {nt[k:k+10]}')
                    break
        lab = d.get('label', {})
        if set(lab.keys()) != {'overall', 'stages_done', 'violations'}:
            e('label keys')
        ov = lab.get('overall')
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            e('overall not int 0-100')
        sd = lab.get('stages_done', [])
        if any(s not in STAGES for s in sd) or sd != [s for s in STAGES if s in sd]:
            e('stages not canonical')
        vs = lab.get('violations', [])
        codes = set()
        for v in vs:
            if set(v.keys()) != {'code', 'turn'} or v['code'] not in CODES:
                e(f'bad violation {v}'); continue
            if not 0 <= v['turn'] < len(turns) or turns[v['turn']]['role'] != 'trainee':
                e(f'violation {v} not on a trainee turn')
            codes.add(v['code'])
        breach = bool(codes & BREACH) or (d['persona'] == 'unwell' and 'confront' in codes)
        if breach and ov > 40:
            e('compliance breach but overall > 40')
        if ov >= 90 and (vs or len(sd) < 6):
            e('90+ needs all stages and no faults')
        if vs and ov >= 85:
            e('violations but overall >= 85')
        if {'rude', 'buck_passing'} & codes and ov > 45:
            warns.append(f'{fn}: rude/buck_passing with overall {ov}')
        band = {'excellent': (88, 100), 'good': (75, 89), 'short_good': (70, 82),
                'mediocre': (40, 62), 'bad': (0, 44), 'long_bad': (0, 44)}[d['quality']]
        if not band[0] <= ov <= band[1]:
            warns.append(f'{fn}: overall {ov} outside usual range for {d["quality"]}')
        if d['quality'] == 'long_bad' and len(turns) < 16:
            warns.append(f'{fn}: long_bad with only {len(turns)} turns')
        if d['quality'] == 'short_good' and len(turns) > 10:
            warns.append(f'{fn}: short_good with {len(turns)} turns')
    for w in warns:
        print('WARN', w)
    for x in errors:
        print('ERROR', x)
    print(f'{len(files)} files, {len(errors)} errors, {len(warns)} warnings')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
