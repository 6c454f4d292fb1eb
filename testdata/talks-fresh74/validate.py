#!/usr/bin/env python3
"""Validator for testdata/talks-fresh74: format, label consistency,
full-width punctuation, banned phrases, and a 10-character copy check
against the corpus, DOMAIN.md and the README sections the authors read."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}
ASCII_PUNCT = set(',?!;:"\'().')
CJK = re.compile(r"[\u4e00-\u9fff]")
NAME = re.compile(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$")

# example phrases of the rubric and other stock wording we promised not to use
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知",
    "有关部门", "相关单位", "一分也少不了", "一分不会少", "心意我领了", "你这话就不对了",
    "根本没这回事", "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说",
    "不识字就回去", "脑子有病", "哭有什么用", "你吼什么", "办公室经费", "救助指标",
    "打个招呼", "切实维护", "相信党和政府", "我不能保证", "能办的一定", "不闹也给",
    "我今天就打电话", "两周内书面答复", "递复查申请", "难受是真真的", "跟村里说一声",
    "我不敢说一定能办成", "换回来不现实", "堵门也改不了", "红包你收回去", "不是地契",
    "不可能", "要是坚持签个", "认真听取", "都了解了", "什么事", "什么问题你说",
    "漏了什么没有", "没法直接给你办", "有人管", "归教育局管", "你自己想办法", "你自己找去",
    "跟有关部门反映", "去社保局问", "好的好的", "增人不增地", "以老卖老", "大闹大解决",
    "花钱买平安", "你好，坐吧", "你好,坐吧",
]

def section(text, start_heading, level):
    """Return the text of a markdown section (heading line to next heading of same or higher level)."""
    lines = text.split("\n")
    out, inside = [], False
    for ln in lines:
        m = re.match(r"^(#+)\s", ln)
        if m and inside and len(m.group(1)) <= level:
            break
        if ln.strip() == start_heading:
            inside = True
        if inside:
            out.append(ln)
    return "\n".join(out)

def load_sources():
    texts = []
    for p in sorted(glob.glob("/work/shared/corpus/*.txt")) + ["/work/shared/DOMAIN.md"]:
        with open(p, encoding="utf-8", errors="replace") as f:
            texts.append(f.read())
    # only the README sections that were read
    t = open(os.path.join(REPO, "testdata/talks/README.md"), encoding="utf-8").read()
    texts.append(section(t, "## Format", 2))
    texts.append(section(t, "## Labelling rubric", 2))
    l = open(os.path.join(REPO, "testdata/lines/README.md"), encoding="utf-8").read()
    texts.append(section(l, "## Format", 2))
    grams = set()
    for s in texts:
        s = re.sub(r"\s+", "", s)
        for i in range(len(s) - 9):
            g = s[i:i + 10]
            if CJK.search(g):
                grams.add(g)
    return grams

def main():
    errs, warns = [], []
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    grams = load_sources()
    seen = {}
    for fp in files:
        fn = os.path.basename(fp)
        def err(msg):
            errs.append(f"{fn}: {msg}")
        m = NAME.match(fn)
        if not m:
            err("bad file name"); continue
        try:
            d = json.load(open(fp, encoding="utf-8"))
        except Exception as e:
            err(f"bad JSON: {e}"); continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"field set {sorted(d)}")
        p, nn, q = m.group(1), m.group(2), m.group(3)
        if d.get("persona") != p or p not in PERSONAS: err("persona mismatch/unknown")
        if d.get("quality") != q or q not in QUALITIES: err("quality mismatch/unknown")
        if (p, nn) in seen: err(f"duplicate number with {seen[(p, nn)]}")
        seen[(p, nn)] = fn
        if d.get("scenario") != "": err("scenario must be empty")
        note = d.get("note", "")
        if not note or CJK.search(note): err("note must be non-empty English")
        turns = d.get("turns", [])
        if not (4 <= len(turns) <= 30): err(f"turn count {len(turns)}")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee") or not t["text"].strip():
                err(f"turn {i} malformed"); continue
            if i and turns[i - 1]["role"] == t["role"]:
                warns.append(f"{fn}: turns {i-1},{i} same role")
            txt = t["text"]
            if CJK.search(txt):
                bad = sorted(set(c for c in txt if c in ASCII_PUNCT))
                if bad: err(f"turn {i} ASCII punctuation {bad}")
            for b in BANNED:
                if b in txt: err(f"turn {i} banned phrase {b!r}")
            s = re.sub(r"\s+", "", txt)
            for k in range(len(s) - 9):
                if s[k:k + 10] in grams:
                    err(f"turn {i} shares 10 chars with sources: {s[k:k+10]!r}"); break
        if not any(t.get("role") == "trainee" for t in turns): err("no trainee turn")
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}: err("label fields")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100: err("overall not int 0-100"); ov = 0
        st = lab.get("stages_done", [])
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            err(f"stages not canonical: {st}")
        vs = lab.get("violations", [])
        codes, pairs = set(), set()
        for v in vs:
            if set(v) != {"code", "turn"} or v["code"] not in CODES: err(f"bad violation {v}"); continue
            ti = v["turn"]
            if not isinstance(ti, int) or not 0 <= ti < len(turns) or turns[ti]["role"] != "trainee":
                err(f"violation {v} does not point at a trainee turn"); continue
            if (v["code"], ti) in pairs: err(f"duplicate violation {v}")
            pairs.add((v["code"], ti)); codes.add(v["code"])
        breach = bool(codes & BREACH) or (p == "unwell" and "confront" in codes)
        if breach and ov > 40: err(f"compliance breach but overall {ov} > 40")
        n = len(st)
        if q == "excellent" and not (ov >= 90 and n == 6 and not vs): err("excellent needs >=90, 6 stages, no faults")
        if q == "good" and not (80 <= ov <= 89 and n >= 5 and not vs): err("good needs 80-89, >=5 stages, no faults")
        if q == "short_good" and not (70 <= ov <= 79 and len(turns) <= 10 and not breach): err("short_good needs 70-79, <=10 turns, no breach")
        if q == "mediocre" and not (45 <= ov <= 69 and not breach): err("mediocre needs 45-69, no breach")
        if q == "bad" and not ov <= 44: err("bad needs <=44")
        if q == "long_bad" and not (ov <= 44 and len(turns) >= 20): err("long_bad needs <=44 and >=20 turns")
        if ov >= 70 and breach: err("breach with high score")
    # spread
    from collections import Counter
    pc = Counter(os.path.basename(f).split("-")[0] for f in files)
    for p in PERSONAS:
        if not 3 <= pc.get(p, 0) <= 4: errs.append(f"persona {p} has {pc.get(p,0)} talks")
    if len(files) != 36: errs.append(f"{len(files)} files, expected 36")
    for w in warns: print("WARN", w)
    for e in errs: print("ERROR", e)
    print(f"{len(files)} files, {len(errs)} errors, {len(warns)} warnings")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
