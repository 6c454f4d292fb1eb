#!/usr/bin/env python3
"""Validate the hand-labelled talks in this folder.

Checks: file name and fields, roles and turn range, stage keys and order,
violation codes and indices, the compliance-breach cap, full-width
punctuation in Chinese text, a banned-phrase list (the rubric's example
phrases), and 10-character runs shared with the source texts (copy check).
Run from anywhere: python3 validate.py
"""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, '..', '..'))
SHARED = '/work/shared'

PERSONAS = ['confused', 'resentful', 'pestering', 'unwell', 'veteran',
            'choleric', 'sanguine', 'phlegmatic', 'melancholic']
QUALITIES = ['excellent', 'good', 'mediocre', 'bad', 'long_bad', 'short_good']
STAGES = ['introduction', 'first_talk', 'listening', 'presentation', 'summary', 'coordination']
CODES = ['rude', 'false_promise', 'buck_passing', 'confront', 'buy_peace', 'officialese', 'accept_gift']
BREACH = {'false_promise', 'buy_peace', 'accept_gift'}

BANNED = """胡搅蛮缠 包在我身上 保证批下来 再研究研究 这不归我们管 就这一回 尽量给您争取 我尽量给您争取
说不定能给你办 打包票 特殊照顾 回去等通知 有关部门 相关单位 一分也少不了 心意我领了 你这话就不对了
根本没这回事 以人民为中心 找我们也没用 我也说不好 先坐有话慢慢说 高度重视 切实维护 请您相信党和政府
不识字就回去找个识字的 你这是脑子有病 哭有什么用 你吼什么吼 你自己想办法吧 这个确实不是地契
从办公室经费里 救助指标给你留一个 先给你儿子打个招呼 我们一定认真听取您的意见 我不能保证
该是您的一分也少不了 能报的一分不会少您的 能办的一定给你办 不闹也给 核实符合条件的 这个难受是真真的
电脑的事我跟村里说一声 红包你收回去 饭我也不去 换回来不现实 堵门也改不了片区 我今天就打电话
两周内书面答复 我帮你递复查申请 我不敢说一定能办成 您反映的问题我们一定会认真对待 什么问题你说
今天是什么事 我不敢打包票能补 我不给你打包票""".split()

ASCII_PUNCT = set(',?!;:"\'()')
PUNCT_RE = re.compile(r'[\s，。？！：；“”‘’（）、…—·《》,.?!;:"\'()\-]')
CJK_RE = re.compile(r'[\u4e00-\u9fff]')


def norm(s):
    return PUNCT_RE.sub('', s)


def readme_sections(path, wanted):
    """Only the named sections of a README (by heading text)."""
    out, keep, level = [], False, 0
    for line in open(path, encoding='utf-8'):
        m = re.match(r'^(#+)\s+(.*)', line)
        if m:
            lv, title = len(m.group(1)), m.group(2).strip()
            if title in wanted:
                keep, level = True, lv
            elif keep and lv <= level:
                keep = False
        if keep:
            out.append(line)
    return ''.join(out)


def sources():
    srcs = {}
    for p in sorted(glob.glob(os.path.join(SHARED, 'corpus', '*.txt'))):
        srcs[os.path.basename(p)] = open(p, encoding='utf-8', errors='ignore').read()
    srcs['DOMAIN.md'] = open(os.path.join(SHARED, 'DOMAIN.md'), encoding='utf-8').read()
    srcs['talks/README.md'] = readme_sections(os.path.join(REPO, 'testdata/talks/README.md'),
                                              {'Format', 'Labelling rubric'})
    srcs['lines/README.md'] = readme_sections(os.path.join(REPO, 'testdata/lines/README.md'), {'Format'})
    return srcs


def grams(s, n=10):
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def main():
    errors, warnings = [], []
    srcs = sources()
    src_grams = {k: grams(norm(v)) for k, v in srcs.items()}
    src_raw = {k: grams(v.lower(), 40) for k, v in srcs.items()}
    files = sorted(glob.glob(os.path.join(HERE, '*.json')))
    name_re = re.compile(r'^(%s)-(\d\d)-(%s)\.json$' % ('|'.join(PERSONAS), '|'.join(QUALITIES)))
    for path in files:
        fn = os.path.basename(path)
        def err(msg):
            errors.append('%s: %s' % (fn, msg))
        try:
            d = json.load(open(path, encoding='utf-8'))
        except Exception as e:
            err('bad JSON: %s' % e); continue
        m = name_re.match(fn)
        if not m:
            err('bad file name'); continue
        if set(d) != {'persona', 'scenario', 'quality', 'note', 'turns', 'label'}:
            err('field set %s' % sorted(d))
        if d.get('persona') != m.group(1): err('persona does not match name')
        if d.get('quality') != m.group(3): err('quality does not match name')
        if d.get('scenario') != '': err('scenario must be empty')
        if not isinstance(d.get('note'), str) or len(d['note']) < 40: err('note missing or too short')
        turns = d.get('turns', [])
        if not 4 <= len(turns) <= 30: err('turn count %d' % len(turns))
        for i, t in enumerate(turns):
            if set(t) != {'role', 'text'}: err('turn %d fields' % i)
            if t.get('role') not in ('visitor', 'trainee'): err('turn %d role' % i)
            txt = t.get('text', '')
            if not txt.strip(): err('turn %d empty' % i)
            if CJK_RE.search(txt):
                bad = sorted(set(c for c in txt if c in ASCII_PUNCT))
                if bad: err('turn %d ASCII punctuation %s' % (i, ''.join(bad)))
            n = norm(txt)
            for b in BANNED:
                if norm(b) in n: err('turn %d banned phrase %s' % (i, b))
            for k, g in src_grams.items():
                hit = sorted(grams(n) & g)
                if hit: err('turn %d shares 10-char run with %s: %s' % (i, k, hit[0]))
        for i in range(1, len(turns)):
            if turns[i]['role'] == turns[i - 1]['role']:
                warnings.append('%s: turns %d and %d have the same role' % (fn, i - 1, i))
        # note: Chinese runs and long English runs
        note = d.get('note', '')
        for k, g in src_grams.items():
            hit = [x for x in grams(norm(note)) & g if CJK_RE.search(x)]
            if hit: err('note shares 10-char run with %s: %s' % (k, hit[0]))
        for k, g in src_raw.items():
            hit = sorted(grams(note.lower(), 40) & g)
            if hit: err('note shares 40-char run with %s: %r' % (k, hit[0]))
        lab = d.get('label', {})
        if set(lab) != {'overall', 'stages_done', 'violations'}: err('label fields')
        ov = lab.get('overall')
        if not isinstance(ov, int) or not 0 <= ov <= 100: err('overall')
        st = lab.get('stages_done', [])
        if any(s not in STAGES for s in st): err('unknown stage')
        if st != [s for s in STAGES if s in st]: err('stages not in canonical order or repeated')
        codes = set()
        for v in lab.get('violations', []):
            if set(v) != {'code', 'turn'}: err('violation fields')
            if v.get('code') not in CODES: err('unknown code %s' % v.get('code'))
            ti = v.get('turn')
            if not isinstance(ti, int) or not 0 <= ti < len(turns) or turns[ti]['role'] != 'trainee':
                err('violation turn %s does not point at a trainee turn' % ti)
            codes.add(v.get('code'))
        breach = bool(codes & BREACH) or (d.get('persona') == 'unwell' and 'confront' in codes)
        if breach and isinstance(ov, int) and ov > 40: err('compliance breach but overall %d > 40' % ov)
        if not breach and codes and isinstance(ov, int) and ov >= 70:
            warnings.append('%s: violations but overall %d' % (fn, ov))
        if m.group(3) in ('excellent',) and (codes or ov < 85):
            warnings.append('%s: excellent with faults or low score' % fn)
    # numbering: unique nn per persona
    seen = {}
    for p in files:
        m = name_re.match(os.path.basename(p))
        if m:
            key = (m.group(1), m.group(2))
            if key in seen: errors.append('duplicate number %s-%s' % key)
            seen[key] = p
    for w in warnings: print('WARN', w)
    for e in errors: print('ERROR', e)
    print('%d files, %d errors, %d warnings' % (len(files), len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
