#!/usr/bin/env python3
"""Checks the hand-written talks in this folder.

Run from anywhere:  python3 testdata/talks-fresh19/validate.py
Exit code 0 when clean.

Checks: file name and fields; roles, turn count 4-30; label keys, stage order,
codes, violation indices on trainee turns; label consistency with the rubric
bands (breach cap, 90+ needs a clean full talk); full-width punctuation in
Chinese text; a list of phrases taken from the rubric's examples that must not
appear; and any 10-character run shared with the corpus, DOMAIN.md or the two
README sections we were allowed to read (copy check).
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

# Example phrases of the rubric and the brief (and close variants) that the
# talks must not reuse.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票", "特殊照顾",
    "回去等通知", "有关部门", "相关单位", "一分也少不了", "心意我领了",
    "你这话就不对了", "根本没这回事", "以人民为中心", "找我们也没用", "我也说不好",
    "先坐，有话慢慢说", "先坐,有话慢慢说", "不识字就回去找个识字的", "你这是脑子有病",
    "哭有什么用", "你吼什么吼", "从办公室经费里", "救助指标给你留", "先给你儿子打个招呼",
    "认真听取您的意见", "一定会认真对待", "我不能保证", "保证批下来", "能报的一分不会少",
    "能办的一定给你办", "不闹也给", "我今天就打电话", "两周内书面答复", "我帮你递复查申请",
    "红包你收回去", "饭我也不去", "堵门也改不了", "换回来不现实", "这个难受是真真的",
    "电脑的事我跟村里说一声", "这个确实不是地契", "坚持签个合同", "你自己想办法",
    "你自己找去", "请您相信党和政府", "什么问题你说", "今天是什么事", "什么事？",
    "我不敢说一定能办成", "花钱买平安", "大闹大解决", "该是您的",
]

ASCII_BAD = re.compile(r"[,?!;:\"'()]")
CJK = re.compile(r"[\u4e00-\u9fff]")
NAME = re.compile(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$")


def readme_sections(path, wanted):
    """Text of the named '## ' sections of a README (and their subsections)."""
    out, keep = [], False
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("## "):
                keep = line[3:].strip() in wanted
            if keep:
                out.append(line)
    return "".join(out)


def sources():
    texts = {}
    for p in sorted(glob.glob(os.path.join(SHARED, "corpus", "*.txt"))):
        texts[os.path.basename(p)] = open(p, encoding="utf-8", errors="replace").read()
    texts["DOMAIN.md"] = open(os.path.join(SHARED, "DOMAIN.md"), encoding="utf-8").read()
    texts["talks/README.md"] = readme_sections(
        os.path.join(REPO, "testdata", "talks", "README.md"),
        {"Format", "Labelling rubric"})
    texts["lines/README.md"] = readme_sections(
        os.path.join(REPO, "testdata", "lines", "README.md"), {"Format"})
    return texts


def grams(text, n=10):
    text = re.sub(r"\s+", "", text)
    return {text[i:i + n] for i in range(len(text) - n + 1)}


def main():
    errors, warnings = [], []
    src = sources()
    src_grams = {k: grams(v) for k, v in src.items()}
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if not files:
        errors.append("no talks found")
    seen_ids = set()
    for path in files:
        fn = os.path.basename(path)
        def err(msg):
            errors.append(f"{fn}: {msg}")
        try:
            t = json.load(open(path, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f"bad JSON: {e}")
            continue
        m = NAME.match(fn)
        if not m:
            err("file name is not <persona>-<nn>-<quality>.json")
            continue
        persona, nn, quality = m.groups()
        if (persona, nn) in seen_ids:
            err("duplicate persona number")
        seen_ids.add((persona, nn))
        if set(t) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"fields {sorted(t)}")
            continue
        if t["persona"] != persona or persona not in PERSONAS:
            err(f"persona {t['persona']} vs name {persona}")
        if t["quality"] != quality or quality not in QUALITIES:
            err(f"quality {t['quality']} vs name {quality}")
        if t["scenario"] != "":
            err("scenario must be empty")
        note = t["note"]
        if not isinstance(note, str) or len(note) < 40 or len(CJK.findall(note)) > 0.05 * len(note):
            err("note must be an English explanation (a Chinese term or two is fine)")
        turns = t["turns"]
        if not 4 <= len(turns) <= 30:
            err(f"{len(turns)} turns, want 4-30")
        for i, tu in enumerate(turns):
            if set(tu) != {"role", "text"}:
                err(f"turn {i} fields {sorted(tu)}")
                continue
            if tu["role"] not in ("visitor", "trainee"):
                err(f"turn {i} role {tu['role']}")
            txt = tu["text"]
            if not txt.strip():
                err(f"turn {i} empty")
            if CJK.search(txt) and ASCII_BAD.search(txt):
                err(f"turn {i} ASCII punctuation: {ASCII_BAD.findall(txt)}")
            for b in BANNED:
                if b in txt:
                    err(f"turn {i} banned phrase {b}")
            g = grams(txt)
            for name, sg in src_grams.items():
                common = g & sg
                if common:
                    err(f"turn {i} shares 10-char run with {name}: {sorted(common)[:3]}")
        if not any(tu["role"] == "trainee" for tu in turns):
            err("no trainee turn")
        lab = t["label"]
        if set(lab) != {"overall", "stages_done", "violations"}:
            err(f"label fields {sorted(lab)}")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err(f"overall {ov}")
        st = lab["stages_done"]
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            err(f"stages_done not canonical: {st}")
        codes = set()
        for v in lab["violations"]:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                err(f"bad violation {v}")
                continue
            if not 0 <= v["turn"] < len(turns) or turns[v["turn"]]["role"] != "trainee":
                err(f"violation {v} does not point at a trainee turn")
            codes.add(v["code"])
        if len({(v["code"], v["turn"]) for v in lab["violations"]}) != len(lab["violations"]):
            err("duplicate violation")
        breach = bool(codes & BREACH) or (persona == "unwell" and "confront" in codes)
        if breach and ov > 40:
            err(f"compliance breach but overall {ov} > 40")
        if ov >= 90 and (len(st) < 6 or codes):
            err("90+ needs all six stages and no violations")
        if ov >= 80 and codes:
            err("80+ with a violation")
        if ov >= 70 and len(st) < 5:
            err("70+ with fewer than five stages")
        if not codes and len(st) >= 5 and ov < 60:
            warnings.append(f"{fn}: clean and {len(st)} stages but only {ov}")
        # quality vs score, loose sanity check
        if quality in ("excellent",) and ov < 88:
            warnings.append(f"{fn}: excellent but {ov}")
        if quality in ("bad", "long_bad") and ov > 45:
            warnings.append(f"{fn}: {quality} but {ov}")
        if quality == "short_good" and len(turns) > 12:
            warnings.append(f"{fn}: short_good with {len(turns)} turns")
        if quality == "long_bad" and len(turns) < 20:
            warnings.append(f"{fn}: long_bad with {len(turns)} turns")
    for w in warnings:
        print("warn:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
