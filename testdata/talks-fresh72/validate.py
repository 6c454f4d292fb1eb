#!/usr/bin/env python3
"""Validator for the talks-fresh72 hand-labelled reception talks.

Checks: file naming, field sets, roles, 4-30 turns, stage keys and order,
violation codes and indices (must point at trainee turns), the compliance
cap (<= 40 with a breach), a few quality/label consistency rules, full-width
punctuation in Chinese text, a banned-phrase list (the rubric's example
phrases), and any 10-character run shared with the corpus, DOMAIN.md or the
two README sections that were read (copy check).

Run from anywhere:  python3 testdata/talks-fresh72/validate.py
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = "/work/shared"
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))

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
    "有话慢慢说", "不识字就回去找个识字的", "你这是脑子有病", "哭有什么用", "你吼什么吼",
    "从办公室经费里", "救助指标给你留", "先给你儿子打个招呼", "你自己想办法吧", "你自己找去",
    "这个确实不是地契", "能报的一分不会少", "能办的一定给你办", "我不能保证",
    "我不敢说一定能办成", "这个难受是真真的", "电脑的事我跟村里说一声", "红包你收回去",
    "换回来不现实", "堵门也改不了片区", "我今天就打电话", "两周内书面答复", "我帮你递复查申请",
    "切实维护", "请您相信党和政府", "我们研究研究", "您反映的问题我们一定会认真对待",
    "我们一定认真听取您的意见", "您的情况我们都了解了", "看看能不能特殊照顾", "保证批下来",
    "什么问题你说", "今天是什么事", "去社保局问", "我会跟有关部门反映",
]
ASCII_BAD = set(',?!;:"\'()')
CJK = re.compile(r"[\u3400-\u9fff]")
KEYS = {"persona", "scenario", "quality", "note", "turns", "label"}
NAME = re.compile(r"^(%s)-(\d\d)-(%s)\.json$" % ("|".join(PERSONAS), "|".join(QUALITIES)))


def sections(path, wanted):
    """Return the text of the named '## ' sections (with their subsections)."""
    out, keep = [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("## "):
                keep = line[3:].strip() in wanted
            if keep:
                out.append(line)
    return "".join(out)


def sources():
    src = {}
    src["DOMAIN.md"] = open(os.path.join(SHARED, "DOMAIN.md"), encoding="utf-8").read()
    for p in sorted(glob.glob(os.path.join(SHARED, "corpus", "*.txt"))):
        src[os.path.basename(p)] = open(p, encoding="utf-8", errors="replace").read()
    src["talks/README"] = sections(os.path.join(REPO, "testdata/talks/README.md"), {"Format", "Labelling rubric"})
    src["lines/README"] = sections(os.path.join(REPO, "testdata/lines/README.md"), {"Format"})
    return src


def han(s):
    return "".join(CJK.findall(s))


def grams(s, n=10):
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def main():
    errors, warnings = [], []
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    src = sources()
    src_raw = {k: grams(re.sub(r"\s+", "", v)) for k, v in src.items()}
    src_han = {k: grams(han(v)) for k, v in src.items()}
    seen_nn = {}
    for path in files:
        fn = os.path.basename(path)
        def err(msg):
            errors.append(f"{fn}: {msg}")
        m = NAME.match(fn)
        if not m:
            err("bad file name"); continue
        try:
            d = json.load(open(path, encoding="utf-8"))
        except Exception as e:
            err(f"bad JSON: {e}"); continue
        if set(d) != KEYS:
            err(f"fields {sorted(d)}")
            continue
        persona, nn, quality = m.group(1), m.group(2), m.group(3)
        seen_nn.setdefault(persona, []).append(int(nn))
        if d["persona"] != persona: err("persona differs from file name")
        if d["quality"] != quality: err("quality differs from file name")
        if d["scenario"] != "": err("scenario must be empty")
        if not isinstance(d["note"], str) or len(d["note"]) < 40: err("note missing or too short")
        if CJK.search(d["note"]): err("note should be English")
        turns = d["turns"]
        if not (4 <= len(turns) <= 30): err(f"{len(turns)} turns")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"}: err(f"turn {i} fields {sorted(t)}")
            if t.get("role") not in ("visitor", "trainee"): err(f"turn {i} role {t.get('role')}")
            if not t.get("text", "").strip(): err(f"turn {i} empty")
            if i and t.get("role") == turns[i - 1].get("role"): warnings.append(f"{fn}: turns {i-1},{i} same role")
            txt = t.get("text", "")
            if CJK.search(txt):
                bad = sorted(set(c for c in txt if c in ASCII_BAD))
                if bad: err(f"turn {i} ASCII punctuation {bad}")
            for b in BANNED:
                if b in txt: err(f"turn {i} banned phrase {b}")
            hn, rw = grams(han(txt)), grams(re.sub(r"\s+", "", txt))
            for k in src:
                hit = (hn & src_han[k]) | (rw & src_raw[k])
                if hit: err(f"turn {i} shares 10-char run with {k}: {sorted(hit)[:3]}")
        lab = d["label"]
        if set(lab) != {"overall", "stages_done", "violations"}: err(f"label fields {sorted(lab)}"); continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100: err(f"overall {ov}")
        st = lab["stages_done"]
        if any(s not in STAGES for s in st): err(f"unknown stage in {st}")
        elif st != [s for s in STAGES if s in st]: err("stages not in canonical order or duplicated")
        codes = []
        for v in lab["violations"]:
            if set(v) != {"code", "turn"}: err(f"violation fields {v}"); continue
            if v["code"] not in CODES: err(f"unknown code {v['code']}")
            if not (0 <= v["turn"] < len(turns)) or turns[v["turn"]]["role"] != "trainee":
                err(f"violation {v} not on a trainee turn")
            codes.append(v["code"])
        breach = bool(BREACH & set(codes)) or (persona == "unwell" and "confront" in codes)
        if breach and ov > 40: err(f"compliance breach but overall {ov} > 40")
        if ov >= 90 and len(st) < 6: err("overall >= 90 needs all six stages")
        if ov >= 90 and codes: err("overall >= 90 with violations")
        if quality in ("excellent", "good", "short_good") and codes: err(f"{quality} talk carries violations")
        if quality == "excellent" and ov < 85: warnings.append(f"{fn}: excellent but {ov}")
        if quality == "short_good" and len(turns) > 10: warnings.append(f"{fn}: short_good with {len(turns)} turns")
        if quality == "long_bad" and len(turns) < 20: warnings.append(f"{fn}: long_bad with {len(turns)} turns")
        if quality in ("bad", "long_bad") and ov > 45: warnings.append(f"{fn}: {quality} but {ov}")
    for p, nns in seen_nn.items():
        if sorted(nns) != list(range(1, len(nns) + 1)): warnings.append(f"{p}: numbering {sorted(nns)}")
    for w in warnings: print("WARN", w)
    for e in errors: print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
