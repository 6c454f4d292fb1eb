#!/usr/bin/env python3
"""Check the hand-written talks in this folder.

Checks: JSON format and field sets, file names, roles, turn counts, stage and
violation keys, violation indices on trainee turns, the compliance-breach cap,
a few label-consistency rules, full-width punctuation in Chinese text, a list
of banned phrases (the rubric's own example phrases), and any 10-character run
shared with the source texts (corpus, DOMAIN.md, the two READMEs).
Run from anywhere: python3 validate.py
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
SOURCES = (
    glob.glob("/work/shared/corpus/*.txt")
    + ["/work/shared/DOMAIN.md",
       os.path.join(REPO, "testdata", "talks", "README.md"),
       os.path.join(REPO, "testdata", "lines", "README.md")]
)

PERSONAS = {"confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"}
QUALITIES = {"excellent", "good", "mediocre", "bad", "long_bad", "short_good"}
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = {"rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"}
BREACH = {"false_promise", "buy_peace", "accept_gift"}

BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知", "有关部门",
    "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说", "你好坐吧",
    "什么问题你说", "今天是什么事", "什么事？", "对吧", "漏了什么没有",
    "不识字", "脑子有病", "哭有什么用", "吼什么", "办公室经费", "救助指标",
    "给你儿子打个招呼", "切实维护", "相信党和政府", "认真听取您的意见",
    "一定会认真对待", "红包你收回去", "饭我也不去", "换回来不现实", "堵门也改不了",
    "难受是真真的", "跟村里说一声", "我不能保证", "能报的一分不会少", "能办的一定给你办",
    "保证批下来", "你自己想办法吧", "你自己找去", "回村里问问", "我今天就打电话",
    "两周内书面答复", "递复查申请", "不闹也给", "按规定也能补发", "检察监督",
    "归教育局管", "学安科", "公安是要依法处理", "我会跟有关部门反映", "去社保局问",
    "您当时要是坚持", "我们研究研究", "该是您的", "请坐", "增人不增地",
]

ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r"[\u4e00-\u9fff]")
PUNCT = re.compile(r"[\s，。？！：；“”‘’（）、…—\-,.?!;:\"'()《》「」]")


def grams(text, n=10):
    return {text[i:i + n] for i in range(len(text) - n + 1)}


def load_sources():
    raw, stripped = set(), set()
    for path in SOURCES:
        with open(path, encoding="utf-8", errors="replace") as f:
            t = f.read()
        t = re.sub(r"\s+", "", t)
        raw |= grams(t)
        stripped |= grams(PUNCT.sub("", t))
    return raw, stripped


def main():
    errors, warnings = [], []
    raw_src, stripped_src = load_sources()
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    name_re = re.compile(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$")
    for path in files:
        fn = os.path.basename(path)

        def err(msg):
            errors.append(f"{fn}: {msg}")

        def warn(msg):
            warnings.append(f"{fn}: {msg}")

        try:
            with open(path, encoding="utf-8") as f:
                d = json.load(f)
        except Exception as e:  # noqa: BLE001
            err(f"bad JSON: {e}")
            continue
        m = name_re.match(fn)
        if not m:
            err("file name does not match <persona>-<nn>-<quality>.json")
            continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"field set {sorted(d)}")
            continue
        persona, quality = d["persona"], d["quality"]
        if persona not in PERSONAS:
            err(f"persona {persona}")
        if quality not in QUALITIES:
            err(f"quality {quality}")
        if m.group(1) != persona or m.group(3) != quality:
            err("file name disagrees with persona/quality fields")
        if d["scenario"] != "":
            err("scenario must be empty")
        if not isinstance(d["note"], str) or len(d["note"]) < 40:
            err("note missing or too short")
        turns = d["turns"]
        if not (4 <= len(turns) <= 30):
            err(f"{len(turns)} turns (need 4-30)")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"}:
                err(f"turn {i} fields {sorted(t)}")
                continue
            if t["role"] not in ("visitor", "trainee"):
                err(f"turn {i} role {t['role']}")
            if not t["text"].strip():
                err(f"turn {i} empty text")
            if i > 0 and t["role"] == turns[i - 1]["role"]:
                warn(f"turns {i-1},{i} same role")
            txt = t["text"]
            if CJK.search(txt):
                bad = sorted(set(c for c in txt if c in ASCII_PUNCT))
                if bad:
                    err(f"turn {i} ASCII punctuation {bad}")
            flat = PUNCT.sub("", txt)
            for b in BANNED:
                if b in txt or PUNCT.sub("", b) in flat:
                    err(f"turn {i} banned phrase {b!r}")
            t_raw = re.sub(r"\s+", "", txt)
            hits = grams(t_raw) & raw_src
            hits |= {g for g in grams(flat) if g in stripped_src}
            for h in sorted(hits):
                err(f"turn {i} shares 10-char run with sources: {h}")
        lab = d["label"]
        if set(lab) != {"overall", "stages_done", "violations"}:
            err(f"label fields {sorted(lab)}")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err(f"overall {ov}")
        st = lab["stages_done"]
        if any(s not in STAGES for s in st) or len(set(st)) != len(st):
            err(f"stages {st}")
        elif st != [s for s in STAGES if s in st]:
            err("stages not in canonical order")
        codes = []
        for v in lab["violations"]:
            if set(v) != {"code", "turn"}:
                err(f"violation fields {v}")
                continue
            if v["code"] not in CODES:
                err(f"code {v['code']}")
            k = v["turn"]
            if not isinstance(k, int) or not 0 <= k < len(turns):
                err(f"violation turn {k} out of range")
            elif turns[k]["role"] != "trainee":
                err(f"violation turn {k} is not a trainee turn")
            codes.append(v["code"])
        pairs = [(v["turn"], v["code"]) for v in lab["violations"]]
        if len(set(pairs)) != len(pairs):
            err("duplicate violation")
        if pairs != sorted(pairs, key=lambda p: p[0]):
            warn("violations not sorted by turn")
        breach = bool(BREACH & set(codes)) or (persona == "unwell" and "confront" in codes)
        if breach and ov > 40:
            err(f"compliance breach but overall {ov} > 40")
        # consistency heuristics
        if quality == "excellent" and (codes or ov < 88 or len(st) < 6):
            warn("excellent talk with faults, low score or missing stages")
        if ov >= 80 and codes:
            warn("score >= 80 despite violations")
        if ov >= 70 and len(st) < 5:
            warn("score >= 70 with fewer than five stages")
        if not breach and ov < 45 and len(st) >= 4:
            warn("low score with most stages done and no breach")
        if quality == "short_good" and len(turns) > 12:
            warn("short_good talk is long")
        if quality == "long_bad" and len(turns) < 18:
            warn("long_bad talk is short")
        if ov >= 45 and not st:
            warn("no stages but middling score")
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
