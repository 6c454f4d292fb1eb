#!/usr/bin/env python3
"""Validate the hand-labelled talks in this folder.

Checks: file name and fields, roles and turn count (4-30), stage keys in
canonical order, violation codes and that each points at a trainee turn,
label consistency with the rubric bands, full-width punctuation in Chinese
text, a banned-phrase list (the rubric's own example phrases), and any
10-character run shared with the corpus, DOMAIN.md or the read README
sections (copy check). Exit code 1 on any error.
"""
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

BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "我尽量", "说不定能给你办", "打包票", "特殊照顾", "回去等通知", "等通知",
    "有关部门", "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "先坐，有话慢慢说", "有话慢慢说",
    "不识字就回去", "脑子有病", "哭有什么用", "你吼什么吼", "确实不是地契", "办公室经费",
    "救助指标给你留", "先给你儿子打个招呼", "切实维护", "相信党和政府", "认真听取您的意见",
    "你自己找去", "你自己想办法吧", "我不能保证", "不敢打包票", "能办的一定给你办", "该是您的",
    "不闹也给", "这个难受是真真的", "电脑的事我跟村里说一声", "我今天就打电话", "两周内书面答复",
    "我帮你递复查申请", "保证批下来", "看看能不能特殊", "您的情况我们都了解了", "什么问题你说",
    "今天是什么事", "漏了什么没有", "换回来不现实", "堵门也改不了片区", "红包你收回去",
    "饭我也不去", "能报的一分不会少", "核实符合条件的", "按规定也能补发",
]
ASCII_BAD = set(',?!;:"\'()')
CJK = re.compile(r"[\u4e00-\u9fff]")
STRIP = re.compile(r"[\s\u3000，。？！：；“”‘’（）、…—·《》〔〕,\.\?!;:\"'()\-]")


def sections(path, start, stop):
    lines = open(path, encoding="utf-8").read().split("\n")
    out, on = [], False
    for ln in lines:
        if ln.startswith("## "):
            if ln.strip() == start:
                on = True
            elif on and ln.strip() in stop:
                on = False
        if on:
            out.append(ln)
    return "\n".join(out)


def sources():
    srcs = {}
    for p in sorted(glob.glob(os.path.join(SHARED, "corpus", "*.txt"))):
        srcs[os.path.basename(p)] = open(p, encoding="utf-8", errors="replace").read()
    dp = os.path.join(SHARED, "DOMAIN.md")
    if os.path.exists(dp):
        srcs["DOMAIN.md"] = open(dp, encoding="utf-8").read()
    tr = os.path.join(REPO, "testdata", "talks", "README.md")
    if os.path.exists(tr):
        srcs["talks/README.md"] = (sections(tr, "## Format", {"## Cases covered"}) + "\n" +
                                   sections(tr, "## Labelling rubric", {"## Distribution"}))
    lr = os.path.join(REPO, "testdata", "lines", "README.md")
    if os.path.exists(lr):
        srcs["lines/README.md"] = sections(lr, "## Format", {"## Counts"})
    return srcs


def grams(text, n=10):
    t = STRIP.sub("", text)
    return {t[i:i + n] for i in range(len(t) - n + 1)}


def main():
    errors, warns = [], []
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    src_grams = {}
    for name, txt in sources().items():
        for g in grams(txt):
            src_grams.setdefault(g, name)
    for path in files:
        fn = os.path.basename(path)
        def err(msg):
            errors.append(f"{fn}: {msg}")
        try:
            d = json.load(open(path, encoding="utf-8"))
        except Exception as e:
            err(f"bad JSON: {e}")
            continue
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", fn)
        if not m:
            err("file name not <persona>-<nn>-<quality>.json")
            continue
        if list(d.keys()) != ["persona", "scenario", "quality", "note", "turns", "label"]:
            err(f"fields {list(d.keys())}")
        if d.get("persona") not in PERSONAS or d.get("persona") != m.group(1):
            err("persona wrong or not matching file name")
        if d.get("quality") not in QUALITIES or d.get("quality") != m.group(3):
            err("quality wrong or not matching file name")
        if d.get("scenario") != "":
            err("scenario must be empty")
        if not isinstance(d.get("note"), str) or len(d["note"]) < 40 or CJK.search(d["note"]):
            err("note missing, too short or not English")
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30:
            err(f"{len(turns)} turns (4-30)")
        for i, t in enumerate(turns):
            if set(t.keys()) != {"role", "text"} or t["role"] not in ("visitor", "trainee"):
                err(f"turn {i} malformed")
                continue
            txt = t["text"]
            if not txt.strip():
                err(f"turn {i} empty")
            if CJK.search(txt):
                bad = sorted(set(c for c in txt if c in ASCII_BAD))
                if bad:
                    err(f"turn {i} ASCII punctuation {bad}")
            for b in BANNED:
                if b in txt:
                    err(f"turn {i} banned phrase '{b}'")
            for g in grams(txt):
                if g in src_grams:
                    err(f"turn {i} shares 10-char run '{g}' with {src_grams[g]}")
                    break
        if len(turns) >= 2 and turns[0]["role"] == turns[1]["role"]:
            warns.append(f"{fn}: first two turns same role")
        for i in range(1, len(turns)):
            if turns[i]["role"] == turns[i - 1]["role"]:
                err(f"turns {i-1},{i} same role")
        lab = d.get("label", {})
        if list(lab.keys()) != ["overall", "stages_done", "violations"]:
            err(f"label fields {list(lab.keys())}")
            continue
        ov, st, vs = lab["overall"], lab["stages_done"], lab["violations"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall not int 0-100")
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            err("stages_done not canonical")
        codes = set()
        for v in vs:
            if set(v.keys()) != {"code", "turn"} or v["code"] not in CODES:
                err(f"bad violation {v}")
                continue
            if not 0 <= v["turn"] < len(turns) or turns[v["turn"]]["role"] != "trainee":
                err(f"violation {v} not on a trainee turn")
            codes.add(v["code"])
        if len({(v["code"], v["turn"]) for v in vs}) != len(vs):
            err("duplicate violation")
        breach = bool(codes & BREACH) or ("confront" in codes and d["persona"] == "unwell")
        if breach and ov > 40:
            err("compliance breach but overall > 40")
        if ov >= 90 and (len(st) < 6 or vs):
            err("90+ needs all six stages and no violations")
        if ov >= 80 and (len(st) < 5 or vs):
            err("80+ needs at least five stages and no violations")
        if 70 <= ov < 80 and len(st) < 4:
            err("70-79 needs at least four stages")
        if vs and ov >= 80:
            err("violation but overall >= 80")
        q = d["quality"]
        if q == "excellent" and (ov < 88 or vs):
            err("excellent but score < 88 or faults")
        if q in ("good", "short_good") and (ov < 65 or breach):
            err("good/short_good but score < 65 or breach")
        if q in ("bad", "long_bad") and ov > 45:
            err("bad/long_bad but score > 45")
        if q == "long_bad" and len(turns) < 20:
            err("long_bad with fewer than 20 turns")
        if q == "short_good" and len(turns) > 10:
            err("short_good with more than 10 turns")
        if q == "mediocre" and not 35 <= ov <= 69:
            err("mediocre outside 35-69")
    for w in warns:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warns)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
