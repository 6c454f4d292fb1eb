#!/usr/bin/env python3
"""Check lines.jsonl: format, label consistency, punctuation, banned phrases,
and 10-character overlaps with the source texts (copy check)."""
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
CODES = {"rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"}
ID_RE = re.compile(r"^(good|[a-z_]+)-(n?)(\d{2,3})$")
CJK = re.compile(r"[\u3400-\u9fff]")
ASCII_PUNCT = re.compile(r"[,?!;:\"'()]")
ASCII_DOT_AFTER_CJK = re.compile(r"[\u3400-\u9fff]\.")

# The rubric's own example phrases (and close fragments) must not appear.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "我尽量给您争取", "说不定能给你办", "打包票",
    "特殊照顾", "回去等通知", "有关部门", "相关单位", "一分也少不了", "心意我领了",
    "你这话就不对了", "根本没这回事", "以人民为中心", "找我们也没用", "我也说不好",
    "先坐", "有话慢慢说", "不识字就回去", "找个识字的", "脑子有病", "哭有什么用",
    "你吼什么", "办公室经费", "救助指标给你留", "先给你儿子打个招呼", "不是地契",
    "切实维护", "相信党和政府", "一定会认真对待", "保证批下来", "你自己想办法",
    "你自己找去", "回村里问问", "一分不会少您的", "能办的一定给你办", "不闹也给",
    "按规定也能补发", "我不能保证", "不敢说一定能办成", "我今天就打电话",
    "两周内书面答复", "帮你递复查申请", "红包你收回去", "饭我也不去", "堵门、拦车",
    "换回来不现实", "堵门也改不了", "难受是真真的", "电脑的事", "坚持签个合同",
    "看看能不能特殊",
]

PUNCT_MAP = str.maketrans({"，": ",", "。": ".", "？": "?", "！": "!", "；": ";",
                           "：": ":", "（": "(", "）": ")", "“": '"', "”": '"',
                           "‘": "'", "’": "'", "、": ","})


def norm(s):
    return re.sub(r"\s+", "", s.translate(PUNCT_MAP))


def load_sources():
    paths = sorted(glob.glob("/work/shared/corpus/*.txt"))
    paths += ["/work/shared/DOMAIN.md",
              os.path.join(ROOT, "testdata", "talks", "README.md"),
              os.path.join(ROOT, "testdata", "lines", "README.md")]
    out = []
    for p in paths:
        if os.path.exists(p):
            with open(p, encoding="utf-8", errors="replace") as f:
                out.append((os.path.relpath(p, "/work"), norm(f.read())))
    return out


def main():
    errors = []
    rows = []
    path = os.path.join(HERE, "lines.jsonl")
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                obj = json.loads(line)
            except Exception as e:  # noqa
                errors.append("line %d: bad JSON: %s" % (i, e))
                continue
            if list(obj.keys()) != FIELDS:
                errors.append("line %d: fields %s" % (i, list(obj.keys())))
            rows.append(obj)

    seen = set()
    for r in rows:
        rid = r.get("id", "")
        if rid in seen:
            errors.append("duplicate id %s" % rid)
        seen.add(rid)
        m = ID_RE.match(rid)
        if not m:
            errors.append("%s: bad id" % rid)
            continue
        base, neg, _ = m.groups()
        codes = r.get("codes")
        if not isinstance(codes, list) or len(set(codes)) != len(codes):
            errors.append("%s: codes must be a list without repeats" % rid)
            continue
        for c in codes:
            if c not in CODES:
                errors.append("%s: unknown code %s" % (rid, c))
        if base == "good":
            if neg or codes:
                errors.append("%s: good lines must have empty codes" % rid)
        elif base not in CODES:
            errors.append("%s: unknown id prefix" % rid)
        elif neg:
            if base in codes:
                errors.append("%s: hard negative carries its own code" % rid)
        elif base not in codes:
            errors.append("%s: positive lacks its code" % rid)
        if r.get("persona") not in PERSONAS:
            errors.append("%s: bad persona %r" % (rid, r.get("persona")))
        for fld in ("visitor", "text"):
            s = r.get(fld)
            if not isinstance(s, str) or not s.strip():
                errors.append("%s: empty %s" % (rid, fld))
                continue
            if CJK.search(s):
                bad = ASCII_PUNCT.findall(s) + ASCII_DOT_AFTER_CJK.findall(s)
                if bad:
                    errors.append("%s: ASCII punctuation in %s: %r" % (rid, fld, bad))
            for b in BANNED:
                if b in s:
                    errors.append("%s: banned phrase %r in %s" % (rid, b, fld))
        note = r.get("note", "")
        if not note or CJK.search(note):
            errors.append("%s: note must be non-empty English" % rid)

    # copy check: any 10-character run shared with a source text
    sources = load_sources()
    copies = 0
    for r in rows:
        for fld in ("visitor", "text"):
            s = norm(r[fld])
            hits = set()
            for k in range(len(s) - 9):
                w = s[k:k + 10]
                for name, src in sources:
                    if w in src:
                        hits.add((name, w))
            for name, w in sorted(hits):
                copies += 1
                errors.append("%s: %s shares %r with %s" % (r["id"], fld, w, name))

    # report
    grp = Counter()
    for r in rows:
        base, neg, _ = ID_RE.match(r["id"]).groups()
        grp[base + ("-n" if neg else "")] += 1
    code_count = Counter(c for r in rows for c in r["codes"])
    persona = Counter(r["persona"] for r in rows)
    conf_unwell = sum(1 for r in rows if "confront" in r["codes"] and r["persona"] == "unwell")
    conf_neg_unwell = sum(1 for r in rows if r["id"].startswith("confront-n") and r["persona"] == "unwell")
    multi = [r["id"] for r in rows if len(r["codes"]) > 1]
    lens = sorted(len(r["text"]) for r in rows)
    long_good = sum(1 for r in rows if r["id"].startswith("good") and len(r["text"]) >= 80)
    print("lines:", len(rows))
    print("by id group:", dict(sorted(grp.items())))
    print("lines carrying each code:", dict(sorted(code_count.items())))
    print("confront with unwell visitor:", conf_unwell, "| unwell confront negatives:", conf_neg_unwell)
    print("two-code lines:", multi)
    print("by persona:", dict(sorted(persona.items())))
    print("text length min/median/max:", lens[0], lens[len(lens) // 2], lens[-1],
          "| texts >= 80 chars:", sum(1 for n in lens if n >= 80),
          "| good >= 80 chars:", long_good)
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: no problems")


if __name__ == "__main__":
    main()
