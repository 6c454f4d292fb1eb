#!/usr/bin/env python3
"""Validate lines.jsonl and print counts. Run from the repo root:
python3 testdata/lines-fresh/validate.py"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "persona", "visitor", "text", "codes", "note"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran", "choleric", "sanguine", "phlegmatic", "melancholic"]
ASCII_PUNCT = set(",.?!:;\"'()[]")
CJK = re.compile(r"[\u4e00-\u9fff]")
ID_RE = re.compile(r"^(?:(%s)-(n?)(\d{2})|good-(\d{2}))$" % "|".join(CODES))
BANNED = ["我尽量给您争取", "你自己想办法吧", "以人民为中心", "胡搅蛮缠", "说不定能给你办", "包在我身上",
          "照你这么说", "真的？", "那我找谁去", "哭有什么用", "你吼什么吼", "找我们也没用", "这不归我们管",
          "我也说不好", "你这话就不对了", "根本没这回事", "确实不是地契", "再研究研究", "特殊照顾",
          "救助指标给你留", "高度重视", "切实维护", "回去等通知", "就这一回", "我不能保证",
          "一分也少不了", "能办的一定给你办", "换回来不现实", "这个难受是真真的", "不识字就回去"]

errors = []
rows = []
path = os.path.join(HERE, "lines.jsonl")
with open(path, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            pairs = json.loads(line, object_pairs_hook=lambda p: p)
        except Exception as e:
            errors.append(f"line {n}: bad JSON: {e}"); continue
        keys = [k for k, _ in pairs]
        if keys != FIELDS:
            errors.append(f"line {n}: fields {keys}")
        rows.append((n, dict(pairs)))

seen = set()
for n, r in rows:
    i = r.get("id", "")
    if i in seen: errors.append(f"line {n}: duplicate id {i}")
    seen.add(i)
    m = ID_RE.match(i)
    if not m: errors.append(f"line {n}: bad id {i}"); continue
    if r["persona"] not in PERSONAS: errors.append(f"{i}: bad persona")
    c = r["codes"]
    if not isinstance(c, list) or any(x not in CODES for x in c) or len(set(c)) != len(c):
        errors.append(f"{i}: bad codes {c}")
    code, neg = m.group(1), m.group(2)
    if code and not neg and code not in c: errors.append(f"{i}: positive lacks its code")
    if code and neg and code in c: errors.append(f"{i}: hard negative carries its code")
    if m.group(4) and c: errors.append(f"{i}: good line has codes")
    for fld in ("visitor", "text"):
        s = r[fld]
        if not isinstance(s, str) or not s.strip(): errors.append(f"{i}: empty {fld}")
        if CJK.search(s) and ASCII_PUNCT & set(s): errors.append(f"{i}: ASCII punctuation in {fld}: {sorted(ASCII_PUNCT & set(s))}")
        for b in BANNED:
            if b in s: errors.append(f"{i}: rubric phrase reused in {fld}: {b}")
    if not r["note"].strip(): errors.append(f"{i}: empty note")

if errors:
    print("\n".join(errors)); sys.exit(1)

recs = [r for _, r in rows]
print(f"OK: {len(recs)} lines")
print("| code | positives | hard negatives | occurrences in codes |")
print("|---|---|---|---|")
for code in CODES:
    pos = sum(1 for r in recs if re.match(rf"^{code}-\d", r["id"]))
    neg = sum(1 for r in recs if r["id"].startswith(code + "-n"))
    occ = sum(1 for r in recs if code in r["codes"])
    print(f"| {code} | {pos} | {neg} | {occ} |")
print(f"| good | - | - | {sum(1 for r in recs if r['id'].startswith('good-'))} lines |")
pc = Counter(r["persona"] for r in recs)
print("personas:", ", ".join(f"{p} {pc[p]}" for p in PERSONAS))
print("two codes:", [(r["id"], r["codes"]) for r in recs if len(r["codes"]) > 1])
lens = [len(r["text"]) for r in recs]
print("text length min/max:", min(lens), max(lens))
print("with codes:", sum(1 for r in recs if r["codes"]), "without:", sum(1 for r in recs if not r["codes"]))
