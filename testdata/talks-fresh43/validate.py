#!/usr/bin/env python3
"""Validate the talks-fresh43 set: format, label consistency, full-width
punctuation, banned phrases and a 10-character copy check against the
sources the writer was allowed to read."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = os.path.abspath(os.path.join(ROOT, "..", "shared"))

PERSONAS = {"confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"}
QUALITIES = {"excellent", "good", "mediocre", "bad", "long_bad", "short_good"}
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = {"rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"}
BREACH = {"false_promise", "buy_peace", "accept_gift"}

# Example phrases from the rubric; none may appear in the dialogues.
BANNED = ["胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视",
          "这不归我们管", "就这一回", "尽量给您争取", "尽量给你争取",
          "说不定能给你办", "打包票", "特殊照顾", "回去等通知", "有关部门",
          "相关单位", "一分也少不了", "一分不会少", "心意我领了",
          "你这话就不对了", "根本没这回事", "以人民为中心", "找我们也没用",
          "我也说不好", "有话慢慢说", "不识字", "脑子有病", "哭有什么用",
          "吼什么吼", "办公室经费", "救助指标", "打个招呼", "切实维护",
          "相信党和政府", "不闹也给", "我不能保证", "我不敢说一定能办成",
          "难受是真真的", "电脑的事", "你自己想办法", "你自己找去",
          "认真听取", "堵门", "拦车", "换回来不现实", "不是地契",
          "能办的一定给你办", "能报的一分", "不敢打包票", "看看能不能特殊",
          "该是您的", "我一定去问", "按规定也能补发"]

ASCII_BAD = re.compile(r"[,?!;:\"'()]")
HAN = re.compile(r"[\u4e00-\u9fff]")
N = 10


def readme_section(path, start, stop_level=2):
    """Lines of a markdown section starting at heading `start` until the
    next heading of level <= stop_level."""
    out, on = [], False
    for line in open(path, encoding="utf-8"):
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            if line.strip() == start:
                on = True
                continue
            if on and level <= stop_level:
                on = False
        if on:
            out.append(line)
    return "".join(out)


def sources():
    texts = []
    for p in sorted(glob.glob(os.path.join(SHARED, "corpus", "*.txt"))):
        texts.append(open(p, encoding="utf-8", errors="replace").read())
    dom = os.path.join(SHARED, "DOMAIN.md")
    if os.path.exists(dom):
        texts.append(open(dom, encoding="utf-8").read())
    tr = os.path.join(ROOT, "testdata", "talks", "README.md")
    if os.path.exists(tr):
        texts.append(readme_section(tr, "## Format"))
        texts.append(readme_section(tr, "## Labelling rubric"))
    lr = os.path.join(ROOT, "testdata", "lines", "README.md")
    if os.path.exists(lr):
        texts.append(readme_section(lr, "## Format"))
    grams = set()
    for t in texts:
        t = re.sub(r"\s+", "", t)
        for i in range(len(t) - N + 1):
            g = t[i:i + N]
            if HAN.search(g):
                grams.add(g)
    return grams


def main():
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    errs = []
    grams = sources()
    for f in files:
        name = os.path.basename(f)
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception as e:
            errs.append(f"{name}: bad JSON {e}")
            continue
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", name)
        if not m:
            errs.append(f"{name}: bad file name")
            continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            errs.append(f"{name}: field set {sorted(d)}")
        if d.get("persona") != m.group(1) or d["persona"] not in PERSONAS:
            errs.append(f"{name}: persona")
        if d.get("quality") != m.group(3) or d["quality"] not in QUALITIES:
            errs.append(f"{name}: quality")
        if d.get("scenario") != "":
            errs.append(f"{name}: scenario must be empty")
        if not isinstance(d.get("note"), str) or len(d["note"]) < 20 or HAN.search(d["note"] or ""):
            errs.append(f"{name}: note must be English prose")
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30:
            errs.append(f"{name}: {len(turns)} turns")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee"):
                errs.append(f"{name}: turn {i} shape")
                continue
            s = t["text"]
            if not s.strip():
                errs.append(f"{name}: turn {i} empty")
            if HAN.search(s) and ASCII_BAD.search(s):
                errs.append(f"{name}: turn {i} ASCII punctuation {ASCII_BAD.findall(s)}")
            for b in BANNED:
                if b in s:
                    errs.append(f"{name}: turn {i} banned phrase {b}")
            flat = re.sub(r"\s+", "", s)
            for j in range(len(flat) - N + 1):
                if flat[j:j + N] in grams:
                    errs.append(f"{name}: turn {i} shares 10 chars with sources: {flat[j:j+N]}")
                    break
        if any(turns[i]["role"] == turns[i + 1]["role"] for i in range(len(turns) - 1)):
            errs.append(f"{name}: two consecutive turns with the same role")
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}:
            errs.append(f"{name}: label fields")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            errs.append(f"{name}: overall {ov}")
        st = lab["stages_done"]
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            errs.append(f"{name}: stages_done {st}")
        seen = set()
        for v in lab["violations"]:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                errs.append(f"{name}: violation {v}")
                continue
            if not 0 <= v["turn"] < len(turns) or turns[v["turn"]]["role"] != "trainee":
                errs.append(f"{name}: violation {v} not on a trainee turn")
            if (v["code"], v["turn"]) in seen:
                errs.append(f"{name}: duplicate violation {v}")
            seen.add((v["code"], v["turn"]))
        codes = {v["code"] for v in lab["violations"]}
        breach = bool(codes & BREACH) or (d["persona"] == "unwell" and "confront" in codes)
        if breach and ov > 40:
            errs.append(f"{name}: compliance breach but overall {ov} > 40")
        if ov >= 90 and (lab["violations"] or len(st) < 6):
            errs.append(f"{name}: 90+ needs all six stages and no faults")
        if d["quality"] in ("excellent",) and ov < 85:
            errs.append(f"{name}: excellent with overall {ov}")
        if d["quality"] in ("long_bad",) and len(turns) < 20:
            errs.append(f"{name}: long_bad with only {len(turns)} turns")
        if d["quality"] in ("short_good",) and len(turns) > 10:
            errs.append(f"{name}: short_good with {len(turns)} turns")
    for e in errs:
        print(e)
    print(f"{len(files)} files checked, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
