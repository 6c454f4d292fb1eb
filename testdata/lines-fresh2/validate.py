#!/usr/bin/env python3
"""Validate lines.jsonl in this directory and print its counts.

Checks: one JSON object per line; exact field order; valid persona and codes;
no repeated code; id/codes consistency; unique, well-formed ids; full-width
punctuation in Chinese fields; none of the banned (rubric/README example)
phrases. With --overlap it also reports any 10-character run shared with the
domain corpus or the two README files (a copying check; warnings only).
"""
import collections
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "persona", "visitor", "text", "codes", "note"]
PERSONAS = {"confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"}
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
ID_RE = re.compile(r"^(?:(%s)-(n?)(\d\d)|good-(\d\d))$" % "|".join(CODES))
ASCII_PUNCT = set(",?!;:\"'()")
CJK = re.compile(r"[\u4e00-\u9fff]")

# Example phrases from testdata/talks/README.md (rubric), testdata/lines/README.md
# and DOMAIN.md that must not be reused.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
    "就这一回", "只这一回", "我尽量给您争取", "尽量给您争取", "你自己想办法吧",
    "以人民为中心", "说不定能给你办", "不识字就回去找个识字的", "脑子有病",
    "哭有什么用", "你吼什么吼", "找我们也没用", "我也说不好", "特殊照顾",
    "从办公室经费里", "救助指标给你留一个", "先给你儿子打个招呼", "切实维护",
    "请您相信党和政府", "回去等通知", "认真听取您的意见", "我不能保证",
    "打包票", "打保票", "一分也少不了", "一分不会少", "能办的一定给你办",
    "这个难受是真真的", "跟村里说一声", "红包你收回去", "饭我也不去",
    "你这话就不对了", "根本没这回事", "确实不是地契", "十有八九", "大概率",
    "优先考虑你", "开个口子", "最后一次", "留个字据", "不怎么长心眼",
    "拉倒吧", "哪个晓得", "该您拿的", "今天就打电话", "十五天内书面告知",
    "拿了就别来了", "这事就到这儿了", "心意我领了", "两周内书面答复",
    "我帮你递复查申请", "不闹也给", "该补的差价", "相关单位", "有关部门",
    "找老板去", "坚持签个合同", "换回来不现实", "堵门也改不了片区",
    "路已经修了", "我一定去问", "我不敢说一定能办成", "核实符合条件的",
    "按规定也能补发", "您想多了", "没有的事", "堵门、拦车", "听着、答应着",
    "千万不要呛着", "大闹大解决", "花钱买平安", "先坐,有话慢慢说", "先坐，有话慢慢说",
]


def fail(errs, msg):
    errs.append(msg)


def main():
    path = os.path.join(HERE, "lines.jsonl")
    errs = []
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            raw = raw.rstrip("\n")
            try:
                pairs = json.loads(raw, object_pairs_hook=lambda p: p)
            except Exception as e:  # noqa
                fail(errs, "line %d: bad JSON: %s" % (n, e))
                continue
            keys = [k for k, _ in pairs]
            if keys != FIELDS:
                fail(errs, "line %d: fields %s" % (n, keys))
                continue
            rows.append((n, dict(pairs)))

    seen = set()
    for n, o in rows:
        rid = o["id"]
        if rid in seen:
            fail(errs, "line %d: duplicate id %s" % (n, rid))
        seen.add(rid)
        m = ID_RE.match(rid if isinstance(rid, str) else "")
        if not m:
            fail(errs, "line %d: bad id %r" % (n, rid))
            continue
        if o["persona"] not in PERSONAS:
            fail(errs, "%s: bad persona %r" % (rid, o["persona"]))
        codes = o["codes"]
        if not isinstance(codes, list) or any(c not in CODES for c in codes):
            fail(errs, "%s: bad codes %r" % (rid, codes))
            continue
        if len(set(codes)) != len(codes):
            fail(errs, "%s: repeated code" % rid)
        code, neg = m.group(1), m.group(2)
        if code and not neg and code not in codes:
            fail(errs, "%s: positive without its code" % rid)
        if code and neg and code in codes:
            fail(errs, "%s: hard negative carries its code" % rid)
        if m.group(4) and codes:
            fail(errs, "%s: good line with codes" % rid)
        for fld in ("visitor", "text"):
            s = o[fld]
            if not isinstance(s, str) or not s.strip():
                fail(errs, "%s: empty %s" % (rid, fld))
                continue
            if CJK.search(s):
                bad = sorted(set(ch for ch in s if ch in ASCII_PUNCT or ch == "."))
                if bad:
                    fail(errs, "%s: ASCII punctuation %s in %s" % (rid, bad, fld))
            for b in BANNED:
                if b in s:
                    fail(errs, "%s: banned phrase %s in %s" % (rid, b, fld))
        if not isinstance(o["note"], str) or not o["note"].strip():
            fail(errs, "%s: empty note" % rid)

    if "--overlap" in sys.argv:
        srcs = glob.glob("/work/shared/corpus/*.txt") + [
            "/work/shared/DOMAIN.md",
            os.path.join(HERE, "..", "talks", "README.md"),
            os.path.join(HERE, "..", "lines", "README.md")]
        big = ""
        for p in srcs:
            try:
                big += open(p, encoding="utf-8", errors="ignore").read()
            except OSError:
                pass
        big = re.sub(r"[\s,，。？！：；、“”\"'（）()]", "", big)
        for _, o in rows:
            for fld in ("visitor", "text"):
                s = re.sub(r"[\s,，。？！：；、“”\"'（）()]", "", o[fld])
                for i in range(len(s) - 9):
                    if s[i:i + 10] in big:
                        print("overlap warning %s %s: %s" % (o["id"], fld, s[i:i + 10]))
                        break

    # counts
    pos = collections.Counter()
    neg = collections.Counter()
    occ = collections.Counter()
    per = collections.Counter()
    good = 0
    multi = []
    for _, o in rows:
        m = ID_RE.match(o["id"])
        if not m:
            continue
        per[o["persona"]] += 1
        for c in o["codes"]:
            occ[c] += 1
        if len(o["codes"]) > 1:
            multi.append((o["id"], o["codes"]))
        if m.group(4):
            good += 1
        elif m.group(2):
            neg[m.group(1)] += 1
        else:
            pos[m.group(1)] += 1
    print("| code | positives | hard negatives | occurrences |")
    print("|---|---|---|---|")
    for c in CODES:
        print("| %s | %d | %d | %d |" % (c, pos[c], neg[c], occ[c]))
    print("| good | - | - | %d lines |" % good)
    print("total lines: %d; with codes: %d; without: %d" % (
        len(rows), sum(1 for _, o in rows if o["codes"]),
        sum(1 for _, o in rows if not o["codes"])))
    print("personas:", ", ".join("%s %d" % (k, per[k]) for k in sorted(per)))
    print("multi-code:", "; ".join("%s %s" % (i, "+".join(c)) for i, c in multi))
    lens = sorted(len(o["text"]) for _, o in rows)
    vl = sorted(len(o["visitor"]) for _, o in rows)
    print("text length: min %d, median %d, max %d; texts >= 80 chars: %d; visitor turns >= 80 chars: %d" % (
        lens[0], lens[len(lens) // 2], lens[-1], sum(1 for x in lens if x >= 80), sum(1 for x in vl if x >= 80)))
    if errs:
        print("\nERRORS (%d):" % len(errs))
        for e in errs:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
