#!/usr/bin/env python3
"""Validate the hand-labelled talks in this folder.

Checks: file name and fields, roles, turn range, label keys, stage order,
violation codes and indices, label consistency with the rubric bands,
full-width punctuation in Chinese text, a banned-phrase list (the rubric's
own example phrases), and 10-character runs shared with the source texts
(corpus, DOMAIN.md, the two READMEs that were read).

Run from anywhere:  python3 validate.py
Exit status 0 when clean.
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

# Score bands used while labelling (rubric bands mapped to quality names).
BANDS = {
    "excellent": (90, 100),
    "good": (80, 89),
    "mediocre": (45, 69),
    "bad": (0, 45),
    "long_bad": (0, 45),
    "short_good": (70, 79),
}

# The rubric's example phrases: none of them may appear in a turn.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票",
    "特殊照顾", "回去等通知", "有关部门", "相关单位", "一分也少不了", "心意我领了",
    "你这话就不对了", "根本没这回事", "以人民为中心", "找我们也没用", "我也说不好",
    "有话慢慢说", "不识字就回去", "脑子有病", "哭有什么用", "你吼什么", "吼什么吼",
    "你自己找去", "你自己想办法", "确实不是地契", "办公室经费", "救助指标给你留",
    "打个招呼", "打招呼", "认真听取您的意见", "一分不会少", "能办的一定给你办",
    "不闹也给", "红包你收回去", "换回来不现实", "堵门也改不了", "真真的",
    "跟村里说一声", "我今天就打电话", "两周内书面答复", "我帮你递复查申请",
    "切实维护", "相信党和政府", "我不能保证", "该是您的", "核实符合条件的",
    "我会跟有关部门反映", "去社保局问", "你好，坐吧", "什么问题你说",
    "今天是什么事", "饭我也不去", "我不给你打包票", "我不敢说一定能办成",
]

ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r"[\u4e00-\u9fff]")
RUN = 10


def norm(s):
    """Keep only CJK characters, letters and digits, for the copy check."""
    return "".join(ch for ch in s if ch.isalnum())


def load_sources():
    paths = sorted(glob.glob("/work/shared/corpus/*")) + [
        "/work/shared/DOMAIN.md",
        os.path.join(ROOT, "testdata", "talks", "README.md"),
        os.path.join(ROOT, "testdata", "lines", "README.md"),
    ]
    grams = set()
    for p in paths:
        with open(p, encoding="utf-8", errors="replace") as f:
            t = norm(f.read())
        for i in range(len(t) - RUN + 1):
            g = t[i:i + RUN]
            if CJK.search(g):
                grams.add(g)
    return grams


def check_file(path, grams, errors, warnings):
    name = os.path.basename(path)
    m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", name)
    if not m:
        errors.append(f"{name}: bad file name")
        return
    with open(path, encoding="utf-8") as f:
        try:
            d = json.load(f)
        except json.JSONDecodeError as e:
            errors.append(f"{name}: bad JSON: {e}")
            return
    if list(d.keys()) != ["persona", "scenario", "quality", "note", "turns", "label"]:
        errors.append(f"{name}: fields are {list(d.keys())}")
    persona, quality = m.group(1), m.group(3)
    if d.get("persona") != persona or persona not in PERSONAS:
        errors.append(f"{name}: persona mismatch")
    if d.get("quality") != quality or quality not in QUALITIES:
        errors.append(f"{name}: quality mismatch")
    if d.get("scenario") != "":
        errors.append(f"{name}: scenario not empty")
    note = d.get("note", "")
    if not note or CJK.search(note):
        errors.append(f"{name}: note missing or not English")
    turns = d.get("turns", [])
    if not 4 <= len(turns) <= 30:
        errors.append(f"{name}: {len(turns)} turns")
    for i, t in enumerate(turns):
        if list(t.keys()) != ["role", "text"] or t["role"] not in ("visitor", "trainee"):
            errors.append(f"{name}: turn {i} bad keys/role")
            continue
        text = t["text"]
        if not text.strip():
            errors.append(f"{name}: turn {i} empty")
        if CJK.search(text):
            bad = sorted(set(ch for ch in text if ch in ASCII_PUNCT or ch == "."))
            if bad:
                errors.append(f"{name}: turn {i} ASCII punctuation {bad}")
        for b in BANNED:
            if b in text:
                errors.append(f"{name}: turn {i} banned phrase {b}")
        n = norm(text)
        for j in range(len(n) - RUN + 1):
            if n[j:j + RUN] in grams:
                errors.append(f"{name}: turn {i} shares a 10-char run with a source: {n[j:j + RUN]}")
                break
    # Two consecutive turns by the same role would be odd; warn only.
    for i in range(1, len(turns)):
        if turns[i]["role"] == turns[i - 1]["role"]:
            warnings.append(f"{name}: turns {i - 1} and {i} have the same role")
    lab = d.get("label", {})
    if list(lab.keys()) != ["overall", "stages_done", "violations"]:
        errors.append(f"{name}: label keys {list(lab.keys())}")
        return
    ov = lab["overall"]
    if not isinstance(ov, int) or not 0 <= ov <= 100:
        errors.append(f"{name}: overall {ov}")
    st = lab["stages_done"]
    if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
        errors.append(f"{name}: stages not canonical {st}")
    codes = set()
    for v in lab["violations"]:
        if list(v.keys()) != ["code", "turn"] or v["code"] not in CODES:
            errors.append(f"{name}: bad violation {v}")
            continue
        k = v["turn"]
        if not isinstance(k, int) or not 0 <= k < len(turns) or turns[k]["role"] != "trainee":
            errors.append(f"{name}: violation {v} does not point at a trainee turn")
        codes.add(v["code"])
    breach = bool(codes & BREACH) or (persona == "unwell" and "confront" in codes)
    if breach and ov > 40:
        errors.append(f"{name}: compliance breach but overall {ov} > 40")
    lo, hi = BANDS[quality]
    if not lo <= ov <= hi:
        errors.append(f"{name}: overall {ov} outside band {lo}-{hi} for {quality}")
    if quality in ("excellent", "good", "short_good") and codes:
        errors.append(f"{name}: {quality} talk carries violations")
    if quality == "excellent" and len(st) != 6:
        errors.append(f"{name}: excellent talk without all six stages")
    if quality == "long_bad" and len(turns) < 20:
        errors.append(f"{name}: long_bad with only {len(turns)} turns")
    if quality == "short_good" and len(turns) > 12:
        errors.append(f"{name}: short_good with {len(turns)} turns")
    if ov >= 90 and (codes or len(st) < 6):
        errors.append(f"{name}: 90+ needs six stages and no faults")
    if not breach and codes and ov > 69:
        errors.append(f"{name}: faults but overall {ov}")
    if CJK.search(note):
        pass
    nn = norm(note)
    for j in range(len(nn) - RUN + 1):
        if nn[j:j + RUN] in grams:
            errors.append(f"{name}: note shares a 10-char CJK run with a source")
            break


def main():
    grams = load_sources()
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    errors, warnings = [], []
    for p in files:
        check_file(p, grams, errors, warnings)
    # Near-duplicate turns across my own talks (copy-paste between files).
    seen = {}
    for p in files:
        with open(p, encoding="utf-8") as f:
            d = json.load(f)
        for i, t in enumerate(d["turns"]):
            n = norm(t["text"])
            if len(n) >= 15:
                key = n
                if key in seen:
                    warnings.append(f"{os.path.basename(p)} turn {i} repeats {seen[key]}")
                else:
                    seen[key] = f"{os.path.basename(p)} turn {i}"
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
