#!/usr/bin/env python3
"""Checks lines.jsonl in this folder: format, label consistency, full-width
punctuation, banned phrases, and 10-character overlaps with the sources."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ['id', 'persona', 'visitor', 'text', 'codes', 'note']
PERSONAS = {'confused', 'resentful', 'pestering', 'unwell', 'veteran',
            'choleric', 'sanguine', 'phlegmatic', 'melancholic'}
CODES = {'rude', 'false_promise', 'buck_passing', 'confront', 'buy_peace',
         'officialese', 'accept_gift'}
ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r'[\u4e00-\u9fff]')

# example phrases from the rubric (and a few near forms) that must not appear
BANNED = [
    '胡搅蛮缠', '包在我身上', '再研究研究', '高度重视', '这不归我们管', '就这一回',
    '尽量给您争取', '说不定能给你办', '打包票', '特殊照顾', '回去等通知', '有关部门',
    '相关单位', '一分也少不了', '心意我领了', '你这话就不对了', '根本没这回事',
    '以人民为中心', '找我们也没用', '我也说不好', '有话慢慢说', '不识字就回去',
    '脑子有病', '哭有什么用', '你吼什么吼', '从办公室经费', '救助指标给你留',
    '先给你儿子打个招呼', '你自己想办法吧', '确实不是地契', '相信党和政府',
    '切实维护', '我不能保证', '能办的一定给你办', '该补的差价', '我今天就打电话',
    '两周内书面答复', '我帮你递复查申请', '这个难受是真真的', '电脑的事我跟村里',
    '红包你收回去', '换回来不现实', '堵门也改不了', '认真对待', '认真听取您的意见',
    '能报的一分不会少', '该是您的一分', '没法直接给你办', '归城管…找社区',
    '学安科', '不敢打包票', '长心眼',
]

SOURCES = [
    '/work/main/testdata/talks/README.md',
    '/work/main/testdata/lines/README.md',
    '/work/shared/DOMAIN.md',
]
CORPUS_DIR = '/work/shared/corpus'

NORM = str.maketrans({',': '，', '?': '？', '!': '！', ';': '；', ':': '：',
                      '(': '（', ')': '）', '"': '“', '.': '。'})


def norm(s):
    s = s.translate(NORM)
    s = s.replace('”', '“').replace('‘', '“').replace('’', '“')
    return re.sub(r'\s+', '', s)


def grams(s, n=10):
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def main():
    errors, warns = [], []
    rows = []
    with open(os.path.join(HERE, 'lines.jsonl'), encoding='utf-8') as f:
        for ln, raw in enumerate(f, 1):
            try:
                r = json.loads(raw)
            except Exception as e:  # noqa
                errors.append('line %d: bad json %s' % (ln, e))
                continue
            if list(r.keys()) != FIELDS:
                errors.append('line %d: fields %s' % (ln, list(r.keys())))
            rows.append(r)

    ids, texts = set(), set()
    for r in rows:
        rid = r['id']
        if rid in ids:
            errors.append('duplicate id ' + rid)
        ids.add(rid)
        if r['text'] in texts:
            errors.append('duplicate text ' + rid)
        texts.add(r['text'])
        if r['persona'] not in PERSONAS:
            errors.append('%s: persona %s' % (rid, r['persona']))
        codes = r['codes']
        if not isinstance(codes, list) or len(set(codes)) != len(codes) or \
                not set(codes) <= CODES:
            errors.append('%s: codes %s' % (rid, codes))
        m = re.fullmatch(r'([a-z_]+)-(n?)(\d{2})', rid)
        if not m:
            errors.append('%s: bad id' % rid)
            continue
        grp, neg, _ = m.groups()
        if grp == 'good':
            if neg or codes:
                errors.append('%s: good line must have empty codes' % rid)
        elif grp in CODES:
            if neg and grp in codes:
                errors.append('%s: negative contains its code' % rid)
            if not neg and grp not in codes:
                errors.append('%s: positive lacks its code' % rid)
        else:
            errors.append('%s: unknown group' % rid)
        for fld in ('visitor', 'text'):
            s = r[fld]
            if not s.strip():
                errors.append('%s: empty %s' % (rid, fld))
            if CJK.search(s):
                bad = sorted(set(c for c in s if c in ASCII_PUNCT))
                if bad:
                    errors.append('%s: ASCII punctuation %s in %s' % (rid, bad, fld))
            for b in BANNED:
                if b in s:
                    errors.append('%s: banned phrase %s in %s' % (rid, b, fld))
        if not r['note'].strip():
            errors.append('%s: empty note' % rid)
        if CJK.search(r['note']) and len(CJK.findall(r['note'])) > 12:
            warns.append('%s: note has much Chinese' % rid)

    # copy check
    src = {}
    for p in SOURCES:
        with open(p, encoding='utf-8') as f:
            src[p] = grams(norm(f.read()))
    for fn in sorted(os.listdir(CORPUS_DIR)):
        p = os.path.join(CORPUS_DIR, fn)
        with open(p, encoding='utf-8', errors='replace') as f:
            src[p] = grams(norm(f.read()))
    for r in rows:
        for fld in ('visitor', 'text'):
            g = grams(norm(r[fld]))
            for p, sg in src.items():
                hit = g & sg
                if hit:
                    errors.append('%s: %s shares %s with %s' % (
                        r['id'], fld, sorted(hit)[0], os.path.basename(p)))

    # report
    grp = collections.Counter()
    for r in rows:
        m = re.fullmatch(r'([a-z_]+)-(n?)\d{2}', r['id'])
        grp[(m.group(1), 'neg' if m.group(2) else ('good' if m.group(1) == 'good' else 'pos'))] += 1
    print('lines:', len(rows))
    for k in sorted(grp):
        print('  %-14s %-4s %3d' % (k[0], k[1], grp[k]))
    codes = collections.Counter(c for r in rows for c in r['codes'])
    print('code instances:', dict(sorted(codes.items())))
    print('two-code lines:', sum(1 for r in rows if len(r['codes']) > 1))
    per = collections.Counter(r['persona'] for r in rows)
    print('personas:', dict(sorted(per.items())))
    lens = sorted(len(r['text']) for r in rows)
    print('text length: min %d, median %d, max %d, >=80: %d' % (
        lens[0], lens[len(lens) // 2], lens[-1], sum(1 for x in lens if x >= 80)))
    for w in warns:
        print('WARN', w)
    for e in errors:
        print('ERROR', e)
    print('OK' if not errors else '%d errors' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
