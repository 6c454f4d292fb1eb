#!/usr/bin/env python3
"""Validate the hand-labelled talks in this folder.

Checks: file name and field format, label consistency (stages, codes, turn
indices on trainee turns, compliance-breach cap), turn range 4-30, full-width
punctuation in Chinese text, a banned-phrase list (the rubric's own example
phrases), and any 10-character run shared with the source texts (copy check).
Run from anywhere: python3 validate.py
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}
ASCII_PUNCT = set(",?!;:\"'()")
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知",
    "有关部门", "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说", "不识字就回去", "脑子有病",
    "哭有什么用", "你吼什么", "你自己想办法吧", "你自己找去", "办公室经费", "救助指标给你留",
    "打个招呼", "切实维护", "相信党和政府", "我今天就打电话", "两周内书面答复", "我帮你递复查申请",
    "该是您的", "能报的一分不会少", "能办的一定给你办", "不闹也给", "这个难受是真真的",
    "电脑的事我跟村里说一声", "红包你收回去", "换回来不现实", "堵门也改不了", "我不能保证",
    "我不敢说一定能办成", "一定认真听取您的意见", "一定会认真对待", "您当时要是坚持",
    "什么事", "什么问题你说", "今天是什么事", "先坐",
]
SOURCES = [os.path.join(ROOT, "..", "shared", "DOMAIN.md"),
           os.path.join(ROOT, "testdata", "talks", "README.md"),
           os.path.join(ROOT, "testdata", "lines", "README.md")]
SOURCES += sorted(glob.glob(os.path.join(ROOT, "..", "shared", "corpus", "*.txt")))
NAME_RE = re.compile(r"^(%s)-(\d\d)-(%s)\.json$" % ("|".join(PERSONAS), "|".join(QUALITIES)))
CJK = re.compile(r"[\u4e00-\u9fff]")


def squeeze(s):
    return "".join(ch for ch in s if ch.isalnum())


def main():
    errs, warns = [], []
    src = ""
    for p in SOURCES:
        if os.path.exists(p):
            with open(p, encoding="utf-8", errors="ignore") as f:
                src += squeeze(f.read()) + "|"
        else:
            warns.append("source missing: " + p)
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if not files:
        errs.append("no talk files")
    seen = {}
    for path in files:
        fn = os.path.basename(path)
        m = NAME_RE.match(fn)
        if not m:
            errs.append(fn + ": bad file name")
            continue
        try:
            with open(path, encoding="utf-8") as f:
                d = json.load(f)
        except Exception as e:
            errs.append("%s: bad JSON %s" % (fn, e))
            continue
        E = lambda msg: errs.append("%s: %s" % (fn, msg))
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            E("field set %s" % sorted(d))
            continue
        if d["persona"] != m.group(1):
            E("persona does not match file name")
        if d["quality"] != m.group(3):
            E("quality does not match file name")
        if d["scenario"] != "":
            E("scenario must be empty")
        if not isinstance(d["note"], str) or len(d["note"]) < 40 or CJK.search(d["note"]):
            E("note must be English prose")
        key = (m.group(1), m.group(2))
        if key in seen:
            E("duplicate persona number")
        seen[key] = fn
        turns = d["turns"]
        if not (4 <= len(turns) <= 30):
            E("turn count %d" % len(turns))
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee"):
                E("turn %d malformed" % i)
                continue
            txt = t["text"]
            if not txt.strip():
                E("turn %d empty" % i)
            if CJK.search(txt):
                bad = sorted(set(ch for ch in txt if ch in ASCII_PUNCT))
                if bad:
                    E("turn %d ASCII punctuation %s" % (i, "".join(bad)))
            for b in BANNED:
                if b in txt:
                    E("turn %d banned phrase %s" % (i, b))
            sq = squeeze(txt)
            for k in range(len(sq) - 9):
                w = sq[k:k + 10]
                if w in src:
                    E("turn %d shares 10-char run with sources: %s" % (i, w))
                    break
        lab = d["label"]
        if set(lab) != {"overall", "stages_done", "violations"}:
            E("label field set")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            E("overall out of range")
        st = lab["stages_done"]
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            E("stages not canonical")
        breach = False
        for v in lab["violations"]:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                E("violation malformed %s" % v)
                continue
            ti = v["turn"]
            if not (isinstance(ti, int) and 0 <= ti < len(turns)) or turns[ti]["role"] != "trainee":
                E("violation %s not on a trainee turn" % v)
            if v["code"] in BREACH or (v["code"] == "confront" and d["persona"] == "unwell"):
                breach = True
        if len({(v["code"], v["turn"]) for v in lab["violations"]}) != len(lab["violations"]):
            E("duplicate violation")
        if breach and ov > 40:
            E("compliance breach but overall %d > 40" % ov)
        if ov >= 90 and (len(st) < 6 or lab["violations"]):
            E("90+ needs all six stages and no faults")
        if ov <= 20 and len(st) > 2:
            warns.append(fn + ": overall <= 20 with %d stages done" % len(st))
    for w in warns:
        print("WARN", w)
    for e in errs:
        print("ERR ", e)
    print("%d files, %d errors, %d warnings" % (len(files), len(errs), len(warns)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
