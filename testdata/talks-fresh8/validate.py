#!/usr/bin/env python3
"""Check the hand-written talks in this folder.

Checks: JSON format and field sets, file name vs persona/quality, roles,
4-30 turns, stage keys in canonical order, violation codes and indices
(must point at trainee turns), the compliance-breach cap (overall <= 40),
full-width punctuation in Chinese text, a banned-phrase list (the rubric's
example phrases), and any 10-character run shared with the domain sources
(corpus, DOMAIN.md, the two READMEs) as a copy check.
Run from anywhere: python3 validate.py
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

BANNED = [
    "胡搅蛮缠", "包在我身上", "研究研究", "高度重视", "这不归我们管", "不归我们管",
    "就这一回", "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票",
    "特殊照顾", "回去等通知", "等通知", "有关部门", "相关单位", "一分也少不了",
    "一分不会少", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说", "先坐，有话",
    "不识字就回去", "找个识字的", "脑子有病", "哭有什么用", "你吼什么",
    "切实维护", "相信党和政府", "认真听取", "认真对待", "你自己想办法",
    "你自己找去", "我不能保证", "能办的一定给你办", "不闹也给", "救助指标",
    "办公室经费", "打个招呼", "红包你收回去", "饭我也不去", "换回来不现实",
    "真真的", "电脑的事", "我今天就打电话", "两周内书面答复", "复查申请",
    "增人不增地", "堵门", "拦车", "地契", "我不敢说一定能办成",
    "我不给你打包票", "能报的", "该是您的",
]
ASCII_PUNCT = re.compile(r"[,?!;:\"'()]")
HAN = re.compile(r"[\u4e00-\u9fff]")

errors = []
warnings = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def load_sources():
    paths = sorted(glob.glob("/work/shared/corpus/*.txt"))
    paths += ["/work/shared/DOMAIN.md",
              os.path.join(HERE, "..", "talks", "README.md"),
              os.path.join(HERE, "..", "lines", "README.md")]
    grams_raw, grams_bare = set(), set()
    for p in paths:
        try:
            t = open(p, encoding="utf-8", errors="ignore").read()
        except OSError:
            warnings.append(f"source missing: {p}")
            continue
        t = re.sub(r"\s+", "", t)
        b = "".join(HAN.findall(t))
        for i in range(len(t) - 9):
            grams_raw.add(t[i:i + 10])
        for i in range(len(b) - 9):
            grams_bare.add(b[i:i + 10])
    return grams_raw, grams_bare


def main():
    grams_raw, grams_bare = load_sources()
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if not files:
        err("folder", "no json files")
    for path in files:
        f = os.path.basename(path)
        try:
            d = json.load(open(path, encoding="utf-8"))
        except Exception as e:  # noqa
            err(f, f"bad JSON: {e}")
            continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f, f"field set {sorted(d)}")
            continue
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", f)
        if not m:
            err(f, "file name pattern")
        else:
            if m.group(1) != d["persona"]:
                err(f, "persona does not match file name")
            if m.group(3) != d["quality"]:
                err(f, "quality does not match file name")
        if d["persona"] not in PERSONAS:
            err(f, "unknown persona")
        if d["quality"] not in QUALITIES:
            err(f, "unknown quality")
        if d["scenario"] != "":
            err(f, "scenario must be empty")
        if not isinstance(d["note"], str) or len(d["note"]) < 40:
            err(f, "note missing or too short")
        if HAN.search(d["note"]):
            warnings.append(f"{f}: note contains Chinese characters")
        turns = d["turns"]
        if not (4 <= len(turns) <= 30):
            err(f, f"{len(turns)} turns")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"}:
                err(f, f"turn {i} fields {sorted(t)}")
                continue
            if t["role"] not in ("visitor", "trainee"):
                err(f, f"turn {i} role {t['role']}")
            txt = t["text"]
            if not txt.strip():
                err(f, f"turn {i} empty")
            if HAN.search(txt) and ASCII_PUNCT.search(txt):
                err(f, f"turn {i} ASCII punctuation: {ASCII_PUNCT.findall(txt)}")
            for b in BANNED:
                if b in txt:
                    err(f, f"turn {i} banned phrase {b}")
            s = re.sub(r"\s+", "", txt)
            for j in range(len(s) - 9):
                g = s[j:j + 10]
                if g in grams_raw:
                    err(f, f"turn {i} shares 10 chars with sources: {g}")
                    break
            bare = "".join(HAN.findall(s))
            for j in range(len(bare) - 9):
                g = bare[j:j + 10]
                if g in grams_bare:
                    warnings.append(f"{f}: turn {i} shares 10 Han chars (punctuation ignored): {g}")
                    break
        if turns and turns[0]["role"] == turns[-1]["role"] == "visitor" and len(turns) < 4:
            err(f, "too short")
        for i in range(1, len(turns)):
            if turns[i]["role"] == turns[i - 1]["role"]:
                warnings.append(f"{f}: turns {i-1},{i} same role")
        lab = d["label"]
        if set(lab) != {"overall", "stages_done", "violations"}:
            err(f, f"label fields {sorted(lab)}")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err(f, "overall not int 0-100")
        st = lab["stages_done"]
        if any(s not in STAGES for s in st):
            err(f, "unknown stage")
        if st != [s for s in STAGES if s in st]:
            err(f, "stages not in canonical order or duplicated")
        breach = False
        seen = set()
        for v in lab["violations"]:
            if set(v) != {"code", "turn"}:
                err(f, f"violation fields {v}")
                continue
            if v["code"] not in CODES:
                err(f, f"unknown code {v['code']}")
            k = v["turn"]
            if not isinstance(k, int) or not 0 <= k < len(turns):
                err(f, f"violation turn out of range {k}")
                continue
            if turns[k]["role"] != "trainee":
                err(f, f"violation turn {k} is not a trainee turn")
            if (v["code"], k) in seen:
                err(f, f"duplicate violation {v}")
            seen.add((v["code"], k))
            if v["code"] in BREACH or (v["code"] == "confront" and d["persona"] == "unwell"):
                breach = True
        if breach and ov > 40:
            err(f, f"compliance breach but overall {ov} > 40")
        if not lab["violations"] and ov <= 20:
            warnings.append(f"{f}: overall {ov} <= 20 without any violation")
        if ov >= 90 and (lab["violations"] or len(st) < 6):
            err(f, "90+ needs all six stages and no faults")
        if ov >= 80 and lab["violations"]:
            err(f, "80+ with a violation")
        if d["quality"] in ("excellent", "good", "short_good") and lab["violations"]:
            warnings.append(f"{f}: quality {d['quality']} but has violations")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
