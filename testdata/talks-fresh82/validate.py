#!/usr/bin/env python3
"""Validator for the hand-labelled talks in this folder.

Checks format, label consistency with the rubric, full-width punctuation,
banned (rubric example) phrases, and 10-character runs shared with the
source texts (corpus, DOMAIN.md, the two READMEs). Exit code 1 on any error.
Run from anywhere: python3 testdata/talks-fresh82/validate.py
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
SHARED = os.path.abspath(os.path.join(ROOT, '..', 'shared'))

PERSONAS = ['confused', 'resentful', 'pestering', 'unwell', 'veteran',
            'choleric', 'sanguine', 'phlegmatic', 'melancholic']
QUALITIES = ['excellent', 'good', 'mediocre', 'bad', 'long_bad', 'short_good']
STAGES = ['introduction', 'first_talk', 'listening', 'presentation', 'summary', 'coordination']
CODES = ['rude', 'false_promise', 'buck_passing', 'confront', 'buy_peace', 'officialese', 'accept_gift']
BREACH = {'false_promise', 'buy_peace', 'accept_gift'}

# Example phrases of the rubric and the brief: none may appear in a turn.
BANNED = [
    '胡搅蛮缠', '包在我身上', '再研究研究', '高度重视', '这不归我们管', '就这一回',
    '尽量给您争取', '说不定能给你办', '打包票', '特殊照顾', '回去等通知', '有关部门',
    '相关单位', '一分也少不了', '心意我领了', '你这话就不对了', '根本没这回事',
    '以人民为中心', '找我们也没用', '我也说不好', '先坐，有话慢慢说', '有话慢慢说',
    '不识字就回去', '脑子有病', '哭有什么用', '你吼什么吼', '从办公室经费里',
    '救助指标给你留', '先给你儿子打个招呼', '这个确实不是地契', '你自己想办法吧',
    '保证批下来', '我不能保证', '一分不会少', '能办的一定给你办', '不闹也给',
    '我今天就打电话', '两周内书面答复', '我帮你递复查申请', '这个难受是真真的',
    '这个我信', '电脑的事我跟村里说一声', '红包你收回去', '饭我也不去',
    '换回来不现实', '堵门也改不了片区', '切实维护', '请您相信党和政府',
    '我们研究研究', '认真听取您的意见', '一定会认真对待', '坚持签个合同',
    '你好，坐吧', '什么问题你说', '今天是什么事', '去社保局问', '我会跟有关部门反映',
    '我不给你打包票', '我不敢说一定能办成', '按规定也能补发', '尽量给您',
]
ASCII_PUNCT = re.compile(r'[,?!;:"\'()]')
CJK = re.compile(r'[\u4e00-\u9fff]')
NAME = re.compile(r'^(?P<p>[a-z]+)-(?P<n>\d\d)-(?P<q>[a-z_]+)\.json$')
RUN = 10


def load_sources():
    paths = sorted(glob.glob(os.path.join(SHARED, 'corpus', '*.txt')))
    paths += [os.path.join(SHARED, 'DOMAIN.md'),
              os.path.join(ROOT, 'testdata', 'talks', 'README.md'),
              os.path.join(ROOT, 'testdata', 'lines', 'README.md')]
    runs = {}
    for p in paths:
        if not os.path.exists(p):
            print('WARN missing source', p)
            continue
        t = re.sub(r'\s+', '', open(p, encoding='utf-8', errors='replace').read())
        for s in (t, strip_punct(t)):
            for i in range(len(s) - RUN + 1):
                runs.setdefault(s[i:i + RUN], os.path.basename(p))
    return runs


def strip_punct(s):
    return re.sub(r'[\s，。？！：；“”‘’（）、…,.?!;:"\'()《》·—\-]', '', s)


def main():
    errors, warns = [], []
    runs = load_sources()
    files = sorted(glob.glob(os.path.join(HERE, '*.json')))
    seen = set()
    for f in files:
        fn = os.path.basename(f)
        def err(msg):
            errors.append(f'{fn}: {msg}')
        m = NAME.match(fn)
        if not m:
            err('bad file name'); continue
        try:
            d = json.load(open(f, encoding='utf-8'))
        except Exception as e:
            err(f'bad JSON {e}'); continue
        if list(d.keys()) != ['persona', 'scenario', 'quality', 'note', 'turns', 'label']:
            err(f'fields {list(d.keys())}')
        if d.get('persona') not in PERSONAS or d.get('persona') != m['p']:
            err('persona mismatch')
        if d.get('quality') not in QUALITIES or d.get('quality') != m['q']:
            err('quality mismatch')
        if (m['p'], m['n']) in seen:
            err('duplicate persona number')
        seen.add((m['p'], m['n']))
        if d.get('scenario') != '':
            err('scenario must be empty')
        note = d.get('note', '')
        if not note or CJK.search(note):
            err('note must be non-empty English')
        turns = d.get('turns', [])
        if not 4 <= len(turns) <= 30:
            err(f'{len(turns)} turns')
        for i, t in enumerate(turns):
            if list(t.keys()) != ['role', 'text'] or t['role'] not in ('visitor', 'trainee') or not t['text'].strip():
                err(f'turn {i} malformed')
                continue
            txt = t['text']
            if ASCII_PUNCT.search(txt):
                err(f'turn {i} ASCII punctuation: {ASCII_PUNCT.findall(txt)}')
            for b in BANNED:
                if b in txt:
                    err(f'turn {i} banned phrase {b}')
            for s in {re.sub(r'\s+', '', txt), strip_punct(txt)}:
                for k in range(len(s) - RUN + 1):
                    if s[k:k + RUN] in runs:
                        err(f'turn {i} shares run "{s[k:k + RUN]}" with {runs[s[k:k + RUN]]}')
                        break
        lab = d.get('label', {})
        if list(lab.keys()) != ['overall', 'stages_done', 'violations']:
            err('label fields')
            continue
        ov, st, vs = lab['overall'], lab['stages_done'], lab['violations']
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err('overall out of range')
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            err('stages not canonical')
        pairs = set()
        for v in vs:
            if list(v.keys()) != ['code', 'turn'] or v['code'] not in CODES:
                err(f'violation malformed {v}'); continue
            if not 0 <= v['turn'] < len(turns) or turns[v['turn']]['role'] != 'trainee':
                err(f'violation {v} does not point at a trainee turn')
            if (v['code'], v['turn']) in pairs:
                err(f'duplicate violation {v}')
            pairs.add((v['code'], v['turn']))
        codes = {v['code'] for v in vs}
        breach = bool(codes & BREACH) or ('confront' in codes and d['persona'] == 'unwell')
        if breach and ov > 40:
            err(f'compliance breach but overall {ov} > 40')
        if vs and ov > 59:
            err(f'violations but overall {ov} > 59')
        if ov >= 90 and (len(st) < 6 or vs):
            err('90+ needs all six stages and no faults')
        if ov >= 80 and len(st) < 5:
            err('80+ needs at least five stages')
        if not vs and len(st) == 6 and ov < 70:
            warns.append(f'{fn}: all stages, no faults, but overall {ov} < 70')
        if len(st) <= 1 and ov > 45:
            warns.append(f'{fn}: {len(st)} stages but overall {ov}')
    if len(files) != 36:
        errors.append(f'expected 36 talks, found {len(files)}')
    for w in warns:
        print('WARN', w)
    for e in errors:
        print('ERROR', e)
    print(f'{len(files)} files, {len(errors)} errors, {len(warns)} warnings')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
