#!/usr/bin/env python3
"""Checks lines.jsonl in this folder.

- format: field order, types, id pattern, unique ids, persona and code sets
- label consistency: <code>-NN contains code, <code>-nNN does not (and is
  empty), good-NN is empty
- punctuation: no ASCII , ? ! ; : " ' ( ) in a Chinese visitor/text field
- banned phrases: the rubric's own example phrases
- copy check: any 10-character run shared with the corpus, DOMAIN.md or the
  two READMEs (only the matching run is printed)
Run: python3 validate.py
"""
import glob
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
FIELDS = ["id", "persona", "visitor", "text", "codes", "note"]
PERSONAS = {"confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"}
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
ID_RE = re.compile(r"^(good|%s)-(n?)(\d\d)$" % "|".join(CODES))
CJK = re.compile(r"[\u4e00-\u9fff]")
ASCII_PUNCT = re.compile(r"[,?!;:\"'()]")

BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "说不定能给你办", "打包票", "特殊照顾",
    "回去等通知", "有关部门", "相关单位", "一分也少不了", "心意我领了",
    "你这话就不对了", "根本没这回事", "以人民为中心", "找我们也没用",
    "我也说不好", "先坐，有话慢慢说", "先坐,有话慢慢说",
    "不识字就回去找个识字的", "你这是脑子有病", "哭有什么用", "你吼什么吼",
    "保证批下来", "你自己找去", "你自己想办法吧", "这个确实不是地契",
    "从办公室经费里", "救助指标给你留一个", "镇上招人", "切实维护",
    "请您相信党和政府", "我不能保证", "该是您的", "能报的一分不会少",
    "能办的一定给你办", "不闹也给", "核实符合条件的", "我今天就打电话",
    "两周内书面答复", "我帮你递复查申请", "红包你收回去", "饭我也不去",
    "换回来不现实", "这个难受是真真的", "电脑的事我跟村里说一声",
    "我们一定认真听取您的意见", "您反映的问题我们一定会认真对待",
    "堵门也改不了片区", "当时要是坚持签个", "我会跟有关部门反映", "去社保局问",
    "您的情况我们都了解了", "这个我信",
]


def load_refs():
    texts = []
    for p in sorted(glob.glob("/work/shared/corpus/*")):
        texts.append((os.path.basename(p), open(p, encoding="utf-8", errors="ignore").read()))
    for p in ["/work/shared/DOMAIN.md",
              os.path.join(ROOT, "testdata/talks/README.md"),
              os.path.join(ROOT, "testdata/lines/README.md")]:
        texts.append((p, open(p, encoding="utf-8", errors="ignore").read()))
    return texts


def grams(s, n=10):
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def cjk_only(s):
    return "".join(CJK.findall(s))


def main():
    errors = []
    rows = []
    path = os.path.join(HERE, "lines.jsonl")
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                d = json.loads(line)
            except Exception as e:
                errors.append("line %d: bad JSON %s" % (ln, e))
                continue
            rows.append((ln, d))

    ids = Counter(d.get("id") for _, d in rows)
    for i, c in ids.items():
        if c > 1:
            errors.append("duplicate id %s" % i)

    for ln, d in rows:
        where = "line %d (%s)" % (ln, d.get("id"))
        if list(d.keys()) != FIELDS:
            errors.append("%s: fields %s" % (where, list(d.keys())))
            continue
        for k in ["id", "persona", "visitor", "text", "note"]:
            if not isinstance(d[k], str) or not d[k].strip():
                errors.append("%s: empty or non-string %s" % (where, k))
        if d["persona"] not in PERSONAS:
            errors.append("%s: persona %s" % (where, d["persona"]))
        codes = d["codes"]
        if not isinstance(codes, list) or len(set(codes)) != len(codes):
            errors.append("%s: codes not a list of unique codes" % where)
            codes = []
        for c in codes:
            if c not in CODES:
                errors.append("%s: unknown code %s" % (where, c))
        m = ID_RE.match(d["id"])
        if not m:
            errors.append("%s: id pattern" % where)
        else:
            head, neg, _ = m.groups()
            if head == "good":
                if neg or codes:
                    errors.append("%s: good line must be good-NN with empty codes" % where)
            elif neg:
                if head in codes:
                    errors.append("%s: hard negative contains its code" % where)
                if codes:
                    errors.append("%s: hard negative should have empty codes" % where)
            else:
                if head not in codes:
                    errors.append("%s: positive lacks its code" % where)
        for k in ["visitor", "text"]:
            s = d[k]
            if CJK.search(s) and ASCII_PUNCT.search(s):
                errors.append("%s: ASCII punctuation in %s: %s" % (where, k, ASCII_PUNCT.findall(s)))
            for b in BANNED:
                if b in s:
                    errors.append("%s: banned phrase in %s: %s" % (where, k, b))
        if CJK.search(d["note"]):
            errors.append("%s: note should be English" % where)

    # copy check
    refs = load_refs()
    ref_raw = set()
    ref_cjk = set()
    for _, t in refs:
        ref_raw |= grams(t)
        ref_cjk |= grams(cjk_only(t))
    for ln, d in rows:
        for k in ["visitor", "text"]:
            s = d[k]
            hit = sorted(grams(s) & ref_raw) + sorted(grams(cjk_only(s)) & ref_cjk)
            if hit:
                errors.append("line %d (%s): 10-char run shared with sources in %s: %s"
                              % (ln, d["id"], k, hit[:3]))

    # report counts
    per_group = Counter()
    per_persona = Counter()
    for _, d in rows:
        m = ID_RE.match(d["id"])
        if m:
            head, neg, _ = m.groups()
            per_group[head + ("-n" if neg else "")] += 1
        per_persona[d["persona"]] += 1
    print("lines:", len(rows))
    for g in sorted(per_group):
        print("  %-18s %d" % (g, per_group[g]))
    print("personas:", dict(sorted(per_persona.items())))
    multi = [d["id"] for _, d in rows if len(d["codes"]) > 1]
    print("multi-code lines:", multi)
    lens = [len(d["text"]) for _, d in rows]
    print("text length: min %d, max %d, >=80: %d, <=15: %d"
          % (min(lens), max(lens), sum(l >= 80 for l in lens), sum(l <= 15 for l in lens)))

    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
