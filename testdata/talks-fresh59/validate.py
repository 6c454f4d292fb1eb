#!/usr/bin/env python3
"""Validate the hand-labelled talks in this folder.

Checks: file name vs fields, field sets, roles, 4-30 turns, stage keys in
canonical order, violation codes and indices (trainee turns only), the
compliance-breach cap (overall <= 40), full-width punctuation in Chinese text,
a list of banned phrases (the rubric's own example wording), and any run of
10 characters shared with the source texts (corpus, DOMAIN.md and the README
sections that were read). Exit code 1 on any error.
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
    "尽量给您争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知", "有关部门",
    "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "先坐，有话慢慢说", "有话慢慢说",
    "不识字就回去", "脑子有病", "哭有什么用", "你吼什么吼", "办公室经费", "救助指标给你留",
    "先给你儿子打个招呼", "我不能保证", "一分不会少", "能办的一定给你办", "该补的差价",
    "我今天就打电话", "两周内书面答复", "我帮你递复查申请", "红包你收回去", "饭我也不去",
    "换回来不现实", "堵门也改不了", "这个难受是真真的", "电脑的事我跟村里说一声",
    "一定认真听取您的意见", "您的情况我们都了解了", "什么问题你说", "今天是什么事",
    "相信党和政府", "切实维护", "增人不增地",
]

ASCII_PUNCT = re.compile(r"[,?!;:\"'()]")
CJK = re.compile(r"[\u4e00-\u9fff]")


def sections(path, names):
    """Return only the named '## ' sections of a markdown file."""
    out, keep = [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("## "):
                keep = any(line[3:].strip().startswith(n) for n in names)
            if keep:
                out.append(line)
    return "".join(out)


def norm(s):
    table = str.maketrans({",": "，", "?": "？", "!": "！", ";": "；", ":": "：", "(": "（", ")": "）"})
    return re.sub(r"\s+", "", s.translate(table))


def source_grams(n=10):
    texts = []
    for p in sorted(glob.glob(os.path.join(SHARED, "corpus", "*"))):
        texts.append(open(p, encoding="utf-8", errors="ignore").read())
    dom = os.path.join(SHARED, "DOMAIN.md")
    if os.path.exists(dom):
        texts.append(open(dom, encoding="utf-8").read())
    t = os.path.join(ROOT, "testdata", "talks", "README.md")
    if os.path.exists(t):
        texts.append(sections(t, ["Format", "Labelling rubric"]))
    l = os.path.join(ROOT, "testdata", "lines", "README.md")
    if os.path.exists(l):
        texts.append(sections(l, ["Format"]))
    grams = set()
    for t in texts:
        t = norm(t)
        for i in range(len(t) - n + 1):
            g = t[i:i + n]
            if CJK.search(g):
                grams.add(g)
    return grams


def main():
    errors, warns = [], []
    grams = source_grams()
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if not files:
        errors.append("no json files")
    for path in files:
        name = os.path.basename(path)
        E = lambda m: errors.append(f"{name}: {m}")
        try:
            d = json.load(open(path, encoding="utf-8"))
        except Exception as e:
            E(f"bad json: {e}")
            continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            E(f"field set {sorted(d)}")
            continue
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", name)
        if not m or m.group(1) != d["persona"] or m.group(3) != d["quality"]:
            E("file name does not match persona/quality")
        if d["persona"] not in PERSONAS:
            E(f"persona {d['persona']}")
        if d["quality"] not in QUALITIES:
            E(f"quality {d['quality']}")
        if d["scenario"] != "":
            E("scenario must be empty")
        if not d["note"] or CJK.search(d["note"]):
            E("note must be non-empty English")
        turns = d["turns"]
        if not (4 <= len(turns) <= 30):
            E(f"{len(turns)} turns")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee") or not t["text"].strip():
                E(f"turn {i} malformed")
                continue
            txt = t["text"]
            if CJK.search(txt) and ASCII_PUNCT.search(txt):
                E(f"turn {i} ASCII punctuation: {ASCII_PUNCT.findall(txt)}")
            for b in BANNED:
                if b in txt:
                    E(f"turn {i} banned phrase {b}")
            nt = norm(txt)
            for j in range(len(nt) - 9):
                if nt[j:j + 10] in grams:
                    E(f"turn {i} shares 10 chars with sources: {nt[j:j+10]}")
                    break
        lab = d["label"]
        if set(lab) != {"overall", "stages_done", "violations"}:
            E("label field set")
            continue
        if not isinstance(lab["overall"], int) or not 0 <= lab["overall"] <= 100:
            E("overall out of range")
        st = lab["stages_done"]
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            E(f"stages not canonical: {st}")
        breach = False
        seen = set()
        for v in lab["violations"]:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                E(f"bad violation {v}")
                continue
            if (v["code"], v["turn"]) in seen:
                E(f"duplicate violation {v}")
            seen.add((v["code"], v["turn"]))
            if not (0 <= v["turn"] < len(turns)) or turns[v["turn"]]["role"] != "trainee":
                E(f"violation {v} not on a trainee turn")
            if v["code"] in BREACH or (v["code"] == "confront" and d["persona"] == "unwell"):
                breach = True
        if breach and lab["overall"] > 40:
            E(f"compliance breach but overall {lab['overall']} > 40")
        if not breach and lab["violations"] == [] and d["quality"] in ("bad", "long_bad"):
            warns.append(f"{name}: bad quality without violations")
    for w in warns:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warns)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
