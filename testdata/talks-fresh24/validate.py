#!/usr/bin/env python3
"""Checks the hand-written talks in this folder.

Format, label consistency, full-width punctuation, banned phrases and a
10-character copy check against the corpus, DOMAIN.md and the two README
sections that were read while writing. Prints problems; exit code 1 if any.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = "/work/shared"

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

# The rubric's example phrases (and other stock lines from the READMEs),
# none of which may appear in a turn.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票",
    "特殊照顾", "回去等通知", "有关部门", "相关单位", "一分也少不了",
    "心意我领了", "你这话就不对了", "根本没这回事", "以人民为中心",
    "找我们也没用", "我也说不好", "先坐，有话慢慢说", "有话慢慢说",
    "不识字就回去找个识字的", "你这是脑子有病", "哭有什么用", "你吼什么吼",
    "从办公室经费里", "救助指标给你留一个", "先给你儿子打个招呼",
    "切实维护", "请您相信党和政府", "我们研究研究", "认真听取您的意见",
    "一定会认真对待", "我不能保证", "我不给你打包票", "我不敢说一定能办成",
    "能报的一分不会少", "能办的一定给你办", "该补的差价", "核实符合条件的",
    "我们这儿没法直接给你办", "法院的判决我们没法改", "确实归教育局管",
    "红包你收回去", "堵门也改不了片区", "换回来不现实", "这个难受是真真的",
    "电脑的事我跟村里说一声", "确实不是地契", "要是坚持签个合同",
    "你自己想办法吧", "你自己找去", "什么事？", "什么问题你说", "今天是什么事",
    "你好，坐吧", "好的好的", "增人不增地", "减人不减地", "花钱买平安",
    "大闹大解决", "千万不要呛着",
]

ASCII_BAD = set(',?!;:"\'()')
CJK = re.compile(r"[\u4e00-\u9fff]")
NAME = re.compile(r"^(%s)-(\d\d)-(%s)\.json$" % ("|".join(PERSONAS), "|".join(QUALITIES)))

# rough overall bands per intended quality; only warnings
BANDS = {"excellent": (88, 100), "good": (78, 92), "short_good": (68, 82),
         "mediocre": (35, 69), "bad": (0, 50), "long_bad": (0, 45)}


def readme_sections(path, wanted):
    """Text of the named '## ' sections only (the parts read while writing)."""
    out, keep = [], False
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("## "):
                keep = line[3:].strip() in wanted
            if keep:
                out.append(line)
    return "".join(out)


NORM = str.maketrans({",": "，", "?": "？", "!": "！", ";": "；", ":": "：",
                      "(": "（", ")": "）"})


def norm(s):
    return re.sub(r"\s+", "", s.translate(NORM))


def source_windows(n=10):
    texts = []
    for p in sorted(glob.glob(os.path.join(SHARED, "corpus", "*.txt"))):
        texts.append(open(p, encoding="utf-8").read())
    texts.append(open(os.path.join(SHARED, "DOMAIN.md"), encoding="utf-8").read())
    texts.append(readme_sections(os.path.join(ROOT, "testdata/talks/README.md"),
                                 {"Format", "Labelling rubric"}))
    texts.append(readme_sections(os.path.join(ROOT, "testdata/lines/README.md"),
                                 {"Format"}))
    wins = set()
    for t in texts:
        t = norm(t)
        for i in range(len(t) - n + 1):
            w = t[i:i + n]
            if len(CJK.findall(w)) >= 4:
                wins.add(w)
    return wins


# plain legal/administrative nouns that happen to occur inside rubric quotes
GENERIC = {"法律援助"}


def rubric_fragments():
    """Chinese fragments quoted in the README sections read (examples)."""
    sec = readme_sections(os.path.join(ROOT, "testdata/talks/README.md"),
                          {"Format", "Labelling rubric"})
    frags = set()
    for q in re.findall(r'"([^"]*[\u4e00-\u9fff][^"]*)"', sec):
        for f in re.split(r"[…,，。?？!！:：;；\s()（）]+", q):
            if len(CJK.findall(f)) >= 4 and f not in GENERIC:
                frags.add(f)
    return frags


def main():
    problems, warnings = [], []
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    wins = source_windows()
    banned = set(BANNED) | rubric_fragments()
    seen_nn = {}
    for path in files:
        fn = os.path.basename(path)
        def bad(msg):
            problems.append("%s: %s" % (fn, msg))
        m = NAME.match(fn)
        if not m:
            bad("file name does not match <persona>-<nn>-<quality>.json")
            continue
        try:
            d = json.load(open(path, encoding="utf-8"))
        except Exception as e:  # noqa
            bad("bad JSON: %s" % e)
            continue
        persona, nn, quality = m.groups()
        key = (persona, nn)
        if key in seen_nn:
            bad("duplicate number %s for %s" % (nn, persona))
        seen_nn[key] = fn
        if list(d.keys()) != ["persona", "scenario", "quality", "note", "turns", "label"]:
            bad("fields/order: %s" % list(d.keys()))
        if d.get("persona") != persona:
            bad("persona field differs from file name")
        if d.get("quality") != quality:
            bad("quality field differs from file name")
        if d.get("scenario") != "":
            bad("scenario must be empty")
        note = d.get("note", "")
        if not note or CJK.search(note) and len(CJK.findall(note)) > len(note) // 3:
            bad("note missing or not English")
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30:
            bad("turn count %d outside 4-30" % len(turns))
        for i, t in enumerate(turns):
            if set(t.keys()) != {"role", "text"}:
                bad("turn %d keys %s" % (i, list(t.keys())))
            if t.get("role") not in ("visitor", "trainee"):
                bad("turn %d role %r" % (i, t.get("role")))
            text = t.get("text", "")
            if not text.strip():
                bad("turn %d empty" % i)
            if CJK.search(text):
                asc = sorted(set(c for c in text if c in ASCII_BAD))
                if asc:
                    bad("turn %d has ASCII punctuation %s" % (i, "".join(asc)))
            for b in sorted(banned):
                if b in text:
                    bad("turn %d uses banned phrase %s" % (i, b))
            nt = norm(text)
            hits = sorted(set(nt[j:j + 10] for j in range(len(nt) - 9) if nt[j:j + 10] in wins))
            for h in hits:
                bad("turn %d shares 10-char run with sources: %s" % (i, h))
        for i in range(1, len(turns)):
            if turns[i]["role"] == turns[i - 1]["role"]:
                warnings.append("%s: turns %d and %d have the same role" % (fn, i - 1, i))
        lab = d.get("label", {})
        if list(lab.keys()) != ["overall", "stages_done", "violations"]:
            bad("label fields/order: %s" % list(lab.keys()))
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            bad("overall must be int 0-100")
            ov = 0
        st = lab.get("stages_done", [])
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            bad("stages_done unknown or not in canonical order: %s" % st)
        codes = set()
        pairs = set()
        for v in lab.get("violations", []):
            if set(v.keys()) != {"code", "turn"}:
                bad("violation keys %s" % list(v.keys()))
                continue
            if v["code"] not in CODES:
                bad("unknown code %s" % v["code"])
            ti = v["turn"]
            if not isinstance(ti, int) or not 0 <= ti < len(turns):
                bad("violation turn %r out of range" % ti)
                continue
            if turns[ti]["role"] != "trainee":
                bad("violation turn %d is not a trainee turn" % ti)
            if (v["code"], ti) in pairs:
                bad("duplicate violation %s@%d" % (v["code"], ti))
            pairs.add((v["code"], ti))
            codes.add(v["code"])
        breach = bool(codes & BREACH) or (persona == "unwell" and "confront" in codes)
        if breach and ov > 40:
            bad("compliance breach but overall %d > 40" % ov)
        if codes & {"rude"} and ov > 45:
            bad("rude coded but overall %d > 45" % ov)
        if quality == "excellent" and (len(st) != 6 or codes):
            warnings.append("%s: excellent without all six stages or with faults" % fn)
        if len(st) == 6 and not codes and ov < 70:
            warnings.append("%s: six stages, no faults, but overall %d" % (fn, ov))
        lo, hi = BANDS[quality]
        if not lo <= ov <= hi:
            warnings.append("%s: overall %d outside usual band %s for %s" % (fn, ov, (lo, hi), quality))
    for w in warnings:
        print("WARN", w)
    for p in problems:
        print("ERROR", p)
    print("%d files checked, %d errors, %d warnings" % (len(files), len(problems), len(warnings)))
    if "-v" in sys.argv:
        for path in files:
            d = json.load(open(path, encoding="utf-8"))
            print("==", os.path.basename(path), len(d["turns"]), "turns, overall",
                  d["label"]["overall"], d["label"]["stages_done"])
            for v in d["label"]["violations"]:
                t = d["turns"][v["turn"]]
                print("   %-13s t%-2d %s: %s" % (v["code"], v["turn"], t["role"], t["text"][:60]))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
