#!/usr/bin/env python3
"""Check the talks in this folder: format, label consistency, full-width
punctuation in Chinese text, banned rubric phrases, and 10-character runs
shared with the source texts (copy check).

Run from anywhere:  python3 testdata/talks-fresh21/validate.py
Exit status 0 when clean.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, '..', '..'))

PERSONAS = ['confused', 'resentful', 'pestering', 'unwell', 'veteran',
            'choleric', 'sanguine', 'phlegmatic', 'melancholic']
QUALITIES = ['excellent', 'good', 'mediocre', 'bad', 'long_bad', 'short_good']
STAGES = ['introduction', 'first_talk', 'listening', 'presentation',
          'summary', 'coordination']
CODES = ['rude', 'false_promise', 'buck_passing', 'confront', 'buy_peace',
         'officialese', 'accept_gift']
BREACH = {'false_promise', 'buy_peace', 'accept_gift'}

# Example phrases from the rubric (and close variants) that must not appear.
BANNED = [
    '胡搅蛮缠', '包在我身上', '再研究研究', '研究研究', '高度重视', '切实维护',
    '这不归我们管', '不归我们管', '就这一回', '尽量给您争取', '尽量给你争取',
    '说不定能给你办', '打包票', '特殊照顾', '回去等通知', '有关部门', '相关单位',
    '一分也少不了', '一分不会少', '心意我领了', '你这话就不对了', '根本没这回事',
    '以人民为中心', '找我们也没用', '找我们也冇用', '我也说不好', '有话慢慢说',
    '不识字就回去', '找个识字的', '脑子有病', '哭有什么用', '吼什么吼', '吼么子吼',
    '办公室经费', '救助指标', '打个招呼', '不是地契', '我不能保证', '不能保证',
    '不敢说一定', '能办的一定给你办', '该补的差价', '不闹也给', '按规定也能补发',
    '红包你收回去', '饭我也不去', '堵门', '拦车', '公安是要依法处理',
    '换回来不现实', '改不了片区', '难受是真真的', '电脑的事', '跟有关部门反映',
    '去社保局问', '什么事', '什么问题你说', '今天是什么事', '你好，坐吧',
    '一定认真听取', '一定会认真对待', '请您相信党和政府', '您的情况我们都了解了',
    '我今天就打电话', '两周内书面答复', '我帮你递复查申请', '坚持签个合同',
    '保证批下来', '能不能特殊', '你自己想办法', '你自己找去',
]

ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r'[\u3400-\u9fff]')
FW_BAD_IN_CHINESE = re.compile(r'[,?!;:"\'()]')

errors = []
warnings = []


def err(f, msg):
    errors.append(f'{f}: {msg}')


def warn(f, msg):
    warnings.append(f'{f}: {msg}')


def load_sources():
    paths = sorted(glob.glob('/work/shared/corpus/*.txt'))
    paths += ['/work/shared/DOMAIN.md',
              os.path.join(REPO, 'testdata', 'talks', 'README.md'),
              os.path.join(REPO, 'testdata', 'lines', 'README.md')]
    grams = {}
    for p in paths:
        try:
            s = open(p, encoding='utf-8', errors='replace').read()
        except OSError:
            continue
        s = re.sub(r'\s+', '', s)
        for i in range(len(s) - 9):
            g = s[i:i + 10]
            if CJK.search(g):
                grams.setdefault(g, os.path.basename(p))
    return grams


def check_chinese_punct(f, where, text):
    if not CJK.search(text):
        return
    for m in FW_BAD_IN_CHINESE.finditer(text):
        err(f, f'{where}: ASCII punctuation {m.group()!r} in Chinese text: '
               f'…{text[max(0, m.start() - 8):m.end() + 8]}…')


def check_note_punct(f, note):
    # English note: ASCII punctuation is fine in English, but not glued to
    # Chinese characters (Chinese fragments are quoted with “ ”).
    for m in re.finditer(r'[,?!;:"\'()]', note):
        a = note[m.start() - 1] if m.start() > 0 else ''
        b = note[m.end()] if m.end() < len(note) else ''
        if CJK.match(a or ' ') or CJK.match(b or ' '):
            err(f, f'note: ASCII punctuation next to Chinese: '
                   f'…{note[max(0, m.start() - 8):m.end() + 8]}…')


def main():
    grams = load_sources()
    files = sorted(glob.glob(os.path.join(HERE, '*.json')))
    if not files:
        err(HERE, 'no talks found')
    seen = {}
    for path in files:
        f = os.path.basename(path)
        try:
            d = json.load(open(path, encoding='utf-8'))
        except Exception as e:  # noqa: BLE001
            err(f, f'bad JSON: {e}')
            continue
        m = re.fullmatch(r'([a-z]+)-(\d\d)-([a-z_]+)\.json', f)
        if not m:
            err(f, 'file name not <persona>-<nn>-<quality>.json')
            continue
        persona, nn, quality = m.groups()
        key = (persona, nn)
        if key in seen:
            err(f, f'duplicate number with {seen[key]}')
        seen[key] = f
        if set(d) != {'persona', 'scenario', 'quality', 'note', 'turns', 'label'}:
            err(f, f'fields {sorted(d)}')
        if d.get('persona') != persona or persona not in PERSONAS:
            err(f, 'persona mismatch or unknown')
        if d.get('quality') != quality or quality not in QUALITIES:
            err(f, 'quality mismatch or unknown')
        if d.get('scenario') != '':
            err(f, 'scenario must be empty')
        note = d.get('note', '')
        if not isinstance(note, str) or len(note) < 40:
            err(f, 'note missing or too short')
        check_note_punct(f, note)
        turns = d.get('turns', [])
        if not 4 <= len(turns) <= 30:
            err(f, f'{len(turns)} turns, want 4-30')
        roles = []
        for i, t in enumerate(turns):
            if set(t) != {'role', 'text'}:
                err(f, f'turn {i}: fields {sorted(t)}')
            r = t.get('role')
            roles.append(r)
            if r not in ('visitor', 'trainee'):
                err(f, f'turn {i}: role {r!r}')
            txt = t.get('text', '')
            if not txt.strip():
                err(f, f'turn {i}: empty text')
            check_chinese_punct(f, f'turn {i}', txt)
            for b in BANNED:
                if b in txt:
                    err(f, f'turn {i}: banned phrase {b!r}')
            s = re.sub(r'\s+', '', txt)
            for j in range(len(s) - 9):
                g = s[j:j + 10]
                if g in grams:
                    err(f, f'turn {i}: 10-char run shared with {grams[g]}: {g}')
                    break
        for j in range(1, len(roles)):
            if roles[j] == roles[j - 1]:
                warn(f, f'turns {j - 1} and {j} both {roles[j]}')
        for b in BANNED:
            if b in note:
                err(f, f'note: banned phrase {b!r}')
        lab = d.get('label', {})
        if set(lab) != {'overall', 'stages_done', 'violations'}:
            err(f, f'label fields {sorted(lab)}')
        ov = lab.get('overall')
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err(f, f'overall {ov!r}')
            ov = 0
        st = lab.get('stages_done', [])
        if any(s not in STAGES for s in st):
            err(f, f'unknown stage in {st}')
        elif st != [s for s in STAGES if s in st]:
            err(f, f'stages not in canonical order or duplicated: {st}')
        vs = lab.get('violations', [])
        codes = set()
        pairs = set()
        for v in vs:
            if set(v) != {'code', 'turn'}:
                err(f, f'violation fields {sorted(v)}')
                continue
            c, ti = v['code'], v['turn']
            if c not in CODES:
                err(f, f'unknown code {c}')
            if not isinstance(ti, int) or not 0 <= ti < len(turns):
                err(f, f'violation turn {ti} out of range')
                continue
            if turns[ti]['role'] != 'trainee':
                err(f, f'violation turn {ti} is not a trainee turn')
            if (c, ti) in pairs:
                err(f, f'duplicate violation {c}@{ti}')
            pairs.add((c, ti))
            codes.add(c)
            if f'turn {ti}' not in note:
                warn(f, f'note does not mention turn {ti} ({c})')
        breach = bool(codes & BREACH) or (persona == 'unwell' and 'confront' in codes)
        if breach and ov > 40:
            err(f, f'compliance breach but overall {ov} > 40')
        if not vs and len(st) == 6 and ov < 70:
            warn(f, f'all stages, no faults, but overall {ov} < 70')
        if not vs and len(st) <= 3 and ov >= 70:
            err(f, f'{len(st)} stages but overall {ov} >= 70')
        if len(st) <= 4 and ov >= 90:
            err(f, 'overall 90+ needs all stages')
        if vs and ov >= 90:
            err(f, 'overall 90+ must have no faults')
        if quality in ('excellent', 'good', 'short_good') and vs:
            warn(f, f'{quality} talk carries violations')
    for e in errors:
        print('ERROR', e)
    for w in warnings:
        print('warn ', w)
    print(f'{len(files)} files, {len(errors)} errors, {len(warnings)} warnings')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
