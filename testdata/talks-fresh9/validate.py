#!/usr/bin/env python3
"""Validate the hand-labelled talks in this folder.

Checks: file names, field sets, roles, turn range, label consistency
(stage keys and order, codes, violation turns on trainee turns, breach cap),
full-width punctuation in Chinese text, banned stock phrases, and 10-character
runs shared with the source texts (copy check).

Usage (from anywhere):
    python3 validate.py            # check, exit 1 on any error
    python3 validate.py --dump F   # print one talk with turn indices and labels
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

# Loose sanity ranges for overall by quality (warnings only).
QUALITY_RANGE = {
    "excellent": (88, 100), "good": (75, 89), "mediocre": (40, 65),
    "bad": (0, 44), "long_bad": (0, 44), "short_good": (65, 82),
}

# Example phrases of the labelling rubric and DOMAIN.md that must not appear.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "说不定能给你办", "打包票", "特殊照顾",
    "回去等通知", "有关部门", "相关单位", "一分也少不了", "心意我领了",
    "你这话就不对了", "根本没这回事", "以人民为中心", "找我们也没用",
    "我也说不好", "先坐，有话慢慢说", "有话慢慢说", "不识字就回去找个识字的",
    "脑子有病", "哭有什么用", "你吼什么吼", "从办公室经费里给你拿两千",
    "救助指标给你留一个", "先给你儿子打个招呼", "切实维护",
    "请您相信党和政府", "一定认真听取您的意见", "确实不是地契",
    "你自己想办法吧", "你自己找去", "能报的一分不会少您的", "能办的一定给你办",
    "不闹也给", "核实符合条件的", "我不敢说一定能办成", "我帮你递复查申请",
    "两周内书面答复", "我今天就打电话", "红包你收回去", "换回来不现实",
    "堵门也改不了片区", "这个难受是真真的", "电脑的事我跟村里说一声",
    "什么事？", "什么问题你说", "今天是什么事", "您当时要是坚持签个合同",
    "我会跟有关部门反映", "去社保局问", "我尽量", "你好，坐吧",
    "说吧", "我们一定认真", "我不能保证", "我不给你打包票",
    "该是您的", "尽快劝返", "谈清问题", "讲明政策", "解疑释惑",
]

CJK = re.compile(r"[\u4e00-\u9fff]")
ASCII_PUNCT = set(",?!;:\"'()")
STRIP = re.compile(r"[\s\W_]+", re.UNICODE)


def norm(s):
    """Drop whitespace and punctuation so copies are found across punctuation."""
    return STRIP.sub("", s)


def source_windows(n=10):
    paths = sorted(glob.glob("/work/shared/corpus/*.txt"))
    paths += ["/work/shared/DOMAIN.md",
              os.path.join(REPO, "testdata", "talks", "README.md"),
              os.path.join(REPO, "testdata", "lines", "README.md")]
    wins = {}
    for p in paths:
        try:
            with open(p, encoding="utf-8", errors="ignore") as f:
                t = norm(f.read())
        except OSError:
            print("WARN cannot read source", p)
            continue
        for i in range(len(t) - n + 1):
            w = t[i:i + n]
            if CJK.search(w):
                wins.setdefault(w, os.path.basename(p))
    return wins


def check_file(path, errors, warnings):
    name = os.path.basename(path)
    m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", name)
    if not m:
        errors.append(f"{name}: bad file name")
        return None
    try:
        with open(path, encoding="utf-8") as f:
            t = json.load(f)
    except Exception as e:  # noqa: BLE001
        errors.append(f"{name}: invalid JSON: {e}")
        return None
    err = lambda msg: errors.append(f"{name}: {msg}")  # noqa: E731
    if set(t) != {"persona", "scenario", "quality", "note", "turns", "label"}:
        err(f"field set {sorted(t)}")
        return None
    if t["persona"] not in PERSONAS or t["persona"] != m.group(1):
        err("persona mismatch")
    if t["quality"] not in QUALITIES or t["quality"] != m.group(3):
        err("quality mismatch")
    if t["scenario"] != "":
        err("scenario must be empty")
    if not isinstance(t["note"], str) or len(t["note"]) < 40:
        err("note missing or too short")
    elif CJK.search(t["note"]) and len(CJK.findall(t["note"])) > 40:
        warnings.append(f"{name}: note has much Chinese; should be English")
    turns = t["turns"]
    if not isinstance(turns, list) or not 4 <= len(turns) <= 30:
        err(f"turn count {len(turns) if isinstance(turns, list) else '?'}")
        return None
    roles = []
    for i, tu in enumerate(turns):
        if set(tu) != {"role", "text"}:
            err(f"turn {i} fields {sorted(tu)}")
            continue
        if tu["role"] not in ("visitor", "trainee"):
            err(f"turn {i} role {tu['role']}")
        if not tu["text"].strip():
            err(f"turn {i} empty text")
        roles.append(tu["role"])
        if CJK.search(tu["text"]):
            bad = sorted({c for c in tu["text"] if c in ASCII_PUNCT})
            if bad or "..." in tu["text"]:
                err(f"turn {i} ASCII punctuation {bad}")
        nt = norm(tu["text"])
        for b in BANNED:
            if norm(b) and norm(b) in nt:
                err(f"turn {i} banned phrase {b}")
    if "trainee" not in roles or "visitor" not in roles:
        err("needs both roles")
    lab = t["label"]
    if set(lab) != {"overall", "stages_done", "violations"}:
        err(f"label fields {sorted(lab)}")
        return None
    ov = lab["overall"]
    if not isinstance(ov, int) or not 0 <= ov <= 100:
        err(f"overall {ov}")
    sd = lab["stages_done"]
    if any(s not in STAGES for s in sd) or len(set(sd)) != len(sd):
        err(f"stages {sd}")
    elif sd != [s for s in STAGES if s in sd]:
        err("stages not in canonical order")
    seen = set()
    breach = False
    for v in lab["violations"]:
        if set(v) != {"code", "turn"}:
            err(f"violation fields {v}")
            continue
        if v["code"] not in CODES:
            err(f"unknown code {v['code']}")
        if not isinstance(v["turn"], int) or not 0 <= v["turn"] < len(turns):
            err(f"violation turn out of range {v}")
            continue
        if turns[v["turn"]]["role"] != "trainee":
            err(f"violation on non-trainee turn {v}")
        if (v["code"], v["turn"]) in seen:
            err(f"duplicate violation {v}")
        seen.add((v["code"], v["turn"]))
        if v["code"] in BREACH or (v["code"] == "confront" and t["persona"] == "unwell"):
            breach = True
    if breach and ov > 40:
        err(f"compliance breach but overall {ov} > 40")
    lo, hi = QUALITY_RANGE[t["quality"]]
    if isinstance(ov, int) and not lo <= ov <= hi:
        warnings.append(f"{name}: overall {ov} unusual for {t['quality']}")
    if t["quality"] == "short_good" and len(turns) > 10:
        warnings.append(f"{name}: short_good with {len(turns)} turns")
    if t["quality"] == "long_bad" and len(turns) < 20:
        warnings.append(f"{name}: long_bad with only {len(turns)} turns")
    if len(sd) == 6 and t["quality"] in ("excellent",) and lab["violations"]:
        err("excellent talk with violations")
    return t


def copy_check(talks, errors):
    wins = source_windows()
    for name, t in talks.items():
        for i, tu in enumerate(t["turns"]):
            nt = norm(tu["text"])
            hits = {nt[j:j + 10] for j in range(len(nt) - 9) if nt[j:j + 10] in wins}
            for h in sorted(hits):
                errors.append(f"{name}: turn {i} shares 10 chars with {wins[h]}: {h}")


def dump(path):
    with open(path, encoding="utf-8") as f:
        t = json.load(f)
    marks = {}
    for v in t["label"]["violations"]:
        marks.setdefault(v["turn"], []).append(v["code"])
    print(os.path.basename(path), t["persona"], t["quality"], t["label"]["overall"])
    for i, tu in enumerate(t["turns"]):
        tag = " <<" + ",".join(marks[i]) if i in marks else ""
        print(f"{i:2d} {tu['role'][0].upper()} {tu['text']}{tag}")
    print("stages:", t["label"]["stages_done"])


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        dump(sys.argv[2])
        return 0
    errors, warnings, talks = [], [], {}
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    for p in files:
        t = check_file(p, errors, warnings)
        if t is not None:
            talks[os.path.basename(p)] = t
    nums = {}
    for n in talks:
        per, nn = n.split("-")[0], n.split("-")[1]
        if (per, nn) in nums:
            errors.append(f"{n}: duplicate number with {nums[(per, nn)]}")
        nums[(per, nn)] = n
    copy_check(talks, errors)
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
