#!/usr/bin/env python3
"""Checks the talks in this folder: format, label consistency, full-width
punctuation, banned phrases, and 10-character runs shared with the sources.

Run from anywhere:  python3 testdata/talks-fresh7/validate.py [--show]
--show prints the text of every trainee turn that carries a violation.
"""
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
NAME_RE = re.compile(r"^(%s)-(\d\d)-(%s)\.json$" % ("|".join(PERSONAS), "|".join(QUALITIES)))
ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r"[\u3400-\u9fff]")

# Example phrases from the rubric and the brief: must not appear anywhere.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "我尽量给您争取", "说不定能给你办", "打包票", "特殊照顾",
    "回去等通知", "有关部门", "相关单位", "一分也少不了", "心意我领了",
    "你这话就不对了", "根本没这回事", "以人民为中心", "找我们也没用", "我也说不好",
    "先坐，有话慢慢说", "先坐,有话慢慢说", "不识字就回去找个识字的", "你这是脑子有病",
    "哭有什么用", "你吼什么吼", "从办公室经费里", "救助指标给你留一个",
    "先给你儿子打个招呼", "这个确实不是地契", "切实维护", "请您相信党和政府",
    "我不能保证", "我不给你打包票", "能报的一分不会少", "能办的一定给你办", "不闹也给",
    "换回来不现实", "堵门也改不了片区", "这个难受是真真的", "电脑的事我跟村里说一声",
    "我今天就打电话", "两周内书面答复", "我帮你递复查申请", "红包你收回去", "饭我也不去",
    "保证批下来", "我们一定认真听取您的意见", "您的情况我们都了解了", "你自己想办法吧",
    "你自己找去", "什么事", "什么问题你说", "今天是什么事", "我不敢说一定能办成",
    "该是您的一分", "我们研究研究",
]

SOURCES = [os.path.join(ROOT, "testdata", "talks", "README.md"),
           os.path.join(ROOT, "testdata", "lines", "README.md"),
           "/work/shared/DOMAIN.md"] + sorted(glob.glob("/work/shared/corpus/*.txt"))
PUNCT_STRIP = re.compile(r"[\s\u3000-\u303f\uff00-\uffef,.?!;:\"'()\[\]…—\-·、“”‘’]")


def grams(s, n=10):
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def load_source_grams():
    raw, stripped = set(), set()
    for p in SOURCES:
        try:
            t = open(p, encoding="utf-8", errors="replace").read()
        except OSError:
            print("WARN cannot read source", p)
            continue
        raw |= grams(t)
        stripped |= grams(PUNCT_STRIP.sub("", t))
    return raw, stripped


def main():
    show = "--show" in sys.argv
    errors = []
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    raw, stripped = load_source_grams()
    for f in files:
        name = os.path.basename(f)
        def err(msg):
            errors.append("%s: %s" % (name, msg))
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception as e:
            err("bad JSON %s" % e)
            continue
        m = NAME_RE.match(name)
        if not m:
            err("bad file name")
            continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err("field set %s" % sorted(d))
        if d.get("persona") != m.group(1):
            err("persona does not match file name")
        if d.get("quality") != m.group(3):
            err("quality does not match file name")
        if d.get("scenario") != "":
            err("scenario must be empty")
        note = d.get("note", "")
        if not note or CJK.search(note):
            err("note must be non-empty English")
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30:
            err("turn count %d" % len(turns))
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee"):
                err("turn %d malformed" % i)
                continue
            txt = t["text"]
            if not txt.strip():
                err("turn %d empty" % i)
            if CJK.search(txt):
                bad = sorted(set(c for c in txt if c in ASCII_PUNCT))
                if bad:
                    err("turn %d ASCII punctuation %s" % (i, bad))
            for b in BANNED:
                if b in txt:
                    err("turn %d banned phrase %s" % (i, b))
            hits = sorted(g for g in grams(txt) if g in raw)
            hits += sorted(g for g in grams(PUNCT_STRIP.sub("", txt)) if g in stripped)
            if hits:
                err("turn %d shares 10-char run with sources: %s" % (i, hits[:3]))
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}:
            err("label field set")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall out of range")
        st = lab["stages_done"]
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            err("stages_done not canonical %s" % st)
        breach = False
        for v in lab["violations"]:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                err("violation malformed %s" % v)
                continue
            k = v["turn"]
            if not (isinstance(k, int) and 0 <= k < len(turns)) or turns[k]["role"] != "trainee":
                err("violation %s does not point at a trainee turn" % v)
                continue
            if v["code"] in BREACH or (v["code"] == "confront" and d["persona"] == "unwell"):
                breach = True
            if show:
                print("%-34s t%-2d %-13s %s" % (name, k, v["code"], turns[k]["text"][:70]))
        if breach and ov > 40:
            err("compliance breach but overall %d > 40" % ov)
        if len(set((v["code"], v["turn"]) for v in lab["violations"])) != len(lab["violations"]):
            err("duplicate violation")
    print("%d files checked, %d problems" % (len(files), len(errors)))
    for e in errors:
        print("  " + e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
