#!/usr/bin/env python3
"""Validator for the hand-labelled talks in this folder.

Checks: file name and field format, label consistency with the rubric
(stage keys and order, codes, violation indices on trainee turns, 4-30 turns,
compliance-breach cap), full-width punctuation in Chinese text, a list of
banned phrases (the rubric's example phrases), and any 10-character run
shared with the corpus, DOMAIN.md or the allowed README sections (copy
check; for the English notes an 8-word run).
Run from anywhere: python3 validate.py
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}
ASCII_PUNCT = set(',?!;:"\'()')

BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知", "有关部门",
    "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说", "不识字就回去",
    "找个识字的", "脑子有病", "哭有什么用", "你吼什么吼", "保证批下来", "经费里给你拿",
    "指标给你留", "先给你儿子打个招呼", "切实维护", "相信党和政府", "我们研究研究",
    "你自己想办法", "你自己找去", "不是地契", "我不能保证", "一分不会少", "能办的一定给你办",
    "不闹也给", "我今天就打电话", "两周内书面答复", "递复查申请", "红包你收回去",
    "饭我也不去", "换回来不现实", "难受是真真的", "电脑的事", "认真听取您的意见",
    "一定会认真对待", "你好，坐吧", "什么问题你说", "今天是什么事", "什么事？",
    "坚持签个合同", "去社保局问", "跟有关部门反映", "堵门也改不了", "按规定也能补发",
    "法院的判决我们没法改", "确实归教育局管",
]

def readme_sections(path, names):
    """Return only the text of the named '##' sections of a README."""
    out, keep = [], False
    for line in open(path, encoding='utf-8'):
        if line.startswith('## '):
            keep = any(line[3:].strip().startswith(n) for n in names)
        if keep:
            out.append(line)
    return ''.join(out)

def sources():
    src = {}
    for p in sorted(glob.glob('/work/shared/corpus/*.txt')):
        src[os.path.basename(p)] = open(p, encoding='utf-8', errors='ignore').read()
    src['DOMAIN.md'] = open('/work/shared/DOMAIN.md', encoding='utf-8').read()
    src['talks/README.md'] = readme_sections(os.path.join(ROOT, 'testdata/talks/README.md'),
                                             ['Format', 'Labelling rubric'])
    src['lines/README.md'] = readme_sections(os.path.join(ROOT, 'testdata/lines/README.md'),
                                             ['Format'])
    return src

def grams(text, n=10):
    return {text[i:i + n] for i in range(len(text) - n + 1)}

def wgrams(text, n=8):
    w = re.findall(r"[A-Za-z0-9']+", text.lower())
    return {' '.join(w[i:i + n]) for i in range(len(w) - n + 1)}

def main():
    errors, warns = [], []
    src = sources()
    srcgrams = {k: grams(v) for k, v in src.items()}
    srcwords = {k: wgrams(v) for k, v in src.items()}
    files = sorted(glob.glob(os.path.join(HERE, '*.json')))
    for f in files:
        name = os.path.basename(f)
        def err(m): errors.append(f"{name}: {m}")
        def warn(m): warns.append(f"{name}: {m}")
        try:
            d = json.load(open(f, encoding='utf-8'))
        except Exception as e:
            err(f"bad JSON {e}"); continue
        m = re.match(r'^([a-z]+)-(\d\d)-([a-z_]+)\.json$', name)
        if not m: err("bad file name"); continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"fields {sorted(d)}")
        if d.get("persona") != m.group(1) or d["persona"] not in PERSONAS: err("persona")
        if d.get("quality") != m.group(3) or d["quality"] not in QUALITIES: err("quality")
        if d.get("scenario") != "": err("scenario must be empty")
        if not isinstance(d.get("note"), str) or len(d["note"]) < 40: err("note missing/short")
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30: err(f"{len(turns)} turns")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee"):
                err(f"turn {i} format")
            txt = t.get("text", "")
            if not txt.strip(): err(f"turn {i} empty")
            bad = [c for c in txt if c in ASCII_PUNCT]
            if bad or '...' in txt: err(f"turn {i} ASCII punctuation {bad}")
            for b in BANNED:
                if b in txt: err(f"turn {i} banned phrase {b}")
            for k, g in srcgrams.items():
                hit = grams(txt) & g
                if hit: err(f"turn {i} shares 10-char run with {k}: {sorted(hit)[:2]}")
        # English notes: a shared 8-word run counts as copying (10 characters
        # of English are just common words).
        for k, g in srcwords.items():
            hit = wgrams(d.get("note", "")) & g
            if hit: err(f"note shares an 8-word run with {k}: {sorted(hit)[:2]}")
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}: err("label fields")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100: err("overall")
        st = lab.get("stages_done", [])
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            err(f"stages {st}")
        vio = lab.get("violations", [])
        breach = False
        for v in vio:
            if set(v) != {"code", "turn"} or v["code"] not in CODES: err(f"violation {v}"); continue
            if not 0 <= v["turn"] < len(turns) or turns[v["turn"]]["role"] != "trainee":
                err(f"violation {v} not on a trainee turn")
            if v["code"] in BREACH or (v["code"] == "confront" and d["persona"] == "unwell"):
                breach = True
        if len({(v['code'], v['turn']) for v in vio}) != len(vio): err("duplicate violation")
        if breach and ov > 40: err(f"compliance breach but overall {ov} > 40")
        q = d.get("quality")
        if q == "excellent" and (ov < 90 or len(st) != 6 or vio): err("excellent needs >=90, 6 stages, no faults")
        if q == "good" and not (80 <= ov <= 89 and not vio): warn(f"good with overall {ov}")
        if q == "short_good" and not (70 <= ov <= 79 and len(turns) <= 10): warn(f"short_good {ov}/{len(turns)} turns")
        if q == "mediocre" and not 40 <= ov <= 69: warn(f"mediocre with overall {ov}")
        if q in ("bad", "long_bad") and ov > 44: warn(f"{q} with overall {ov}")
        if q == "long_bad" and len(turns) < 20: warn("long_bad shorter than 20 turns")
        if ov >= 90 and len(st) < 6: err("90+ needs all six stages")
    for e in errors: print("ERROR", e)
    for w in warns: print("WARN ", w)
    print(f"{len(files)} files, {len(errors)} errors, {len(warns)} warnings")
    sys.exit(1 if errors else 0)

if __name__ == '__main__':
    main()
