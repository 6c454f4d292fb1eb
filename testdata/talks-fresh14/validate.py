#!/usr/bin/env python3
"""Check the hand-written talks in this folder.

Run from anywhere:  python3 testdata/talks-fresh14/validate.py
Checks: file name, field set, persona/quality/stage/code vocabularies, turn
count and roles, violation indices on trainee turns, label consistency
(compliance breach => overall <= 40, quality bands), full-width punctuation in
Chinese text, banned stock phrases, and 10-character runs shared with the
source texts (copy check).
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

# Quality bands used when writing this set (our own convention).
QUALITY_RANGE = {
    "excellent": (88, 100),
    "good": (75, 89),
    "short_good": (70, 85),
    "mediocre": (45, 69),
    "bad": (0, 44),
    "long_bad": (0, 44),
}

# The rubric's own example phrases: none may appear in our text.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "说不定能给你办", "打包票", "特殊照顾",
    "回去等通知", "有关部门", "相关单位", "一分也少不了", "心意我领了",
    "你这话就不对了", "根本没这回事", "以人民为中心", "找我们也没用",
    "我也说不好", "先坐，有话慢慢说", "有话慢慢说", "不识字就回去",
    "找个识字的", "脑子有病", "哭有什么用", "吼什么吼", "保证批下来",
    "我不能保证", "能报的一分", "能办的一定给你办", "不闹也给",
    "我今天就打电话", "两周内书面答复", "我帮你递复查申请", "红包你收回去",
    "换回来不现实", "堵门也改不了", "这个难受是真真的", "电脑的事",
    "办公室经费", "救助指标给你留", "先给你儿子打个招呼", "切实维护",
    "相信党和政府", "我们研究研究", "你自己找去", "你自己想办法",
    "回村里问问", "什么事", "什么问题你说", "认真听取您的意见",
    "确实不是地契", "坚持签个合同", "一定会认真对待", "公安是要依法处理",
    "我不敢说一定能办成", "核实符合条件的", "该是您的", "再研究",
    "增人不增地", "大闹大解决", "花钱买平安",
]

ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r"[\u3400-\u9fff]")


def norm(s):
    return re.sub(r"\s+", "", s)


def load_sources():
    paths = [os.path.join(ROOT, "testdata", "talks", "README.md"),
             os.path.join(ROOT, "testdata", "lines", "README.md"),
             "/work/shared/DOMAIN.md"]
    paths += sorted(glob.glob("/work/shared/corpus/*.txt"))
    grams = {}
    for p in paths:
        try:
            with open(p, encoding="utf-8", errors="ignore") as f:
                t = norm(f.read())
        except OSError:
            print("WARN cannot read source", p)
            continue
        for i in range(len(t) - 9):
            g = t[i:i + 10]
            if CJK.search(g):
                grams.setdefault(g, os.path.basename(p))
    return grams


def main():
    errors = []
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    grams = load_sources()
    seen_nn = set()
    for path in files:
        name = os.path.basename(path)
        def err(msg):
            errors.append(f"{name}: {msg}")
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", name)
        if not m:
            err("bad file name")
            continue
        try:
            with open(path, encoding="utf-8") as f:
                t = json.load(f)
        except Exception as e:  # noqa: BLE001
            err(f"bad JSON: {e}")
            continue
        if set(t) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"field set {sorted(t)}")
            continue
        if t["persona"] != m.group(1) or t["persona"] not in PERSONAS:
            err("persona mismatch")
        if t["quality"] != m.group(3) or t["quality"] not in QUALITIES:
            err("quality mismatch")
        if (m.group(1), m.group(2)) in seen_nn:
            err("duplicate persona number")
        seen_nn.add((m.group(1), m.group(2)))
        if t["scenario"] != "":
            err("scenario must be empty")
        if not isinstance(t["note"], str) or len(t["note"]) < 40:
            err("note missing or too short")
        if CJK.search(t["note"]):
            err("note should be English")
        turns = t["turns"]
        if not (4 <= len(turns) <= 30):
            err(f"turn count {len(turns)}")
        for i, tu in enumerate(turns):
            if set(tu) != {"role", "text"}:
                err(f"turn {i} fields")
                continue
            if tu["role"] not in ("visitor", "trainee"):
                err(f"turn {i} role")
            txt = tu["text"]
            if not txt.strip():
                err(f"turn {i} empty")
            if CJK.search(txt):
                bad = sorted(set(c for c in txt if c in ASCII_PUNCT))
                if bad:
                    err(f"turn {i} ASCII punctuation {bad}")
            for b in BANNED:
                if b in txt:
                    err(f"turn {i} banned phrase {b}")
            nt = norm(txt)
            for j in range(len(nt) - 9):
                g = nt[j:j + 10]
                if g in grams:
                    err(f"turn {i} shares 10 chars with {grams[g]}: {g}")
                    break
        for i in range(1, len(turns)):
            if turns[i]["role"] == turns[i - 1]["role"]:
                print(f"note {name}: turns {i-1},{i} same role")
        lab = t["label"]
        if set(lab) != {"overall", "stages_done", "violations"}:
            err("label fields")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall out of range")
        st = lab["stages_done"]
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            err("stages not canonical")
        codes = set()
        for v in lab["violations"]:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                err(f"violation {v}")
                continue
            if not (0 <= v["turn"] < len(turns)) or turns[v["turn"]]["role"] != "trainee":
                err(f"violation {v} not on a trainee turn")
            codes.add(v["code"])
        if len({(v["code"], v["turn"]) for v in lab["violations"]}) != len(lab["violations"]):
            err("duplicate violation")
        breach = bool(codes & BREACH) or ("confront" in codes and t["persona"] == "unwell")
        if breach and ov > 40:
            err("compliance breach but overall > 40")
        lo, hi = QUALITY_RANGE[t["quality"]]
        if not lo <= ov <= hi:
            err(f"overall {ov} outside band for {t['quality']}")
        if t["quality"] == "short_good" and len(turns) > 10:
            err("short_good talk longer than 10 turns")
        if t["quality"] == "long_bad" and len(turns) < 20:
            err("long_bad talk shorter than 20 turns")
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
