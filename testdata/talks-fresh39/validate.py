#!/usr/bin/env python3
"""Validate the talks-fresh39 set: format, label consistency, full-width
punctuation, banned rubric phrases, and 10-character overlaps with the
source texts (corpus, DOMAIN.md, the two READMEs). Run from anywhere."""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
SOURCES = (glob.glob("/work/shared/corpus/*.txt") + ["/work/shared/DOMAIN.md",
           os.path.join(REPO, "testdata/talks/README.md"),
           os.path.join(REPO, "testdata/lines/README.md")])

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知", "等通知", "有关部门",
    "相关单位", "一分也少不了", "一分不会少", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说", "先坐，有话", "不识字就回去",
    "找个识字的", "脑子有病", "哭有什么用", "吼什么吼", "办公室经费", "救助指标", "打个招呼先给",
    "确实不是地契", "切实维护", "相信党和政府", "认真听取您的意见", "我不能保证", "不闹也给",
    "我今天就打电话", "两周内书面答复", "递复查申请", "红包你收回去", "换回来不现实",
    "改不了片区", "真真的", "电脑的事", "你自己想办法", "你自己找去", "坚持签个合同",
    "保证批下来", "能办的一定给你办", "该是您的", "什么问题你说", "今天是什么事", "什么事？",
    "什么事?", "花钱买平安", "大闹大解决", "千万不要呛着", "听着、答应着",
]
ASCII_PUNCT = set(",?!;:\"'()")
CJK = re.compile(r"[\u4e00-\u9fff]")
NAME = re.compile(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$")
N = 10


def norm(s):
    return re.sub(r"[\s\W_]+", "", s)


def source_grams():
    raw, nrm = set(), set()
    for p in SOURCES:
        with open(p, encoding="utf-8", errors="replace") as f:
            t = f.read()
        for s, bag in ((t, raw), (norm(t), nrm)):
            for i in range(len(s) - N + 1):
                bag.add(s[i:i + N])
    return raw, nrm


def main():
    errs, warns = [], []
    raw, nrm = source_grams()
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    for path in files:
        fn = os.path.basename(path)
        def E(msg):
            errs.append(f"{fn}: {msg}")
        try:
            with open(path, encoding="utf-8") as f:
                d = json.load(f)
        except Exception as e:
            E(f"bad JSON {e}"); continue
        m = NAME.match(fn)
        if not m:
            E("file name pattern"); continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            E(f"field set {sorted(d)}")
        if d.get("persona") not in PERSONAS or d.get("persona") != m.group(1):
            E("persona")
        if d.get("quality") not in QUALITIES or d.get("quality") != m.group(3):
            E("quality")
        if d.get("scenario") != "":
            E("scenario must be empty")
        if not isinstance(d.get("note"), str) or len(d["note"]) < 40 or CJK.search(d["note"]):
            E("note must be English prose")
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30:
            E(f"turn count {len(turns)}")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee") or not t["text"].strip():
                E(f"turn {i} malformed")
                continue
            txt = t["text"]
            if CJK.search(txt):
                bad = sorted(set(c for c in txt if c in ASCII_PUNCT))
                if bad:
                    E(f"turn {i} ASCII punctuation {bad}")
            for b in BANNED:
                if b in txt:
                    E(f"turn {i} banned phrase {b!r}")
            for s, bag, kind in ((txt, raw, "raw"), (norm(txt), nrm, "normalised")):
                for j in range(len(s) - N + 1):
                    if s[j:j + N] in bag:
                        E(f"turn {i} shares a {N}-char run with sources ({kind}): {s[j:j + N]}")
                        break
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}:
            E("label fields")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            E("overall range")
        sd = lab["stages_done"]
        if any(s not in STAGES for s in sd) or sd != [s for s in STAGES if s in sd]:
            E("stages_done not canonical")
        codes = set()
        for v in lab["violations"]:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                E(f"violation malformed {v}"); continue
            if not 0 <= v["turn"] < len(turns) or turns[v["turn"]]["role"] != "trainee":
                E(f"violation {v} not on a trainee turn")
            codes.add(v["code"])
        pairs = [(v["turn"], v["code"]) for v in lab["violations"]]
        if len(pairs) != len(set(pairs)):
            E("duplicate violation")
        if pairs != sorted(pairs, key=lambda p: p[0]):
            E("violations not in turn order")
        breach = bool(codes & BREACH) or (d["persona"] == "unwell" and "confront" in codes)
        if breach and ov > 40:
            E(f"compliance breach but overall {ov} > 40")
        if ov >= 90 and (codes or len(sd) < 6):
            E("90+ needs all six stages and no faults")
        if ov >= 80 and codes:
            E("80+ with a coded fault")
        if len(sd) == 6 and not codes and ov < 70:
            warns.append(f"{fn}: all stages, no faults, but overall {ov}")
    with_v = sum(1 for p in files if json.load(open(p, encoding="utf-8"))["label"]["violations"])
    print(f"{len(files)} files, {with_v} with violations ({with_v / max(1, len(files)):.0%})")
    for w in warns:
        print("WARN", w)
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
