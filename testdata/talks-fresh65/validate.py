#!/usr/bin/env python3
"""Validate the talks-fresh65 set: format, label consistency, punctuation,
banned phrases and a 10-character copy check against the source texts."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}
BANNED = ["胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
          "就这一回", "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票", "特殊照顾",
          "回去等通知", "有关部门", "相关单位", "一分也少不了", "心意我领了", "你这话就不对了",
          "根本没这回事", "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说",
          "不识字就回去", "脑子有病", "哭有什么用", "你吼什么吼", "办公室经费", "救助指标",
          "先给你儿子打个招呼", "相信党和政府", "切实维护", "不闹也给", "能办的一定给你办",
          "能报的一分不会少", "我不能保证", "我不敢说一定能办成", "堵门也改不了",
          "换回来不现实", "这个难受是真真的", "电脑的事我跟村里说一声", "红包你收回去",
          "这个确实不是地契", "我们一定认真听取您的意见"]
ASCII_PUNCT = re.compile(r"[,?!;:\"'()]")
CJK = re.compile(r"[\u4e00-\u9fff]")
KEYS = ["persona", "scenario", "quality", "note", "turns", "label"]
FNAME = re.compile(r"^(%s)-(\d\d)-(%s)\.json$" % ("|".join(PERSONAS), "|".join(QUALITIES)))

def sources():
    paths = [os.path.join(ROOT, "testdata", "talks", "README.md"),
             os.path.join(ROOT, "testdata", "lines", "README.md")]
    shared = os.path.join(ROOT, "..", "shared")
    paths.append(os.path.join(shared, "DOMAIN.md"))
    paths += sorted(glob.glob(os.path.join(shared, "corpus", "*.txt")))
    text = []
    for p in paths:
        if os.path.exists(p):
            text.append(open(p, encoding="utf-8", errors="ignore").read())
        else:
            print("warning: source missing", p)
    return "\n".join(text)

def grams(s, n=10):
    s = re.sub(r"\s+", "", s)
    return {s[i:i + n] for i in range(len(s) - n + 1)}

def main():
    errs = []
    src = grams(sources())
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    for f in files:
        name = os.path.basename(f)
        def err(msg):
            errs.append(f"{name}: {msg}")
        m = FNAME.match(name)
        if not m:
            err("bad file name"); continue
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception as e:
            err(f"bad json {e}"); continue
        if list(d.keys()) != KEYS:
            err(f"keys {list(d.keys())}")
        if d.get("persona") != m.group(1): err("persona mismatch")
        if d.get("quality") != m.group(3): err("quality mismatch")
        if d.get("scenario") != "": err("scenario not empty")
        note = d.get("note", "")
        if not note or CJK.search(note): err("note must be English")
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30: err(f"turn count {len(turns)}")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"}: err(f"turn {i} keys")
            if t.get("role") not in ("visitor", "trainee"): err(f"turn {i} role")
            txt = t.get("text", "")
            if not txt.strip(): err(f"turn {i} empty")
            if CJK.search(txt) and ASCII_PUNCT.search(txt):
                err(f"turn {i} ASCII punctuation: {ASCII_PUNCT.findall(txt)}")
            for b in BANNED:
                if b in txt: err(f"turn {i} banned phrase {b}")
            for g in grams(txt) & src:
                err(f"turn {i} shares 10 chars with sources: {g}")
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}: err("label keys")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100: err("overall")
        st = lab.get("stages_done", [])
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            err("stages not canonical")
        vs = lab.get("violations", [])
        breach = False
        for v in vs:
            if set(v) != {"code", "turn"} or v["code"] not in CODES: err(f"bad violation {v}"); continue
            if not 0 <= v["turn"] < len(turns) or turns[v["turn"]]["role"] != "trainee":
                err(f"violation not on trainee turn {v}")
            if v["code"] in BREACH or (v["code"] == "confront" and d["persona"] == "unwell"):
                breach = True
        if len({(v["code"], v["turn"]) for v in vs}) != len(vs): err("duplicate violation")
        if breach and ov > 40: err("compliance breach but overall > 40")
        if ov >= 90 and (len(st) < 6 or vs): err("90+ needs all stages and no faults")
        if vs and ov >= 80: err("faults but overall >= 80")
    print(f"{len(files)} files checked, {len(errs)} problems")
    for e in errs: print("  " + e)
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
