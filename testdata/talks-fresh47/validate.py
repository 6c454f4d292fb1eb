#!/usr/bin/env python3
"""Validate the hand-labelled talks in this folder.

Checks format, label consistency, full-width punctuation in Chinese text,
a banned-phrase list (the rubric's example phrases) and 10-character runs
shared with the domain sources (copy check). Exit code 1 on any error.
Run from anywhere: python3 testdata/talks-fresh47/validate.py
"""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
SHARED = os.path.abspath(os.path.join(ROOT, '..', 'shared'))

PERSONAS = {"confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"}
QUALITIES = {"excellent", "good", "mediocre", "bad", "long_bad", "short_good"}
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = {"rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"}
BREACH = {"false_promise", "buy_peace", "accept_gift"}
# rough band per quality, used only for warnings
BANDS = {"excellent": (90, 100), "good": (80, 89), "short_good": (70, 79),
         "mediocre": (45, 69), "bad": (0, 44), "long_bad": (0, 44)}

BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知",
    "有关部门", "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说", "不识字就回去", "脑子有病",
    "哭有什么用", "你吼什么吼", "办公室经费", "救助指标给你留", "先给你儿子打个招呼",
    "切实维护", "相信党和政府", "我不能保证", "该是您的", "一分不会少", "能办的一定给你办",
    "不闹也给", "核实符合条件的", "我今天就打电话", "两周内书面答复", "我帮你递复查申请",
    "红包你收回去", "换回来不现实", "堵门也改不了", "这个难受是真真的", "电脑的事我跟村里说",
    "认真听取您的意见", "您的情况我们都了解了", "什么事", "什么问题你说", "你自己想办法吧",
    "确实不是地契", "好的好的",
]
ASCII_PUNCT = re.compile(r'[,?!;:"\'()]')
CJK = re.compile(r'[\u4e00-\u9fff]')
NAME = re.compile(r'^([a-z]+)-(\d\d)-([a-z_]+)\.json$')


def sections(path, wanted):
    """Return text of the markdown sections whose heading is in wanted."""
    out, keep, level = [], False, 0
    with open(path, encoding='utf-8') as f:
        for line in f:
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


def norm(s):
    tr = str.maketrans({',': '，', '?': '？', '!': '！', ';': '；', ':': '：', '(': '（', ')': '）'})
    return re.sub(r'\s+', '', s.translate(tr))


def source_grams(n=10):
    texts = []
    for p in glob.glob(os.path.join(SHARED, 'corpus', '*.txt')):
        texts.append(open(p, encoding='utf-8', errors='replace').read())
    dom = os.path.join(SHARED, 'DOMAIN.md')
    if os.path.exists(dom):
        texts.append(open(dom, encoding='utf-8').read())
    talks = os.path.join(ROOT, 'testdata', 'talks', 'README.md')
    if os.path.exists(talks):
        texts.append(sections(talks, {"Format", "Labelling rubric"}))
    lines = os.path.join(ROOT, 'testdata', 'lines', 'README.md')
    if os.path.exists(lines):
        texts.append(sections(lines, {"Format"}))
    grams = set()
    for t in texts:
        t = norm(t)
        for i in range(len(t) - n + 1):
            g = t[i:i + n]
            if CJK.search(g):
                grams.add(g)
    return grams


def main():
    errors, warnings = [], []
    files = sorted(glob.glob(os.path.join(HERE, '*.json')))
    grams = source_grams()
    seen_nn = set()
    for path in files:
        fn = os.path.basename(path)
        def err(msg):
            errors.append(f'{fn}: {msg}')
        m = NAME.match(fn)
        if not m:
            err('bad file name'); continue
        persona, nn, quality = m.groups()
        if (persona, nn) in seen_nn:
            err('duplicate persona/number')
        seen_nn.add((persona, nn))
        try:
            d = json.load(open(path, encoding='utf-8'))
        except Exception as e:
            err(f'bad JSON: {e}'); continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f'field set {sorted(d)}')
        if d.get('persona') != persona or persona not in PERSONAS:
            err('persona mismatch/unknown')
        if d.get('quality') != quality or quality not in QUALITIES:
            err('quality mismatch/unknown')
        if d.get('scenario') != "":
            err('scenario must be empty')
        note = d.get('note', '')
        if not note or CJK.search(note) and False:
            err('empty note')
        turns = d.get('turns', [])
        if not 4 <= len(turns) <= 30:
            err(f'{len(turns)} turns')
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t['role'] not in ('visitor', 'trainee') or not t['text'].strip():
                err(f'turn {i} malformed')
                continue
            text = t['text']
            if CJK.search(text) and ASCII_PUNCT.search(text):
                err(f'turn {i} ASCII punctuation: {ASCII_PUNCT.findall(text)}')
            for b in BANNED:
                if b in text:
                    err(f'turn {i} banned phrase {b}')
            nt = norm(text)
            hits = {nt[j:j + 10] for j in range(len(nt) - 9) if nt[j:j + 10] in grams}
            if hits:
                err(f'turn {i} shares 10-char run with sources: {sorted(hits)[:3]}')
        for i in range(1, len(turns)):
            if turns[i]['role'] == turns[i - 1]['role']:
                warnings.append(f'{fn}: turns {i-1},{i} same role')
        lab = d.get('label', {})
        if set(lab) != {"overall", "stages_done", "violations"}:
            err('label fields')
            continue
        ov = lab['overall']
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err('overall not int 0-100')
        st = lab['stages_done']
        if st != [s for s in STAGES if s in st] or len(set(st)) != len(st):
            err(f'stages not canonical: {st}')
        codes = []
        for v in lab['violations']:
            if set(v) != {"code", "turn"} or v['code'] not in CODES:
                err(f'bad violation {v}'); continue
            if not 0 <= v['turn'] < len(turns) or turns[v['turn']]['role'] != 'trainee':
                err(f'violation {v} not on a trainee turn')
            codes.append(v['code'])
        pairs = [(v['code'], v['turn']) for v in lab['violations']]
        if len(pairs) != len(set(pairs)):
            err('duplicate violation')
        breach = any(c in BREACH for c in codes) or (persona == 'unwell' and 'confront' in codes)
        if breach and ov > 40:
            err(f'compliance breach but overall {ov} > 40')
        if ov >= 90 and (codes or len(st) < 6):
            err('90+ needs all stages and no faults')
        if ov >= 80 and codes:
            err('80+ with a violation')
        if persona != 'unwell' and False:
            pass
        lo, hi = BANDS[quality]
        if not lo <= ov <= hi:
            warnings.append(f'{fn}: overall {ov} outside usual band for {quality}')
        if quality == 'long_bad' and len(turns) < 20:
            warnings.append(f'{fn}: long_bad with only {len(turns)} turns')
        if quality == 'short_good' and len(turns) > 10:
            warnings.append(f'{fn}: short_good with {len(turns)} turns')
    for w in warnings:
        print('WARN', w)
    for e in errors:
        print('ERROR', e)
    print(f'{len(files)} files, {len(errors)} errors, {len(warnings)} warnings')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
