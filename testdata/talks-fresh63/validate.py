#!/usr/bin/env python3
"""Validator for the talks-fresh63 hand-labelled reception talks.

Checks format, label consistency with the rubric, full-width punctuation in
Chinese text, a banned-phrase list (the rubric's own example phrases) and a
copy check: any 10-character run shared with the corpus, DOMAIN.md or the two
READMEs. Exit status 1 if anything is reported.
Run from anywhere: python3 testdata/talks-fresh63/validate.py
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
# overall range per quality (own convention, matching the rubric's bands)
QBAND = {"excellent": (90, 100), "good": (80, 89), "short_good": (70, 79),
         "mediocre": (45, 69), "bad": (0, 44), "long_bad": (0, 40)}
BANNED = [
    "胡搅蛮缠", "包在我身上", "研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知", "有关部门",
    "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说", "不识字", "找个识字的",
    "脑子有病", "哭有什么用", "你吼什么", "吼什么吼", "你自己想办法吧", "你自己找去",
    "我不能保证", "能报的一分不会少", "能办的一定给你办", "不闹也给", "我今天就打电话",
    "两周内书面答复", "我帮你递复查申请", "红包你收回去", "饭我也不去", "堵门", "拦车",
    "换回来不现实", "这个难受是真真的", "电脑的事我跟村里说一声", "什么事", "什么问题你说",
    "今天是什么事", "从办公室经费里", "救助指标给你留", "先给你儿子打个招呼", "切实维护",
    "请您相信党和政府", "我们一定认真听取您的意见", "坚持签个合同", "确实不是地契",
    "保证批下来", "我们一定会认真对待", "对吧", "漏了什么没有", "您的情况我们都了解了",
    "增人不增地", "大闹大解决", "花钱买平安", "千万不要呛着", "听着、答应着", "好的好的",
    "老哥", "大娘", "说吧", "堵门也改不了", "该是您的", "不归我们管", "学安科",
]
ASCII_PUNCT = set(",?!;:\"'()")
CJK = re.compile(r"[\u3400-\u9fff]")
STRIP = re.compile(r"[\s\u3000-\u303f\uff00-\uffef\u2010-\u206f!-/:-@\[-`{-~]")

def sources():
    files = sorted(glob.glob(os.path.join(SHARED, "corpus", "*")))
    files += [os.path.join(SHARED, "DOMAIN.md"),
              os.path.join(ROOT, "testdata", "talks", "README.md"),
              os.path.join(ROOT, "testdata", "lines", "README.md")]
    grams = {}
    for f in files:
        try:
            txt = open(f, encoding="utf-8", errors="ignore").read()
        except OSError:
            print("WARN missing source", f)
            continue
        s = STRIP.sub("", txt)
        for i in range(len(s) - 9):
            g = s[i:i + 10]
            if CJK.search(g):
                grams.setdefault(g, os.path.basename(f))
    return grams

def main():
    errs = []
    grams = sources()
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if not files:
        errs.append("no json files")
    for f in files:
        name = os.path.basename(f)
        def err(msg):
            errs.append(f"{name}: {msg}")
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", name)
        if not m:
            err("bad file name"); continue
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception as e:
            err(f"bad json {e}"); continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"fields {sorted(d)}")
        if d.get("persona") != m.group(1) or d["persona"] not in PERSONAS:
            err("persona mismatch")
        if d.get("quality") != m.group(3) or d["quality"] not in QUALITIES:
            err("quality mismatch")
        if d.get("scenario") != "":
            err("scenario not empty")
        note = d.get("note", "")
        if not isinstance(note, str) or len(note) < 40:
            err("note missing/short")
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30:
            err(f"turn count {len(turns)}")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee"):
                err(f"turn {i} shape")
            txt = t.get("text", "")
            if not txt.strip():
                err(f"turn {i} empty")
            bad = sorted(set(c for c in txt if c in ASCII_PUNCT))
            if bad and CJK.search(txt):
                err(f"turn {i} ascii punctuation {bad}")
            for b in BANNED:
                if b in txt:
                    err(f"turn {i} banned phrase {b}")
            s = STRIP.sub("", txt)
            for j in range(len(s) - 9):
                if s[j:j + 10] in grams:
                    err(f"turn {i} copies '{s[j:j+10]}' from {grams[s[j:j+10]]}")
                    break
        # notes: ascii punctuation touching CJK, banned phrases, copied CJK runs
        for k, c in enumerate(note):
            if c in ASCII_PUNCT and ((k and CJK.match(note[k - 1])) or (k + 1 < len(note) and CJK.match(note[k + 1]))):
                err(f"note ascii punctuation next to Chinese at {k}")
        for b in BANNED:
            if b in note:
                err(f"note banned phrase {b}")
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}:
            err("label fields")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall")
        st = lab.get("stages_done", [])
        if st != [s for s in STAGES if s in st] or len(set(st)) != len(st):
            err("stages not canonical/unknown")
        vs = lab.get("violations", [])
        seen = set()
        for v in vs:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                err(f"violation shape {v}"); continue
            if not (0 <= v["turn"] < len(turns)) or turns[v["turn"]]["role"] != "trainee":
                err(f"violation {v} not on a trainee turn")
            if (v["code"], v["turn"]) in seen:
                err(f"duplicate violation {v}")
            seen.add((v["code"], v["turn"]))
        codes = {v["code"] for v in vs}
        breach = bool(codes & BREACH) or ("confront" in codes and d.get("persona") == "unwell")
        if breach and isinstance(ov, int) and ov > 40:
            err("compliance breach but overall > 40")
        if isinstance(ov, int):
            lo, hi = QBAND.get(d.get("quality"), (0, 100))
            if not lo <= ov <= hi:
                err(f"overall {ov} outside band for {d.get('quality')}")
            if ov >= 90 and (len(st) < 6 or vs):
                err("90+ needs all six stages and no faults")
            if ov >= 60 and vs and codes - {"officialese"}:
                err("60+ with a serious fault")
            if len(st) <= 1 and ov > 44:
                err("at most one stage but overall > 44")
        if d.get("quality") == "short_good" and len(turns) > 10:
            err("short_good longer than 10 turns")
        if d.get("quality") == "long_bad" and len(turns) < 16:
            err("long_bad shorter than 16 turns")
        if d.get("quality") in ("excellent", "good", "short_good") and breach:
            err("good-quality talk with a breach")
    for e in errs:
        print(e)
    print(f"{len(files)} files checked, {len(errs)} problems")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
