#!/usr/bin/env python3
"""Check the talks in this folder: format, label consistency, full-width
punctuation, banned phrases, and 10-character overlaps with the source texts.
Run from anywhere: python3 testdata/talks-fresh10/validate.py"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}
# soft expectations per quality (warnings, not errors)
QRANGE = {"excellent": (88, 100), "good": (76, 90), "short_good": (65, 80),
          "mediocre": (38, 62), "bad": (0, 40), "long_bad": (0, 40)}

# the rubric's example phrases and other wording this set must not reuse
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票",
    "特殊照顾", "回去等通知", "有关部门", "相关单位", "一分也少不了",
    "一分不会少", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说", "切实维护",
    "相信党和政府", "你吼什么", "吼什么吼", "哭有什么用", "脑子有病",
    "不识字就回去", "你自己想办法", "你自己找去", "保证批下来",
    "办公室经费", "救助指标", "打个招呼", "难受是真真的", "电脑的事",
    "堵门", "拦车", "换回来不现实", "我今天就打电话", "两周内书面答复",
    "帮你递复查申请", "我不能保证", "不敢说一定能办成", "能办的一定给你办",
    "该是您的", "认真听取您的意见", "认真听取", "什么事", "什么问题你说",
    "今天是什么事", "坚持签个合同", "这个确实不是地契", "不作数的地契",
]

ASCII_PUNCT = re.compile(r"[,?!;:\"'()]")
CJK = re.compile(r"[\u4e00-\u9fff]")
NORM = str.maketrans({",": "，", "?": "？", "!": "！", ";": "；", ":": "：",
                      "(": "（", ")": "）", ".": "。"})


def norm(s):
    return re.sub(r"\s+", "", s.translate(NORM))


def source_windows(n=10):
    paths = glob.glob("/work/shared/corpus/*.txt") + ["/work/shared/DOMAIN.md",
            os.path.join(ROOT, "testdata/talks/README.md"),
            os.path.join(ROOT, "testdata/lines/README.md")]
    wins = set()
    for p in paths:
        try:
            t = norm(open(p, encoding="utf-8", errors="ignore").read())
        except OSError:
            continue
        for i in range(len(t) - n + 1):
            w = t[i:i + n]
            if len(CJK.findall(w)) >= 6:  # ignore runs of digits/latin/punct
                wins.add(w)
    return wins


def main():
    errors, warnings = [], []
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    wins = source_windows()
    for f in files:
        name = os.path.basename(f)
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", name)
        if not m:
            errors.append(f"{name}: bad file name")
            continue
        try:
            t = json.load(open(f, encoding="utf-8"))
        except Exception as e:
            errors.append(f"{name}: bad JSON {e}")
            continue
        E = lambda msg: errors.append(f"{name}: {msg}")
        W = lambda msg: warnings.append(f"{name}: {msg}")
        if set(t) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            E(f"field set {sorted(t)}")
        if t.get("persona") != m.group(1) or t["persona"] not in PERSONAS:
            E("persona mismatch")
        if t.get("quality") != m.group(3) or t["quality"] not in QUALITIES:
            E("quality mismatch")
        if t.get("scenario") != "":
            E("scenario must be empty")
        if not isinstance(t.get("note"), str) or len(t["note"]) < 40 or CJK.search(t["note"] or ""):
            E("note must be an English explanation")
        turns = t.get("turns", [])
        if not 4 <= len(turns) <= 30:
            E(f"{len(turns)} turns")
        for i, tu in enumerate(turns):
            if set(tu) != {"role", "text"} or tu["role"] not in ("visitor", "trainee"):
                E(f"turn {i} malformed")
                continue
            if not tu["text"].strip():
                E(f"turn {i} empty")
            if CJK.search(tu["text"]) and ASCII_PUNCT.search(tu["text"]):
                E(f"turn {i} ASCII punctuation: {ASCII_PUNCT.findall(tu['text'])}")
            for b in BANNED:
                if b in tu["text"]:
                    E(f"turn {i} banned phrase {b}")
            tn = norm(tu["text"])
            for j in range(len(tn) - 9):
                if tn[j:j + 10] in wins:
                    E(f"turn {i} shares 10 chars with sources: {tn[j:j+10]}")
                    break
        for i in range(1, len(turns)):
            if turns[i]["role"] == turns[i - 1]["role"]:
                W(f"turns {i-1} and {i} have the same role")
        lab = t.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}:
            E("label fields")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            E("overall not int 0-100")
        sd = lab["stages_done"]
        if any(s not in STAGES for s in sd) or sd != [s for s in STAGES if s in sd]:
            E(f"stages_done not canonical: {sd}")
        breach = False
        for v in lab["violations"]:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                E(f"bad violation {v}")
                continue
            if not (0 <= v["turn"] < len(turns)) or turns[v["turn"]]["role"] != "trainee":
                E(f"violation {v} does not point at a trainee turn")
            if v["code"] in BREACH or (v["code"] == "confront" and t["persona"] == "unwell"):
                breach = True
        if len({(v["code"], v["turn"]) for v in lab["violations"]}) != len(lab["violations"]):
            E("duplicate violation")
        if breach and ov > 40:
            E(f"compliance breach but overall {ov} > 40")
        lo, hi = QRANGE[t["quality"]]
        if not lo <= ov <= hi:
            W(f"overall {ov} outside usual range for {t['quality']}")
        if ov >= 90 and (len(sd) < 6 or lab["violations"]):
            E("90+ needs all six stages and no faults")
        if ov >= 80 and len(sd) < 5:
            E("80+ needs nearly all stages")
        if lab["violations"] and ov >= 80:
            W("violation in a talk scored 80+")
        if t["quality"] == "short_good" and len(turns) > 12:
            W("short_good with many turns")
        if t["quality"] == "long_bad" and len(turns) < 18:
            W("long_bad with few turns")
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
