#!/usr/bin/env python3
"""Validate the talks in this folder: format, label consistency, full-width
punctuation, banned rubric phrases, and 10-character runs shared with the
source texts (copy check). Prints problems; exit code 1 if any."""
import glob, json, os, re, sys

ALLTEXT = ''
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, '..', '..'))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}
ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r'[\u4e00-\u9fff]')

# Example phrases of the rubric (and close variants) that must not appear.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票", "特殊照顾",
    "回去等通知", "有关部门", "相关单位", "一分也少不了", "心意我领了", "你这话就不对了",
    "根本没这回事", "以人民为中心", "找我们也没用", "我也说不好", "先坐，有话慢慢说",
    "有话慢慢说", "不识字就回去", "找个识字的", "脑子有病", "哭有什么用", "你吼什么吼",
    "办公室经费", "救助指标", "镇上招人", "切实维护", "相信党和政府", "不是地契",
    "你自己找去", "你自己想办法吧", "我不能保证", "该是您的", "一分不会少",
    "能办的一定给你办", "不闹也给", "核实符合条件的", "我今天就打电话", "两周内书面答复",
    "我帮你递复查申请", "红包你收回去", "饭我也不去", "堵门", "拦车", "换回来不现实",
    "难受是真真的", "跟村里说一声", "坚持签个合同", "一定认真听取", "一定会认真对待",
    "你好，坐吧", "什么事？", "说吧", "今天是什么事", "什么问题你说", "去社保局问",
    "我会跟有关部门反映", "增人不增地", "检察监督", "大闹大解决", "花钱买平安",
]


def sources():
    paths = sorted(glob.glob('/work/shared/corpus/*')) + ['/work/shared/DOMAIN.md',
             os.path.join(REPO, 'testdata/talks/README.md'),
             os.path.join(REPO, 'testdata/lines/README.md')]
    grams = set()
    global ALLTEXT
    ALLTEXT = ''
    for p in paths:
        try:
            t = re.sub(r'\s+', '', open(p, encoding='utf-8', errors='ignore').read())
        except OSError:
            continue
        ALLTEXT += t + '\n'
        for i in range(len(t) - 9):
            grams.add(t[i:i + 10])
    return grams


def main():
    problems = []
    grams = sources()
    files = sorted(glob.glob(os.path.join(HERE, '*.json')))
    for f in files:
        name = os.path.basename(f)
        def bad(msg):
            problems.append(f'{name}: {msg}')
        try:
            t = json.load(open(f, encoding='utf-8'))
        except Exception as e:
            bad(f'invalid JSON {e}')
            continue
        m = re.match(r'^([a-z]+)-(\d\d)-([a-z_]+)\.json$', name)
        if not m:
            bad('file name pattern')
            continue
        if set(t) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            bad(f'fields {sorted(t)}')
        if t.get('persona') != m.group(1) or t['persona'] not in PERSONAS:
            bad('persona')
        if t.get('quality') != m.group(3) or t['quality'] not in QUALITIES:
            bad('quality')
        if t.get('scenario') != "":
            bad('scenario not empty')
        if not isinstance(t.get('note'), str) or len(t['note']) < 20 or CJK.search(t['note']):
            bad('note must be English text')
        turns = t.get('turns', [])
        if not 4 <= len(turns) <= 30:
            bad(f'{len(turns)} turns')
        for i, tu in enumerate(turns):
            if set(tu) != {"role", "text"} or tu['role'] not in ('visitor', 'trainee') or not tu['text'].strip():
                bad(f'turn {i} malformed')
                continue
            x = tu['text']
            if CJK.search(x):
                asc = sorted(set(x) & ASCII_PUNCT)
                if asc:
                    bad(f'turn {i} ASCII punctuation {asc}')
                if re.search(r'[\u4e00-\u9fff]\.|\.[\u4e00-\u9fff]', x):
                    bad(f'turn {i} ASCII full stop')
            for b in BANNED:
                if b in x:
                    bad(f'turn {i} banned phrase {b}')
            y = re.sub(r'\s+', '', x)
            for k in range(len(y) - 9):
                if y[k:k + 10] in grams:
                    bad(f'turn {i} shares 10-char run with sources: {y[k:k+10]}')
                    break
        lab = t.get('label', {})
        if set(lab) != {"overall", "stages_done", "violations"}:
            bad('label fields')
            continue
        ov = lab['overall']
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            bad('overall')
        st = lab['stages_done']
        if st != [s for s in STAGES if s in st] or len(set(st)) != len(st) or any(s not in STAGES for s in st):
            bad('stages_done not canonical')
        codes = set()
        for v in lab['violations']:
            if set(v) != {"code", "turn"} or v['code'] not in CODES:
                bad(f'violation malformed {v}')
                continue
            if not 0 <= v['turn'] < len(turns) or turns[v['turn']]['role'] != 'trainee':
                bad(f'violation {v} not on a trainee turn')
            codes.add(v['code'])
        breach = bool(codes & BREACH) or ('confront' in codes and t['persona'] == 'unwell')
        if breach and ov > 40:
            bad(f'compliance breach but overall {ov} > 40')
        if ov >= 90 and (len(st) < 6 or codes):
            bad('overall >= 90 needs all six stages and no violations')
        if ov >= 80 and len(st) < 5:
            bad('overall >= 80 with fewer than five stages')
        if codes and ov > 80:
            bad('violation but overall > 80')
        q = t['quality']
        band = {"excellent": (85, 100), "good": (74, 89), "short_good": (68, 82),
                "mediocre": (40, 69), "bad": (0, 45), "long_bad": (0, 45)}[q]
        if not band[0] <= ov <= band[1]:
            bad(f'overall {ov} outside usual band for {q}')
        if q == 'short_good' and len(turns) > 10:
            bad('short_good longer than 10 turns')
        if q == 'long_bad' and len(turns) < 18:
            bad('long_bad shorter than 18 turns')
    # note copy check (longer runs, English)
    for f in files:
        note = re.sub(r'\s+', '', json.load(open(f, encoding='utf-8')).get('note', ''))
        for k in range(len(note) - 29):
            if note[k:k + 30] in ALLTEXT:
                problems.append(f'{os.path.basename(f)}: note shares a 30-char run with sources')
                break
    for p in problems:
        print(p)
    print(f'{len(files)} files checked, {len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
