#!/usr/bin/env python3
"""Checks lines.jsonl: format, label consistency, punctuation, banned phrases,
and 10-character runs shared with the source texts (copy check).

Run from anywhere: python3 validate.py
Exit status 1 if any problem is found.
"""
import collections
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.abspath(os.path.join(HERE, "..", ".."))
SOURCES = (sorted(glob.glob("/work/shared/corpus/*.txt"))
           + ["/work/shared/DOMAIN.md",
              os.path.join(MAIN, "testdata/talks/README.md"),
              os.path.join(MAIN, "testdata/lines/README.md")])

FIELDS = ["id", "persona", "visitor", "text", "codes", "note"]
PERSONAS = {"confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"}
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
ASCII_BAD = set(',?!;:"\'()')
CJK = re.compile(r"[\u4e00-\u9fff]")

# Example phrases of the rubric and of the brief: never to be used.
BANNED = """胡搅蛮缠 包在我身上 再研究研究 研究研究 高度重视 这不归我们管 就这一回
尽量给您争取 尽量给你争取 说不定能给你办 打包票 特殊照顾 回去等通知 有关部门
相关单位 一分也少不了 心意我领了 你这话就不对了 根本没这回事 以人民为中心
找我们也没用 我也说不好 先坐有话慢慢说 不识字就回去找个识字的 你这是脑子有病
哭有什么用 你吼什么吼 当时要是坚持签个合同 保证批下来 从办公室经费里
救助指标给你留一个 镇上招人先给你儿子打个招呼 切实维护 请你相信党和政府
这个确实不是地契 你自己找去 你自己想办法吧 我不能保证 不敢打包票 该是你的
能报的一分不会少 能办的一定给你办 不闹也给 核实符合条件的 我今天就打电话
两周内书面答复 我帮你递复查申请 红包你收回去 饭我也不去 堵门也改不了片区
换回来不现实 这个难受是真真的 电脑的事我跟村里说一声 一定认真听取你的意见
你的情况我们都了解了 什么问题你说 今天是什么事 去社保局问 隔着墙咋能吸走钱
那是邻居家的信号 机器又不会说话 谁会天天盯着你一个人 你这脑子是咋记账的
按说肯定能批下来 十有八九没问题 我看差不多就能办""".split()


def norm(s):
    """Keep letters, digits and CJK only; unify 您/你 for phrase matching."""
    s = s.replace("您", "你")
    return "".join(ch for ch in s if ch.isalnum())


def source_runs(n=10):
    runs = {}
    for path in SOURCES:
        try:
            txt = open(path, encoding="utf-8", errors="replace").read()
        except OSError:
            print("WARN cannot read", path)
            continue
        t = norm(txt)
        for i in range(len(t) - n + 1):
            runs.setdefault(t[i:i + n], os.path.basename(path))
    return runs


def main():
    path = os.path.join(HERE, "lines.jsonl")
    errs = []
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                obj = json.loads(line, object_pairs_hook=collections.OrderedDict)
            except ValueError as e:
                errs.append("line %d: bad JSON: %s" % (ln, e))
                continue
            rows.append((ln, obj))

    ids = collections.Counter()
    for ln, r in rows:
        where = "line %d (%s)" % (ln, r.get("id"))
        if list(r.keys()) != FIELDS:
            errs.append("%s: fields/order %s" % (where, list(r.keys())))
            continue
        ids[r["id"]] += 1
        if r["persona"] not in PERSONAS:
            errs.append("%s: bad persona" % where)
        codes = r["codes"]
        if not isinstance(codes, list) or len(set(codes)) != len(codes) \
                or any(c not in CODES for c in codes):
            errs.append("%s: bad codes %r" % (where, codes))
        rid = r["id"]
        m = re.fullmatch(r"([a-z_]+)-(n?)(\d{2,3})", rid)
        if not m:
            errs.append("%s: bad id" % where)
        else:
            base, neg = m.group(1), m.group(2)
            if base == "good":
                if neg or codes:
                    errs.append("%s: good line must have empty codes" % where)
            elif base not in CODES:
                errs.append("%s: unknown id code" % where)
            elif neg and base in codes:
                errs.append("%s: negative carries its own code" % where)
            elif not neg and base not in codes:
                errs.append("%s: positive lacks its code" % where)
        for fld in ("visitor", "text"):
            s = r[fld]
            if not isinstance(s, str) or not s.strip():
                errs.append("%s: empty %s" % (where, fld))
                continue
            if CJK.search(s):
                bad = sorted(set(ch for ch in s if ch in ASCII_BAD))
                if bad:
                    errs.append("%s: ASCII punctuation %s in %s" % (where, bad, fld))
                if "..." in s or re.search(r"(?<!…)…(?!…)", s):
                    errs.append("%s: ellipsis must be …… in %s" % (where, fld))
            ns = norm(s)
            for b in BANNED:
                if norm(b) in ns:
                    errs.append("%s: banned phrase %s in %s" % (where, b, fld))
        if not isinstance(r["note"], str) or not r["note"].strip() or CJK.search(r["note"]):
            errs.append("%s: note must be English" % where)

    for k, v in ids.items():
        if v > 1:
            errs.append("duplicate id %s" % k)
    texts = collections.Counter(r["text"] for _, r in rows)
    for k, v in texts.items():
        if v > 1:
            errs.append("duplicate text: %s" % k)

    runs = source_runs()
    for ln, r in rows:
        for fld in ("visitor", "text"):
            t = norm(r[fld])
            for i in range(len(t) - 9):
                if t[i:i + 10] in runs:
                    errs.append("line %d (%s): copy run %r in %s (from %s)"
                                % (ln, r["id"], t[i:i + 10], fld, runs[t[i:i + 10]]))
                    break

    # summary
    grp = collections.Counter()
    per = collections.Counter()
    code_n = collections.Counter()
    multi = 0
    for _, r in rows:
        m = re.fullmatch(r"([a-z_]+)-(n?)\d+", r["id"])
        grp[(m.group(1), "neg" if m.group(2) else ("good" if m.group(1) == "good" else "pos"))] += 1
        per[r["persona"]] += 1
        for c in r["codes"]:
            code_n[c] += 1
        if len(r["codes"]) > 1:
            multi += 1
    print("lines:", len(rows))
    for k in sorted(grp):
        print("  %-14s %-4s %d" % (k[0], k[1], grp[k]))
    print("personas:", dict(per.most_common()))
    print("code occurrences:", dict(code_n))
    print("two-code lines:", multi)
    cu = collections.Counter()
    for _, r in rows:
        if r["id"].startswith("confront-"):
            cu[("neg" if "-n" in r["id"] else "pos", r["persona"] == "unwell")] += 1
    print("confront pos unwell/other: %d/%d, neg unwell/other: %d/%d" % (
        cu[("pos", True)], cu[("pos", False)], cu[("neg", True)], cu[("neg", False)]))
    lens = sorted(len(r["text"]) for _, r in rows)
    print("text length min/median/max: %d/%d/%d, >=80: %d" % (
        lens[0], lens[len(lens) // 2], lens[-1], sum(1 for x in lens if x >= 80)))

    if errs:
        print("\nPROBLEMS (%d):" % len(errs))
        for e in errs:
            print(" ", e)
        sys.exit(1)
    print("\nOK: no problems")


if __name__ == "__main__":
    main()
