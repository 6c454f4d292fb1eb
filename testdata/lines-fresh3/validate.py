#!/usr/bin/env python3
"""Checks lines.jsonl: format, label consistency, full-width punctuation,
banned example phrases, and 10-character runs shared with the sources."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "persona", "visitor", "text", "codes", "note"]
CODES = {"rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"}
PERSONAS = {"confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"}
SOURCES = [
    "/work/main/testdata/talks/README.md",
    "/work/main/testdata/lines/README.md",
    "/work/shared/DOMAIN.md",
] + sorted(os.path.join("/work/shared/corpus", f)
           for f in os.listdir("/work/shared/corpus"))

# Example phrases of the rubric (and of the lines README) that must not appear.
BANNED = [
    "胡搅蛮缠", "包在我身上", "研究研究", "高度重视", "这不归我们管", "不归我们管",
    "就这一回", "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票",
    "特殊照顾", "回去等通知", "有关部门", "相关单位", "一分也少不了",
    "心意我领了", "你这话就不对了", "根本没这回事", "以人民为中心",
    "找我们也没用", "我也说不好", "先坐，有话慢慢说", "有话慢慢说",
    "不识字就回去", "找个识字的", "脑子有病", "哭有什么用", "你吼什么吼",
    "办公室经费", "救助指标", "打个招呼", "切实维护", "相信党和政府",
    "你自己想办法吧", "你自己找去", "确实不是地契", "保证批下来",
    "能办的一定给你办", "该是您的", "不闹也给", "我今天就打电话",
    "两周内书面答复", "我帮你递复查申请", "难受是真真的", "跟村里说一声",
    "红包你收回去", "饭我也不去", "换回来不现实", "堵门也改不了",
    "我不能保证", "我不敢说一定能办成", "能报的一分不会少", "我不给你打包票",
    "我们一定认真听取您的意见", "您反映的问题我们一定会认真对待",
    "长心眼", "留个字据", "刁民", "老油子", "最后一次", "嗯，知道了",
    "那疙瘩", "拉倒吧", "哪个晓得", "坚持签个合同",
]
ASCII_PUNCT = set(",?!;:\"'()")
CJK = re.compile(r"[\u4e00-\u9fff]")
PUNCT_MAP = str.maketrans({"，": ",", "。": ".", "？": "?", "！": "!", "：": ":",
                           "；": ";", "（": "(", "）": ")", "“": '"', "”": '"',
                           "‘": "'", "’": "'", "、": ","})


def norm(s):
    return re.sub(r"\s+", "", s.translate(PUNCT_MAP))


def main():
    errors = []
    rows = []
    with open(os.path.join(HERE, "lines.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                obj = json.loads(line, object_pairs_hook=lambda p: p)
            except Exception as e:  # noqa
                errors.append("line %d: bad json %s" % (i, e))
                continue
            keys = [k for k, _ in obj]
            if keys != FIELDS:
                errors.append("line %d: fields %s" % (i, keys))
            rows.append(dict(obj))
    ids = Counter(r["id"] for r in rows)
    for k, v in ids.items():
        if v > 1:
            errors.append("duplicate id %s" % k)
    texts = Counter(r["text"] for r in rows)
    for k, v in texts.items():
        if v > 1:
            errors.append("duplicate text %s" % k)
    for r in rows:
        rid = r["id"]
        if r["persona"] not in PERSONAS:
            errors.append("%s: persona %s" % (rid, r["persona"]))
        if not isinstance(r["codes"], list) or any(c not in CODES for c in r["codes"]):
            errors.append("%s: codes %s" % (rid, r["codes"]))
        if len(set(r["codes"])) != len(r["codes"]):
            errors.append("%s: repeated code" % rid)
        m = re.fullmatch(r"(good|[a-z_]+)-(n?)(\d\d)", rid)
        if not m:
            errors.append("%s: bad id" % rid)
            continue
        grp, neg, _ = m.groups()
        if grp == "good":
            if neg or r["codes"]:
                errors.append("%s: good line must have empty codes" % rid)
        elif grp not in CODES:
            errors.append("%s: unknown code in id" % rid)
        elif neg and grp in r["codes"]:
            errors.append("%s: hard negative contains its code" % rid)
        elif not neg and grp not in r["codes"]:
            errors.append("%s: positive lacks its code" % rid)
        for fld in ("visitor", "text"):
            s = r[fld]
            if not isinstance(s, str) or not s.strip():
                errors.append("%s: empty %s" % (rid, fld))
                continue
            if CJK.search(s):
                bad = sorted(set(c for c in s if c in ASCII_PUNCT))
                if bad:
                    errors.append("%s: ASCII punctuation %s in %s" % (rid, bad, fld))
            for b in BANNED:
                if b in s:
                    errors.append("%s: banned phrase %r in %s" % (rid, b, fld))
        note = r["note"]
        if not isinstance(note, str) or not note.strip():
            errors.append("%s: empty note" % rid)
        elif len(CJK.findall(note)) * 3 > len(re.findall(r"[A-Za-z]", note)):
            errors.append("%s: note does not look English" % rid)
    # copy check: any 10-character run shared with a source
    src = ""
    for p in SOURCES:
        with open(p, encoding="utf-8", errors="replace") as f:
            src += norm(f.read()) + "\n"
    grams = set()
    for i in range(len(src) - 9):
        grams.add(src[i:i + 10])
    for r in rows:
        for fld in ("visitor", "text"):
            s = norm(r[fld])
            for i in range(len(s) - 9):
                if s[i:i + 10] in grams:
                    errors.append("%s: 10-char run shared with sources in %s: %s"
                                  % (r["id"], fld, s[i:i + 10]))
                    break
    # report
    print("lines:", len(rows))
    groups = Counter()
    for r in rows:
        g = r["id"].rsplit("-", 1)[0]
        kind = "good" if g == "good" else (
            "neg" if r["id"].rsplit("-", 1)[1].startswith("n") else "pos")
        groups[(g, kind)] += 1
    for c in sorted(CODES):
        occ = sum(c in r["codes"] for r in rows)
        print("  %-14s pos %2d  neg %2d  occurrences %2d" %
              (c, groups[(c, "pos")], groups[(c, "neg")], occ))
    print("  good", groups[("good", "good")])
    print("personas:", dict(sorted(Counter(r["persona"] for r in rows).items())))
    multi = [(r["id"], r["codes"]) for r in rows if len(r["codes"]) > 1]
    print("multi-code:", multi)
    lens = [len(r["text"]) for r in rows]
    print("text length: min %d max %d; <=10: %d; >=80: %d" % (
        min(lens), max(lens), sum(l <= 10 for l in lens), sum(l >= 80 for l in lens)))
    print("with codes: %d, empty codes: %d" % (
        sum(bool(r["codes"]) for r in rows), sum(not r["codes"] for r in rows)))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print(" ", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
