#!/usr/bin/env python3
"""Validate the hand-labelled talks in this folder.

Checks format, label consistency, full-width punctuation, a banned-phrase
list (the rubric's example phrases), and any 10-character run shared with the
source texts (corpus, DOMAIN.md, the two READMEs).  Exit code 1 on any error.
Run from anywhere: python3 testdata/talks-fresh51/validate.py
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = os.path.abspath(os.path.join(REPO, "..", "shared"))

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

# Example phrases of the rubric (and a few close variants): none may appear.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票", "特殊照顾",
    "回去等通知", "有关部门", "相关单位", "一分也少不了", "心意我领了", "你这话就不对了",
    "根本没这回事", "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说",
    "不识字就回去", "脑子有病", "哭有什么用", "你吼什么吼", "保证批下来", "办公室经费",
    "救助指标", "打个招呼", "切实维护", "相信党和政府", "我不能保证", "不敢说一定能办成",
    "能办的一定给你办", "一分不会少", "该是您的", "红包你收回去", "饭我也不去",
    "依法处理", "换回来不现实", "堵门也改不了", "这个难受是真真的", "电脑的事",
    "什么事？", "什么问题你说", "今天是什么事", "你自己想办法", "你自己找去",
    "认真听取", "确实不是地契", "增人不增地", "以老卖老", "大闹大解决", "花钱买平安",
    "对吧？", "漏了什么没有", "都了解了", "去社保局问", "我今天就打电话",
    "两周内书面答复", "递复查申请", "一定会认真对待", "请坐", "你好，坐吧", "老哥", "大娘",
    "就这一次", "不闹也给", "检察监督", "学安科",
]

ASCII_PUNCT = re.compile(r"[,?!;:\"'()]")
CJK = re.compile(r"[\u4e00-\u9fff]")
NAME = re.compile(r"^(%s)-(\d\d)-(%s)\.json$" % ("|".join(PERSONAS), "|".join(QUALITIES)))

TRANS = str.maketrans({",": "，", "?": "？", "!": "！", ";": "；", ":": "：",
                       "(": "（", ")": "）"})


def norm(s):
    return re.sub(r"\s+", "", s.translate(TRANS))


def source_grams(n=10):
    paths = glob.glob(os.path.join(SHARED, "corpus", "*.txt"))
    paths += [os.path.join(SHARED, "DOMAIN.md"),
              os.path.join(REPO, "testdata", "talks", "README.md"),
              os.path.join(REPO, "testdata", "lines", "README.md")]
    grams = {}
    for p in paths:
        if not os.path.exists(p):
            print("WARN missing source", p)
            continue
        t = norm(open(p, encoding="utf-8", errors="replace").read())
        for i in range(len(t) - n + 1):
            g = t[i:i + n]
            if len(CJK.findall(g)) >= 6:
                grams.setdefault(g, os.path.basename(p))
    return grams


def main():
    errors, warns = [], []
    grams = source_grams()
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    for path in files:
        fn = os.path.basename(path)
        def err(msg):
            errors.append(f"{fn}: {msg}")
        m = NAME.match(fn)
        if not m:
            err("bad file name")
            continue
        try:
            d = json.load(open(path, encoding="utf-8"))
        except Exception as e:
            err(f"bad JSON {e}")
            continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"fields {sorted(d)}")
            continue
        if d["persona"] != m.group(1) or d["quality"] != m.group(3):
            err("persona/quality do not match file name")
        if d["scenario"] != "":
            err("scenario must be empty")
        note = d["note"]
        if not isinstance(note, str) or len(note) < 40 or CJK.search(note):
            err("note must be a real English sentence (no Chinese)")
        turns = d["turns"]
        if not (4 <= len(turns) <= 30):
            err(f"{len(turns)} turns, need 4-30")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee"):
                err(f"turn {i} malformed")
                continue
            text = t["text"]
            if not text.strip():
                err(f"turn {i} empty")
            if CJK.search(text) and ASCII_PUNCT.search(text):
                err(f"turn {i} ASCII punctuation: {ASCII_PUNCT.findall(text)}")
            for b in BANNED:
                if b in text:
                    err(f"turn {i} banned phrase {b}")
            nt = norm(text)
            for k in range(len(nt) - 9):
                g = nt[k:k + 10]
                if g in grams:
                    err(f"turn {i} shares 10-char run with {grams[g]}: {g}")
                    break
        if not any(t.get("role") == "trainee" for t in turns):
            err("no trainee turn")
        lab = d["label"]
        if set(lab) != {"overall", "stages_done", "violations"}:
            err("label fields")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall must be int 0-100")
            continue
        st = lab["stages_done"]
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            err(f"stages_done not canonical: {st}")
        seen = set()
        codes = set()
        for v in lab["violations"]:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                err(f"bad violation {v}")
                continue
            ti = v["turn"]
            if not isinstance(ti, int) or not 0 <= ti < len(turns) or turns[ti]["role"] != "trainee":
                err(f"violation {v} not on a trainee turn")
            if (v["code"], ti) in seen:
                err(f"duplicate violation {v}")
            seen.add((v["code"], ti))
            codes.add(v["code"])
        breach = bool(codes & BREACH) or (d["persona"] == "unwell" and "confront" in codes)
        if breach and ov > 40:
            err(f"compliance breach but overall {ov} > 40")
        # band sanity (the rubric's bands as applied in this set)
        n = len(st)
        if not codes and n == 6 and ov < 70:
            err("all six stages, no faults, but overall < 70")
        if n <= 1 and ov > 44:
            err(f"{n} stage(s) but overall {ov} > 44")
        if n == 6 and not codes and ov >= 90 and d["quality"] not in ("excellent",):
            warns.append(f"{fn}: scored as excellent but labelled {d['quality']}")
        if ov >= 90 and (n < 6 or codes):
            err("90+ needs all six stages and no faults")
        if 80 <= ov <= 89 and n < 5:
            err("80-89 needs all or nearly all stages")
        if codes and ov >= 70:
            err("a coded fault and overall >= 70")
        q = d["quality"]
        rng = {"excellent": (90, 100), "good": (80, 89), "short_good": (70, 79),
               "mediocre": (30, 69), "bad": (0, 44), "long_bad": (0, 45)}[q]
        if not rng[0] <= ov <= rng[1]:
            err(f"quality {q} but overall {ov} outside {rng}")
        if q == "short_good" and len(turns) > 10:
            err("short_good with more than 10 turns")
        if q == "long_bad" and len(turns) < 20:
            err("long_bad with fewer than 20 turns")
    for w in warns:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warns)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
