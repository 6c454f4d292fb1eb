#!/usr/bin/env python3
"""Validate the hand-labelled talks in this folder.

Checks: file name vs fields, field set, roles, turn range, stage keys and
order, codes, violation indices on trainee turns, the compliance cap,
full-width punctuation in Chinese text, a banned-phrase list (the rubric's
own example phrases), and any 10-character run shared with the source texts
(corpus, DOMAIN.md, and the README sections we were allowed to read).
Run from anywhere: python3 validate.py
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
# rough band expectations per quality (warnings only)
QBANDS = {"excellent": (88, 100), "good": (78, 89), "short_good": (65, 82),
          "mediocre": (40, 65), "bad": (0, 44), "long_bad": (0, 44)}

BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知",
    "有关部门", "相关单位", "一分也少不了", "心意我领了", "你这话就不对了",
    "根本没这回事", "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说",
    "不识字就回去", "脑子有病", "哭有什么用", "你吼什么吼", "办公室经费",
    "指标给你留", "先给你儿子打个招呼", "确实不是地契", "切实维护",
    "相信党和政府", "研究研究", "认真听取您的意见", "什么事", "什么问题你说",
    "我不能保证", "一分不会少", "能办的一定给你办", "不闹也给", "核实符合条件的",
    "我今天就打电话", "两周内书面答复", "递复查申请", "红包你收回去",
    "饭我也不去", "改不了片区", "换回来不现实", "真真的", "跟村里说一声",
    "坚持签个合同", "保证批下来", "自己想办法吧", "你自己找去", "我也不知道",
    "你好，坐吧", "你好,坐吧",
]
ASCII_PUNCT = re.compile(r"[,?!;:\"'()]")
CJK = re.compile(r"[\u4e00-\u9fff]")


def section(path, title_start, stop_level):
    """Return the text of the section whose heading starts with title_start."""
    out, on = [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^(#+)\s+(.*)", line)
            if m:
                level = len(m.group(1))
                if m.group(2).startswith(title_start):
                    on = True
                    out.append(line)
                    continue
                if on and level <= stop_level:
                    on = False
            if on:
                out.append(line)
    return "".join(out)


def sources():
    texts = {}
    for p in sorted(glob.glob("/work/shared/corpus/*")):
        texts[os.path.basename(p)] = open(p, encoding="utf-8", errors="ignore").read()
    texts["DOMAIN.md"] = open("/work/shared/DOMAIN.md", encoding="utf-8").read()
    talks = os.path.join(REPO, "testdata", "talks", "README.md")
    lines = os.path.join(REPO, "testdata", "lines", "README.md")
    texts["talks/README Format"] = section(talks, "Format", 2)
    texts["talks/README Labelling rubric"] = section(talks, "Labelling rubric", 2)
    texts["lines/README Format"] = section(lines, "Format", 2)
    return texts


def ngrams(s, n=10):
    s = re.sub(r"\s+", "", s)
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def main():
    errs, warns = [], []
    src = {k: ngrams(v) for k, v in sources().items()}
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    for path in files:
        name = os.path.basename(path)
        def err(msg):
            errs.append(f"{name}: {msg}")
        try:
            t = json.load(open(path, encoding="utf-8"))
        except Exception as e:
            err(f"bad JSON: {e}")
            continue
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", name)
        if not m:
            err("file name pattern")
            continue
        if set(t) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"field set {sorted(t)}")
        if t.get("persona") != m.group(1) or t["persona"] not in PERSONAS:
            err("persona mismatch")
        if t.get("quality") != m.group(3) or t["quality"] not in QUALITIES:
            err("quality mismatch")
        if t.get("scenario") != "":
            err("scenario not empty")
        note = t.get("note", "")
        if not note or CJK.search(note) and len(CJK.findall(note)) > 20:
            err("note missing or not English")
        turns = t.get("turns", [])
        if not 4 <= len(turns) <= 30:
            err(f"turn count {len(turns)}")
        for i, turn in enumerate(turns):
            if set(turn) != {"role", "text"} or turn["role"] not in ("visitor", "trainee"):
                err(f"turn {i} shape")
                continue
            txt = turn["text"]
            if not txt.strip():
                err(f"turn {i} empty")
            if CJK.search(txt) and ASCII_PUNCT.search(txt):
                err(f"turn {i} ASCII punctuation: {ASCII_PUNCT.findall(txt)}")
            if i and turns[i - 1]["role"] == turn["role"]:
                warns.append(f"{name}: turns {i-1},{i} same role")
            if turn["role"] == "trainee":
                for b in BANNED:
                    if b in txt:
                        err(f"turn {i} banned phrase {b}")
            else:
                for b in BANNED:
                    if b in txt:
                        warns.append(f"{name}: visitor turn {i} has banned phrase {b}")
            grams = ngrams(txt)
            for k, g in src.items():
                shared = grams & g
                if shared:
                    err(f"turn {i} shares 10-char run with {k}: {sorted(shared)[:3]}")
        lab = t.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}:
            err("label field set")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall not int 0..100")
        st = lab["stages_done"]
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            err(f"stages not canonical: {st}")
        breach = False
        for v in lab["violations"]:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                err(f"violation shape {v}")
                continue
            k = v["turn"]
            if not isinstance(k, int) or not 0 <= k < len(turns) or turns[k]["role"] != "trainee":
                err(f"violation {v} not on a trainee turn")
            if v["code"] in ("false_promise", "buy_peace", "accept_gift"):
                breach = True
            if v["code"] == "confront" and t["persona"] == "unwell":
                breach = True
        if len({(v["code"], v["turn"]) for v in lab["violations"]}) != len(lab["violations"]):
            err("duplicate violation")
        if breach and ov > 40:
            err(f"compliance breach but overall {ov} > 40")
        if "rude" in [v["code"] for v in lab["violations"]] and ov > 50:
            warns.append(f"{name}: rude but overall {ov}")
        if lab["violations"] and ov >= 80:
            err(f"violations but overall {ov} >= 80")
        if len(st) == 6 and ov < 60 and not lab["violations"]:
            warns.append(f"{name}: all stages, no faults, overall {ov}")
        lo, hi = QBANDS[t["quality"]]
        if not lo <= ov <= hi:
            warns.append(f"{name}: overall {ov} outside usual band for {t['quality']}")
        if t["quality"] == "short_good" and len(turns) > 10:
            warns.append(f"{name}: short_good with {len(turns)} turns")
        if t["quality"] == "long_bad" and len(turns) < 18:
            warns.append(f"{name}: long_bad with {len(turns)} turns")
    for w in warns:
        print("WARN", w)
    for e in errs:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errs)} errors, {len(warns)} warnings")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
