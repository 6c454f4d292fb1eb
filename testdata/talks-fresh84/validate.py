#!/usr/bin/env python3
"""Validate the hand-labelled talks in this folder.

Checks format, label consistency, full-width punctuation in Chinese text,
a banned-phrase list (the rubric's example phrases) and a copy check: any
10-character run shared with the corpus, DOMAIN.md or the two READMEs.
Run from anywhere: python3 validate.py
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = os.path.abspath(os.path.join(ROOT, "..", "shared"))

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知",
    "有关部门", "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说", "不识字就回去",
    "脑子有病", "哭有什么用", "你吼什么", "吼什么吼", "办公室经费", "救助指标",
    "先给你儿子打个招呼", "我不能保证", "一分不会少", "不闹也给", "真真的",
    "跟村里说一声", "认真听取您的意见", "你自己找去", "你自己想办法", "切实维护",
    "相信党和政府", "确实不是地契", "换回来不现实", "堵门也改不了", "能办的一定给你办",
    "该是您的", "能报的一分", "我们一定认真听取", "这个难受是真", "电脑的事",
]
ASCII_PUNCT = re.compile(r"[,?!;:\"'()]")
CJK = re.compile(r"[\u4e00-\u9fff]")
NORM = str.maketrans({",": "，", "?": "？", "!": "！", ";": "；", ":": "：",
                      "(": "（", ")": "）", " ": "", "\n": "", "\t": "", "\u3000": ""})


def section(path, titles):
    """Return only the named '## ' sections of a README (with their subsections)."""
    out, keep = [], False
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^(#+) (.*)", line)
        if m and len(m.group(1)) <= 2:
            keep = m.group(2).strip() in titles
        if keep:
            out.append(line)
    return "".join(out)


def sources():
    texts = {}
    for p in sorted(glob.glob(os.path.join(SHARED, "corpus", "*.txt"))):
        texts[os.path.basename(p)] = open(p, encoding="utf-8", errors="replace").read()
    texts["DOMAIN.md"] = open(os.path.join(SHARED, "DOMAIN.md"), encoding="utf-8").read()
    texts["talks/README.md"] = section(os.path.join(ROOT, "testdata", "talks", "README.md"),
                                       {"Format", "Labelling rubric"})
    texts["lines/README.md"] = section(os.path.join(ROOT, "testdata", "lines", "README.md"),
                                       {"Format"})
    grams = {}
    for name, t in texts.items():
        t = t.translate(NORM)
        for i in range(len(t) - 9):
            grams.setdefault(t[i:i + 10], name)
    return grams


def main():
    errs, warns = [], []
    grams = sources()
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if not files:
        errs.append("no json files")
    for path in files:
        fn = os.path.basename(path)
        def err(msg):
            errs.append(f"{fn}: {msg}")
        try:
            d = json.load(open(path, encoding="utf-8"))
        except Exception as e:
            err(f"bad json {e}")
            continue
        m = re.match(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$", fn)
        if not m:
            err("file name not <persona>-<nn>-<quality>.json")
            continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"fields {sorted(d)}")
        if d.get("persona") not in PERSONAS or d.get("persona") != m.group(1):
            err("persona bad or not matching file name")
        if d.get("quality") not in QUALITIES or d.get("quality") != m.group(3):
            err("quality bad or not matching file name")
        if d.get("scenario") != "":
            err("scenario must be empty")
        note = d.get("note", "")
        if not isinstance(note, str) or len(note) < 20 or CJK.search(note):
            err("note must be English text")
        turns = d.get("turns", [])
        if not (4 <= len(turns) <= 30):
            err(f"{len(turns)} turns, need 4-30")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t.get("role") not in ("visitor", "trainee"):
                err(f"turn {i} malformed")
                continue
            txt = t["text"]
            if not txt.strip():
                err(f"turn {i} empty")
            if CJK.search(txt) and ASCII_PUNCT.search(txt):
                err(f"turn {i} ASCII punctuation: {ASCII_PUNCT.findall(txt)}")
            for b in BANNED:
                if b in txt:
                    err(f"turn {i} banned phrase {b}")
            n = txt.translate(NORM)
            for k in range(len(n) - 9):
                g = n[k:k + 10]
                if g in grams:
                    err(f"turn {i} shares 10 chars with {grams[g]}: {g}")
                    break
        if "trainee" not in {t.get("role") for t in turns}:
            err("no trainee turn")
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}:
            err(f"label fields {sorted(lab)}")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall must be int 0-100")
        st = lab["stages_done"]
        if len(set(st)) != len(st) or any(s not in STAGES for s in st) or \
                st != [s for s in STAGES if s in st]:
            err(f"stages_done not canonical: {st}")
        codes = set()
        for v in lab["violations"]:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                err(f"bad violation {v}")
                continue
            if not isinstance(v["turn"], int) or not 0 <= v["turn"] < len(turns) \
                    or turns[v["turn"]]["role"] != "trainee":
                err(f"violation {v} does not point at a trainee turn")
            codes.add(v["code"])
        breach = bool(codes & BREACH) or ("confront" in codes and d["persona"] == "unwell")
        if breach and isinstance(ov, int) and ov > 40:
            err(f"compliance breach but overall {ov} > 40")
        if not breach and d["quality"] in ("excellent", "good", "short_good") and codes:
            warns.append(f"{fn}: good-quality talk carries {sorted(codes)}")
        if d["quality"] == "excellent" and (ov < 90 or len(st) < 6 or codes):
            err("excellent needs >= 90, six stages, no faults")
        if len(st) < 6 and ov >= 90:
            err("score >= 90 with a stage missing")
        if codes and ov >= 90:
            err("score >= 90 with a fault")
    for w in warns:
        print("WARN", w)
    for e in errs:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
