#!/usr/bin/env python3
"""Validate the hand-labelled talks in this folder.

Checks: file name and fields, roles, turn range, stage keys and order,
violation codes and indices, label/band consistency, full-width punctuation
in Chinese text, banned phrases (the rubric's example phrases), and any
10-character run shared with the corpus, DOMAIN.md or the README sections
that were read (copy check).

Run from anywhere: python3 validate.py
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = "/work/shared"

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

# quality -> allowed overall range
QUALITY_RANGE = {
    "excellent": (90, 100),
    "good": (80, 89),
    "short_good": (70, 79),
    "mediocre": (45, 69),
    "bad": (0, 44),
    "long_bad": (0, 44),
}

# The rubric's example phrases; none may appear in a turn (compared with
# punctuation and spaces removed).
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "我尽量给您争取", "说不定能给你办", "打包票", "特殊照顾",
    "回去等通知", "有关部门", "相关单位", "一分也少不了", "心意我领了",
    "你这话就不对了", "根本没这回事", "以人民为中心", "找我们也没用", "我也说不好",
    "先坐有话慢慢说", "不识字就回去找个识字的", "你这是脑子有病", "哭有什么用",
    "你吼什么吼", "从办公室经费里给你拿两千", "救助指标给你留一个",
    "镇上招人先给你儿子打个招呼", "这个确实不是地契", "我不能保证",
    "能报的一分不会少您的", "能办的一定给你办", "该是您的", "我今天就打电话",
    "两周内书面答复", "我帮你递复查申请", "这个难受是真真的", "电脑的事我跟村里说一声",
    "红包你收回去", "换回来不现实", "堵门也改不了片区", "我们一定认真听取您的意见",
    "您反映的问题我们一定会认真对待", "你好坐吧", "什么事", "什么问题你说",
    "今天是什么事", "您的情况我们都了解了", "我会跟有关部门反映", "去社保局问",
    "漏了什么没有", "看看能不能特殊照顾", "保证批下来", "你自己找去",
    "你自己想办法吧", "相信党和政府", "切实维护", "不闹也给", "饭我也不去",
    "回村里问问吧", "以老卖老", "大闹大解决", "花钱买平安",
]

ASCII_BAD = set(',?!;:"\'()')
PUNCT_RE = re.compile(r"[\s，。？！：；“”‘’（）、…,\.?!;:\"'()\-—《》]")
CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def norm(s):
    return PUNCT_RE.sub("", s)


def section(path, start_heading, stop_level):
    """Return the text of a markdown section from its heading to the next
    heading of the same or higher level."""
    out, on = [], False
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                level = len(line) - len(line.lstrip("#"))
                if line.strip() == start_heading:
                    on = True
                    out.append(line)
                    continue
                if on and level <= stop_level:
                    on = False
            if on:
                out.append(line)
    return "".join(out)


def reference_texts():
    refs = {}
    for p in sorted(glob.glob(os.path.join(SHARED, "corpus", "*.txt"))):
        refs[os.path.basename(p)] = open(p, encoding="utf-8", errors="ignore").read()
    refs["DOMAIN.md"] = open(os.path.join(SHARED, "DOMAIN.md"), encoding="utf-8").read()
    talks_readme = os.path.join(REPO, "testdata", "talks", "README.md")
    lines_readme = os.path.join(REPO, "testdata", "lines", "README.md")
    refs["talks/README Format"] = section(talks_readme, "## Format", 2)
    refs["talks/README Labelling rubric"] = section(talks_readme, "## Labelling rubric", 2)
    refs["lines/README Format"] = section(lines_readme, "## Format", 2)
    return refs


def grams(s, n=10):
    s = re.sub(r"\s", "", s)
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def main():
    errors = []
    refs = reference_texts()
    # compare both raw text and text with punctuation stripped, so a copy
    # with changed punctuation is still caught
    ref_grams = {k: grams(v) | grams(norm(v)) for k, v in refs.items()}
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    name_re = re.compile(r"^(%s)-(\d\d)-(%s)\.json$" % ("|".join(PERSONAS), "|".join(QUALITIES)))
    for path in files:
        fn = os.path.basename(path)

        def err(msg):
            errors.append("%s: %s" % (fn, msg))

        m = name_re.match(fn)
        if not m:
            err("bad file name")
            continue
        try:
            t = json.load(open(path, encoding="utf-8"))
        except Exception as e:  # noqa
            err("bad JSON: %s" % e)
            continue
        if list(t.keys()) != ["persona", "scenario", "quality", "note", "turns", "label"]:
            err("field set/order %s" % list(t.keys()))
        if t.get("persona") != m.group(1):
            err("persona does not match file name")
        if t.get("quality") != m.group(3):
            err("quality does not match file name")
        if t.get("scenario") != "":
            err("scenario must be empty")
        note = t.get("note", "")
        if not note or CJK_RE.search(note):
            err("note must be non-empty English")
        turns = t.get("turns", [])
        if not 4 <= len(turns) <= 30:
            err("turn count %d outside 4-30" % len(turns))
        for i, tu in enumerate(turns):
            if set(tu.keys()) != {"role", "text"}:
                err("turn %d keys %s" % (i, list(tu.keys())))
            if tu.get("role") not in ("visitor", "trainee"):
                err("turn %d bad role" % i)
            txt = tu.get("text", "")
            if not txt.strip():
                err("turn %d empty" % i)
            if CJK_RE.search(txt):
                bad = sorted(set(c for c in txt if c in ASCII_BAD))
                if bad:
                    err("turn %d ASCII punctuation %s" % (i, bad))
                if "..." in txt or re.search(r"[\u4e00-\u9fff]\.", txt):
                    err("turn %d ASCII period/ellipsis" % i)
            nt = norm(txt)
            for b in BANNED:
                if norm(b) in nt:
                    err("turn %d banned phrase %s" % (i, b))
            for k, g in ref_grams.items():
                hit = (grams(txt) | grams(nt)) & g
                hit = {h for h in hit if len(CJK_RE.findall(h)) >= 6}
                if hit:
                    err("turn %d shares 10-char run with %s: %s" % (i, k, sorted(hit)[:3]))
        lab = t.get("label", {})
        if set(lab.keys()) != {"overall", "stages_done", "violations"}:
            err("label keys %s" % list(lab.keys()))
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall not int 0-100")
            continue
        sd = lab["stages_done"]
        if any(s not in STAGES for s in sd):
            err("unknown stage")
        if sd != [s for s in STAGES if s in sd]:
            err("stages not in canonical order or duplicated")
        viol = lab["violations"]
        codes = set()
        for v in viol:
            if set(v.keys()) != {"code", "turn"}:
                err("violation keys")
                continue
            if v["code"] not in CODES:
                err("unknown code %s" % v["code"])
            if not 0 <= v["turn"] < len(turns) or turns[v["turn"]]["role"] != "trainee":
                err("violation turn %s not a trainee turn" % v["turn"])
            codes.add(v["code"])
        if len({(v["code"], v["turn"]) for v in viol}) != len(viol):
            err("duplicate violation")
        if [v["turn"] for v in viol] != sorted(v["turn"] for v in viol):
            err("violations not sorted by turn")
        breach = bool(codes & BREACH) or (t["persona"] == "unwell" and "confront" in codes)
        if breach and ov > 40:
            err("compliance breach but overall %d > 40" % ov)
        if ov >= 90 and (len(sd) < 6 or viol):
            err("90+ needs all six stages and no faults")
        if ov >= 80 and (len(sd) < 5 or viol):
            err("80+ needs five or six stages and no faults")
        if ov >= 60 and viol:
            err("60+ with violations")
        if 70 <= ov < 80 and len(sd) < 5:
            err("70s need five or six stages")
        if 60 <= ov < 70 and len(sd) < 4:
            err("60s need about four stages")
        lo, hi = QUALITY_RANGE[t["quality"]]
        if not lo <= ov <= hi:
            err("overall %d outside %s range %s" % (ov, t["quality"], (lo, hi)))
        if t["quality"] == "long_bad" and len(turns) < 18:
            err("long_bad should be long (>= 18 turns)")
        if t["quality"] == "short_good" and len(turns) > 12:
            err("short_good should be short (<= 12 turns)")
    print("%d files checked" % len(files))
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
