#!/usr/bin/env python3
"""Validate the hand-labelled talks in this folder.

Checks: file name and fields, roles, 4-30 turns, stage keys in canonical
order, violation codes and indices (trainee turns only), label consistency
(compliance breach => overall <= 40, faults vs. the 90+ band), full-width
punctuation in Chinese text, a list of banned phrases (the rubric's own
example wording), and any 10-character run shared with the corpus,
DOMAIN.md or the README sections that were read (copy check).

Run from anywhere:  python3 validate.py
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = "/work/shared"

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

# Example wording from the rubric and the brief: must not appear anywhere.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知", "有关部门",
    "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "先坐，有话慢慢说", "有话慢慢说",
    "不识字就回去", "脑子有病", "哭有什么用", "吼什么吼", "办公室经费", "救助指标",
    "先给你儿子打个招呼", "认真听取您的意见", "切实维护", "相信党和政府",
    "你自己找去", "你自己想办法", "不是地契", "我不能保证", "不敢说一定能办成",
    "一分不会少", "能办的一定给你办", "不闹也给", "核实符合条件的", "换回来不现实",
    "堵门也改不了", "难受是真真的", "真真的", "电脑的事", "我今天就打电话",
    "两周内书面答复", "帮你递复查申请", "红包你收回去", "坚持签个合同",
    "什么事？", "什么事?", "什么问题你说", "今天是什么事", "我们研究研究",
    "看看能不能特殊", "我尽量给您争取",
]

ASCII_PUNCT = re.compile(r"[,?!;:\"'()]")
CJK = re.compile(r"[\u4e00-\u9fff]")
FNAME = re.compile(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$")


def section(path, heading):
    """Text of one '## heading' section of a markdown file (to next '## ')."""
    out, on = [], False
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("## "):
                on = line.strip() == "## " + heading
                continue
            if on:
                out.append(line)
    return "".join(out)


def keep(text):
    """Keep only CJK characters and digits for the copy check."""
    return "".join(ch for ch in text if CJK.match(ch) or ch.isdigit())


def source_grams(n=10):
    texts = []
    for p in sorted(glob.glob(os.path.join(SHARED, "corpus", "*.txt"))):
        texts.append((os.path.basename(p), open(p, encoding="utf-8", errors="ignore").read()))
    texts.append(("DOMAIN.md", open(os.path.join(SHARED, "DOMAIN.md"), encoding="utf-8").read()))
    talks_readme = os.path.join(REPO, "testdata", "talks", "README.md")
    lines_readme = os.path.join(REPO, "testdata", "lines", "README.md")
    texts.append(("talks/README#Format", section(talks_readme, "Format")))
    texts.append(("talks/README#Labelling rubric", section(talks_readme, "Labelling rubric")))
    texts.append(("lines/README#Format", section(lines_readme, "Format")))
    grams = {}
    for name, t in texts:
        k = keep(t)
        for i in range(len(k) - n + 1):
            grams.setdefault(k[i:i + n], name)
    return grams


def main():
    errors, warnings = [], []
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    grams = source_grams()
    for path in files:
        fn = os.path.basename(path)
        m = FNAME.match(fn)
        if not m:
            errors.append(f"{fn}: bad file name")
            continue
        try:
            d = json.load(open(path, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            errors.append(f"{fn}: bad JSON: {e}")
            continue
        persona, _nn, quality = m.groups()
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            errors.append(f"{fn}: field set {sorted(d)}")
        if d.get("persona") != persona or persona not in PERSONAS:
            errors.append(f"{fn}: persona mismatch")
        if d.get("quality") != quality or quality not in QUALITIES:
            errors.append(f"{fn}: quality mismatch")
        if d.get("scenario") != "":
            errors.append(f"{fn}: scenario must be empty")
        if not isinstance(d.get("note"), str) or len(d["note"]) < 40 or CJK.search(d["note"]):
            warnings.append(f"{fn}: note should be a real English explanation")
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30:
            errors.append(f"{fn}: {len(turns)} turns")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee"):
                errors.append(f"{fn}: turn {i} malformed")
                continue
            txt = t["text"]
            if not txt.strip():
                errors.append(f"{fn}: turn {i} empty")
            if CJK.search(txt) and ASCII_PUNCT.search(txt):
                errors.append(f"{fn}: turn {i} ASCII punctuation {ASCII_PUNCT.findall(txt)}")
            for b in BANNED:
                if b in txt:
                    errors.append(f"{fn}: turn {i} banned phrase {b}")
            k = keep(txt)
            for j in range(len(k) - 9):
                g = k[j:j + 10]
                if g in grams:
                    errors.append(f"{fn}: turn {i} shares 10 chars with {grams[g]}: {g}")
                    break
        for j in range(1, len(turns)):
            if turns[j]["role"] == turns[j - 1]["role"]:
                warnings.append(f"{fn}: turns {j-1},{j} same role")
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}:
            errors.append(f"{fn}: label fields {sorted(lab)}")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            errors.append(f"{fn}: overall {ov}")
        st = lab["stages_done"]
        if any(s not in STAGES for s in st) or st != sorted(st, key=STAGES.index) or len(set(st)) != len(st):
            errors.append(f"{fn}: stages {st}")
        seen = set()
        breach = False
        for v in lab["violations"]:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                errors.append(f"{fn}: violation {v}")
                continue
            if not (0 <= v["turn"] < len(turns)) or turns[v["turn"]]["role"] != "trainee":
                errors.append(f"{fn}: violation {v} not on a trainee turn")
            if (v["code"], v["turn"]) in seen:
                errors.append(f"{fn}: duplicate violation {v}")
            seen.add((v["code"], v["turn"]))
            if v["code"] in BREACH or (v["code"] == "confront" and persona == "unwell"):
                breach = True
        if breach and ov > 40:
            errors.append(f"{fn}: compliance breach but overall {ov} > 40")
        if lab["violations"] and ov >= 90:
            errors.append(f"{fn}: faults but overall {ov} in the 90+ band")
        if ov >= 90 and len(st) < 6:
            errors.append(f"{fn}: overall {ov} needs all six stages")
        if quality in ("excellent", "good", "short_good") and lab["violations"]:
            warnings.append(f"{fn}: {quality} talk carries violations")
        if quality == "excellent" and ov < 88:
            warnings.append(f"{fn}: excellent but {ov}")
        if quality in ("bad", "long_bad") and ov > 45:
            warnings.append(f"{fn}: {quality} but {ov}")
        if quality == "long_bad" and len(turns) < 18:
            warnings.append(f"{fn}: long_bad with only {len(turns)} turns")
        if quality == "short_good" and len(turns) > 12:
            warnings.append(f"{fn}: short_good with {len(turns)} turns")
    # the other files in the folder: punctuation/banned/copy check is for talks only
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
