#!/usr/bin/env python3
"""Checks lines.jsonl in this folder.

- format: one JSON object per line, fields in the fixed order, known persona
  and codes, id pattern, unique ids
- label consistency: <code>-NN contains <code>; <code>-nNN does not (and is
  empty here); good-NN is empty
- full-width punctuation in every Chinese visitor/text
- banned phrases (the rubric's example phrases and other stock wording)
- copy check: any 10-character run shared with the corpus, DOMAIN.md or the
  two READMEs (compared after dropping punctuation and spaces)
Exit status 1 when anything is wrong.
"""
import collections
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
FIELDS = ["id", "persona", "visitor", "text", "codes", "note"]
PERSONAS = {"confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"}
CODES = {"rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"}
ASCII_BAD = set(",?!;:\"'()")
CJK = re.compile(r"[\u4e00-\u9fff]")

BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票", "特殊照顾",
    "回去等通知", "有关部门", "相关单位", "一分也少不了", "心意我领了",
    "你这话就不对了", "根本没这回事", "以人民为中心", "找我们也没用", "我也说不好",
    "有话慢慢说", "不识字就回去找个识字的", "脑子有病", "哭有什么用", "你吼什么吼",
    "保证批下来", "办公室经费", "救助指标给你留一个", "打个招呼", "切实维护",
    "请您相信党和政府", "这个确实不是地契", "你自己找去", "你自己想办法吧",
    "回村里问问", "我不能保证", "能报的一分不会少", "能办的一定给你办", "不闹也给",
    "按规定也能补发", "我今天就打电话", "两周内书面答复", "我帮你递复查申请",
    "红包你收回去", "饭我也不去", "堵门也改不了片区", "换回来不现实",
    "这个难受是真真的", "电脑的事我跟村里说一声", "我们一定认真听取您的意见",
    "您反映的问题我们一定会认真对待", "您当时要是坚持签个合同", "看看能不能特殊照顾",
    "我不敢说一定能办成", "花钱买平安", "大闹大解决", "听着、答应着", "千万不要呛着",
    "增人不增地", "减人不减地", "来访必接", "尽快劝返",
]

PUNCT = re.compile(r"[\s\u3000-\u303f\uff00-\uffef!-/:-@\[-`{-~…—·“”‘’]")


def norm(s):
    return PUNCT.sub("", s)


def source_runs(n=10):
    paths = sorted(glob.glob("/work/shared/corpus/*.txt"))
    paths += ["/work/shared/DOMAIN.md",
              os.path.join(ROOT, "testdata", "talks", "README.md"),
              os.path.join(ROOT, "testdata", "lines", "README.md")]
    runs = {}
    for p in paths:
        try:
            t = norm(open(p, encoding="utf-8", errors="replace").read())
        except OSError:
            print("WARN cannot read", p)
            continue
        for i in range(len(t) - n + 1):
            runs.setdefault(t[i:i + n], os.path.basename(p))
    return runs


def main():
    errs = []
    rows = []
    with open(os.path.join(HERE, "lines.jsonl"), encoding="utf-8") as f:
        for ln, raw in enumerate(f, 1):
            try:
                r = json.loads(raw)
            except ValueError as e:
                errs.append("line %d: bad JSON %s" % (ln, e))
                continue
            rows.append(r)
            if list(r.keys()) != FIELDS:
                errs.append("line %d: fields %s" % (ln, list(r.keys())))
                continue
            rid = r["id"]
            if r["persona"] not in PERSONAS:
                errs.append("%s: persona %s" % (rid, r["persona"]))
            if not isinstance(r["codes"], list) or not set(r["codes"]) <= CODES:
                errs.append("%s: codes %s" % (rid, r["codes"]))
            if len(set(r["codes"])) != len(r["codes"]):
                errs.append("%s: duplicate code" % rid)
            m = re.fullmatch(r"(good|[a-z_]+)-(n?)(\d\d)", rid)
            if not m:
                errs.append("%s: id pattern" % rid)
            else:
                head, neg, _ = m.groups()
                if head == "good":
                    if neg or r["codes"]:
                        errs.append("%s: good line must have empty codes" % rid)
                elif head not in CODES:
                    errs.append("%s: unknown code in id" % rid)
                elif neg:
                    if head in r["codes"]:
                        errs.append("%s: hard negative carries its code" % rid)
                    if r["codes"]:
                        errs.append("%s: hard negative not empty" % rid)
                elif head not in r["codes"]:
                    errs.append("%s: positive lacks its code" % rid)
            for fld in ("visitor", "text"):
                v = r[fld]
                if not v.strip():
                    errs.append("%s: empty %s" % (rid, fld))
                if CJK.search(v):
                    bad = sorted(set(c for c in v if c in ASCII_BAD))
                    if bad:
                        errs.append("%s: ASCII punctuation %s in %s" % (rid, bad, fld))
                for b in BANNED:
                    if b in v:
                        errs.append("%s: banned phrase %s in %s" % (rid, b, fld))
            if CJK.search(r["note"]) and not re.search(r"[A-Za-z]{3}", r["note"]):
                errs.append("%s: note not English" % rid)
            if not r["note"].strip():
                errs.append("%s: empty note" % rid)
    ids = [r.get("id") for r in rows]
    for k, c in collections.Counter(ids).items():
        if c > 1:
            errs.append("duplicate id %s" % k)
    texts = collections.Counter(r["text"] for r in rows)
    for k, c in texts.items():
        if c > 1:
            errs.append("duplicate text: %s" % k)

    runs = source_runs()
    for r in rows:
        for fld in ("visitor", "text"):
            t = norm(r[fld])
            hits = set()
            for i in range(len(t) - 9):
                if t[i:i + 10] in runs:
                    hits.add((t[i:i + 10], runs[t[i:i + 10]]))
            for h in sorted(hits):
                errs.append("%s: copy run %s (%s) in %s" % (r["id"], h[0], h[1], fld))

    # summary
    groups = collections.Counter()
    for rid in ids:
        m = re.fullmatch(r"(good|[a-z_]+)-(n?)(\d\d)", rid or "")
        if m:
            groups[m.group(1) + ("-n" if m.group(2) else "")] += 1
    print("lines:", len(rows))
    print("groups:", dict(sorted(groups.items())))
    print("code counts:", dict(sorted(collections.Counter(
        c for r in rows for c in r["codes"]).items())))
    print("personas:", dict(sorted(collections.Counter(r["persona"] for r in rows).items())))
    lens = [len(r["text"]) for r in rows]
    print("text length: min %d, max %d, >=80: %d, <=12: %d" % (
        min(lens), max(lens), sum(l >= 80 for l in lens), sum(l <= 12 for l in lens)))
    print("multi-code lines:", sum(len(r["codes"]) > 1 for r in rows))
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else "%d problems" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
