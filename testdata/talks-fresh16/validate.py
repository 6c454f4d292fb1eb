#!/usr/bin/env python3
"""Check the hand-written talks in this folder.

Checks: file-name pattern, field set and order-independent types, roles,
turn count 4-30, stage keys in canonical order, violation codes, violation
indices pointing at trainee turns, overall range and the compliance cap,
full-width punctuation in Chinese text, a list of banned phrases (the
rubric's own example wording), and any 10-character run shared with the
source texts (corpus, DOMAIN.md, and the README sections that were read).
Run from anywhere: python3 validate.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = "/work/shared"

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "我们研究研究", "高度重视",
    "这不归我们管", "就这一回", "尽量给您争取", "尽量给你争取",
    "说不定能给你办", "打包票", "特殊照顾", "回去等通知", "有关部门",
    "相关单位", "一分也少不了", "心意我领了", "你这话就不对了",
    "根本没这回事", "以人民为中心", "找我们也没用", "我也说不好",
    "有话慢慢说", "你好，坐吧", "什么事", "什么问题你说", "今天是什么事",
    "不识字就回去", "找个识字的", "脑子有病", "哭有什么用", "吼什么吼",
    "坚持签个合同", "保证批下来", "办公室经费", "救助指标给你留",
    "先给你儿子打个招呼", "不是地契", "切实维护", "相信党和政府",
    "一定会认真对待", "认真听取您的意见", "我不能保证",
    "一分不会少", "能办的一定给你办", "不闹也给", "核实符合条件",
    "按规定也能补发", "没法直接给你办", "判决我们没法改",
    "确实归教育局管", "红包你收回去", "饭我也不去", "堵门", "拦车",
    "换回来不现实", "改不了片区", "难受是真真的", "电脑的事",
    "该是您的", "该是你的",
]

ASCII_BAD = set(',?!;:"\'()')
CJK = re.compile(r"[\u4e00-\u9fff]")
NAME = re.compile(r"^(%s)-(\d\d)-(%s)\.json$" % ("|".join(PERSONAS), "|".join(QUALITIES)))


def section(path, heading_re):
    """Return the lines of one markdown section (heading to next same-or-higher heading)."""
    out, on, level = [], False, 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^(#+)\s", line)
            if m:
                if on and len(m.group(1)) <= level:
                    break
                if re.match(heading_re, line):
                    on, level = True, len(m.group(1))
            if on:
                out.append(line)
    return "".join(out)


def norm(s):
    """Keep CJK ideographs, letters and digits; drop punctuation and spaces."""
    return "".join(ch for ch in s if ch.isalnum())


def source_grams(n=10):
    texts = []
    cdir = os.path.join(SHARED, "corpus")
    for fn in sorted(os.listdir(cdir)):
        with open(os.path.join(cdir, fn), encoding="utf-8", errors="ignore") as f:
            texts.append(f.read())
    with open(os.path.join(SHARED, "DOMAIN.md"), encoding="utf-8") as f:
        texts.append(f.read())
    talks_readme = os.path.join(ROOT, "testdata", "talks", "README.md")
    lines_readme = os.path.join(ROOT, "testdata", "lines", "README.md")
    texts.append(section(talks_readme, r"^## Format"))
    texts.append(section(talks_readme, r"^## Labelling rubric"))
    texts.append(section(lines_readme, r"^## Format"))
    grams = set()
    for t in texts:
        t = norm(t)
        for i in range(len(t) - n + 1):
            g = t[i:i + n]
            if CJK.search(g):
                grams.add(g)
    return grams


def main():
    errors = []
    grams = source_grams()
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".json"))
    seen_nn = {}
    for fn in files:
        path = os.path.join(HERE, fn)

        def err(msg):
            errors.append("%s: %s" % (fn, msg))

        m = NAME.match(fn)
        if not m:
            err("bad file name")
            continue
        try:
            with open(path, encoding="utf-8") as f:
                d = json.load(f)
        except Exception as e:  # noqa
            err("bad JSON: %s" % e)
            continue
        persona, nn, quality = m.groups()
        if (persona, nn) in seen_nn:
            err("duplicate number %s-%s" % (persona, nn))
        seen_nn[(persona, nn)] = fn
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err("field set %s" % sorted(d))
            continue
        if d["persona"] != persona:
            err("persona mismatch")
        if d["quality"] != quality:
            err("quality mismatch")
        if d["scenario"] != "":
            err("scenario must be empty")
        if not isinstance(d["note"], str) or len(d["note"]) < 40 or CJK.search(d["note"]):
            err("note must be English and substantive")
        turns = d["turns"]
        if not (4 <= len(turns) <= 30):
            err("turn count %d" % len(turns))
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"}:
                err("turn %d fields %s" % (i, sorted(t)))
                continue
            if t["role"] not in ("visitor", "trainee"):
                err("turn %d role %r" % (i, t["role"]))
            if not t["text"].strip():
                err("turn %d empty" % i)
            if i and turns[i - 1]["role"] == t["role"]:
                err("turn %d same role twice in a row" % i)
            txt = t["text"]
            if CJK.search(txt):
                bad = sorted(set(ch for ch in txt if ch in ASCII_BAD))
                if bad:
                    err("turn %d ASCII punctuation %s" % (i, "".join(bad)))
            for b in BANNED:
                if b in txt:
                    err("turn %d banned phrase %s" % (i, b))
            nt = norm(txt)
            hits = set()
            for k in range(len(nt) - 9):
                g = nt[k:k + 10]
                if g in grams:
                    hits.add(g)
            for h in sorted(hits):
                err("turn %d shares 10 chars with sources: %s" % (i, h))
        lab = d["label"]
        if set(lab) != {"overall", "stages_done", "violations"}:
            err("label fields %s" % sorted(lab))
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall %r" % ov)
        st = lab["stages_done"]
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            err("stages_done not canonical: %s" % st)
        codes = set()
        pairs = set()
        for v in lab["violations"]:
            if set(v) != {"code", "turn"}:
                err("violation fields %s" % v)
                continue
            if v["code"] not in CODES:
                err("unknown code %s" % v["code"])
            ti = v["turn"]
            if not isinstance(ti, int) or not 0 <= ti < len(turns):
                err("violation turn out of range %r" % ti)
            elif turns[ti]["role"] != "trainee":
                err("violation turn %d is not a trainee turn" % ti)
            if (v["code"], ti) in pairs:
                err("duplicate violation %s" % v)
            pairs.add((v["code"], ti))
            codes.add(v["code"])
        breach = bool(codes & BREACH) or (persona == "unwell" and "confront" in codes)
        if breach and ov > 40:
            err("compliance breach but overall %d > 40" % ov)
        if ov >= 90 and (lab["violations"] or len(st) < 6):
            err("90+ needs all six stages and no faults")
        if quality in ("excellent",) and (lab["violations"] or ov < 85):
            err("excellent talk with faults or low score")
        if quality == "long_bad" and len(turns) < 16:
            err("long_bad but only %d turns" % len(turns))
        if quality == "short_good" and len(turns) > 10:
            err("short_good but %d turns" % len(turns))
    print("%d files checked" % len(files))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
