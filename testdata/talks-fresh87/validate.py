#!/usr/bin/env python3
"""Checks the hand-labelled talks in this folder.

Format, label consistency with the rubric bands, full-width punctuation in
Chinese text, a list of banned phrases (the rubric's own example phrases),
and a copy check: any 10-character run shared with the source texts
(shared/corpus, shared/DOMAIN.md, the two READMEs) is reported.
Run from anywhere: python3 validate.py
"""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = os.path.abspath(os.path.join(REPO, "..", "shared"))

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "我尽量给您争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知",
    "有关部门", "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "先坐，有话慢慢说", "先坐,有话慢慢说",
    "不识字就回去找个识字的", "你这是脑子有病", "哭有什么用", "你吼什么", "保证批下来",
    "从办公室经费里", "救助指标给你留", "这个确实不是地契", "切实维护", "请您相信党和政府",
    "我们一定认真听取您的意见", "你自己找去", "你自己想办法", "我不能保证", "我不敢打包票",
    "该是您的", "能报的一分不会少", "能办的一定给你办", "不闹也给", "我今天就打电话",
    "两周内书面答复", "我帮你递复查申请", "红包你收回去", "饭我也不去", "换回来不现实",
    "堵门也改不了片区", "这个难受是真真的", "电脑的事我跟村里说一声", "您当时要是坚持签个合同",
    "什么事", "说吧", "什么问题你说", "今天是什么事", "你好，坐吧", "你好,坐吧", "对吧",
    "漏了什么没有", "您的情况我们都了解了", "去社保局问", "我会跟有关部门反映",
    "您反映的问题我们一定会认真对待", "我不敢说一定能办成", "核实符合条件的",
]
ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r"[\u3400-\u9fff]")
FULL = str.maketrans({",": "，", "?": "？", "!": "！", ";": "；", ":": "：", "(": "（", ")": "）"})


def norm(s):
    return re.sub(r"\s+", "", s.translate(FULL))


def source_texts():
    paths = sorted(glob.glob(os.path.join(SHARED, "corpus", "*")))
    paths += [os.path.join(SHARED, "DOMAIN.md"),
              os.path.join(REPO, "testdata", "talks", "README.md"),
              os.path.join(REPO, "testdata", "lines", "README.md")]
    out = []
    for p in paths:
        if os.path.isfile(p):
            with open(p, encoding="utf-8", errors="replace") as f:
                out.append((os.path.relpath(p, os.path.dirname(REPO)), norm(f.read())))
    return out


def main():
    errors, warns = [], []
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    n = 10
    grams = {}
    for name, text in source_texts():
        for i in range(len(text) - n + 1):
            g = text[i:i + n]
            if CJK.search(g):
                grams.setdefault(g, name)
    if not grams:
        warns.append("no source texts found for the copy check")
    per_persona, per_quality = Counter(), Counter()
    with_viol = 0
    for path in files:
        fn = os.path.basename(path)
        def err(msg):
            errors.append(f"{fn}: {msg}")
        try:
            with open(path, encoding="utf-8") as f:
                d = json.load(f)
        except Exception as e:
            err(f"bad JSON: {e}")
            continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"field set {sorted(d)}")
            continue
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", fn)
        if not m:
            err("file name not <persona>-<nn>-<quality>.json")
        else:
            if m.group(1) != d["persona"]:
                err("persona differs from file name")
            if m.group(3) != d["quality"]:
                err("quality differs from file name")
        if d["persona"] not in PERSONAS:
            err(f"unknown persona {d['persona']}")
        if d["quality"] not in QUALITIES:
            err(f"unknown quality {d['quality']}")
        if d["scenario"] != "":
            err("scenario must be empty")
        if not isinstance(d["note"], str) or len(d["note"]) < 40 or CJK.search(d["note"]):
            err("note must be an English sentence or more")
        per_persona[d["persona"]] += 1
        per_quality[d["quality"]] += 1
        turns = d["turns"]
        if not (4 <= len(turns) <= 30):
            err(f"{len(turns)} turns, want 4-30")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee"):
                err(f"turn {i} malformed")
                continue
            txt = t["text"]
            if not txt.strip():
                err(f"turn {i} empty")
            if CJK.search(txt):
                bad = sorted(set(c for c in txt if c in ASCII_PUNCT))
                if bad:
                    err(f"turn {i} has ASCII punctuation {bad}")
            for b in BANNED:
                if b in txt:
                    err(f"turn {i} uses banned phrase {b!r}")
            nt = norm(txt)
            for j in range(len(nt) - n + 1):
                g = nt[j:j + n]
                if g in grams:
                    err(f"turn {i} shares 10-char run {g!r} with {grams[g]}")
                    break
        for i in range(1, len(turns)):
            if turns[i]["role"] == turns[i - 1]["role"]:
                warns.append(f"{fn}: turns {i-1},{i} same role")
        lab = d["label"]
        if set(lab) != {"overall", "stages_done", "violations"}:
            err("label field set")
            continue
        ov, st, vs = lab["overall"], lab["stages_done"], lab["violations"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall not an int 0-100")
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            err("stages_done unknown or not in canonical order")
        codes = set()
        for v in vs:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                err(f"bad violation {v}")
                continue
            k = v["turn"]
            if not isinstance(k, int) or not 0 <= k < len(turns) or turns[k]["role"] != "trainee":
                err(f"violation {v} does not point at a trainee turn")
            codes.add(v["code"])
        if len(set((v["code"], v["turn"]) for v in vs)) != len(vs):
            err("duplicate violation")
        breach = bool(codes & BREACH) or (d["persona"] == "unwell" and "confront" in codes)
        if breach and ov > 40:
            err(f"compliance breach but overall {ov} > 40")
        if vs and ov >= 80:
            err("violations present but overall >= 80")
        if ov >= 90 and len(st) < 6:
            err("overall >= 90 needs all six stages")
        if ov >= 80 and len(st) < 5:
            err("overall >= 80 needs at least five stages")
        if ov >= 70 and len(st) < 5:
            err("overall >= 70 needs at least five stages")
        if ov >= 60 and len(st) < 4:
            err("overall >= 60 needs at least four stages")
        if not vs and len(st) == 6 and ov < 60:
            err("all stages and no fault but overall < 60")
        if d["quality"] in ("excellent", "good", "short_good") and (vs or ov < 70):
            warns.append(f"{fn}: quality {d['quality']} but overall {ov} / faults {sorted(codes)}")
        if d["quality"] == "short_good" and len(turns) > 12:
            warns.append(f"{fn}: short_good with {len(turns)} turns")
        if d["quality"] == "long_bad" and len(turns) < 18:
            warns.append(f"{fn}: long_bad with only {len(turns)} turns")
        with_viol += bool(vs)
    for p in PERSONAS:
        if not 3 <= per_persona[p] <= 4:
            errors.append(f"persona {p}: {per_persona[p]} talks, want 3-4")
    for q in QUALITIES:
        if per_quality[q] == 0:
            errors.append(f"quality {q} missing")
    for w in warns:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {with_viol} with violations, {len(errors)} errors, {len(warns)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
