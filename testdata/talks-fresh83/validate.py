#!/usr/bin/env python3
"""Validator for the talks-fresh83 hand-labelled reception talks.

Checks: file names, field sets, personas/qualities/stages/codes, 4-30 turns,
violation indices on trainee turns, label consistency (compliance-breach cap,
bands), full-width punctuation in Chinese text, a banned-phrase list (the
rubric's example phrases), and any 10-character run shared with the source
texts (corpus, DOMAIN.md, and the README sections that were read).
Run from anywhere: python3 testdata/talks-fresh83/validate.py
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, '..', '..'))
SHARED = '/work/shared'

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}
ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r'[\u4e00-\u9fff]')

# Example phrases from the rubric (and the brief) that must not appear.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知", "有关部门",
    "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "先坐，有话慢慢说", "有话慢慢说",
    "不识字就回去找个识字的", "脑子有病", "哭有什么用", "你吼什么吼", "保证批下来",
    "你自己找去", "你自己想办法吧", "您回村里问问吧", "不可能", "这个确实不是地契",
    "从办公室经费里", "救助指标给你留一个", "镇上招人", "切实维护", "请您相信党和政府",
    "我们研究研究", "我不能保证", "我不敢打包票", "能报的一分不会少您的",
    "能办的一定给你办", "不闹也给", "我今天就打电话", "两周内书面答复", "我帮你递复查申请",
    "红包你收回去", "饭我也不去", "堵门", "拦车", "换回来不现实", "这个难受是真真的",
    "电脑的事我跟村里说一声", "我们一定认真听取您的意见", "什么事", "什么问题你说",
    "今天是什么事", "您当时要是坚持签个合同", "你好，坐吧", "你好,坐吧",
]

NORM = str.maketrans({',': '，', '?': '？', '!': '！', ';': '；', ':': '：', '(': '（', ')': '）',
                      '"': '“', '\u201d': '“', '.': '。'})

def norm(s):
    return re.sub(r'\s+', '', s.translate(NORM))

def md_sections(path, wanted):
    """Text of the '## ' sections whose heading starts with one of `wanted`."""
    out, keep = [], False
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('## '):
                keep = any(line[3:].strip().startswith(w) for w in wanted)
            if keep:
                out.append(line)
    return ''.join(out)

def source_grams(n=10):
    texts = []
    for p in sorted(glob.glob(os.path.join(SHARED, 'corpus', '*.txt'))):
        texts.append(open(p, encoding='utf-8', errors='ignore').read())
    texts.append(open(os.path.join(SHARED, 'DOMAIN.md'), encoding='utf-8').read())
    texts.append(md_sections(os.path.join(REPO, 'testdata', 'talks', 'README.md'), ['Format', 'Labelling rubric']))
    texts.append(md_sections(os.path.join(REPO, 'testdata', 'lines', 'README.md'), ['Format']))
    grams = set()
    for t in texts:
        for v in (t, norm(t)):
            for i in range(len(v) - n + 1):
                g = v[i:i + n]
                if CJK.search(g):
                    grams.add(g)
    return grams

def main():
    errors, warnings = [], []
    files = sorted(glob.glob(os.path.join(HERE, '*.json')))
    grams = source_grams()
    name_re = re.compile(r'^(%s)-(\d\d)-(%s)\.json$' % ('|'.join(PERSONAS), '|'.join(QUALITIES)))
    seen_nn = set()
    for fp in files:
        fn = os.path.basename(fp)
        def err(msg): errors.append(f'{fn}: {msg}')
        def warn(msg): warnings.append(f'{fn}: {msg}')
        m = name_re.match(fn)
        if not m:
            err('bad file name'); continue
        if (m.group(1), m.group(2)) in seen_nn:
            err('duplicate persona number')
        seen_nn.add((m.group(1), m.group(2)))
        try:
            t = json.load(open(fp, encoding='utf-8'))
        except Exception as e:
            err(f'invalid JSON: {e}'); continue
        if list(t.keys()) != ["persona", "scenario", "quality", "note", "turns", "label"]:
            err(f'field set/order {list(t.keys())}')
        if t.get('persona') != m.group(1): err('persona does not match file name')
        if t.get('quality') != m.group(3): err('quality does not match file name')
        if t.get('scenario') != '': err('scenario must be empty')
        note = t.get('note', '')
        if not isinstance(note, str) or len(note) < 40: err('note missing or too short')
        turns = t.get('turns', [])
        if not 4 <= len(turns) <= 30: err(f'{len(turns)} turns (4-30 allowed)')
        for i, tu in enumerate(turns):
            if set(tu.keys()) != {'role', 'text'}: err(f'turn {i} keys {list(tu.keys())}')
            if tu.get('role') not in ('visitor', 'trainee'): err(f'turn {i} role {tu.get("role")}')
            txt = tu.get('text', '')
            if not txt.strip(): err(f'turn {i} empty')
            if CJK.search(txt):
                bad = sorted(set(ch for ch in txt if ch in ASCII_PUNCT))
                if bad: err(f'turn {i} ASCII punctuation {bad}')
            for b in BANNED:
                if b in txt: err(f'turn {i} banned phrase "{b}"')
            nt = norm(txt)
            for j in range(len(nt) - 9):
                if nt[j:j + 10] in grams:
                    err(f'turn {i} shares 10-char run with sources: "{nt[j:j+10]}"'); break
        for b in BANNED:
            if b in note: err(f'note contains banned phrase "{b}"')
        lab = t.get('label', {})
        if list(lab.keys()) != ['overall', 'stages_done', 'violations']: err(f'label keys {list(lab.keys())}')
        ov = lab.get('overall')
        if not isinstance(ov, int) or not 0 <= ov <= 100: err(f'overall {ov}')
        st = lab.get('stages_done', [])
        if any(s not in STAGES for s in st): err(f'unknown stage in {st}')
        if st != [s for s in STAGES if s in st]: err('stages not in canonical order or duplicated')
        vio = lab.get('violations', [])
        codes = set()
        for v in vio:
            if set(v.keys()) != {'code', 'turn'}: err(f'violation keys {v}')
            if v.get('code') not in CODES: err(f'unknown code {v.get("code")}')
            k = v.get('turn')
            if not isinstance(k, int) or not 0 <= k < len(turns) or turns[k]['role'] != 'trainee':
                err(f'violation turn {k} is not a trainee turn')
            codes.add(v.get('code'))
        if len({(v['code'], v['turn']) for v in vio}) != len(vio): err('duplicate violation')
        breach = bool(codes & BREACH) or (t.get('persona') == 'unwell' and 'confront' in codes)
        if breach and isinstance(ov, int) and ov > 40: err(f'compliance breach but overall {ov} > 40')
        # band sanity (warnings: the score is holistic, not a formula)
        if isinstance(ov, int):
            if ov >= 90 and (vio or len(st) < 6): err('90+ needs all six stages and no faults')
            if ov >= 80 and vio: err('80+ with a violation')
            if ov >= 70 and len(st) < 5: warn(f'overall {ov} with only {len(st)} stages')
            if not breach and vio and ov > 59: warn(f'non-blocking faults but overall {ov}')
            if len(st) == 6 and not vio and ov < 70: warn(f'all stages, no faults, overall {ov}')
        q = t.get('quality')
        if q == 'short_good' and len(turns) > 12: warn('short_good with many turns')
        if q == 'long_bad' and len(turns) < 16: warn('long_bad with few turns')
        if q in ('excellent', 'good', 'short_good') and vio: warn(f'{q} with violations')
    n = len(files)
    print(f'{n} files checked, {len(errors)} errors, {len(warnings)} warnings')
    for w in warnings: print('WARN ', w)
    for e in errors: print('ERROR', e)
    sys.exit(1 if errors else 0)

if __name__ == '__main__':
    main()
