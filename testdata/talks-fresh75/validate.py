#!/usr/bin/env python3
"""Validate the hand-labelled talks in this folder.

Checks: file name and field format, label consistency with the rubric
(bands, breach cap, trainee-only violation turns, canonical stage order),
full-width punctuation in Chinese text, banned rubric example phrases, and
any 10-character run shared with the corpus, DOMAIN.md or the two READMEs.
Run from anywhere: python3 testdata/talks-fresh75/validate.py
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = "/work/shared"

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}
BANDS = {"excellent": (90, 100), "good": (80, 89), "short_good": (70, 79),
         "mediocre": (45, 69), "bad": (0, 44), "long_bad": (0, 44)}

BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知",
    "有关部门", "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说", "不识字就回去", "脑子有病",
    "哭有什么用", "你吼什么吼", "你自己想办法吧", "保证批下来", "切实维护", "相信党和政府",
    "办公室经费", "救助指标", "打个招呼", "一分不会少", "不闹也给", "能办的一定给你办",
    "我不能保证", "我不敢说一定能办成", "我今天就打电话", "两周内书面答复", "我帮你递复查申请",
    "换回来不现实", "堵门也改不了", "这个难受是真真的", "电脑的事我跟村里说一声",
    "红包你收回去", "饭我也不去", "我们一定认真听取您的意见", "您的情况我们都了解了",
    "什么事？", "什么问题你说", "今天是什么事", "漏了什么没有", "去社保局问", "我会跟有关部门反映",
    "你好，坐吧", "地契", "您当时要是坚持签个合同", "不可能…", "扣帽子",
]
ASCII_BAD = set(',?!;:"\'()')
CJK = re.compile(r"[\u4e00-\u9fff]")
TO_FULL = str.maketrans({",": "，", "?": "？", "!": "！", ";": "；", ":": "：", "(": "（", ")": "）",
                         "\u2026": "…"})

errors = []
def err(f, msg):
    errors.append(f"{os.path.basename(f)}: {msg}")

def norm(s):
    s = s.translate(TO_FULL)
    return re.sub(r"\s+", "", s)

def source_grams(n=10):
    paths = sorted(glob.glob(os.path.join(SHARED, "corpus", "*.txt")))
    paths += [os.path.join(SHARED, "DOMAIN.md"),
              os.path.join(ROOT, "testdata", "talks", "README.md"),
              os.path.join(ROOT, "testdata", "lines", "README.md")]
    grams = {}
    for p in paths:
        with open(p, encoding="utf-8", errors="replace") as fh:
            t = norm(fh.read())
        for i in range(len(t) - n + 1):
            g = t[i:i + n]
            if len(CJK.findall(g)) >= 4:
                grams.setdefault(g, os.path.basename(p))
    return grams

def main():
    grams = source_grams()
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if not files:
        print("no json files"); return 1
    for f in files:
        name = os.path.basename(f)[:-5]
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)", name)
        if not m:
            err(f, "bad file name"); continue
        try:
            with open(f, encoding="utf-8") as fh:
                t = json.load(fh)
        except Exception as e:
            err(f, f"bad JSON: {e}"); continue
        if set(t) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f, f"fields {sorted(t)}")
            continue
        if t["persona"] != m.group(1) or t["persona"] not in PERSONAS:
            err(f, "persona mismatch")
        if t["quality"] != m.group(3) or t["quality"] not in QUALITIES:
            err(f, "quality mismatch")
        if t["scenario"] != "":
            err(f, "scenario must be empty")
        if not isinstance(t["note"], str) or len(t["note"]) < 40 or CJK.search(t["note"]):
            err(f, "note must be an English explanation")
        turns = t["turns"]
        if not (4 <= len(turns) <= 30):
            err(f, f"{len(turns)} turns")
        for i, tr in enumerate(turns):
            if set(tr) != {"role", "text"} or tr["role"] not in ("visitor", "trainee"):
                err(f, f"turn {i} malformed"); continue
            s = tr["text"]
            if not s.strip():
                err(f, f"turn {i} empty")
            if CJK.search(s):
                bad = sorted({c for c in s if c in ASCII_BAD})
                if bad:
                    err(f, f"turn {i} ASCII punctuation {bad}")
                if "..." in s or "\u2026" in s.replace("\u2026\u2026", ""):
                    err(f, f"turn {i} ellipsis must be ……")
            for b in BANNED:
                if b in s:
                    err(f, f"turn {i} banned phrase {b}")
            ns = norm(s)
            for k in range(len(ns) - 9):
                g = ns[k:k + 10]
                if g in grams:
                    err(f, f"turn {i} shares 10-char run with {grams[g]}: {g}")
                    break
        lab = t["label"]
        if set(lab) != {"overall", "stages_done", "violations"}:
            err(f, "label fields"); continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err(f, "overall out of range")
        st = lab["stages_done"]
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            err(f, "stages not canonical")
        codes = set()
        prev = -1
        for v in lab["violations"]:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                err(f, f"bad violation {v}"); continue
            if not (0 <= v["turn"] < len(turns)) or turns[v["turn"]]["role"] != "trainee":
                err(f, f"violation {v} not on a trainee turn")
            if v["turn"] < prev:
                err(f, "violations not in turn order")
            prev = v["turn"]
            codes.add(v["code"])
        breach = bool(codes & BREACH) or ("confront" in codes and t["persona"] == "unwell")
        if breach and ov > 40:
            err(f, "compliance breach but overall > 40")
        if ov >= 90 and (len(st) < 6 or codes):
            err(f, ">= 90 needs all six stages and no faults")
        if ov >= 80 and (len(st) < 5 or codes):
            err(f, ">= 80 needs five or more stages and no faults")
        lo, hi = BANDS.get(t["quality"], (0, 100))
        if not lo <= ov <= hi:
            err(f, f"overall {ov} outside band for {t['quality']}")
        if t["quality"] == "short_good" and len(turns) > 12:
            err(f, "short_good longer than 12 turns")
        if t["quality"] == "long_bad" and len(turns) < 18:
            err(f, "long_bad shorter than 18 turns")
    for e in errors:
        print(e)
    print(f"{len(files)} files, {len(errors)} problems")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
