#!/usr/bin/env python3
"""Validate the hand-labelled talks in this folder.

Checks: file name and field format, roles and turn range, label consistency
with the rubric (stage keys in canonical order, codes, violation turns point at
trainee turns, compliance-breach cap, quality vs. overall band), full-width
punctuation in Chinese text, a banned-phrase list (the rubric's example
phrases), and any 10-character run shared with the source texts (copy check).

Run from anywhere:  python3 testdata/talks-fresh32/validate.py
Exit status 0 when clean.
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

# Score bands used when writing (a sanity check, not a formula).
BANDS = {
    "excellent": (90, 100),
    "good": (80, 89),
    "short_good": (70, 79),
    "mediocre": (45, 69),
    "bad": (0, 44),
    "long_bad": (0, 44),
}

# The rubric's and the brief's example phrases: must not appear anywhere.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票",
    "特殊照顾", "回去等通知", "有关部门", "相关单位", "一分也少不了",
    "心意我领了", "你这话就不对了", "根本没这回事", "以人民为中心",
    "找我们也没用", "我也说不好", "先坐，有话慢慢说", "先坐,有话慢慢说",
    "不识字就回去找个识字的", "脑子有病", "哭有什么用", "你吼什么吼",
    "保证批下来", "办公室经费", "救助指标给你留", "给你儿子打个招呼",
    "切实维护", "请您相信党和政府", "一定认真听取您的意见", "确实不是地契",
    "我不能保证", "我不敢打包票", "能报的一分不会少", "能办的一定给你办",
    "不闹也给", "核实符合条件的", "难受是真真的", "电脑的事我跟村里说一声",
    "红包你收回去", "饭我也不去", "换回来不现实", "堵门也改不了片区",
    "我今天就打电话", "两周内书面答复", "我帮你递复查申请", "我们研究研究",
    "你自己找去", "你自己想办法", "回村里问问", "我会跟有关部门反映",
    "去社保局问", "今天是什么事", "什么问题你说", "什么事？",
    "一分不会少", "该是您的", "抬杠",
]

ASCII_PUNCT = re.compile(r"[,?!;:\"'()]")
CJK = re.compile(r"[\u4e00-\u9fff]")
FNAME = re.compile(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$")
NGRAM = 10


def source_texts():
    paths = sorted(glob.glob("/work/shared/corpus/*.txt"))
    paths += ["/work/shared/DOMAIN.md",
              os.path.join(REPO, "testdata", "talks", "README.md"),
              os.path.join(REPO, "testdata", "lines", "README.md")]
    out = {}
    for p in paths:
        if os.path.exists(p):
            with open(p, encoding="utf-8", errors="replace") as fh:
                out[p] = fh.read()
    # corpus/001 is in Traditional characters: also compare a Simplified
    # rendering when the opencc tool is installed (apt-get install opencc).
    if shutil.which("opencc"):
        for p in list(out):
            try:
                conv = subprocess.run(["opencc", "-c", "t2s.json"], input=out[p],
                                      capture_output=True, text=True, check=True).stdout
            except (OSError, subprocess.CalledProcessError):
                continue
            if conv != out[p]:
                out[p + " (t2s)"] = conv
    else:
        print("WARN opencc not installed: Traditional source compared as is")
    return out


def strip(s):
    # keep only CJK characters, letters and digits: punctuation-insensitive
    return "".join(ch for ch in s if ch.isalnum())


def grams(s, n=NGRAM):
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def main():
    errors, warnings = [], []
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if not files:
        errors.append("no json files")

    src = source_texts()
    src_raw, src_norm = set(), set()
    for text in src.values():
        src_raw |= grams(text)
        src_norm |= grams(strip(text))

    seen_text = {}
    for path in files:
        name = os.path.basename(path)
        def err(msg):
            errors.append(f"{name}: {msg}")
        try:
            with open(path, encoding="utf-8") as fh:
                d = json.load(fh)
        except Exception as e:  # noqa: BLE001
            err(f"bad json: {e}")
            continue
        m = FNAME.match(name)
        if not m:
            err("file name not <persona>-<nn>-<quality>.json")
            continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"field set {sorted(d)}")
            continue
        if d["persona"] not in PERSONAS or d["persona"] != m.group(1):
            err("persona mismatch")
        if d["quality"] not in QUALITIES or d["quality"] != m.group(3):
            err("quality mismatch")
        if d["scenario"] != "":
            err("scenario must be empty")
        if not isinstance(d["note"], str) or len(d["note"]) < 40 or CJK.search(d["note"]):
            err("note must be an English explanation")
        turns = d["turns"]
        if not (4 <= len(turns) <= 30):
            err(f"{len(turns)} turns, want 4-30")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"}:
                err(f"turn {i} fields {sorted(t)}")
                continue
            if t["role"] not in ("visitor", "trainee"):
                err(f"turn {i} role {t['role']}")
            txt = t["text"]
            if not txt.strip():
                err(f"turn {i} empty")
            if CJK.search(txt) and ASCII_PUNCT.search(txt):
                err(f"turn {i} ASCII punctuation: {ASCII_PUNCT.findall(txt)}")
            for b in BANNED:
                if b in txt:
                    err(f"turn {i} banned phrase {b!r}")
            if i > 0 and t["role"] == turns[i - 1]["role"]:
                warnings.append(f"{name}: turns {i-1},{i} same role")
            key = strip(txt)
            if len(key) >= 15:
                if key in seen_text:
                    warnings.append(f"{name}: turn {i} duplicates {seen_text[key]}")
                seen_text[key] = f"{name} t{i}"
            for g in sorted(grams(txt) & src_raw) + sorted(grams(strip(txt)) & src_norm):
                if CJK.search(g):
                    err(f"turn {i} shares 10-char run with sources: {g}")
        for b in BANNED:
            if b in d["note"]:
                err(f"note banned phrase {b!r}")

        lab = d["label"]
        if set(lab) != {"overall", "stages_done", "violations"}:
            err(f"label fields {sorted(lab)}")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall not int 0-100")
            continue
        sd = lab["stages_done"]
        if any(s not in STAGES for s in sd) or sd != [s for s in STAGES if s in sd]:
            err(f"stages_done not canonical: {sd}")
        codes = set()
        for v in lab["violations"]:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                err(f"bad violation {v}")
                continue
            ti = v["turn"]
            if not isinstance(ti, int) or not 0 <= ti < len(turns):
                err(f"violation turn {ti} out of range")
                continue
            if turns[ti]["role"] != "trainee":
                err(f"violation turn {ti} is not a trainee turn")
            codes.add(v["code"])
        pairs = [(v["code"], v["turn"]) for v in lab["violations"]]
        if len(pairs) != len(set(pairs)):
            err("duplicate violation entry")
        if pairs != sorted(pairs, key=lambda p: p[1]):
            warnings.append(f"{name}: violations not in turn order")
        breach = bool(codes & BREACH) or (d["persona"] == "unwell" and "confront" in codes)
        if breach and ov > 40:
            err(f"compliance breach but overall {ov} > 40")
        lo, hi = BANDS[d["quality"]]
        if not lo <= ov <= hi:
            err(f"overall {ov} outside band {lo}-{hi} for {d['quality']}")
        if d["quality"] == "excellent" and (len(sd) != 6 or codes):
            err("excellent needs all six stages and no violations")
        if d["quality"] in ("good", "short_good") and codes:
            err(f"{d['quality']} talk carries violations")
        if ov >= 90 and (len(sd) < 6 or codes):
            err("90+ needs all six stages and no faults")
        if d["quality"] == "long_bad" and len(turns) < 20:
            err("long_bad should have at least 20 turns")
        if d["quality"] == "short_good" and len(turns) > 10:
            err("short_good should have at most 10 turns")
        if not any(t["role"] == "trainee" for t in turns):
            err("no trainee turn")

    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
