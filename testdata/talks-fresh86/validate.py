#!/usr/bin/env python3
"""Validator for the talks-fresh86 set: format, label consistency,
full-width punctuation, banned rubric phrases, and a 10-character copy
check against the sources that were read."""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PERSONAS = {"confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"}
QUALITIES = {"excellent", "good", "mediocre", "bad", "long_bad", "short_good"}
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = {"rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"}
BREACH = {"false_promise", "buy_peace", "accept_gift"}

# the rubric's example phrases and other wording we promised not to reuse
BANNED = """胡搅蛮缠 包在我身上 再研究研究 高度重视 这不归我们管 就这一回 尽量给您争取
说不定能给你办 打包票 特殊照顾 回去等通知 有关部门 相关单位 一分也少不了 心意我领了
你这话就不对了 根本没这回事 以人民为中心 找我们也没用 我也说不好 先坐，有话慢慢说 有话慢慢说
不识字 脑子有病 哭有什么用 你吼什么 保证批下来 办公室经费 救助指标 打个招呼先给
切实维护 相信党和政府 我不能保证 我不敢 我不给你 一定去问 该是您的 能报的 能办的一定
不闹也给 按规定也能补发 我今天就打电话 两周内书面答复 递复查申请 红包你收回去 饭我也不去
堵门 拦车 换回来不现实 这个难受是真真的 电脑的事 我们一定认真听取 一定会认真对待
您的情况我们都了解了 什么事 说吧 什么问题你说 你好，坐吧 去社保局问 我会跟有关 您当时要是坚持
地契 扣帽子 没法直接给你办 自己想办法吧，你 你自己找去 增人不增地""".split()

ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r"[\u4e00-\u9fff]")

def section(path, titles):
    """Return only the named '## ' sections of a markdown file."""
    text = open(path, encoding="utf-8").read()
    out, keep = [], False
    for line in text.splitlines():
        if line.startswith("## "):
            keep = line[3:].strip() in titles
        elif line.startswith("# "):
            keep = False
        if keep:
            out.append(line)
    return "\n".join(out)

def reference_text():
    parts = []
    shared = "/work/shared"
    parts.append(open(os.path.join(shared, "DOMAIN.md"), encoding="utf-8").read())
    for p in sorted(glob.glob(os.path.join(shared, "corpus", "*.txt"))):
        parts.append(open(p, encoding="utf-8", errors="ignore").read())
    parts.append(section(os.path.join(ROOT, "testdata", "talks", "README.md"), {"Format", "Labelling rubric"}))
    parts.append(section(os.path.join(ROOT, "testdata", "lines", "README.md"), {"Format"}))
    return "\n".join(parts)

def runs(s, n=10):
    return {s[i:i + n] for i in range(len(s) - n + 1)}

def main():
    errs, warns = [], []
    ref = reference_text()
    refruns = set()
    for chunk in ref.split("\n"):
        refruns |= runs(chunk)
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if not files:
        errs.append("no json files")
    fn_re = re.compile(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$")
    for f in files:
        name = os.path.basename(f)
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception as e:
            errs.append(f"{name}: bad json {e}"); continue
        m = fn_re.match(name)
        if not m:
            errs.append(f"{name}: bad file name"); continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            errs.append(f"{name}: field set {sorted(d)}")
        if d.get("persona") != m.group(1) or d["persona"] not in PERSONAS:
            errs.append(f"{name}: persona mismatch")
        if d.get("quality") != m.group(3) or d["quality"] not in QUALITIES:
            errs.append(f"{name}: quality mismatch")
        if d.get("scenario") != "":
            errs.append(f"{name}: scenario not empty")
        if not isinstance(d.get("note"), str) or len(d["note"]) < 40 or CJK.search(d["note"]):
            errs.append(f"{name}: note missing, too short or not English")
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30:
            errs.append(f"{name}: {len(turns)} turns")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee") or not t["text"].strip():
                errs.append(f"{name}: turn {i} malformed")
                continue
            txt = t["text"]
            bad = sorted({c for c in txt if c in ASCII_PUNCT})
            if bad and CJK.search(txt):
                errs.append(f"{name}: turn {i} ASCII punctuation {bad}")
            if "..." in txt:
                errs.append(f"{name}: turn {i} ASCII ellipsis")
            for b in BANNED:
                if b in txt:
                    errs.append(f"{name}: turn {i} banned phrase {b}")
            for r in runs(txt):
                if r in refruns and CJK.search(r):
                    errs.append(f"{name}: turn {i} shares 10-char run with sources: {r}")
                    break
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}:
            errs.append(f"{name}: label fields {sorted(lab)}")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            errs.append(f"{name}: overall {ov}")
        st = lab["stages_done"]
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            errs.append(f"{name}: stages not canonical {st}")
        codes = []
        for v in lab["violations"]:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                errs.append(f"{name}: violation malformed {v}"); continue
            if not 0 <= v["turn"] < len(turns) or turns[v["turn"]]["role"] != "trainee":
                errs.append(f"{name}: violation {v} not on a trainee turn")
            codes.append(v["code"])
        breach = any(c in BREACH for c in codes) or (d["persona"] == "unwell" and "confront" in codes)
        if breach and ov > 40:
            errs.append(f"{name}: compliance breach but overall {ov} > 40")
        if ov >= 90 and (len(st) < 6 or codes):
            errs.append(f"{name}: overall {ov} needs six stages and no faults")
        if ov >= 70 and codes:
            warns.append(f"{name}: overall {ov} with violations {codes}")
        if len(st) <= 2 and ov > 59:
            errs.append(f"{name}: {len(st)} stages but overall {ov}")
        q = d["quality"]
        if q in ("excellent",) and ov < 85: warns.append(f"{name}: excellent but {ov}")
        if q in ("bad", "long_bad") and ov > 45: warns.append(f"{name}: {q} but {ov}")
        if q == "long_bad" and len(turns) < 18: warns.append(f"{name}: long_bad with {len(turns)} turns")
        if q == "short_good" and len(turns) > 10: warns.append(f"{name}: short_good with {len(turns)} turns")
    for w in warns:
        print("WARN", w)
    for e in errs:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errs)} errors, {len(warns)} warnings")
    sys.exit(1 if errs else 0)

if __name__ == "__main__":
    main()
