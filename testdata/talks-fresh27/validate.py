#!/usr/bin/env python3
"""Checks the hand-labelled talks in this folder.

Run from anywhere:  python3 testdata/talks-fresh27/validate.py
Exit status 0 means clean. Warnings (score bands) do not fail the run.
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
BREACH = {"false_promise", "buy_peace", "accept_gift"}

# Example phrases of the rubric (and the brief), which must not be reused.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "我尽量给您争取", "说不定能给你办", "打包票",
    "特殊照顾", "回去等通知", "有关部门", "相关单位", "一分也少不了",
    "心意我领了", "你这话就不对了", "根本没这回事", "以人民为中心",
    "找我们也没用", "我也说不好", "先坐，有话慢慢说", "有话慢慢说",
    "不识字就回去找个识字的", "你这是脑子有病", "哭有什么用", "你吼什么吼",
    "保证批下来", "这个确实不是地契", "从办公室经费里", "救助指标给你留",
    "镇上招人", "切实维护", "请您相信党和政府", "相信党和政府",
    "我们一定认真听取您的意见", "您反映的问题我们一定会认真对待",
    "我不能保证", "我不敢打包票", "我不给你打包票", "该是您的一分",
    "能报的一分不会少", "能办的一定给你办", "不闹也给", "核实符合条件的",
    "我今天就打电话", "两周内书面答复", "我帮你递复查申请", "红包你收回去",
    "饭我也不去", "换回来不现实", "堵门也改不了", "这个难受是真真的",
    "电脑的事我跟村里说一声", "你好，坐吧", "什么事", "说吧",
    "今天是什么事", "什么问题你说", "您当时要是坚持签个合同",
    "我不敢说一定能办成", "不能跟您打包票", "这归城管",
]

ASCII_PUNCT = re.compile(r"[,?!;:\"'()]")
CJK = re.compile(r"[\u4e00-\u9fff]")
NORMALISE = str.maketrans({",": "，", "?": "？", "!": "！", ";": "；", ":": "：",
                           "(": "（", ")": "）", "\"": "“", "'": "‘",
                           "”": "“", "’": "‘"})


def norm(text):
    return re.sub(r"\s+", "", text.translate(NORMALISE))


def source_texts():
    paths = sorted(glob.glob("/work/shared/corpus/*"))
    paths += ["/work/shared/DOMAIN.md",
              os.path.join(REPO, "testdata", "talks", "README.md"),
              os.path.join(REPO, "testdata", "lines", "README.md")]
    out = {}
    for p in paths:
        with open(p, encoding="utf-8", errors="replace") as f:
            out[p] = norm(f.read())
    return out


def ngrams(text, n=10):
    return {text[i:i + n] for i in range(len(text) - n + 1)}


def main():
    errors, warnings = [], []
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    src = source_texts()
    src_grams = {}
    for p, t in src.items():
        for g in ngrams(t):
            if CJK.search(g):
                src_grams.setdefault(g, p)

    name_re = re.compile(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$")
    seen = {}
    for path in files:
        fn = os.path.basename(path)
        def err(msg):
            errors.append(f"{fn}: {msg}")
        m = name_re.match(fn)
        if not m:
            err("bad file name")
            continue
        try:
            with open(path, encoding="utf-8") as f:
                t = json.load(f)
        except Exception as e:  # noqa
            err(f"not JSON: {e}")
            continue
        persona, nn, quality = m.groups()
        if list(t.keys()) != ["persona", "scenario", "quality", "note", "turns", "label"]:
            err(f"field set/order {list(t.keys())}")
        if t.get("persona") != persona or persona not in PERSONAS:
            err("persona mismatch")
        if t.get("quality") != quality or quality not in QUALITIES:
            err("quality mismatch")
        if t.get("scenario") != "":
            err("scenario must be empty")
        note = t.get("note", "")
        if not note or CJK.search(note) and len(CJK.findall(note)) > len(note) // 4:
            err("note missing or not English")
        turns = t.get("turns", [])
        if not 4 <= len(turns) <= 30:
            err(f"{len(turns)} turns")
        for i, tu in enumerate(turns):
            if list(tu.keys()) != ["role", "text"] or tu["role"] not in ("visitor", "trainee"):
                err(f"turn {i} malformed")
                continue
            txt = tu["text"]
            if not txt.strip():
                err(f"turn {i} empty")
            if CJK.search(txt) and ASCII_PUNCT.search(txt):
                err(f"turn {i} ASCII punctuation: {ASCII_PUNCT.findall(txt)}")
            if CJK.search(txt) and re.search(r"(?<![0-9])\.(?![0-9])", txt):
                err(f"turn {i} ASCII full stop")
            for b in BANNED:
                if b in txt:
                    err(f"turn {i} banned phrase {b}")
            nt = norm(txt)
            for j in range(len(nt) - 9):
                g = nt[j:j + 10]
                if g in src_grams:
                    err(f"turn {i} shares 10 chars with {os.path.basename(src_grams[g])}: {g}")
                    break
        for i in range(1, len(turns)):
            if turns[i]["role"] == turns[i - 1]["role"]:
                warnings.append(f"{fn}: turns {i-1} and {i} have the same role")
        lab = t.get("label", {})
        if list(lab.keys()) != ["overall", "stages_done", "violations"]:
            err("label keys")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall not int 0-100")
        st = lab["stages_done"]
        if [s for s in STAGES if s in st] != st or len(set(st)) != len(st):
            err(f"stages not canonical: {st}")
        codes = set()
        for v in lab["violations"]:
            if list(v.keys()) != ["code", "turn"] or v["code"] not in CODES:
                err(f"violation malformed {v}")
                continue
            k = v["turn"]
            if not 0 <= k < len(turns) or turns[k]["role"] != "trainee":
                err(f"violation {v} does not point at a trainee turn")
            codes.add(v["code"])
        pairs = [(v["code"], v["turn"]) for v in lab["violations"]]
        if len(pairs) != len(set(pairs)):
            err("duplicate violation")
        breach = bool(codes & BREACH) or (persona == "unwell" and "confront" in codes)
        if breach and ov > 40:
            err(f"compliance breach but overall {ov} > 40")
        if ov >= 90 and (len(st) < 6 or lab["violations"]):
            err("90+ needs all six stages and no faults")
        if ov >= 80 and len(st) < 5:
            err("80+ with fewer than five stages")
        bands = {"excellent": (88, 100), "good": (75, 89), "short_good": (68, 82),
                 "mediocre": (40, 69), "bad": (0, 45), "long_bad": (0, 45)}
        lo, hi = bands[quality]
        if not lo <= ov <= hi:
            warnings.append(f"{fn}: overall {ov} unusual for {quality}")
        key = (persona, nn)
        if key in seen:
            err(f"duplicate number with {seen[key]}")
        seen[key] = fn

    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
