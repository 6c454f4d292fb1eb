#!/usr/bin/env python3
"""Validate the hand-labelled talks in this folder.

Checks: file name vs fields, field sets, roles, turn range, stage keys and
order, violation codes and indices, rubric consistency (breach cap, top band),
full-width punctuation in Chinese text, banned rubric phrases, and 10-character
runs shared with the source texts (copy check).
Run from anywhere: python3 validate.py
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SOURCES = [
    "/work/shared/DOMAIN.md",
    os.path.join(ROOT, "testdata", "talks", "README.md"),
    os.path.join(ROOT, "testdata", "lines", "README.md"),
] + sorted(glob.glob("/work/shared/corpus/*.txt"))

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

# The rubric's own example phrases: must not appear anywhere in our text.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知",
    "有关部门", "相关单位", "一分也少不了", "心意我领了", "你这话就不对了",
    "根本没这回事", "以人民为中心", "找我们也没用", "我也说不好", "先坐，有话慢慢说",
    "先坐,有话慢慢说", "有话慢慢说", "不识字就回去找个识字的", "你这是脑子有病",
    "哭有什么用", "你吼什么吼", "从办公室经费里", "救助指标给你留一个", "先给你儿子打个招呼",
    "切实维护", "请您相信党和政府", "你自己找去", "你自己想办法吧", "这个确实不是地契",
    "您当时要是坚持签个", "我们一定认真听取您的意见", "保证批下来", "看看能不能特殊照顾",
    "我尽量给您争取", "该是您的一分也少不了", "能报的一分不会少您的", "能办的一定给你办",
    "不闹也给", "我不能保证", "我不敢说一定能办成", "红包你收回去", "换回来不现实",
    "堵门也改不了片区", "这个难受是真真的", "电脑的事我跟村里说一声", "我不给你打包票",
    "去社保局问", "我会跟有关部门反映", "什么问题你说", "今天是什么事",
]
ASCII_BAD = set(',?!;:"\'()')
CJK = re.compile(r"[\u4e00-\u9fff]")
N = 10

HALF2FULL = {",": "，", "?": "？", "!": "！", ";": "；", ":": "：", "(": "（", ")": "）"}


def norm(s):
    s = re.sub(r"\s+", "", s)
    return "".join(HALF2FULL.get(c, c) for c in s)


def source_grams():
    grams = {}
    for p in SOURCES:
        if not os.path.exists(p):
            continue
        t = norm(open(p, encoding="utf-8", errors="replace").read())
        for i in range(len(t) - N + 1):
            g = t[i:i + N]
            if CJK.search(g):
                grams.setdefault(g, os.path.basename(p))
    return grams


def main():
    errors, warnings = [], []
    grams = source_grams()
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if not files:
        errors.append("no json files")
    seen = set()
    for f in files:
        name = os.path.basename(f)
        def err(m):
            errors.append(f"{name}: {m}")
        def warn(m):
            warnings.append(f"{name}: {m}")
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception as e:  # noqa
            err(f"bad json {e}")
            continue
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", name)
        if not m:
            err("bad file name")
            continue
        if (m.group(1), m.group(2)) in seen:
            err("duplicate persona/number")
        seen.add((m.group(1), m.group(2)))
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"fields {sorted(d)}")
            continue
        if d["persona"] not in PERSONAS or d["persona"] != m.group(1):
            err("persona mismatch")
        if d["quality"] not in QUALITIES or d["quality"] != m.group(3):
            err("quality mismatch")
        if d["scenario"] != "":
            err("scenario not empty")
        if not isinstance(d["note"], str) or len(d["note"]) < 40:
            err("note missing or too short")
        if CJK.search(d["note"]):
            warn("note contains Chinese")
        turns = d["turns"]
        if not (4 <= len(turns) <= 30):
            err(f"turn count {len(turns)}")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee"):
                err(f"turn {i} malformed")
                continue
            txt = t["text"]
            if not txt.strip():
                err(f"turn {i} empty")
            if CJK.search(txt) and any(c in ASCII_BAD for c in txt):
                err(f"turn {i} ASCII punctuation: {[c for c in txt if c in ASCII_BAD]}")
            for b in BANNED:
                if b in txt:
                    err(f"turn {i} banned phrase {b}")
            nt = norm(txt)
            for k in range(len(nt) - N + 1):
                g = nt[k:k + N]
                if g in grams:
                    err(f"turn {i} shares 10-char run with {grams[g]}: {g}")
                    break
        for b in BANNED:
            if b in d["note"]:
                err(f"note banned phrase {b}")
        if any(turns[i]["role"] == turns[i + 1]["role"] for i in range(len(turns) - 1)):
            warn("two consecutive turns by the same role")
        lab = d["label"]
        if set(lab) != {"overall", "stages_done", "violations"}:
            err("label fields")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall out of range")
        st = lab["stages_done"]
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            err(f"stages {st}")
        codes = set()
        pairs = set()
        for v in lab["violations"]:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                err(f"violation malformed {v}")
                continue
            if not (0 <= v["turn"] < len(turns)) or turns[v["turn"]]["role"] != "trainee":
                err(f"violation {v} does not point at a trainee turn")
            if (v["code"], v["turn"]) in pairs:
                err(f"duplicate violation {v}")
            pairs.add((v["code"], v["turn"]))
            codes.add(v["code"])
        breach = bool(codes & BREACH) or ("confront" in codes and d["persona"] == "unwell")
        if breach and ov > 40:
            err(f"compliance breach but overall {ov} > 40")
        if ov >= 90 and (len(st) < 6 or codes):
            err("90+ needs all six stages and no faults")
        if ("rude" in codes) and ov > 40:
            warn("rude talk scored above 40")
        q = d["quality"]
        if q == "excellent" and (codes or ov < 85):
            err("excellent talk with faults or low score")
        if q in ("good", "short_good") and (breach or ov < 60):
            err(f"{q} talk with breach or low score")
        if q == "long_bad" and len(turns) < 18:
            err("long_bad talk is not long")
        if q == "short_good" and len(turns) > 12:
            err("short_good talk is not short")
        if q in ("bad", "long_bad") and ov > 55:
            err(f"{q} scored {ov}")
        if len(st) == 6 and not codes and ov < 70:
            warn("all stages, no faults, but below 70")
        if not st and ov > 45:
            warn("no stages but above 45")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
