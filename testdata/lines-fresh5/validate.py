#!/usr/bin/env python3
"""Checks lines.jsonl: format, label consistency, full-width punctuation,
banned rubric phrases, and 10-character overlaps with the source texts."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
FIELDS = ["id", "persona", "visitor", "text", "codes", "note"]
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知", "有关部门",
    "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说", "先坐",
    "不识字就回去", "脑子有病", "哭有什么用", "你吼什么吼", "办公室经费里",
    "救助指标给你留", "先给你儿子打个招呼", "确实不是地契", "切实维护",
    "请您相信党和政府", "保证批下来", "你自己找去", "你自己想办法", "回村里问问",
    "我不能保证", "不敢打包票", "能报的一分", "能办的一定给你办", "不闹也给",
    "核实符合条件的", "我今天就打电话", "两周内书面答复", "帮你递复查申请",
    "红包你收回去", "饭我也不去", "换回来不现实", "堵门也改不了", "难受是真真的",
    "电脑的事我跟村里", "我们一定会认真对待", "我们研究研究", "说不定",
    "花钱买平安", "大闹大解决",
]
ASCII_PUNCT = set(",?!;:\"'().")
CJK = re.compile(r"[\u4e00-\u9fff]")


def section(path, start_heading, stop_level="## "):
    """Text of one '## ' section (including its subsections)."""
    out, on = [], False
    for line in open(path, encoding="utf-8"):
        if line.startswith("## "):
            on = line.strip() == start_heading
            if on:
                continue
        if on:
            out.append(line)
    return "".join(out)


def sources():
    texts = []
    cdir = "/work/shared/corpus"
    for fn in sorted(os.listdir(cdir)):
        texts.append(open(os.path.join(cdir, fn), encoding="utf-8").read())
    texts.append(open("/work/shared/DOMAIN.md", encoding="utf-8").read())
    talks = os.path.join(ROOT, "testdata", "talks", "README.md")
    lines = os.path.join(ROOT, "testdata", "lines", "README.md")
    texts.append(section(talks, "## Format"))
    texts.append(section(talks, "## Labelling rubric"))
    texts.append(section(lines, "## Format"))
    return texts


STRIP = re.compile(r"[\s\W_]+", re.UNICODE)


def norm(s):
    return STRIP.sub("", s)


def main():
    errs = []
    rows = []
    path = os.path.join(HERE, "lines.jsonl")
    for i, raw in enumerate(open(path, encoding="utf-8"), 1):
        try:
            obj = json.loads(raw)
        except Exception as e:  # noqa
            errs.append("line %d: bad json %s" % (i, e))
            continue
        rows.append(obj)
        if list(obj.keys()) != FIELDS:
            errs.append("%s: field order %s" % (obj.get("id"), list(obj.keys())))
    ids = Counter(r["id"] for r in rows)
    for k, v in ids.items():
        if v > 1:
            errs.append("duplicate id %s" % k)
    texts = Counter(r["text"] for r in rows)
    for k, v in texts.items():
        if v > 1:
            errs.append("duplicate text %s" % k)
    for r in rows:
        rid, codes = r["id"], r["codes"]
        if r["persona"] not in PERSONAS:
            errs.append("%s: persona %s" % (rid, r["persona"]))
        if not isinstance(codes, list) or any(c not in CODES for c in codes) \
                or len(set(codes)) != len(codes):
            errs.append("%s: bad codes %s" % (rid, codes))
        m = re.fullmatch(r"(good|[a-z_]+)-(n?)(\d\d)", rid)
        if not m:
            errs.append("%s: bad id" % rid)
            continue
        base, neg = m.group(1), m.group(2)
        if base == "good":
            if neg or codes:
                errs.append("%s: good line must have empty codes" % rid)
        elif base not in CODES:
            errs.append("%s: unknown code in id" % rid)
        elif neg and base in codes:
            errs.append("%s: hard negative carries its code" % rid)
        elif not neg and base not in codes:
            errs.append("%s: positive lacks its code" % rid)
        for fld in ("visitor", "text", "note"):
            if not isinstance(r[fld], str) or not r[fld].strip():
                errs.append("%s: empty %s" % (rid, fld))
        if CJK.search(r["note"]):
            errs.append("%s: note is not English" % rid)
        for fld in ("visitor", "text"):
            s = r[fld]
            if CJK.search(s):
                bad = sorted(set(ch for ch in s if ch in ASCII_PUNCT or ch == " "))
                if bad:
                    errs.append("%s: ASCII punctuation in %s: %r" % (rid, fld, bad))
            for b in BANNED:
                if b in s:
                    errs.append("%s: banned phrase %s in %s" % (rid, b, fld))
    # copy check
    src = [norm(t) for t in sources()]
    for r in rows:
        for fld in ("visitor", "text"):
            s = norm(r[fld])
            hits = set()
            for k in range(len(s) - 9):
                run = s[k:k + 10]
                if any(run in t for t in src):
                    hits.add(run)
            for h in sorted(hits):
                errs.append("%s: 10-char run shared with sources in %s: %s" % (r["id"], fld, h))
    # summary
    by_group = Counter()
    for r in rows:
        g = re.sub(r"\d+$", "", r["id"])
        by_group[g] += 1
    print("rows:", len(rows))
    for g in sorted(by_group):
        print("  %-18s %d" % (g, by_group[g]))
    print("personas:", dict(Counter(r["persona"] for r in rows)))
    print("multi-code lines:", [r["id"] for r in rows if len(r["codes"]) > 1])
    if errs:
        print("\nERRORS (%d):" % len(errs))
        for e in errs:
            print(" ", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
