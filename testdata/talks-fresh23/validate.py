#!/usr/bin/env python3
"""Validate the hand-written talks in this folder.

Checks: file name and field format, label consistency, full-width punctuation
in Chinese text, a banned-phrase list (the rubric's example phrases), and any
10-character run shared with the source texts (corpus, DOMAIN.md and the
README sections that were read). Run from anywhere: python3 validate.py
"""
import glob
import json
import os
import re
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

BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知",
    "有关部门", "相关单位", "一分也少不了", "心意我领了", "你这话就不对了",
    "根本没这回事", "以人民为中心", "找我们也没用", "我也说不好", "先坐，有话慢慢说",
    "不识字就回去找个识字的", "你这是脑子有病", "哭有什么用", "你吼什么吼",
    "从办公室经费里给你拿两千", "救助指标给你留一个", "镇上招人先给你儿子打个招呼",
    "这个确实不是地契", "我不能保证", "能报的一分不会少您的", "能办的一定给你办",
    "不闹也给", "核实符合条件的", "我今天就打电话", "两周内书面答复",
    "我帮你递复查申请", "这个我们这儿没法直接给你办", "法院的判决我们没法改",
    "这个事确实归教育局管", "红包你收回去", "饭我也不去", "换回来不现实",
    "堵门也改不了片区", "这个难受是真真的", "电脑的事我跟村里说一声",
    "我们一定认真听取您的意见", "您反映的问题我们一定会认真对待", "我会跟有关部门反映",
    "去社保局问", "你好，坐吧", "什么事？", "什么问题你说", "今天是什么事",
    "请您相信党和政府", "切实维护", "抬杠",
]

ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r"[\u3400-\u9fff]")
FULL = str.maketrans({",": "，", "?": "？", "!": "！", ";": "；", ":": "：",
                      "(": "（", ")": "）"})
RUN = 10


def readme_sections(path, wanted):
    """Return only the named '## ' sections (with their subsections)."""
    out, keep = [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("## "):
                keep = line[3:].strip() in wanted
            if keep:
                out.append(line)
    return "".join(out)


def norm(s):
    return re.sub(r"\s+", "", s.translate(FULL))


def source_runs():
    texts = []
    for p in sorted(glob.glob("/work/shared/corpus/*.txt")):
        texts.append(open(p, encoding="utf-8", errors="replace").read())
    texts.append(open("/work/shared/DOMAIN.md", encoding="utf-8").read())
    texts.append(readme_sections(os.path.join(REPO, "testdata/talks/README.md"),
                                 {"Format", "Labelling rubric"}))
    texts.append(readme_sections(os.path.join(REPO, "testdata/lines/README.md"),
                                 {"Format"}))
    runs = set()
    for t in texts:
        t = norm(t)
        for i in range(len(t) - RUN + 1):
            chunk = t[i:i + RUN]
            if CJK.search(chunk):
                runs.add(chunk)
    return runs


def main():
    errors, warnings = [], []
    runs = source_runs()
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    name_re = re.compile(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$")
    for path in files:
        fn = os.path.basename(path)
        def err(msg):
            errors.append(f"{fn}: {msg}")
        try:
            d = json.load(open(path, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f"bad JSON: {e}")
            continue
        m = name_re.match(fn)
        if not m:
            err("file name does not match <persona>-<nn>-<quality>.json")
            continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"field set {sorted(d)}")
        if d.get("persona") != m.group(1) or d.get("persona") not in PERSONAS:
            err("persona mismatch or unknown")
        if d.get("quality") != m.group(3) or d.get("quality") not in QUALITIES:
            err("quality mismatch or unknown")
        if d.get("scenario") != "":
            err("scenario must be empty")
        note = d.get("note", "")
        if not isinstance(note, str) or len(note) < 40:
            err("note missing or too short")
        turns = d.get("turns", [])
        if not (4 <= len(turns) <= 30):
            err(f"{len(turns)} turns, need 4-30")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee"):
                err(f"turn {i} malformed")
                continue
            if not t["text"].strip():
                err(f"turn {i} empty")
            bad = sorted(set(t["text"]) & ASCII_PUNCT)
            if bad:
                err(f"turn {i} has ASCII punctuation {bad}")
        if not any(t.get("role") == "trainee" for t in turns):
            err("no trainee turn")
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}:
            err(f"label fields {sorted(lab)}")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall must be an int 0-100")
        sd = lab["stages_done"]
        if any(s not in STAGES for s in sd) or len(set(sd)) != len(sd):
            err(f"bad stages {sd}")
        elif sd != [s for s in STAGES if s in sd]:
            err("stages not in canonical order")
        seen = set()
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
                err(f"violation at turn {ti} is not a trainee turn")
            if (v["code"], ti) in seen:
                err(f"duplicate violation {v}")
            seen.add((v["code"], ti))
            codes.add(v["code"])
        breach = bool(codes & BREACH) or (d["persona"] == "unwell" and "confront" in codes)
        if breach and ov > 40:
            err(f"compliance breach but overall {ov} > 40")
        if ov >= 90 and (len(sd) < 6 or lab["violations"]):
            err("90+ needs all six stages and no faults")
        if ov >= 80 and lab["violations"]:
            warnings.append(f"{fn}: 80+ with violations")
        if d["quality"] in ("excellent",) and ov < 85:
            warnings.append(f"{fn}: excellent but {ov}")
        if d["quality"] in ("bad", "long_bad") and ov > 45:
            warnings.append(f"{fn}: {d['quality']} but {ov}")
        if d["quality"] == "short_good" and len(turns) > 10:
            warnings.append(f"{fn}: short_good with {len(turns)} turns")
        if d["quality"] == "long_bad" and len(turns) < 18:
            warnings.append(f"{fn}: long_bad with {len(turns)} turns")
        # ASCII punctuation inside a Chinese run of the note
        for mm in re.finditer(r"[\u3400-\u9fff]([,?!;:\"'()])[\u3400-\u9fff]", note):
            err(f"note has ASCII punctuation inside Chinese: {mm.group(0)}")
        chinese = [t["text"] for t in turns] + [note]
        for s in chinese:
            for b in BANNED:
                if b in s:
                    err(f"banned phrase {b!r}")
            ns = norm(s)
            for i in range(len(ns) - RUN + 1):
                if ns[i:i + RUN] in runs:
                    err(f"shares a {RUN}-char run with the sources: {ns[i:i + RUN]}")
                    break
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
