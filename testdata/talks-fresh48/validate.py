#!/usr/bin/env python3
"""Check the hand-labelled talks in this folder.

Checks: file name and fields, roles and turn range, stage keys and order,
violation codes and indices (must point at trainee turns), the compliance cap
(overall <= 40 when a breach is labelled), full-width punctuation in Chinese
text, a list of banned stock phrases (the rubric's own examples), and any
10-character run shared with the source texts (copy check).
Run from anywhere: python3 testdata/talks-fresh48/validate.py
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
PERSONAS = {"confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"}
QUALITIES = {"excellent", "good", "mediocre", "bad", "long_bad", "short_good"}
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = {"rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"}
ASCII_PUNCT = set(',?!;:"\'()')
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知",
    "有关部门", "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "先坐，有话慢慢说", "有话慢慢说",
    "不识字就回去", "脑子有病", "哭有什么用", "你吼什么吼", "保证批下来", "办公室经费",
    "救助指标给你留", "先给你儿子打个招呼", "确实不是地契", "切实维护", "请您相信党和政府",
    "一定认真听取", "换回来不现实", "堵门也改不了", "红包你收回去", "这个难受是真真的",
    "电脑的事我跟村里说", "能报的一分不会少", "能办的一定给你办", "不闹也给",
    "我不敢说一定能办成", "我不能保证", "两周内书面答复", "我帮你递复查申请",
    "我今天就打电话", "您当时要是坚持签个", "什么问题你说", "今天是什么事", "你好，坐吧",
    "公安是要依法处理的",
]
SOURCES = sorted(glob.glob('/work/shared/corpus/*')) + [
    '/work/shared/DOMAIN.md',
    os.path.join(ROOT, 'testdata/talks/README.md'),
    os.path.join(ROOT, 'testdata/lines/README.md'),
]
N = 10
TRANS = str.maketrans({',': '，', '?': '？', '!': '！', ';': '；', ':': '：', '(': '（', ')': '）'})

def norm(s):
    return re.sub(r'\s+', '', s.translate(TRANS))

def source_grams():
    grams = {}
    for p in SOURCES:
        try:
            t = norm(open(p, encoding='utf-8', errors='ignore').read())
        except OSError:
            print('WARN cannot read', p)
            continue
        for i in range(len(t) - N + 1):
            g = t[i:i + N]
            if re.search(r'[\u4e00-\u9fff]', g):
                grams.setdefault(g, os.path.basename(p))
    return grams

def main():
    errs = []
    grams = source_grams()
    files = sorted(glob.glob(os.path.join(HERE, '*.json')))
    for f in files:
        name = os.path.basename(f)
        def err(msg):
            errs.append(f'{name}: {msg}')
        try:
            d = json.load(open(f, encoding='utf-8'))
        except Exception as e:
            err(f'bad JSON {e}')
            continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f'fields {sorted(d)}')
            continue
        m = re.fullmatch(r'([a-z]+)-(\d\d)-([a-z_]+)\.json', name)
        if not m or m.group(1) != d['persona'] or m.group(3) != d['quality']:
            err('file name does not match persona/quality')
        if d['persona'] not in PERSONAS: err('persona')
        if d['quality'] not in QUALITIES: err('quality')
        if d['scenario'] != '': err('scenario must be empty')
        if not isinstance(d['note'], str) or len(d['note']) < 40: err('note too short')
        if re.search(r'[\u4e00-\u9fff]', d['note']) and any(c in d['note'] for c in '，。'):
            pass
        turns = d['turns']
        if not 4 <= len(turns) <= 30: err(f'{len(turns)} turns')
        for i, t in enumerate(turns):
            if set(t) != {'role', 'text'}: err(f't{i} fields')
            if t.get('role') not in ('visitor', 'trainee'): err(f't{i} role')
            text = t.get('text', '')
            if not text.strip(): err(f't{i} empty')
            bad = [c for c in text if c in ASCII_PUNCT]
            if bad: err(f't{i} ASCII punctuation {bad}')
            for b in BANNED:
                if b in text: err(f't{i} banned phrase {b}')
            nt = norm(text)
            for j in range(len(nt) - N + 1):
                g = nt[j:j + N]
                if g in grams:
                    err(f't{i} shares 10 chars with {grams[g]}: {g}')
                    break
        for i in range(1, len(turns)):
            if turns[i]['role'] == turns[i - 1]['role']:
                err(f't{i} same role twice in a row')
        if not any(t['role'] == 'trainee' for t in turns): err('no trainee turn')
        lab = d['label']
        if set(lab) != {'overall', 'stages_done', 'violations'}: err('label fields')
        ov = lab['overall']
        if not isinstance(ov, int) or not 0 <= ov <= 100: err('overall')
        st = lab['stages_done']
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            err(f'stages {st}')
        breach = False
        for v in lab['violations']:
            if set(v) != {'code', 'turn'}: err('violation fields')
            if v['code'] not in CODES: err(f'code {v["code"]}')
            if not 0 <= v['turn'] < len(turns) or turns[v['turn']]['role'] != 'trainee':
                err(f'violation {v} not on a trainee turn')
            if v['code'] in ('false_promise', 'buy_peace', 'accept_gift') or (
                    v['code'] == 'confront' and d['persona'] == 'unwell'):
                breach = True
        if len(set((v['code'], v['turn']) for v in lab['violations'])) != len(lab['violations']):
            err('duplicate violation')
        if breach and ov > 40: err(f'breach but overall {ov} > 40')
        if not lab['violations'] and len(st) == 6 and ov < 60: err('all stages, no faults, but overall < 60')
        if lab['violations'] and ov >= 90: err('fault but overall >= 90')
    for e in errs:
        print(e)
    print(f'{len(files)} files checked, {len(errs)} problems')
    return 1 if errs else 0

if __name__ == '__main__':
    sys.exit(main())
