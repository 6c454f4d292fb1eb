#!/usr/bin/env python3
"""Validator for testdata/talks-fresh60: format, label consistency,
full-width punctuation, banned phrases, and a 10-character copy check."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}
# overall band expected for each quality label (our own convention for this set)
BANDS = {"excellent": (90, 100), "good": (80, 89), "short_good": (70, 79),
         "mediocre": (45, 69), "bad": (0, 44), "long_bad": (0, 44)}
BANNED = ["胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
          "就这一回", "尽量给您争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知",
          "有关部门", "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
          "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说", "不识字就回去",
          "脑子有病", "哭有什么用", "你吼什么吼", "保证批下来", "办公室经费", "救助指标",
          "打个招呼", "切实维护", "相信党和政府", "我不能保证", "一分不会少", "不闹也给",
          "我今天就打电话", "两周内书面答复", "递复查申请", "不是地契", "红包你收回去",
          "堵门", "换回来不现实", "难受是真真的", "电脑的事", "认真听取", "什么事",
          "什么问题你说", "能办的一定给你办", "你自己想办法吧", "你自己找去"]
ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r"[\u4e00-\u9fff]")
STRIP = re.compile(r"[\s\u3000-\u303f\uff00-\uffef,.?!;:\"'()\[\]…—·、“”‘’《》]")

def norm(s):
    return STRIP.sub("", s)

def sources():
    paths = sorted(glob.glob("/work/shared/corpus/*.txt")) + ["/work/shared/DOMAIN.md",
             os.path.join(ROOT, "testdata/talks/README.md"), os.path.join(ROOT, "testdata/lines/README.md")]
    grams = set()
    for p in paths:
        t = norm(open(p, encoding="utf-8", errors="ignore").read())
        for i in range(len(t) - 9):
            g = t[i:i + 10]
            if CJK.search(g):
                grams.add(g)
    return grams

def main():
    errs, warns = [], []
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    grams = sources()
    seen = set()
    for f in files:
        name = os.path.basename(f)
        def E(m):
            errs.append(f"{name}: {m}")
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception as e:
            E(f"bad json {e}"); continue
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", name)
        if not m:
            E("bad file name"); continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            E(f"fields {sorted(d)}")
        if d.get("persona") != m.group(1) or d["persona"] not in PERSONAS: E("persona mismatch")
        if d.get("quality") != m.group(3) or d["quality"] not in QUALITIES: E("quality mismatch")
        if (m.group(1), m.group(2)) in seen: E("duplicate number")
        seen.add((m.group(1), m.group(2)))
        if d.get("scenario") != "": E("scenario not empty")
        note = d.get("note", "")
        if not note or CJK.search(note) or len(note) < 40: E("note must be English, >= 40 chars")
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30: E(f"{len(turns)} turns")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee"):
                E(f"turn {i} shape"); continue
            x = t["text"]
            if not x.strip(): E(f"turn {i} empty")
            if CJK.search(x):
                bad = sorted(set(c for c in x if c in ASCII_PUNCT))
                if bad or "..." in x: E(f"turn {i} ascii punct {bad}")
            for b in BANNED:
                if b in x: E(f"turn {i} banned phrase {b}")
            n = norm(x)
            for j in range(len(n) - 9):
                if n[j:j + 10] in grams:
                    E(f"turn {i} shares 10 chars with sources: {n[j:j+10]}"); break
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}: E("label fields")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100: E("overall"); ov = 0
        st = lab.get("stages_done", [])
        if st != [s for s in STAGES if s in st] or len(set(st)) != len(st): E("stages order/keys")
        vs = lab.get("violations", [])
        codes = set()
        for v in vs:
            if set(v) != {"code", "turn"} or v["code"] not in CODES: E(f"violation shape {v}"); continue
            if not (0 <= v["turn"] < len(turns)) or turns[v["turn"]]["role"] != "trainee":
                E(f"violation {v} not on a trainee turn")
            codes.add(v["code"])
        if len({(v.get('code'), v.get('turn')) for v in vs}) != len(vs): E("duplicate violation")
        breach = bool(codes & BREACH) or (d["persona"] == "unwell" and "confront" in codes)
        if breach and ov > 40: E("compliance breach but overall > 40")
        lo, hi = BANDS.get(d["quality"], (0, 100))
        if not lo <= ov <= hi: E(f"overall {ov} outside band for {d['quality']}")
        if d["quality"] == "excellent" and (len(st) < 6 or vs): E("excellent needs all stages, no faults")
        if ov >= 90 and (len(st) < 6 or vs): E("90+ needs all stages and no faults")
        if d["quality"] == "long_bad" and len(turns) < 18: E("long_bad should be >= 18 turns")
        if d["quality"] == "short_good" and len(turns) > 10: E("short_good should be <= 10 turns")
        if ov >= 60 and vs and any(c in BREACH for c in codes): E("breach with high score")
    print(f"{len(files)} files checked, {len(errs)} errors")
    for e in errs: print("ERROR", e)
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
