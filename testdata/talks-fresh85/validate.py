#!/usr/bin/env python3
"""Validator for testdata/talks-fresh85: format, label consistency,
full-width punctuation, banned phrases, and a 10-character copy check
against the shared corpus, DOMAIN.md and the two READMEs."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PERSONAS = {"confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"}
QUALITIES = {"excellent", "good", "mediocre", "bad", "long_bad", "short_good"}
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = {"rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"}
BREACH = {"false_promise", "buy_peace", "accept_gift"}
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知",
    "有关部门", "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说", "不识字就回去", "脑子有病",
    "哭有什么用", "你吼什么吼", "办公室经费", "救助指标", "给你儿子打个招呼", "你自己想办法吧",
    "你自己找去", "不是地契", "切实维护", "相信党和政府", "一定认真听取", "一分不会少",
    "能办的一定给你办", "不闹也给", "红包你收回去", "换回来不现实", "堵门也改不了",
    "难受是真真的", "电脑的事我跟村里说一声", "我不敢说一定能办成", "我不能保证",
    "我今天就打电话", "两周内书面答复", "我帮你递复查申请", "公安是要依法处理的",
    "您当时要是坚持", "哪天钱到手", "按规定也能补发",
]
ASCII_PUNCT = set(",?!;:\"'()")
CJK = re.compile(r"[\u4e00-\u9fff]")
NORM = str.maketrans({",": "，", "?": "？", "!": "！", ":": "：", ";": "；", "(": "（", ")": "）"})

def norm(s):
    return re.sub(r"\s+", "", s.translate(NORM))

def grams(s, n=10):
    return {s[i:i + n] for i in range(len(s) - n + 1)}

def reference_grams():
    paths = glob.glob("/work/shared/corpus/*") + ["/work/shared/DOMAIN.md",
             os.path.join(ROOT, "testdata/talks/README.md"),
             os.path.join(ROOT, "testdata/lines/README.md")]
    g = set()
    for p in paths:
        try:
            with open(p, encoding="utf-8", errors="ignore") as f:
                g |= grams(norm(f.read()))
        except OSError:
            print("WARN cannot read", p)
    return g

def main():
    errs = []
    ref = reference_grams()
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if not files:
        errs.append("no json files")
    for fn in files:
        name = os.path.basename(fn)
        def err(msg):
            errs.append(f"{name}: {msg}")
        try:
            d = json.load(open(fn, encoding="utf-8"))
        except Exception as e:
            err(f"bad json {e}"); continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"fields {sorted(d)}")
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", name)
        if not m or m.group(1) != d.get("persona") or m.group(3) != d.get("quality"):
            err("file name does not match persona/quality")
        if d.get("persona") not in PERSONAS: err("persona")
        if d.get("quality") not in QUALITIES: err("quality")
        if d.get("scenario") != "": err("scenario must be empty")
        if not isinstance(d.get("note"), str) or len(d["note"]) < 40: err("note missing/short")
        if CJK.search(d.get("note", "")):
            for g in grams(norm(d["note"])):
                if CJK.search(g) and g in ref: err(f"note copies '{g}'")
        turns = d.get("turns", [])
        if not (4 <= len(turns) <= 30): err(f"turn count {len(turns)}")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee"):
                err(f"turn {i} shape"); continue
            txt = t["text"]
            if not txt.strip(): err(f"turn {i} empty")
            if CJK.search(txt):
                bad = sorted(set(c for c in txt if c in ASCII_PUNCT))
                if bad: err(f"turn {i} ASCII punctuation {bad}")
            for b in BANNED:
                if b in txt: err(f"turn {i} banned phrase '{b}'")
            for g in grams(norm(txt)):
                if g in ref: err(f"turn {i} shares 10-char run with sources: '{g}'")
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}: err("label fields")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100: err("overall")
        st = lab.get("stages_done", [])
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            err("stages_done keys/order")
        codes = set()
        seen = set()
        for v in lab.get("violations", []):
            if set(v) != {"code", "turn"}: err("violation shape"); continue
            if v["code"] not in CODES: err(f"code {v['code']}")
            if not (0 <= v["turn"] < len(turns)) or turns[v["turn"]]["role"] != "trainee":
                err(f"violation {v} does not point at a trainee turn")
            if (v["code"], v["turn"]) in seen: err(f"duplicate violation {v}")
            seen.add((v["code"], v["turn"])); codes.add(v["code"])
        breach = bool(codes & BREACH) or (d.get("persona") == "unwell" and "confront" in codes)
        if breach and isinstance(ov, int) and ov > 40: err("compliance breach but overall > 40")
        if isinstance(ov, int):
            if ov >= 90 and (codes or len(st) < 6): err("90+ needs all stages and no faults")
            if codes & {"rude", "buck_passing"} and not st and ov > 30: err("rude/buck-passing with nothing achieved should be low")
            q = d.get("quality")
            if q in ("excellent",) and ov < 88: err("excellent but overall < 88")
            if q in ("bad", "long_bad") and ov > 45: err("bad but overall > 45")
    for e in errs:
        print("ERROR", e)
    print(f"{len(files)} files checked, {len(errs)} problems")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
