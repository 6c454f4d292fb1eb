#!/usr/bin/env python3
"""Checks the talks in this folder: format, label consistency, full-width
punctuation, banned phrases, and 10-character runs shared with the sources
that were read (copy check). Run from anywhere: python3 validate.py"""
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

# The rubric's example phrases (and a few other README examples); none may
# appear in a dialogue.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知", "有关部门",
    "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说", "先坐", "什么事",
    "什么问题你说", "不识字", "脑子有病", "哭有什么用", "吼什么", "办公室经费",
    "救助指标", "镇上招人", "保证批下来", "不是地契", "我不能保证", "一分不会少",
    "能办的一定给你办", "不闹也给", "我今天就打电话", "书面答复", "复查申请",
    "真真的", "跟村里说一声", "红包你收回去", "换回来不现实", "改不了片区",
    "切实维护", "相信党和政府", "认真听取您的意见", "一定会认真对待", "研究研究",
    "去社保局问", "你自己想办法", "你自己找去", "你好，坐吧", "好的好的", "老哥",
    "大娘", "漏了什么没有", "对吧？", "请坐", "说吧", "该是您的",
]

ASCII_PUNCT = re.compile(r"[,?!;:\"'()]")
CJK = re.compile(r"[\u4e00-\u9fff]")
NAME_RE = re.compile(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$")


def source_texts():
    paths = [os.path.join(REPO, "testdata", "talks", "README.md"),
             os.path.join(REPO, "testdata", "lines", "README.md"),
             "/work/shared/DOMAIN.md"]
    cdir = "/work/shared/corpus"
    paths += [os.path.join(cdir, f) for f in sorted(os.listdir(cdir))]
    out = []
    for p in paths:
        with open(p, encoding="utf-8", errors="replace") as fh:
            out.append((os.path.basename(p), fh.read()))
    return out


def norm(s):
    # compare without whitespace, and with ASCII punctuation mapped to
    # full width so that a copied sentence is caught either way
    table = str.maketrans({",": "，", "?": "？", "!": "！", ";": "；",
                           ":": "：", "(": "（", ")": "）"})
    return re.sub(r"\s+", "", s.translate(table))


def grams(s, n=10):
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def main():
    errors, warnings = [], []
    src = {}
    for name, text in source_texts():
        for g in grams(norm(text)):
            src.setdefault(g, name)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".json"))
    seen_nums = {}
    for fn in files:
        path = os.path.join(HERE, fn)
        def err(msg):
            errors.append(f"{fn}: {msg}")
        try:
            with open(path, encoding="utf-8") as fh:
                t = json.load(fh)
        except Exception as e:  # noqa
            err(f"bad JSON: {e}")
            continue
        m = NAME_RE.match(fn)
        if not m:
            err("file name not <persona>-<nn>-<quality>.json")
            continue
        persona, nn, quality = m.groups()
        key = (persona, nn)
        if key in seen_nums:
            err(f"duplicate number with {seen_nums[key]}")
        seen_nums[key] = fn
        if list(t.keys()) != ["persona", "scenario", "quality", "note", "turns", "label"]:
            err(f"fields/order {list(t.keys())}")
        if t.get("persona") != persona or persona not in PERSONAS:
            err("persona mismatch")
        if t.get("quality") != quality or quality not in QUALITIES:
            err("quality mismatch")
        if t.get("scenario") != "":
            err("scenario must be empty")
        note = t.get("note", "")
        if not note or CJK.search(note) and len(CJK.findall(note)) > len(note) // 3:
            err("note missing or not English")
        turns = t.get("turns", [])
        if not 4 <= len(turns) <= 30:
            err(f"turn count {len(turns)}")
        for i, tu in enumerate(turns):
            if set(tu.keys()) != {"role", "text"}:
                err(f"turn {i} keys {list(tu.keys())}")
            if tu.get("role") not in ("visitor", "trainee"):
                err(f"turn {i} role {tu.get('role')}")
            txt = tu.get("text", "")
            if not txt.strip():
                err(f"turn {i} empty")
            if CJK.search(txt) and ASCII_PUNCT.search(txt):
                err(f"turn {i} ASCII punctuation: {ASCII_PUNCT.findall(txt)}")
            if "..." in txt:
                err(f"turn {i} ASCII ellipsis")
            for b in BANNED:
                if b in txt:
                    err(f"turn {i} banned phrase {b}")
            for g in grams(norm(txt)):
                if g in src:
                    err(f"turn {i} shares '{g}' with {src[g]}")
        for i in range(1, len(turns)):
            if turns[i]["role"] == turns[i - 1]["role"]:
                warnings.append(f"{fn}: turns {i-1},{i} same role")
        if not any(tu.get("role") == "trainee" for tu in turns):
            err("no trainee turn")
        for g in grams(norm(note)):
            if CJK.search(g) and g in src:
                err(f"note shares '{g}' with {src[g]}")
        lab = t.get("label", {})
        if set(lab.keys()) != {"overall", "stages_done", "violations"}:
            err(f"label keys {list(lab.keys())}")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall not int 0..100")
        sd = lab["stages_done"]
        if any(s not in STAGES for s in sd) or sd != [s for s in STAGES if s in sd]:
            err(f"stages_done not canonical: {sd}")
        codes = set()
        pairs = set()
        for v in lab["violations"]:
            if set(v.keys()) != {"code", "turn"}:
                err(f"violation keys {v}")
                continue
            if v["code"] not in CODES:
                err(f"unknown code {v['code']}")
            if not (0 <= v["turn"] < len(turns)) or turns[v["turn"]]["role"] != "trainee":
                err(f"violation {v} does not point at a trainee turn")
            if (v["code"], v["turn"]) in pairs:
                err(f"duplicate violation {v}")
            pairs.add((v["code"], v["turn"]))
            codes.add(v["code"])
        breach = bool(codes & BREACH) or (persona == "unwell" and "confront" in codes)
        if breach and ov > 40:
            err(f"compliance breach but overall {ov} > 40")
        # consistency between quality, overall and stages (warnings)
        if quality == "excellent" and (ov < 85 or codes or len(sd) < 6):
            warnings.append(f"{fn}: excellent but overall {ov}, codes {codes}, stages {len(sd)}")
        if quality == "good" and (ov < 75 or ov > 89 or codes):
            warnings.append(f"{fn}: good but overall {ov}, codes {codes}")
        if quality == "short_good" and (not 68 <= ov <= 82 or codes or len(turns) > 12):
            warnings.append(f"{fn}: short_good but overall {ov}, {len(turns)} turns, codes {codes}")
        if quality == "mediocre" and not 40 <= ov <= 69:
            warnings.append(f"{fn}: mediocre but overall {ov}")
        if quality in ("bad", "long_bad") and ov > 45:
            warnings.append(f"{fn}: {quality} but overall {ov}")
        if quality == "long_bad" and len(turns) < 18:
            warnings.append(f"{fn}: long_bad with only {len(turns)} turns")
        if len(sd) == 6 and not codes and ov < 70:
            warnings.append(f"{fn}: all stages, no faults, overall {ov}")
        if not breach and len(sd) <= 1 and ov > 45:
            warnings.append(f"{fn}: almost no stages but overall {ov}")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
