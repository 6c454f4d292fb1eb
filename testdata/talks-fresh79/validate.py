#!/usr/bin/env python3
"""Validate the talks-fresh79 set: format, label consistency, full-width
punctuation, banned phrases and a 10-character copy check against the
shared corpus, DOMAIN.md and the two testdata READMEs.

Run from anywhere: python3 testdata/talks-fresh79/validate.py
Exit status 0 when clean, 1 otherwise."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = os.path.abspath(os.path.join(REPO, "..", "shared"))

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

# score bands used when labelling (see README.md in this folder)
BANDS = {
    "excellent": (88, 100),
    "good": (75, 89),
    "short_good": (70, 80),
    "mediocre": (45, 69),
    "bad": (0, 44),
    "long_bad": (0, 50),
}

# example phrases from the labelling rubric that must not appear
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知", "有关部门",
    "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说", "不识字就回去",
    "脑子有病", "哭有什么用", "你吼什么吼", "坚持签个合同", "保证批下来",
    "切实维护", "相信党和政府", "一定认真对待", "一定认真听取", "我不能保证",
    "不敢打包票", "能报的一分不会少", "能办的一定给你办", "不闹也给", "按规定也能补发",
    "我今天就打电话", "两周内书面答复", "递复查申请", "红包你收回去", "堵门",
    "换回来不现实", "难受是真真的", "电脑的事", "从办公室经费", "救助指标给你留",
    "镇上招人", "你自己想办法吧", "这个确实不是地契", "什么事", "什么问题你说",
    "今天是什么事",
]
ASCII_BAD = set(',?!;:"\'()')
CJK = re.compile(r"[\u3400-\u9fff]")

def copy_sources():
    files = sorted(glob.glob(os.path.join(SHARED, "corpus", "*")))
    files.append(os.path.join(SHARED, "DOMAIN.md"))
    files.append(os.path.join(REPO, "testdata", "talks", "README.md"))
    files.append(os.path.join(REPO, "testdata", "lines", "README.md"))
    grams = {}
    for fn in files:
        if not os.path.exists(fn):
            print(f"WARN copy source missing: {fn}")
            continue
        txt = open(fn, encoding="utf-8", errors="replace").read()
        txt = re.sub(r"\s+", "", txt)
        for i in range(len(txt) - 9):
            g = txt[i:i + 10]
            if CJK.search(g):
                grams.setdefault(g, os.path.basename(fn))
    return grams

def main():
    errs, warns = [], []
    grams = copy_sources()
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if len(files) != 36:
        errs.append(f"expected 36 talks, found {len(files)}")
    name_re = re.compile(r"^(%s)-(\d\d)-(%s)\.json$" % ("|".join(PERSONAS), "|".join(QUALITIES)))
    for fn in files:
        base = os.path.basename(fn)
        def e(msg):
            errs.append(f"{base}: {msg}")
        m = name_re.match(base)
        if not m:
            e("bad file name"); continue
        try:
            t = json.load(open(fn, encoding="utf-8"))
        except Exception as ex:
            e(f"bad JSON {ex}"); continue
        if list(t.keys()) != ["persona", "scenario", "quality", "note", "turns", "label"]:
            e(f"field set/order {list(t.keys())}")
        if t.get("persona") != m.group(1): e("persona does not match file name")
        if t.get("quality") != m.group(3): e("quality does not match file name")
        if t.get("scenario") != "": e("scenario must be empty")
        note = t.get("note", "")
        # English note; short quoted Chinese phrases are allowed
        if not note or len(CJK.findall(note)) > 0.3 * len(note):
            e("note must be non-empty English")
        for b in BANNED:
            if b in note: e(f"note banned phrase {b}")
        turns = t.get("turns", [])
        if not 4 <= len(turns) <= 30: e(f"turn count {len(turns)}")
        for i, tu in enumerate(turns):
            if set(tu.keys()) != {"role", "text"}: e(f"turn {i} keys")
            if tu.get("role") not in ("visitor", "trainee"): e(f"turn {i} role")
            txt = tu.get("text", "")
            if not txt.strip(): e(f"turn {i} empty")
            bad = sorted(set(c for c in txt if c in ASCII_BAD))
            if bad and CJK.search(txt): e(f"turn {i} ASCII punctuation {bad}")
            for b in BANNED:
                if b in txt: e(f"turn {i} banned phrase {b}")
            flat = re.sub(r"\s+", "", txt)
            for j in range(len(flat) - 9):
                g = flat[j:j + 10]
                if g in grams:
                    e(f"turn {i} shares 10-char run with {grams[g]}: {g}")
                    break
        for i in range(1, len(turns)):
            if turns[i]["role"] == turns[i - 1]["role"]:
                warns.append(f"{base}: turns {i-1},{i} same role")
        lab = t.get("label", {})
        if set(lab.keys()) != {"overall", "stages_done", "violations"}: e("label keys")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100: e("overall out of range")
        st = lab.get("stages_done", [])
        if st != [s for s in STAGES if s in st] or len(set(st)) != len(st):
            e("stages_done not canonical")
        viol = lab.get("violations", [])
        codes = set()
        for v in viol:
            if set(v.keys()) != {"code", "turn"}: e("violation keys")
            if v.get("code") not in CODES: e(f"unknown code {v.get('code')}")
            ti = v.get("turn")
            if not isinstance(ti, int) or not 0 <= ti < len(turns):
                e(f"violation turn {ti} out of range"); continue
            if turns[ti]["role"] != "trainee": e(f"violation turn {ti} is not a trainee turn")
            codes.add(v["code"])
        if len({(v["code"], v["turn"]) for v in viol}) != len(viol): e("duplicate violation")
        breach = bool(codes & BREACH) or ("confront" in codes and t["persona"] == "unwell")
        if breach and isinstance(ov, int) and ov > 40: e("compliance breach but overall > 40")
        lo, hi = BANDS[t["quality"]]
        if isinstance(ov, int) and not lo <= ov <= hi:
            e(f"overall {ov} outside band {lo}-{hi} for {t['quality']}")
        if t["quality"] in ("excellent", "good", "short_good") and viol:
            e("violations in a talk labelled good")
        if t["quality"] == "excellent" and len(st) != 6: e("excellent needs all six stages")
        if t["quality"] == "long_bad" and len(turns) < 20: e("long_bad needs >= 20 turns")
        if t["quality"] == "short_good" and len(turns) > 10: e("short_good needs <= 10 turns")
        if isinstance(ov, int) and ov >= 70 and len(st) < 4: e("overall >= 70 with fewer than 4 stages")
        if isinstance(ov, int) and ov >= 90 and (viol or len(st) < 6): e(">= 90 needs six stages, no faults")
    per = {}
    for fn in files:
        p = os.path.basename(fn).split("-")[0]
        per[p] = per.get(p, 0) + 1
    for p in PERSONAS:
        if not 3 <= per.get(p, 0) <= 4: errs.append(f"persona {p}: {per.get(p, 0)} talks")
    for w in warns: print("WARN", w)
    for x in errs: print("ERROR", x)
    print(f"{len(files)} files, {len(errs)} errors, {len(warns)} warnings")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
