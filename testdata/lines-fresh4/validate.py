#!/usr/bin/env python3
"""Checks lines.jsonl in this folder: format, label consistency, full-width
punctuation, banned phrases (the rubric's example wording) and 10-character
runs shared with the source texts (copy check). Prints counts. Exit 1 on error."""
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
ID_RE = re.compile(r"^(?:(%s)-(n?)(\d{2})|good-(\d{2}))$" % "|".join(CODES))
ASCII_PUNCT = re.compile(r"[,?!;:\"'()]")
CJK = re.compile(r"[\u4e00-\u9fff]")

BANNED = [
    # rubric example wording (violations and subtle non-violations)
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "我尽量给您争取", "说不定能给你办", "打包票",
    "特殊照顾", "回去等通知", "有关部门", "相关单位", "一分也少不了", "心意我领了",
    "你这话就不对了", "根本没这回事", "以人民为中心", "找我们也没用", "我也说不好",
    "先坐，有话慢慢说", "有话慢慢说", "不识字就回去", "找个识字的", "脑子有病",
    "哭有什么用", "你吼什么吼", "保证批下来", "你自己找去", "你自己想办法吧",
    "这个确实不是地契", "确实不是地契", "办公室经费里给你拿", "救助指标给你留",
    "先给你儿子打个招呼", "切实维护", "请您相信党和政府", "我不能保证",
    "能报的一分不会少", "能办的一定给你办", "不闹也给", "我今天就打电话",
    "两周内书面答复", "我帮你递复查申请", "红包你收回去", "饭我也不去",
    "堵门、拦车", "换回来不现实", "路已经修了", "堵门也改不了片区",
    "这个难受是真真的", "电脑的事我跟村里说一声", "我们一定认真听取您的意见",
    "您的情况我们都了解了", "什么问题你说", "今天是什么事", "我会跟有关部门反映",
    "去社保局问", "您当时要是坚持签个", "我不敢说一定能办成",
    "这个事确实归教育局管", "该是您的", "看看能不能特殊照顾",
    # wording used as examples in the other lines README (read by mistake; avoided)
    "刁民", "老油子", "十有八九", "大概率", "琢磨琢磨", "开个口子",
    "当时要是留个字据", "只这一回", "不怎么长心眼",
]


def load_sources():
    paths = [os.path.join(ROOT, "testdata", "talks", "README.md"),
             os.path.join(ROOT, "testdata", "lines", "README.md"),
             "/work/shared/DOMAIN.md"]
    cdir = "/work/shared/corpus"
    for name in sorted(os.listdir(cdir)):
        paths.append(os.path.join(cdir, name))
    texts = []
    for p in paths:
        with open(p, encoding="utf-8", errors="replace") as f:
            texts.append((p, f.read()))
    return texts


def grams(s, n=10):
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def main():
    errors = []
    path = os.path.join(HERE, "lines.jsonl")
    recs = []
    with open(path, encoding="utf-8") as f:
        for ln, raw in enumerate(f, 1):
            try:
                rec = json.loads(raw)
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON: %s" % (ln, e))
                continue
            recs.append((ln, rec))

    seen = set()
    for ln, r in recs:
        if list(r.keys()) != FIELDS:
            errors.append("line %d: fields %s" % (ln, list(r.keys())))
            continue
        lid = r["id"]
        if lid in seen:
            errors.append("line %d: duplicate id %s" % (ln, lid))
        seen.add(lid)
        m = ID_RE.match(lid)
        if not m:
            errors.append("line %d: bad id %s" % (ln, lid))
            continue
        if r["persona"] not in PERSONAS:
            errors.append("%s: bad persona %s" % (lid, r["persona"]))
        codes = r["codes"]
        if not isinstance(codes, list) or any(c not in CODES for c in codes):
            errors.append("%s: bad codes %s" % (lid, codes))
        if len(set(codes)) != len(codes):
            errors.append("%s: repeated code" % lid)
        if m.group(1):
            code, neg = m.group(1), m.group(2)
            if neg and code in codes:
                errors.append("%s: hard negative carries its code" % lid)
            if not neg and code not in codes:
                errors.append("%s: positive lacks its code" % lid)
        elif codes:
            errors.append("%s: good line has codes" % lid)
        for fld in ("visitor", "text"):
            s = r[fld]
            if not isinstance(s, str) or not s.strip():
                errors.append("%s: empty %s" % (lid, fld))
                continue
            if CJK.search(s) and ASCII_PUNCT.search(s):
                errors.append("%s: ASCII punctuation in %s: %s" % (lid, fld, s))
            for b in BANNED:
                if b in s:
                    errors.append("%s: banned phrase %r in %s" % (lid, b, fld))
        if not isinstance(r["note"], str) or not r["note"].strip():
            errors.append("%s: empty note" % lid)
        elif CJK.search(r["note"]) and not re.search(r"[A-Za-z]{3}", r["note"]):
            errors.append("%s: note not in English" % lid)

    # copy check: any 10-character run shared with a source text
    sources = load_sources()
    src_grams = {}
    for p, t in sources:
        for g in grams(t):
            src_grams.setdefault(g, p)
    for ln, r in recs:
        for fld in ("visitor", "text"):
            for g in sorted(grams(r.get(fld, ""))):
                if g in src_grams:
                    errors.append("%s: 10-char run %r shared with %s"
                                  % (r.get("id"), g, src_grams[g]))

    # counts
    pos = Counter()
    neg = Counter()
    occ = Counter()
    persona = Counter()
    multi = []
    good = 0
    for _, r in recs:
        m = ID_RE.match(r.get("id", ""))
        if not m:
            continue
        persona[r["persona"]] += 1
        for c in r["codes"]:
            occ[c] += 1
        if len(r["codes"]) > 1:
            multi.append((r["id"], r["codes"]))
        if m.group(1):
            (neg if m.group(2) else pos)[m.group(1)] += 1
        else:
            good += 1
    lengths = [len(r["text"]) for _, r in recs]
    print("lines: %d" % len(recs))
    print("%-14s %5s %5s %5s" % ("code", "pos", "neg", "occ"))
    for c in CODES:
        print("%-14s %5d %5d %5d" % (c, pos[c], neg[c], occ[c]))
    print("good: %d" % good)
    print("personas: " + ", ".join("%s %d" % kv for kv in sorted(persona.items())))
    print("text length: min %d, max %d, mean %.1f" % (
        min(lengths), max(lengths), sum(lengths) / len(lengths)))
    print("multi-code lines: %s" % multi)

    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
