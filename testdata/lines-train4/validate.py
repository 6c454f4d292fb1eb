#!/usr/bin/env python3
"""Checks lines.jsonl: format, label consistency, punctuation, banned phrases,
and 10-character runs shared with the reference texts (copy check).

Run: python3 validate.py   (exit status 1 when anything is wrong)
"""
import glob
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = "/work/shared"

CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
FIELDS = ["id", "persona", "visitor", "text", "codes", "note"]

# Example phrases from the rubric; none may appear in our lines.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票",
    "特殊照顾", "回去等通知", "有关部门", "相关单位", "一分也少不了",
    "心意我领了", "你这话就不对了", "根本没这回事", "以人民为中心",
    "找我们也没用", "我也说不好", "先坐，有话慢慢说", "有话慢慢说",
    "不识字就回去找个识字的", "脑子有病", "哭有什么用", "你吼什么吼",
    "从办公室经费里", "救助指标给你留", "先给你儿子打个招呼", "你自己找去",
    "你自己想办法吧", "确实不是地契", "切实维护", "相信党和政府",
    "我不能保证", "我不敢说一定能办成", "能办的一定给你办", "该是您的",
    "能报的一分不会少", "不闹也给", "我今天就打电话", "两周内书面答复",
    "我帮你递复查申请", "红包你收回去", "饭我也不去", "换回来不现实",
    "堵门也改不了片区", "这个难受是真真的", "电脑的事我跟村里说一声",
    "我们一定认真听取您的意见", "您反映的问题我们一定会认真对待",
    "您的情况我们都了解了", "看看能不能特殊", "保证批下来",
    "申请检察监督", "公安是要依法处理的", "你这是", "增人不增地",
]
ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r"[\u4e00-\u9fff]")
ID_RE = re.compile(r"^(good|[a-z_]+)-(n?)(\d{2})$")


def section(path, heading):
    """Text of one '## heading' section (until the next '## ')."""
    out, on = [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("## "):
                on = line[3:].strip() == heading
                continue
            if on:
                out.append(line)
    return "".join(out)


def references():
    refs = {}
    for p in sorted(glob.glob(os.path.join(SHARED, "corpus", "*"))):
        refs[os.path.basename(p)] = open(p, encoding="utf-8", errors="ignore").read()
    refs["DOMAIN.md"] = open(os.path.join(SHARED, "DOMAIN.md"), encoding="utf-8").read()
    talks = os.path.join(REPO, "testdata", "talks", "README.md")
    lines = os.path.join(REPO, "testdata", "lines", "README.md")
    refs["talks/README Format"] = section(talks, "Format")
    refs["talks/README rubric"] = section(talks, "Labelling rubric")
    refs["lines/README Format"] = section(lines, "Format")
    return refs


PUNCT = re.compile(r"[\s\W_]+")


def ngrams(s, n=10):
    """10-character runs of the raw text and of the text with punctuation
    and spaces removed (so ASCII/full-width punctuation cannot hide a copy)."""
    out = {s[i:i + n] for i in range(len(s) - n + 1)}
    t = PUNCT.sub("", s)
    out |= {"~" + t[i:i + n] for i in range(len(t) - n + 1)}
    return out


def main():
    errors = []
    rows = []
    with open(os.path.join(HERE, "lines.jsonl"), encoding="utf-8") as f:
        for k, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line, object_pairs_hook=list))
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON (%s)" % (k, e))
    objs = []
    for k, pairs in enumerate(rows, 1):
        keys = [p[0] for p in pairs]
        if keys != FIELDS:
            errors.append("line %d: fields %s" % (k, keys))
        objs.append(dict(pairs))

    seen = set()
    for o in objs:
        rid = o.get("id", "?")
        if rid in seen:
            errors.append("%s: duplicate id" % rid)
        seen.add(rid)
        m = ID_RE.match(rid)
        if not m:
            errors.append("%s: bad id" % rid)
            continue
        base, neg = m.group(1), m.group(2)
        codes = o["codes"]
        if not isinstance(codes, list) or any(c not in CODES for c in codes):
            errors.append("%s: bad codes %r" % (rid, codes))
        if len(set(codes)) != len(codes):
            errors.append("%s: repeated code" % rid)
        if o["persona"] not in PERSONAS:
            errors.append("%s: bad persona" % rid)
        if base == "good":
            if neg or codes:
                errors.append("%s: good line must have empty codes" % rid)
        elif base not in CODES:
            errors.append("%s: unknown code in id" % rid)
        elif neg:
            if base in codes:
                errors.append("%s: hard negative carries its own code" % rid)
            if codes:
                errors.append("%s: hard negative should have empty codes" % rid)
        elif base not in codes:
            errors.append("%s: positive lacks its code" % rid)
        for fld in ("visitor", "text", "note"):
            if not isinstance(o[fld], str) or not o[fld].strip():
                errors.append("%s: empty %s" % (rid, fld))
        for fld in ("visitor", "text"):
            s = o[fld]
            if CJK.search(s):
                bad = sorted(set(ch for ch in s if ch in ASCII_PUNCT))
                if bad:
                    errors.append("%s: ASCII punctuation %s in %s" % (rid, bad, fld))
            if re.search(r"\s", s):
                errors.append("%s: whitespace in %s" % (rid, fld))
            for b in BANNED:
                if b in s:
                    errors.append("%s: banned phrase %r in %s" % (rid, b, fld))
        if CJK.search(o["note"]):
            errors.append("%s: note should be English" % rid)

    # duplicate texts
    tc = Counter(o["text"] for o in objs)
    for t, c in tc.items():
        if c > 1:
            errors.append("duplicate text: %s" % t)

    # copy check
    refs = references()
    refgrams = {name: ngrams(txt) for name, txt in refs.items()}
    for o in objs:
        for fld in ("visitor", "text"):
            for g in ngrams(o[fld]):
                for name, gs in refgrams.items():
                    if g in gs:
                        errors.append("%s: %s shares %r with %s" % (o["id"], fld, g, name))

    # summary
    pos = Counter()
    negc = Counter()
    per = Counter(o["persona"] for o in objs)
    allcodes = Counter()
    for o in objs:
        m = ID_RE.match(o["id"])
        if m and m.group(1) != "good":
            (negc if m.group(2) else pos)[m.group(1)] += 1
        for c in o["codes"]:
            allcodes[c] += 1
    good = sum(1 for o in objs if o["id"].startswith("good-"))
    lens = sorted(len(o["text"]) for o in objs)
    print("lines:", len(objs))
    print("positives by id:", dict(pos))
    print("hard negatives:", dict(negc))
    print("good:", good)
    print("code occurrences:", dict(allcodes))
    print("two-code lines:", sum(1 for o in objs if len(o["codes"]) > 1))
    print("personas:", dict(per))
    print("text length min/median/max:", lens[0], lens[len(lens) // 2], lens[-1],
          " >=80:", sum(1 for x in lens if x >= 80))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
