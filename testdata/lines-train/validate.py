#!/usr/bin/env python3
"""Check lines.jsonl in this directory and print its counts.

    python3 testdata/lines-train/validate.py

Exits non-zero on any error.
"""
import json
import os
import re
import sys
from collections import Counter

FIELDS = ["id", "persona", "visitor", "text", "codes", "note"]
PERSONAS = {"confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"}
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
ID_RE = re.compile(r"^(?:(%s)-(n?)(\d{2,3})|good-(\d{2,3}))$" % "|".join(CODES))
ASCII_PUNCT = re.compile(r"[,?!;:\"'()]")
CJK = re.compile(r"[\u4e00-\u9fff]")

# Example phrases from the rubric (testdata/talks/README.md), from the format
# README (testdata/lines/README.md) and a few from DOMAIN.md. None may appear
# in a visitor or officer line of this set.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
    "就这一回", "只这一回", "我尽量给您争取", "尽量给您争取", "你自己想办法吧",
    "自己想办法", "以人民为中心", "说不定能给你办", "说不定能",
    "不识字就回去找个识字的", "脑子有病", "哭有什么用", "你吼什么吼",
    "保证批下来", "特殊照顾", "找我们也没用", "我也说不好", "你这话就不对了",
    "根本没这回事", "确实不是地契", "从办公室经费里", "救助指标给你留",
    "先给你儿子打个招呼", "切实维护", "请您相信党和政府", "回去等通知",
    "认真听取您的意见", "我不能保证", "不敢打包票", "打包票", "打保票",
    "一分也少不了", "一分不会少", "能办的一定给你办", "不闹也给",
    "我今天就打电话", "两周内书面答复", "我帮你递复查申请", "红包你收回去",
    "饭我也不去", "堵门也改不了片区", "这个难受是真真的", "电脑的事我跟村里说一声",
    "心意我领了", "那我收着", "我会跟有关部门反映", "十有八九", "大概率",
    "开个口子", "琢磨琢磨", "优先考虑你", "拿了就别来了", "这事就到这儿了",
    "相关单位", "不怎么长心眼", "留个字据就好办多了", "刁民", "老油子",
    "那疙瘩", "拉倒吧", "哪个晓得", "以老卖老", "花钱买平安", "大闹大解决",
    "换回来不现实", "法院的判决我们没法改", "您当时要是坚持签个合同",
    "我不给你打包票", "该是您的一分", "我一定去问", "息诉罢访",
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "lines.jsonl")
    errors = []
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            raw = raw.rstrip("\n")
            if not raw.strip():
                errors.append("line %d: blank line" % n)
                continue
            try:
                obj = json.loads(raw)
            except ValueError as e:
                errors.append("line %d: bad JSON: %s" % (n, e))
                continue
            if not isinstance(obj, dict) or list(obj.keys()) != FIELDS:
                errors.append("line %d: fields must be exactly %s in order" % (n, FIELDS))
                continue
            rows.append((n, obj))

    seen = set()
    for n, o in rows:
        rid = o["id"]
        where = "line %d (%s)" % (n, rid)
        if rid in seen:
            errors.append("%s: duplicate id" % where)
        seen.add(rid)
        for k in ("id", "persona", "visitor", "text", "note"):
            if not isinstance(o[k], str) or not o[k].strip():
                errors.append("%s: %s must be a non-empty string" % (where, k))
        if o["persona"] not in PERSONAS:
            errors.append("%s: bad persona %r" % (where, o["persona"]))
        codes = o["codes"]
        if not isinstance(codes, list) or any(c not in CODES for c in codes):
            errors.append("%s: bad codes %r" % (where, codes))
            continue
        if len(set(codes)) != len(codes):
            errors.append("%s: repeated code" % where)
        m = ID_RE.match(rid)
        if not m:
            errors.append("%s: malformed id" % where)
        elif m.group(1):
            code, neg = m.group(1), m.group(2)
            if neg and code in codes:
                errors.append("%s: hard negative carries its own code" % where)
            if not neg and code not in codes:
                errors.append("%s: positive lacks its own code" % where)
        elif codes:
            errors.append("%s: good line carries codes" % where)
        for k in ("visitor", "text"):
            s = o[k]
            if CJK.search(s) and ASCII_PUNCT.search(s):
                errors.append("%s: ASCII punctuation in %s: %r" % (
                    where, k, ASCII_PUNCT.findall(s)))
            for b in BANNED:
                if b in s:
                    errors.append("%s: banned phrase %r in %s" % (where, b, k))
        if CJK.search(o["note"]):
            errors.append("%s: note should be English" % where)

    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d error(s)" % len(errors))
        sys.exit(1)

    objs = [o for _, o in rows]
    print("OK: %d lines" % len(objs))
    print()
    print("| code | positives (id) | hard negatives | occurrences in codes |")
    print("|---|---|---|---|")
    tp = tn = 0
    for c in CODES:
        pos = sum(1 for o in objs if re.match(r"^%s-\d" % c, o["id"]))
        neg = sum(1 for o in objs if o["id"].startswith(c + "-n"))
        occ = sum(1 for o in objs if c in o["codes"])
        tp += pos
        tn += neg
        print("| %s | %d | %d | %d |" % (c, pos, neg, occ))
    good = sum(1 for o in objs if o["id"].startswith("good-"))
    print("| good (no fault) | - | - | %d lines |" % good)
    print("| total | %d | %d | %d lines |" % (tp, tn, len(objs)))
    print()
    pc = Counter(o["persona"] for o in objs)
    print("personas:", ", ".join("%s %d" % (p, pc[p]) for p in sorted(pc)))
    multi = [o for o in objs if len(o["codes"]) > 1]
    print("multi-code lines (%d):" % len(multi))
    for o in multi:
        print("  %s: %s" % (o["id"], ", ".join(o["codes"])))
    lens = sorted(len(o["text"]) for o in objs)
    print("text length: min %d, median %d, max %d; %d lines of 80+ chars" % (
        lens[0], lens[len(lens) // 2], lens[-1], sum(1 for x in lens if x >= 80)))
    coded = sum(1 for o in objs if o["codes"])
    print("lines with at least one code: %d; with none: %d" % (coded, len(objs) - coded))


if __name__ == "__main__":
    main()
