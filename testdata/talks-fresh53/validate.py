#!/usr/bin/env python3
"""Validator for testdata/talks-fresh53: format, label consistency,
full-width punctuation, banned phrases, and a 10-character copy check
against the shared corpus, DOMAIN.md and the read sections of two READMEs."""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PERSONAS = {"confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"}
QUALITIES = {"excellent", "good", "mediocre", "bad", "long_bad", "short_good"}
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = {"rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"}
BREACH = {"false_promise", "buy_peace", "accept_gift"}
ASCII_PUNCT = set(",?!;:\"'()")
CJK = re.compile(r"[\u4e00-\u9fff]")

# Example phrases of the rubric and related stock lines that must not appear.
BANNED = [
    "胡搅蛮缠", "包在我身上", "研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知",
    "有关部门", "相关单位", "一分也少不了", "心意我领了", "你这话就不对了",
    "根本没这回事", "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说",
    "不识字就回去", "脑子有病", "哭有什么用", "你吼什么吼", "切实维护",
    "相信党和政府", "保证批下来", "办公室经费", "救助指标给你留", "给你儿子打个招呼",
    "能报的一分不会少", "能办的一定给你办", "不闹也给", "我不能保证", "我不敢说一定能办成",
    "我今天就打电话", "两周内书面答复", "我帮你递复查申请", "红包你收回去", "饭我也不去",
    "换回来不现实", "堵门也改不了", "这个难受是真真的", "电脑的事我跟村里说一声",
    "这个确实不是地契", "你自己想办法吧", "你自己找去", "我们一定认真听取您的意见",
    "您的情况我们都了解了", "什么问题你说", "今天是什么事", "你好，坐吧", "漏了什么没有",
    "去社保局问", "我会跟有关部门反映", "核实符合条件的", "该是您的", "增人不增地",
    "您当时要是坚持签个", "再研究",
]

def section(path, titles):
    """Return the text of the named '## ' sections of a markdown file."""
    out, keep = [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("## "):
                keep = line[3:].strip() in titles
            if keep:
                out.append(line)
    return "".join(out)

def sources():
    srcs = {}
    for p in sorted(glob.glob("/work/shared/corpus/*.txt")):
        srcs[os.path.basename(p)] = open(p, encoding="utf-8").read()
    srcs["DOMAIN.md"] = open("/work/shared/DOMAIN.md", encoding="utf-8").read()
    srcs["talks/README.md"] = section(os.path.join(ROOT, "testdata/talks/README.md"), {"Format", "Labelling rubric"})
    srcs["lines/README.md"] = section(os.path.join(ROOT, "testdata/lines/README.md"), {"Format"})
    return srcs

STRIP = re.compile(r"[\s，。？！：；“”‘’（）、…—,.?!;:\"'()\-]")
def norm(s):
    return STRIP.sub("", s)

def grams(s, n=10):
    s = norm(s)
    return {s[i:i + n] for i in range(len(s) - n + 1)}

def main():
    errors = []
    src_grams = {}
    for name, text in sources().items():
        for g in grams(text):
            src_grams.setdefault(g, name)
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if not files:
        errors.append("no json files")
    for fn in files:
        base = os.path.basename(fn)
        def err(msg):
            errors.append(f"{base}: {msg}")
        try:
            d = json.load(open(fn, encoding="utf-8"))
        except Exception as e:
            err(f"bad json {e}"); continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"field set {sorted(d)}")
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", base)
        if not m:
            err("file name"); continue
        if m.group(1) != d.get("persona"): err("persona != file name")
        if m.group(3) != d.get("quality"): err("quality != file name")
        if d.get("persona") not in PERSONAS: err("unknown persona")
        if d.get("quality") not in QUALITIES: err("unknown quality")
        if d.get("scenario") != "": err("scenario must be empty")
        note = d.get("note", "")
        # English prose; short Chinese quotations of the turns are allowed.
        if not note or len(re.findall(r"[A-Za-z]", note)) < 2 * len(CJK.findall(note)):
            err("note must be non-empty English")
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30: err(f"turn count {len(turns)}")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee"):
                err(f"turn {i} malformed"); continue
            txt = t["text"]
            if not txt.strip(): err(f"turn {i} empty")
            if CJK.search(txt):
                bad = sorted(set(c for c in txt if c in ASCII_PUNCT))
                if bad: err(f"turn {i} ASCII punctuation {bad}")
            for b in BANNED:
                if b in txt: err(f"turn {i} banned phrase {b}")
            for g in grams(txt):
                if g in src_grams:
                    err(f"turn {i} shares 10 chars with {src_grams[g]}: {g}")
        for i in range(1, len(turns)):
            if turns[i]["role"] == turns[i - 1]["role"]:
                err(f"turns {i-1},{i} same role")
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}: err("label fields")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100: err("overall range")
        sd = lab.get("stages_done", [])
        if any(s not in STAGES for s in sd): err("unknown stage")
        if sd != [s for s in STAGES if s in sd]: err("stages not canonical order / dupes")
        vio = lab.get("violations", [])
        seen = set()
        for v in vio:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                err(f"bad violation {v}"); continue
            if not (0 <= v["turn"] < len(turns)) or turns[v["turn"]]["role"] != "trainee":
                err(f"violation {v} not on a trainee turn")
            if (v["code"], v["turn"]) in seen: err(f"duplicate violation {v}")
            seen.add((v["code"], v["turn"]))
        breach = any(v["code"] in BREACH for v in vio) or (
            d.get("persona") == "unwell" and any(v["code"] == "confront" for v in vio))
        if breach and isinstance(ov, int) and ov > 40: err("compliance breach but overall > 40")
        if ov is not None and ov >= 90 and (vio or len(sd) < 6): err("90+ needs six stages and no faults")
        if vio and isinstance(ov, int) and ov >= 80: err("fault with overall >= 80")
    for e in errors:
        print(e)
    print(f"{len(files)} files, {len(errors)} problems")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
