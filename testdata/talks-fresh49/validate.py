#!/usr/bin/env python3
"""Check the talks in this folder: format, label consistency, full-width
punctuation, banned rubric phrases, and 10-character runs shared with the
source texts (corpus, DOMAIN.md, the two READMEs that were read)."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知", "有关部门",
    "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事", "以人民为中心",
    "找我们也没用", "我也说不好", "先坐，有话慢慢说", "有话慢慢说", "不识字就回去找个识字的",
    "脑子有病", "哭有什么用", "你吼什么", "吼什么吼", "从办公室经费里", "救助指标给你留",
    "镇上招人先给你儿子", "这个确实不是地契", "切实维护", "请您相信党和政府", "我不能保证",
    "能报的一分不会少", "能办的一定给你办", "不闹也给", "核实符合条件的", "我今天就打电话",
    "两周内书面答复", "我帮你递复查申请", "红包你收回去", "饭我也不去", "换回来不现实",
    "堵门也改不了", "这个难受是真真的", "电脑的事我跟村里说一声", "什么事", "说吧",
    "什么问题你说", "我们一定认真听取您的意见", "一定会认真对待", "您当时要是坚持签个合同",
    "增人不增地", "来访必接", "尽快劝返", "该是您的", "不给你打包票",
]
ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r'[\u4e00-\u9fff]')
FNAME = re.compile(r'^(%s)-(\d\d)-(%s)\.json$' % ('|'.join(PERSONAS), '|'.join(QUALITIES)))

def source_grams(n=10):
    paths = glob.glob('/work/shared/corpus/*') + ['/work/shared/DOMAIN.md',
             os.path.join(ROOT, 'testdata/talks/README.md'), os.path.join(ROOT, 'testdata/lines/README.md')]
    grams = set()
    for p in paths:
        t = re.sub(r'\s+', '', open(p, encoding='utf-8', errors='ignore').read())
        grams.update(t[i:i + n] for i in range(len(t) - n + 1))
    return grams

def main():
    errs, warns = [], []
    grams = source_grams()
    files = sorted(glob.glob(os.path.join(HERE, '*.json')))
    for f in files:
        name = os.path.basename(f)
        def E(msg): errs.append(f'{name}: {msg}')
        def W(msg): warns.append(f'{name}: {msg}')
        m = FNAME.match(name)
        if not m:
            E('bad file name'); continue
        try:
            d = json.load(open(f, encoding='utf-8'))
        except Exception as e:
            E(f'bad JSON {e}'); continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            E(f'fields {sorted(d)}')
        if d.get('persona') != m.group(1): E('persona does not match file name')
        if d.get('quality') != m.group(3): E('quality does not match file name')
        if d.get('scenario') != "": E('scenario must be empty')
        note = d.get('note', '')
        if not note or CJK.sub('', note).strip() == '' : E('note missing / not English')
        turns = d.get('turns', [])
        if not 4 <= len(turns) <= 30: E(f'{len(turns)} turns')
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t['role'] not in ('visitor', 'trainee') or not t['text'].strip():
                E(f'turn {i} malformed'); continue
            txt = t['text']
            if CJK.search(txt):
                bad = sorted(c for c in set(txt) if c in ASCII_PUNCT)
                if bad: E(f'turn {i} ASCII punctuation {bad}')
            for b in BANNED:
                if b in txt: E(f'turn {i} banned phrase {b}')
            flat = re.sub(r'\s+', '', txt)
            for j in range(len(flat) - 9):
                if flat[j:j + 10] in grams:
                    E(f'turn {i} shares a 10-char run with a source: {flat[j:j+10]}'); break
        for j in range(len(note) - 9):
            run = note[j:j + 10]
            if CJK.search(run) and run in grams:
                E(f'note shares a 10-char run with a source: {run}'); break
        lab = d.get('label', {})
        if set(lab) != {"overall", "stages_done", "violations"}: E('label fields')
        ov = lab.get('overall')
        if not isinstance(ov, int) or not 0 <= ov <= 100: E('overall not int 0-100')
        st = lab.get('stages_done', [])
        if st != [s for s in STAGES if s in st] or len(set(st)) != len(st) or any(s not in STAGES for s in st):
            E('stages_done not canonical')
        codes = set()
        for v in lab.get('violations', []):
            if set(v) != {"code", "turn"} or v['code'] not in CODES: E(f'bad violation {v}'); continue
            if not (0 <= v['turn'] < len(turns)) or turns[v['turn']]['role'] != 'trainee':
                E(f'violation {v} does not point at a trainee turn')
            codes.add(v['code'])
        breach = bool(codes & BREACH) or (d['persona'] == 'unwell' and 'confront' in codes)
        if breach and ov > 40: E('compliance breach but overall > 40')
        q = d['quality']
        if q == 'excellent' and (ov < 90 or codes or len(st) < 6): W('excellent but not 90+/clean/all stages')
        if q in ('good', 'short_good') and (codes or ov < 70): W('good-type talk with faults or < 70')
        if q in ('bad', 'long_bad') and ov > 45: W('bad-type talk scored > 45')
        if ov >= 90 and (codes or len(st) < 6): E('90+ needs all stages and no faults')
        if q == 'long_bad' and len(turns) < 16: W('long_bad with few turns')
        if q == 'short_good' and len(turns) > 10: W('short_good with many turns')
    for e in errs: print('ERROR', e)
    for w in warns: print('WARN ', w)
    print(f'{len(files)} files, {len(errs)} errors, {len(warns)} warnings')
    return 1 if errs else 0

if __name__ == '__main__':
    sys.exit(main())
