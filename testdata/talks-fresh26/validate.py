#!/usr/bin/env python3
"""Checks the hand-written talks in this folder.

Run from anywhere:  python3 testdata/talks-fresh26/validate.py
Prints problems; exits 1 if there are any.

Checks: file name and fields, roles, turn range, label consistency
(stages, codes, violation turns on trainee turns, breach cap, bands),
full-width punctuation in Chinese text, an English note, a list of banned
phrases (the rubric's own example wording), and a copy check: any run of
10 characters (letters and CJK only, punctuation ignored) in the dialogue
shared with the corpus, DOMAIN.md or the two README sections that were
read, and any run of 8 words in a note shared with them.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = "/work/shared"

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

# Example wording from the rubric (and a few near variants). None of it may
# appear in the talks.
BANNED = [
    "胡搅蛮缠", "包在我身上", "研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票", "特殊照顾",
    "回去等通知", "有关部门", "相关单位", "一分也少不了", "心意我领了",
    "你这话就不对了", "根本没这回事", "以人民为中心", "找我们也没用",
    "我也说不好", "有话慢慢说", "不识字", "脑子有病", "哭有什么用", "吼什么吼",
    "保证批下来", "办公室经费", "救助指标", "打个招呼先", "切实维护",
    "相信党和政府", "不是地契", "我不能保证", "一分不会少", "能办的一定",
    "不闹也给", "核实符合条件的", "我今天就打电话", "两周内书面答复",
    "递复查申请", "没法直接给你办", "判决我们没法改", "确实归教育局管",
    "红包你收回去", "换回来不现实", "堵门也改不了", "难受是真真的",
    "电脑的事", "认真听取您的意见", "你自己想办法", "你自己找去",
    "什么事", "什么问题你说", "你好，坐吧", "回村里问问", "去社保局问",
    "跟有关部门反映", "坚持签个合同", "下放", "工役制",
]

ASCII_PUNCT = set(",?!;:\"'()")
CJK = re.compile(r"[\u3400-\u9fff]")
NAME = re.compile(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$")
FIELDS = ["persona", "scenario", "quality", "note", "turns", "label"]


def readme_sections(path, wanted):
    """Only the named '##' sections (with their subsections) of a README."""
    out, keep = [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("## "):
                keep = line[3:].strip() in wanted
            if keep:
                out.append(line)
    return "".join(out)


def sources():
    texts = {}
    p = os.path.join(SHARED, "DOMAIN.md")
    if os.path.exists(p):
        texts["DOMAIN.md"] = open(p, encoding="utf-8").read()
    for p in sorted(glob.glob(os.path.join(SHARED, "corpus", "*.txt"))):
        texts["corpus/" + os.path.basename(p)] = open(p, encoding="utf-8", errors="replace").read()
    p = os.path.join(ROOT, "testdata", "talks", "README.md")
    if os.path.exists(p):
        texts["talks/README (Format, Labelling rubric)"] = readme_sections(p, {"Format", "Labelling rubric"})
    p = os.path.join(ROOT, "testdata", "lines", "README.md")
    if os.path.exists(p):
        texts["lines/README (Format)"] = readme_sections(p, {"Format"})
    return texts


def norm(s):
    """Keep letters and CJK only, so punctuation differences do not hide a copy."""
    return "".join(ch for ch in s if ch.isalnum())


def grams(s, n=10):
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def word_grams(s, n=8):
    """Runs of n English words, for the copy check on the English notes."""
    w = re.findall(r"[a-z0-9]+", s.lower())
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


def main():
    problems = []
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    raw = sources()
    src = {k: grams(norm(v)) for k, v in raw.items()}
    src_words = {k: word_grams(v) for k, v in raw.items()}
    if not src:
        problems.append("no sources found for the copy check")
    seen_nn = {}
    for path in files:
        fn = os.path.basename(path)
        m = NAME.match(fn)
        if not m:
            problems.append(f"{fn}: bad file name")
            continue
        persona, nn, quality = m.groups()
        try:
            t = json.load(open(path, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            problems.append(f"{fn}: bad JSON: {e}")
            continue
        if list(t.keys()) != FIELDS:
            problems.append(f"{fn}: fields {list(t.keys())}")
        if persona not in PERSONAS or t.get("persona") != persona:
            problems.append(f"{fn}: persona mismatch")
        if quality not in QUALITIES or t.get("quality") != quality:
            problems.append(f"{fn}: quality mismatch")
        if (persona, nn) in seen_nn:
            problems.append(f"{fn}: duplicate number")
        seen_nn[(persona, nn)] = fn
        if t.get("scenario") != "":
            problems.append(f"{fn}: scenario not empty")
        note = t.get("note", "")
        if not note or CJK.search(note):
            problems.append(f"{fn}: note must be non-empty English")
        turns = t.get("turns", [])
        if not 4 <= len(turns) <= 30:
            problems.append(f"{fn}: {len(turns)} turns")
        for i, tu in enumerate(turns):
            if set(tu.keys()) != {"role", "text"}:
                problems.append(f"{fn} t{i}: keys {list(tu.keys())}")
            if tu.get("role") not in ("visitor", "trainee"):
                problems.append(f"{fn} t{i}: role {tu.get('role')}")
            text = tu.get("text", "")
            if not text.strip():
                problems.append(f"{fn} t{i}: empty text")
            if CJK.search(text):
                bad = sorted(set(text) & ASCII_PUNCT)
                if bad:
                    problems.append(f"{fn} t{i}: ASCII punctuation {bad}")
            for b in BANNED:
                if b in text:
                    problems.append(f"{fn} t{i}: banned phrase {b}")
            if tu.get("role") == "trainee" and i + 1 < len(turns) and turns[i + 1].get("role") == "trainee":
                problems.append(f"{fn} t{i}: two trainee turns in a row")
        lab = t.get("label", {})
        if list(lab.keys()) != ["overall", "stages_done", "violations"]:
            problems.append(f"{fn}: label keys {list(lab.keys())}")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            problems.append(f"{fn}: overall {ov}")
            continue
        st = lab.get("stages_done", [])
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            problems.append(f"{fn}: stages {st}")
        vs = lab.get("violations", [])
        pairs = set()
        for v in vs:
            if set(v.keys()) != {"code", "turn"} or v["code"] not in CODES:
                problems.append(f"{fn}: violation {v}")
                continue
            k = v["turn"]
            if not isinstance(k, int) or not 0 <= k < len(turns) or turns[k]["role"] != "trainee":
                problems.append(f"{fn}: violation {v} not on a trainee turn")
            if (v["code"], k) in pairs:
                problems.append(f"{fn}: duplicate violation {v}")
            pairs.add((v["code"], k))
        codes = {v.get("code") for v in vs}
        breach = bool(codes & BREACH) or (persona == "unwell" and "confront" in codes)
        if breach and ov > 40:
            problems.append(f"{fn}: compliance breach but overall {ov} > 40")
        if ov >= 90 and (len(st) < 6 or vs):
            problems.append(f"{fn}: overall {ov} needs six stages and no faults")
        if ov >= 80 and (len(st) < 5 or vs):
            problems.append(f"{fn}: overall {ov} needs five or more stages and no faults")
        if quality in ("excellent", "good") and (vs or ov < 80):
            problems.append(f"{fn}: {quality} with faults or overall {ov}")
        if quality == "short_good" and (vs or len(turns) > 12):
            problems.append(f"{fn}: short_good should be short and clean")
        if quality == "long_bad" and len(turns) < 16:
            problems.append(f"{fn}: long_bad with only {len(turns)} turns")
        # copy check
        g = grams(norm("".join(tu.get("text", "") for tu in turns)))
        for name, sg in src.items():
            hit = g & sg
            if hit:
                problems.append(f"{fn}: shares 10-char runs with {name}: {sorted(hit)[:3]}")
        wg = word_grams(note)
        for name, sw in src_words.items():
            hit = wg & sw
            if hit:
                problems.append(f"{fn}: note shares an 8-word run with {name}: {sorted(hit)[:2]}")
    if len(files) != 36:
        problems.append(f"{len(files)} talks, expected 36")
    for p in problems:
        print(p)
    print(f"{len(files)} files checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
