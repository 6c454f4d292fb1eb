#!/usr/bin/env python3
"""Validate the talks-fresh64 set: format, label consistency, punctuation,
banned phrases, and 10-character copy runs against the source texts."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS = {"confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"}
QUALITIES = {"excellent", "good", "mediocre", "bad", "long_bad", "short_good"}
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = {"rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"}
ASCII_PUNCT = set(',?!;:"\'()')
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知", "有关部门", "相关单位",
    "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事", "以人民为中心", "找我们也没用",
    "我也说不好", "先坐，有话慢慢说", "有话慢慢说", "不识字", "脑子有病", "哭有什么用", "你吼什么吼",
    "办公室经费", "救助指标", "打个招呼", "保证批下来", "你自己想办法吧", "你自己找去", "回村里问问",
    "红包你收回去", "饭我也不去", "我不能保证", "不敢说一定能办成", "能办的一定给你办", "该是您的",
    "能报的一分", "不闹也给", "我今天就打电话", "两周内书面答复", "我帮你递复查申请", "换回来不现实",
    "堵门也改不了", "这个难受是真真的", "电脑的事", "我们一定认真听取您的意见", "一定会认真对待",
    "切实维护", "相信党和政府", "看看能不能", "说不定能", "您当时要是坚持", "什么事", "什么问题你说",
    "你好，坐吧", "这个确实不是地契", "增人不增地",
]

def sections(path, names):
    out, keep = [], False
    for line in open(path, encoding="utf-8"):
        if line.startswith("## "):
            keep = any(line.strip() == "## " + n for n in names)
        if keep:
            out.append(line)
    return "".join(out)

def sources():
    texts = []
    for p in sorted(glob.glob("/work/shared/corpus/*")):
        texts.append(open(p, encoding="utf-8", errors="ignore").read())
    texts.append(open("/work/shared/DOMAIN.md", encoding="utf-8").read())
    texts.append(sections("/work/main/testdata/talks/README.md", ["Format", "Labelling rubric"]))
    texts.append(sections("/work/main/testdata/lines/README.md", ["Format"]))
    return texts

def grams(text, n):
    t = re.sub(r"\s+", "", text)
    return {t[i:i + n] for i in range(len(t) - n + 1)}

def main():
    errs, warns = [], []
    src10 = set()
    for t in sources():
        src10 |= grams(t, 10)
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    for f in files:
        name = os.path.basename(f)
        def E(msg): errs.append(f"{name}: {msg}")
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception as e:
            E(f"bad JSON {e}"); continue
        m = re.match(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$", name)
        if not m: E("bad file name"); continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}: E(f"fields {sorted(d)}")
        if d.get("persona") not in PERSONAS or d.get("persona") != m.group(1): E("persona")
        if d.get("quality") not in QUALITIES or d.get("quality") != m.group(3): E("quality")
        if d.get("scenario") != "": E("scenario must be empty")
        if not isinstance(d.get("note"), str) or len(d["note"]) < 40: E("note too short")
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30: E(f"turn count {len(turns)}")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee") or not t["text"].strip():
                E(f"turn {i} malformed"); continue
            txt = t["text"]
            bad = sorted(set(c for c in txt if c in ASCII_PUNCT))
            if bad: E(f"turn {i} ASCII punctuation {bad}")
            for b in BANNED:
                if b in txt: E(f"turn {i} banned phrase {b}")
            hits = sorted(g for g in grams(txt, 10) if g in src10)
            if hits: E(f"turn {i} copy run {hits[0]}")
        if not any(t.get("role") == "trainee" for t in turns): E("no trainee turn")
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}: E("label fields")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100: E("overall"); continue
        st = lab.get("stages_done", [])
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]: E("stages order/keys")
        vs = lab.get("violations", [])
        for v in vs:
            if set(v) != {"code", "turn"} or v["code"] not in CODES: E(f"violation {v}"); continue
            if not 0 <= v["turn"] < len(turns) or turns[v["turn"]]["role"] != "trainee":
                E(f"violation {v} not on a trainee turn")
        codes = {v["code"] for v in vs}
        breach = codes & {"false_promise", "buy_peace", "accept_gift"} or (
            d["persona"] == "unwell" and "confront" in codes)
        if breach and ov > 40: E(f"compliance breach but overall {ov} > 40")
        if not vs and len(st) == 6 and ov < 70: E("all stages, no faults, but overall < 70")
        if not vs and len(st) <= 1 and ov > 59: E("at most one stage but overall > 59")
        if ov >= 90 and (vs or len(st) < 6): E("90+ needs all stages and no faults")
        if ov >= 80 and vs: E("80+ with a violation")
        if {"rude"} & codes and ov > 45: warns.append(f"{name}: rude but overall {ov}")
        if d["quality"] in ("excellent",) and ov < 88: warns.append(f"{name}: excellent but {ov}")
    for w in warns: print("WARN", w)
    for e in errs: print("ERR ", e)
    print(f"{len(files)} files, {len(errs)} errors, {len(warns)} warnings")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
