#!/usr/bin/env python3
"""Checks lines.jsonl in this folder.

- format: one JSON object per line, fields in order id, persona, visitor, text, codes, note
- ids: <code>-NN (codes contain code), <code>-nNN (codes do not), good-NN (codes empty);
  unique, numbered 01.. without gaps inside each group
- persona and codes from the fixed lists; no duplicate codes
- Chinese fields use full-width punctuation only (no ASCII , ? ! ; : " ' ( ) )
- notes are English (no CJK)
- banned phrases: the rubric's example wordings must not appear
- copy check: any 10-character run of a visitor/text field shared with the corpus,
  DOMAIN.md or the two READMEs (after mapping ASCII punctuation to full-width, and
  again with all punctuation and spaces removed); notes are checked with 8-word runs
- prints counts per group, per persona, per code and length statistics
Exit status 1 if any error.
"""
import json
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
SOURCES = [
    os.path.join(ROOT, 'testdata', 'talks', 'README.md'),
    os.path.join(ROOT, 'testdata', 'lines', 'README.md'),
    '/work/shared/DOMAIN.md',
]
CORPUS_DIR = '/work/shared/corpus'

FIELDS = ['id', 'persona', 'visitor', 'text', 'codes', 'note']
PERSONAS = ['confused', 'resentful', 'pestering', 'unwell', 'veteran',
            'choleric', 'sanguine', 'phlegmatic', 'melancholic']
CODES = ['rude', 'false_promise', 'buck_passing', 'confront', 'buy_peace',
         'officialese', 'accept_gift']

# The rubric's example phrases (and close spellings of them). None may appear.
BANNED = [
    '胡搅蛮缠', '包在我身上', '再研究研究', '研究研究', '高度重视', '这不归我们管',
    '就这一回', '尽量给您争取', '尽量给你争取', '说不定能给你办', '打包票',
    '特殊照顾', '回去等通知', '有关部门', '相关单位', '一分也少不了', '心意我领了',
    '你这话就不对了', '根本没这回事', '以人民为中心', '找我们也没用', '我也说不好',
    '有话慢慢说', '先坐，有话', '你好，坐吧', '不识字就回去', '找个识字的',
    '你这是脑子有病', '哭有什么用', '你吼什么吼', '吼什么吼', '办公室经费',
    '救助指标给你留', '镇上招人', '切实维护', '相信党和政府', '确实不是地契',
    '我不能保证', '不敢打包票', '该是您的', '能报的一分', '能办的一定给你办',
    '不闹也给', '核实符合条件的', '我今天就打电话', '两周内书面答复',
    '递复查申请', '红包你收回去', '饭我也不去', '堵门也改不了', '换回来不现实',
    '难受是真真的', '这个我信', '电脑的事', '你自己想办法吧', '自己想办法吧',
    '保证批下来', '我一定去问', '不敢说一定能办成', '什么问题你说', '今天是什么事',
    '认真听取您的意见', '一定会认真对待', '不能跟您打包票', '一分不会少您的',
]

ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r'[\u3400-\u9fff]')
ID_RE = re.compile(r'^([a-z_]+?)(-n)?-?(\d\d)$')
TO_FULL = {',': '，', '?': '？', '!': '！', ';': '；', ':': '：', '(': '（', ')': '）'}
STRIP_RE = re.compile(r'[\s\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65'
                      r'\u2010-\u206f!-/:-@\[-`{-~]')


def to_full(s):
    return ''.join(TO_FULL.get(c, c) for c in s)


def grams(s, n):
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def load_sources():
    texts = []
    for p in SOURCES:
        with open(p, encoding='utf-8') as f:
            texts.append((os.path.basename(p), f.read()))
    for name in sorted(os.listdir(CORPUS_DIR)):
        with open(os.path.join(CORPUS_DIR, name), encoding='utf-8', errors='replace') as f:
            texts.append((name, f.read()))
    return texts


def main():
    errors = []
    warns = []
    path = os.path.join(HERE, 'lines.jsonl')
    rows = []
    with open(path, encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                errors.append('line %d: blank line' % i)
                continue
            try:
                obj = json.loads(line, object_pairs_hook=OrderedDict)
            except ValueError as e:
                errors.append('line %d: bad JSON: %s' % (i, e))
                continue
            rows.append((i, obj))

    seen = set()
    group_nums = {}
    for i, o in rows:
        where = 'line %d (%s)' % (i, o.get('id'))
        if list(o.keys()) != FIELDS:
            errors.append('%s: fields %s' % (where, list(o.keys())))
            continue
        rid, persona, codes = o['id'], o['persona'], o['codes']
        if rid in seen:
            errors.append('%s: duplicate id' % where)
        seen.add(rid)
        if persona not in PERSONAS:
            errors.append('%s: persona %r' % (where, persona))
        if not isinstance(codes, list) or any(c not in CODES for c in codes):
            errors.append('%s: codes %r' % (where, codes))
            continue
        if len(set(codes)) != len(codes):
            errors.append('%s: duplicate codes' % where)
        for k in ('visitor', 'text', 'note'):
            if not isinstance(o[k], str) or not o[k].strip():
                errors.append('%s: empty %s' % (where, k))
        m = ID_RE.match(rid)
        if not m:
            errors.append('%s: id pattern' % where)
            continue
        base, neg, num = m.group(1), bool(m.group(2)), int(m.group(3))
        if base == 'good':
            if neg or codes:
                errors.append('%s: good line must have empty codes' % where)
        elif base in CODES:
            if neg:
                if base in codes:
                    errors.append('%s: hard negative carries its own code' % where)
                if codes:
                    warns.append('%s: hard negative has other codes %s' % (where, codes))
            else:
                if base not in codes:
                    errors.append('%s: positive lacks its code' % where)
                elif codes[0] != base:
                    warns.append('%s: primary code not first' % where)
        else:
            errors.append('%s: unknown id base %r' % (where, base))
        group_nums.setdefault((base, neg), []).append(num)
        for k in ('visitor', 'text'):
            s = o[k]
            if CJK.search(s):
                bad = sorted(set(c for c in s if c in ASCII_PUNCT))
                if bad:
                    errors.append('%s: ASCII punctuation %s in %s' % (where, bad, k))
            for b in BANNED:
                if b in s:
                    errors.append('%s: banned phrase %r in %s' % (where, b, k))
        if CJK.search(o['note']):
            errors.append('%s: note is not English' % where)

    for (base, neg), nums in group_nums.items():
        if sorted(nums) != list(range(1, len(nums) + 1)):
            errors.append('group %s%s: numbering not 01..%02d' % (base, '-n' if neg else '', len(nums)))

    # copy check
    sources = load_sources()
    src_full = set()
    src_strip = set()
    src_words = set()
    for name, t in sources:
        src_full |= grams(to_full(t), 10)
        src_strip |= grams(STRIP_RE.sub('', t), 10)
        w = re.findall(r'[A-Za-z]+', t.lower())
        src_words |= {' '.join(w[j:j + 8]) for j in range(len(w) - 7)}
    copies = 0
    for i, o in rows:
        if list(o.keys()) != FIELDS:
            continue
        for k in ('visitor', 'text'):
            s = o[k]
            hit = grams(to_full(s), 10) & src_full
            hit |= grams(STRIP_RE.sub('', s), 10) & src_strip
            for h in sorted(hit):
                copies += 1
                errors.append('%s: copy check, 10-char run shared with sources: %r' % (o['id'], h))
        w = re.findall(r'[A-Za-z]+', o['note'].lower())
        for j in range(len(w) - 7):
            g = ' '.join(w[j:j + 8])
            if g in src_words:
                copies += 1
                errors.append('%s: note shares an 8-word run with sources: %r' % (o['id'], g))

    # report
    objs = [o for _, o in rows if list(o.keys()) == FIELDS]
    groups = Counter()
    for o in objs:
        m = ID_RE.match(o['id'])
        if m:
            groups[m.group(1) + ('-n' if m.group(2) else '')] += 1
    print('lines:', len(objs))
    print('groups:', ', '.join('%s=%d' % kv for kv in sorted(groups.items())))
    print('personas:', ', '.join('%s=%d' % (p, sum(1 for o in objs if o['persona'] == p)) for p in PERSONAS))
    cc = Counter(c for o in objs for c in o['codes'])
    print('code instances:', ', '.join('%s=%d' % (c, cc[c]) for c in CODES))
    multi = [o['id'] for o in objs if len(o['codes']) > 1]
    print('multi-code lines (%d): %s' % (len(multi), ' '.join(multi)))
    lens = sorted(len(o['text']) for o in objs)
    if lens:
        print('text length: min %d, median %d, max %d; <=10 chars: %d; >=80 chars: %d' % (
            lens[0], lens[len(lens) // 2], lens[-1],
            sum(1 for x in lens if x <= 10), sum(1 for x in lens if x >= 80)))
    print('persona x group:')
    gnames = sorted(groups)
    print('%-12s' % '' + ' '.join('%6s' % g[:6] for g in gnames))
    for p in PERSONAS:
        row = []
        for g in gnames:
            n = 0
            for o in objs:
                m = ID_RE.match(o['id'])
                if o['persona'] == p and m and m.group(1) + ('-n' if m.group(2) else '') == g:
                    n += 1
            row.append('%6d' % n)
        print('%-12s' % p + ' '.join(row))
    for w in warns:
        print('WARN', w)
    for e in errors:
        print('ERROR', e)
    print('copy-check hits:', copies)
    print('OK' if not errors else '%d errors' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
