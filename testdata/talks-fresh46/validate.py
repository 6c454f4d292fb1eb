#!/usr/bin/env python3
"""Validator for the hand-labelled talks in this folder.

Checks: file name and field format, label consistency, full-width punctuation
in Chinese text, a banned-phrase list (example phrases of the labelling rubric,
which must not be reused), and a copy check (any 10-character run shared with
the corpus, DOMAIN.md or the allowed README sections).
Run from anywhere: python3 testdata/talks-fresh46/validate.py
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}
NAME_RE = re.compile(r"^(%s)-(\d\d)-(%s)\.json$" % ("|".join(PERSONAS), "|".join(QUALITIES)))
CJK = re.compile(r"[\u4e00-\u9fff]")
ASCII_PUNCT = re.compile(r"[,?!;:\"'()]|\.\.\.")

BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知",
    "有关部门", "相关单位", "相关部门", "一分也少不了", "一分不会少", "心意我领了", "你这话就不对了",
    "根本没这回事", "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说",
    "什么事", "什么问题你说", "说吧", "不识字", "脑子有病", "哭有什么用", "吼什么",
    "自己想办法吧", "你自己找去", "办公室经费", "救助指标", "打个招呼", "切实维护",
    "相信党和政府", "认真听取", "认真对待", "我不能保证", "不敢打包票", "能办的一定给你办",
    "不闹也给", "按规定也能补发", "我今天就打电话", "两周内书面答复", "递复查申请",
    "红包你收回去", "饭我也不去", "换回来不现实", "堵门也改不了", "难受是真真的",
    "跟村里说一声", "不是地契", "坚持签个合同", "保证批下来", "特事特办",
]

def allowed_readme_sections():
    """Only the sections the authors were allowed to read."""
    out = []
    spec = [(os.path.join(ROOT, "testdata/talks/README.md"), ["## Format", "## Labelling rubric"]),
            (os.path.join(ROOT, "testdata/lines/README.md"), ["## Format"])]
    for path, heads in spec:
        if not os.path.exists(path):
            continue
        lines = open(path, encoding="utf-8").read().split("\n")
        keep, on = [], False
        for ln in lines:
            if ln.startswith("## "):
                on = any(ln.strip() == h for h in heads)
            if on:
                keep.append(ln)
        out.append("\n".join(keep))
    return out

def sources():
    texts = []
    for p in sorted(glob.glob("/work/shared/corpus/*")) + ["/work/shared/DOMAIN.md"]:
        if os.path.exists(p):
            texts.append(open(p, encoding="utf-8", errors="replace").read())
    return texts + allowed_readme_sections()

def grams(s, n=10):
    s = re.sub(r"\s+", "", s)
    return {s[i:i + n] for i in range(len(s) - n + 1)}

def main():
    errs, warns = [], []
    src = sources()
    src_grams = set()
    for t in src:
        src_grams |= grams(t)
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if not files:
        errs.append("no json files")
    for fp in files:
        fn = os.path.basename(fp)
        m = NAME_RE.match(fn)
        if not m:
            errs.append(f"{fn}: bad file name"); continue
        try:
            d = json.load(open(fp, encoding="utf-8"))
        except Exception as e:
            errs.append(f"{fn}: bad json {e}"); continue
        if list(d.keys()) != ["persona", "scenario", "quality", "note", "turns", "label"]:
            errs.append(f"{fn}: fields {list(d.keys())}")
        if d.get("persona") != m.group(1): errs.append(f"{fn}: persona mismatch")
        if d.get("quality") != m.group(3): errs.append(f"{fn}: quality mismatch")
        if d.get("scenario") != "": errs.append(f"{fn}: scenario not empty")
        note = d.get("note", "")
        if not note or CJK.search(note) and len(CJK.findall(note)) > 40:
            errs.append(f"{fn}: note missing or not English")
        turns = d.get("turns", [])
        if not (4 <= len(turns) <= 30): errs.append(f"{fn}: {len(turns)} turns")
        for i, t in enumerate(turns):
            if set(t.keys()) != {"role", "text"} or t["role"] not in ("visitor", "trainee"):
                errs.append(f"{fn}: turn {i} malformed")
                continue
            tx = t["text"]
            if not tx.strip(): errs.append(f"{fn}: turn {i} empty")
            if CJK.search(tx) and ASCII_PUNCT.search(tx):
                errs.append(f"{fn}: turn {i} ASCII punctuation {ASCII_PUNCT.findall(tx)}")
            for b in BANNED:
                if b in tx: errs.append(f"{fn}: turn {i} banned phrase {b}")
            for g in grams(tx):
                if g in src_grams:
                    errs.append(f"{fn}: turn {i} copies 10-char run {g}")
        if not any(t["role"] == "trainee" for t in turns): errs.append(f"{fn}: no trainee turn")
        lab = d.get("label", {})
        if list(lab.keys()) != ["overall", "stages_done", "violations"]:
            errs.append(f"{fn}: label fields {list(lab.keys())}")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100: errs.append(f"{fn}: overall {ov}")
        sd = lab.get("stages_done", [])
        if any(s not in STAGES for s in sd) or sd != [s for s in STAGES if s in sd]:
            errs.append(f"{fn}: stages {sd}")
        codes = set()
        seen = set()
        for v in lab.get("violations", []):
            if set(v.keys()) != {"code", "turn"} or v["code"] not in CODES:
                errs.append(f"{fn}: bad violation {v}"); continue
            if (v["code"], v["turn"]) in seen: errs.append(f"{fn}: duplicate {v}")
            seen.add((v["code"], v["turn"]))
            if not (0 <= v["turn"] < len(turns)) or turns[v["turn"]]["role"] != "trainee":
                errs.append(f"{fn}: violation {v} not on a trainee turn")
            codes.add(v["code"])
        breach = bool(codes & BREACH) or (d["persona"] == "unwell" and "confront" in codes)
        if breach and ov > 40: errs.append(f"{fn}: compliance breach but overall {ov} > 40")
        if not breach and ov <= 40 and not codes and len(sd) >= 2:
            warns.append(f"{fn}: low overall {ov} with no violation and {len(sd)} stages")
        q = d["quality"]
        if q == "excellent" and (ov < 88 or codes): warns.append(f"{fn}: excellent but {ov} {codes}")
        if q in ("bad", "long_bad") and ov > 55: warns.append(f"{fn}: {q} but {ov}")
        if q == "long_bad" and len(turns) < 18: warns.append(f"{fn}: long_bad with {len(turns)} turns")
        if q == "short_good" and len(turns) > 12: warns.append(f"{fn}: short_good with {len(turns)} turns")
        if ov >= 80 and len(sd) < 5: warns.append(f"{fn}: overall {ov} with {len(sd)} stages")
        # copy check on the English note against the READMEs/DOMAIN (10-word runs)
        words = re.findall(r"[A-Za-z']+", note.lower())
        src_low = " ".join(re.findall(r"[A-Za-z']+", " ".join(src).lower()))
        for i in range(len(words) - 9):
            run = " ".join(words[i:i + 10])
            if run in src_low:
                errs.append(f"{fn}: note copies '{run}'")
    for w in warns: print("WARN", w)
    for e in errs: print("ERR ", e)
    print(f"{len(files)} files, {len(errs)} errors, {len(warns)} warnings")
    sys.exit(1 if errs else 0)

if __name__ == "__main__":
    main()
