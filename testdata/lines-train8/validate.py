#!/usr/bin/env python3
"""Checks lines.jsonl in this folder: format, label consistency, full-width
punctuation, banned stock phrases, and 10-character runs shared with the
source texts (copy check).  Exit status 1 on any error."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SOURCES = [
    os.path.join(ROOT, "testdata", "talks", "README.md"),
    os.path.join(ROOT, "testdata", "lines", "README.md"),
    "/work/shared/DOMAIN.md",
]
CORPUS_DIR = "/work/shared/corpus"

FIELDS = ["id", "persona", "visitor", "text", "codes", "note"]
PERSONAS = {"confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"}
CODES = {"rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"}
ASCII_BAD = set(",?!;:\"'().")
CJK = re.compile(r"[\u4e00-\u9fff]")

# The rubric's and the brief's example phrases, which must not be reused.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票",
    "特殊照顾", "回去等通知", "有关部门", "相关单位", "一分也少不了",
    "心意我领了", "你这话就不对了", "根本没这回事", "以人民为中心",
    "找我们也没用", "我也说不好", "有话慢慢说", "不识字就回去", "脑子有病",
    "哭有什么用", "你吼什么吼", "办公室经费", "救助指标给你留", "打个招呼",
    "切实维护", "相信党和政府", "我不能保证", "不给你打包票", "一分不会少",
    "能办的一定给你办", "不闹也给", "按规定也能补发", "确实不是地契",
    "我今天就打电话", "两周内书面答复", "我帮你递复查申请", "红包你收回去",
    "饭我也不去", "堵门", "拦车", "换回来不现实", "这个难受是真真的",
    "电脑的事我跟村里说一声", "你自己想办法吧", "你自己找去", "该是您的",
    "认真对待", "说来说去就是两件事", "我不敢说一定能办成", "去社保局问",
    "我会跟有关部门反映", "什么问题你说", "今天是什么事",
]


def load_rows(path):
    rows, errors = [], []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                errors.append("line %d: empty line" % n)
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON: %s" % (n, e))
                continue
            rows.append((n, obj))
    return rows, errors


def check_row(n, r, seen, errors):
    if list(r.keys()) != FIELDS:
        errors.append("line %d: fields %s" % (n, list(r.keys())))
        return
    rid = r["id"]
    if rid in seen:
        errors.append("line %d: duplicate id %s" % (n, rid))
    seen.add(rid)
    if r["persona"] not in PERSONAS:
        errors.append("%s: persona %r" % (rid, r["persona"]))
    for k in ("visitor", "text", "note"):
        if not isinstance(r[k], str) or not r[k].strip():
            errors.append("%s: empty %s" % (rid, k))
    codes = r["codes"]
    if not isinstance(codes, list) or len(set(codes)) != len(codes):
        errors.append("%s: codes not a list of distinct codes" % rid)
        return
    for c in codes:
        if c not in CODES:
            errors.append("%s: unknown code %r" % (rid, c))
    m = re.fullmatch(r"([a-z_]+)-(n?)(\d{2,})", rid)
    if not m:
        errors.append("%s: bad id" % rid)
        return
    prefix, neg, _ = m.groups()
    if prefix == "good":
        if neg or codes:
            errors.append("%s: good line must have empty codes" % rid)
    elif prefix not in CODES:
        errors.append("%s: id prefix not a code" % rid)
    elif neg and prefix in codes:
        errors.append("%s: hard negative carries its own code" % rid)
    elif not neg and prefix not in codes:
        errors.append("%s: positive lacks its code" % rid)
    for k in ("visitor", "text"):
        s = r[k]
        if CJK.search(s):
            bad = sorted(set(ch for ch in s if ch in ASCII_BAD))
            if bad:
                errors.append("%s: ASCII punctuation %s in %s" % (rid, bad, k))
        for p in BANNED:
            if p in s:
                errors.append("%s: banned phrase %r in %s" % (rid, p, k))
    if CJK.search(r["note"]):
        errors.append("%s: note is not English" % rid)
    # Cross references in notes must point at a positive of the same code.
    for ref in re.findall(r"\b([a-z_]+-\d{2})\b", r["note"]):
        seen_refs.append((rid, ref))


seen_refs = []


def source_texts():
    texts = {}
    for p in SOURCES:
        with open(p, encoding="utf-8") as f:
            texts[os.path.relpath(p, "/work")] = f.read()
    for name in sorted(os.listdir(CORPUS_DIR)):
        with open(os.path.join(CORPUS_DIR, name), encoding="utf-8",
                  errors="replace") as f:
            texts["shared/corpus/" + name] = f.read()
    return texts


def ngrams(s, n=10):
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def main():
    path = os.path.join(HERE, "lines.jsonl")
    rows, errors = load_rows(path)
    seen = set()
    for n, r in rows:
        check_row(n, r, seen, errors)
    byid = {r["id"]: r for _, r in rows}
    for rid, ref in seen_refs:
        if ref not in byid:
            errors.append("%s: note refers to missing %s" % (rid, ref))
            continue
        code = ref.rsplit("-", 1)[0]
        if code not in byid[ref]["codes"]:
            errors.append("%s: note refers to %s, which lacks %s" % (rid, ref, code))
        if byid[ref]["persona"] != byid[rid]["persona"]:
            errors.append("%s: contrast %s has another persona" % (rid, ref))

    # Copy check: any 10-character run shared with a source text.
    src = source_texts()
    src_grams = {name: ngrams(t) for name, t in src.items()}
    copies = []
    for _, r in rows:
        for k in ("visitor", "text"):
            g = ngrams(r[k])
            for name, sg in src_grams.items():
                hit = g & sg
                if hit:
                    copies.append("%s %s shares %r with %s" % (r["id"], k, sorted(hit)[0], name))
    errors.extend("copy: " + c for c in copies)
    # Same check inside the set: no two officer lines share a 10-char run.
    owner = {}
    for _, r in rows:
        for g in ngrams(r["text"]):
            if g in owner and owner[g] != r["id"]:
                errors.append("internal repeat: %s and %s share %r" % (owner[g], r["id"], g))
            owner.setdefault(g, r["id"])

    # Report.
    print("lines: %d" % len(rows))
    kinds = Counter()
    for _, r in rows:
        prefix, rest = r["id"].rsplit("-", 1)
        kinds[(prefix, "neg" if rest.startswith("n") else ("good" if prefix == "good" else "pos"))] += 1
    for (p, k), v in sorted(kinds.items()):
        print("  %-14s %-4s %d" % (p, k, v))
    print("personas:", dict(Counter(r["persona"] for _, r in rows).most_common()))
    print("code occurrences:", dict(Counter(c for _, r in rows for c in r["codes"]).most_common()))
    print("multi-code lines:", [r["id"] for _, r in rows if len(r["codes"]) > 1])
    lens = sorted(len(r["text"]) for _, r in rows)
    print("text length: min %d, median %d, max %d, >=80: %d" % (
        lens[0], lens[len(lens) // 2], lens[-1], sum(1 for x in lens if x >= 80)))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
