#!/usr/bin/env python3
"""Checks the hand-labelled talks in this folder.

Run from anywhere:  python3 testdata/talks-train4/validate.py
Exit status 0 when clean; every problem is printed on its own line.

Checks: file name and fields, roles, turn range, stage keys and order,
violation codes and that every index points at a trainee turn, label
consistency (a compliance breach caps overall at 40; quality and score agree
roughly), full-width punctuation in Chinese text, a list of banned phrases
(the rubric's own example wordings), and any run of 10 characters shared with
the source texts, DOMAIN.md or the two READMEs (copy check).
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

# Rough score window per quality; a talk outside it is reported so the label
# gets a second look (not a rule of the rubric).
QUALITY_RANGE = {
    "excellent": (85, 100),
    "good": (60, 89),
    "short_good": (65, 85),
    "mediocre": (30, 65),
    "bad": (0, 30),
    "long_bad": (0, 40),
}

# The rubric's and DOMAIN.md's example wordings; none may appear in a turn.
BANNED = [
    "胡搅蛮缠", "包在我身上", "研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票", "特殊照顾",
    "回去等通知", "有关部门", "相关单位", "一分也少不了", "心意我领了",
    "你这话就不对了", "根本没这回事", "以人民为中心", "找我们也没用",
    "我也说不好", "有话慢慢说", "不识字就回去", "脑子有病", "哭有什么用",
    "吼什么吼", "坚持签个合同", "保证批下来", "办公室经费", "指标给你留",
    "先给你儿子打个招呼", "不是地契", "切实维护", "相信党和政府",
    "认真听取您的意见", "一定会认真对待", "你自己想办法", "自己找去",
    "我不能保证", "不敢打包票", "能报的一分", "能办的一定给你办", "不闹也给",
    "核实符合条件的", "我今天就打电话", "两周内书面答复", "帮你递复查申请",
    "红包你收回去", "饭我也不去", "换回来不现实", "改不了片区",
    "这个难受是真真的", "电脑的事我跟村里说一声", "什么事？", "什么问题你说",
    "今天是什么事", "你好，坐吧", "跟有关部门反映", "去社保局问",
    "您的情况我们都了解了", "对吧？", "漏了什么没有", "来访必接", "尽快劝返",
    "花钱买平安", "大闹大解决",
]

ASCII_PUNCT = re.compile(r"[,?!;:\"'()]")
CJK = re.compile(r"[\u4e00-\u9fff]")
PUNCT_STRIP = re.compile(r"[\s，。？！：；“”‘’（）、…,.?!;:\"'()\[\]《》<>·—\-]")

SOURCES = (
    glob.glob("/work/shared/corpus/*.txt")
    + ["/work/shared/DOMAIN.md",
       os.path.join(REPO, "testdata/talks/README.md"),
       os.path.join(REPO, "testdata/lines/README.md")]
)
N = 10


def windows(s, n=N):
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def load_sources():
    raw, norm = set(), set()
    for p in SOURCES:
        try:
            t = open(p, encoding="utf-8", errors="ignore").read()
        except OSError:
            continue
        t = re.sub(r"\s+", "", t)
        raw |= windows(t)
        norm |= windows(PUNCT_STRIP.sub("", t))
    return raw, norm


def main():
    problems = []
    raw_src, norm_src = load_sources()
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    name_re = re.compile(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$")
    for path in files:
        fn = os.path.basename(path)
        def bad(msg):
            problems.append(f"{fn}: {msg}")
        try:
            d = json.load(open(path, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            bad(f"not JSON: {e}")
            continue
        m = name_re.match(fn)
        if not m:
            bad("file name is not <persona>-<nn>-<quality>.json")
            continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            bad(f"fields {sorted(d)}")
        if d.get("persona") not in PERSONAS or d.get("persona") != m.group(1):
            bad("persona missing or does not match file name")
        if d.get("quality") not in QUALITIES or d.get("quality") != m.group(3):
            bad("quality missing or does not match file name")
        if d.get("scenario") != "":
            bad("scenario must be empty")
        note = d.get("note", "")
        if not note or len(CJK.findall(note)) > 0.05 * len(note):
            bad("note must be non-empty English (a few quoted words allowed)")
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30:
            bad(f"{len(turns)} turns, must be 4-30")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t.get("role") not in ("visitor", "trainee"):
                bad(f"turn {i} malformed")
                continue
            text = t["text"]
            if not text.strip():
                bad(f"turn {i} empty")
            if CJK.search(text) and ASCII_PUNCT.search(text):
                bad(f"turn {i} ASCII punctuation: {ASCII_PUNCT.findall(text)}")
            for b in BANNED:
                if b in text:
                    bad(f"turn {i} banned phrase {b}")
            flat = re.sub(r"\s+", "", text)
            hits = windows(flat) & raw_src
            if hits:
                bad(f"turn {i} shares text with a source: {sorted(hits)[:3]}")
            nhits = windows(PUNCT_STRIP.sub("", flat)) & norm_src
            if nhits and not hits:
                bad(f"turn {i} shares text (ignoring punctuation): {sorted(nhits)[:3]}")
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}:
            bad(f"label fields {sorted(lab)}")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            bad("overall must be an int 0-100")
            continue
        st = lab["stages_done"]
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            bad(f"stages_done not canonical: {st}")
        codes = set()
        seen = set()
        for v in lab["violations"]:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                bad(f"bad violation {v}")
                continue
            k = (v["code"], v["turn"])
            if k in seen:
                bad(f"duplicate violation {v}")
            seen.add(k)
            if not 0 <= v["turn"] < len(turns) or turns[v["turn"]]["role"] != "trainee":
                bad(f"violation {v} does not point at a trainee turn")
            codes.add(v["code"])
        breach = bool(codes & BREACH) or ("confront" in codes and d["persona"] == "unwell")
        if breach and ov > 40:
            bad(f"compliance breach but overall {ov} > 40")
        lo, hi = QUALITY_RANGE.get(d.get("quality"), (0, 100))
        if not lo <= ov <= hi:
            bad(f"overall {ov} outside the usual window {lo}-{hi} for {d.get('quality')}")
        if d.get("quality") in ("excellent", "good", "short_good") and lab["violations"]:
            bad("a good-quality talk carries violations")
        if d.get("quality") == "excellent" and len(st) < 6:
            bad("excellent talk without all six stages")
        if d.get("quality") == "short_good" and len(turns) > 10:
            bad("short_good talk longer than 10 turns")
        if d.get("quality") == "long_bad" and len(turns) < 20:
            bad("long_bad talk shorter than 20 turns")
        if len(st) == 6 and not lab["violations"] and ov < 70:
            bad("all six stages, no faults, but overall < 70")
    for p in problems:
        print(p)
    print(f"{len(files)} files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
