#!/usr/bin/env python3
"""Checks the talks in this folder: format, label consistency, full-width
punctuation, banned phrases and 10-character overlaps with the source texts.

Run from anywhere:  python3 testdata/talks-fresh11/validate.py [--show]
--show prints every labelled violation turn, for a last human read.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

# Example phrases of the rubric, DOMAIN.md and the task brief: none may
# appear in a talk (full-width forms, since the talks use those).
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "我尽量给您争取", "说不定能给你办", "打包票",
    "特殊照顾", "回去等通知", "有关部门", "相关单位", "一分也少不了",
    "心意我领了", "你这话就不对了", "根本没这回事", "以人民为中心",
    "找我们也没用", "我也说不好", "先坐，有话慢慢说", "有话慢慢说",
    "你好，坐吧", "什么事？", "什么问题你说", "今天是什么事",
    "我们一定认真听取您的意见", "我会跟有关部门反映", "去社保局问",
    "不识字就回去找个识字的", "你这是脑子有病", "哭有什么用", "你吼什么吼",
    "坚持签个合同", "看看能不能特殊照顾", "保证批下来", "你自己找去",
    "你自己想办法吧", "您回村里问问吧", "这个确实不是地契",
    "从办公室经费", "救助指标给你留一个", "打个招呼", "切实维护",
    "请您相信党和政府", "您反映的问题我们一定会认真对待", "我不能保证",
    "我不敢说一定能办成", "我一定去问", "该是您的", "能报的一分不会少",
    "能办的一定给你办", "不闹也给", "核实符合条件的", "我今天就打电话",
    "两周内书面答复", "我帮你递复查申请", "这个我们这儿没法直接给你办",
    "归城管", "法院的判决我们没法改", "检察监督", "这个事确实归教育局管",
    "学安科", "红包你收回去", "饭我也不去", "公安是要依法处理的",
    "换回来不现实", "路已经修了", "堵门也改不了", "这个难受是真真的",
    "电脑的事我跟村里说一声", "大闹大解决", "花钱买平安", "听着、答应着",
    "千万不要呛着", "增人不增地", "我不给你", "我不能跟您",
]

ASCII_PUNCT = re.compile(r"[,?!;:\"'()]")
CJK = re.compile(r"[\u4e00-\u9fff]")


def sections(path, wanted):
    """Return the text of the named '## ' sections of a markdown file."""
    out, keep = [], False
    for line in open(path, encoding="utf-8"):
        if line.startswith("## "):
            keep = line[3:].strip() in wanted
        if keep:
            out.append(line)
    return "".join(out)


def sources():
    texts = {}
    for p in sorted(glob.glob("/work/shared/corpus/*.txt")):
        texts[os.path.basename(p)] = open(p, encoding="utf-8", errors="replace").read()
    texts["DOMAIN.md"] = open("/work/shared/DOMAIN.md", encoding="utf-8").read()
    texts["talks/README.md"] = sections(
        os.path.join(REPO, "testdata/talks/README.md"), {"Format", "Labelling rubric"})
    texts["lines/README.md"] = sections(
        os.path.join(REPO, "testdata/lines/README.md"), {"Format"})
    return texts


def norm(s):
    # Drop whitespace and all punctuation (ASCII and full-width), so that a
    # copied sentence is caught even if its punctuation was converted.
    return "".join(ch for ch in s if ch.isalnum())


def grams(s, n=10):
    s = norm(s)
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def main():
    show = "--show" in sys.argv
    errors, warnings = [], []
    src = {k: grams(v) for k, v in sources().items()}
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    for path in files:
        name = os.path.basename(path)
        def err(msg):
            errors.append(f"{name}: {msg}")
        try:
            t = json.load(open(path, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f"bad JSON: {e}")
            continue
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", name)
        if not m:
            err("file name not <persona>-<nn>-<quality>.json")
            continue
        if set(t) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"fields {sorted(t)}")
        if t.get("persona") != m.group(1) or t["persona"] not in PERSONAS:
            err("persona does not match file name or is unknown")
        if t.get("quality") != m.group(3) or t["quality"] not in QUALITIES:
            err("quality does not match file name or is unknown")
        if t.get("scenario") != "":
            err("scenario must be empty")
        note = t.get("note", "")
        if len(note) < 40:
            err("note missing or too short")
        if len(CJK.findall(note)) > len(note) / 4:
            err("note should be English")
        turns = t.get("turns", [])
        if not 4 <= len(turns) <= 30:
            err(f"{len(turns)} turns, want 4-30")
        for i, tu in enumerate(turns):
            if set(tu) != {"role", "text"} or tu["role"] not in ("visitor", "trainee"):
                err(f"turn {i} malformed")
                continue
            if not tu["text"].strip():
                err(f"turn {i} empty")
            if CJK.search(tu["text"]) and ASCII_PUNCT.search(tu["text"]):
                err(f"turn {i} has ASCII punctuation: {ASCII_PUNCT.findall(tu['text'])}")
            for b in BANNED:
                if b in tu["text"]:
                    err(f"turn {i} contains banned phrase {b!r}")
            g = grams(tu["text"])
            for sname, sg in src.items():
                common = g & sg
                if common:
                    err(f"turn {i} shares 10-char run with {sname}: {sorted(common)[:3]}")
        for i in range(1, len(turns)):
            if turns[i]["role"] == turns[i - 1]["role"]:
                warnings.append(f"{name}: turns {i-1} and {i} have the same role")
        if "trainee" not in {tu["role"] for tu in turns}:
            err("no trainee turn")
        lab = t.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}:
            err(f"label fields {sorted(lab)}")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall must be an int 0-100")
        st = lab["stages_done"]
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            err(f"stages not canonical: {st}")
        vs = lab["violations"]
        codes = set()
        for v in vs:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                err(f"bad violation {v}")
                continue
            k = v["turn"]
            if not (isinstance(k, int) and 0 <= k < len(turns)) or turns[k]["role"] != "trainee":
                err(f"violation {v} does not point at a trainee turn")
                continue
            codes.add(v["code"])
            if show:
                print(f"{name} t{k} [{v['code']}]: {turns[k]['text']}")
        if len({(v.get('code'), v.get('turn')) for v in vs}) != len(vs):
            err("duplicate violation")
        if vs != sorted(vs, key=lambda v: (v.get("turn", 0), CODES.index(v.get("code", "rude")) if v.get("code") in CODES else 0)):
            warnings.append(f"{name}: violations not in turn order")
        breach = bool(codes & BREACH) or ("confront" in codes and t["persona"] == "unwell")
        if breach and ov > 40:
            err(f"compliance breach but overall {ov} > 40")
        if ov >= 90 and (len(st) < 6 or vs):
            err("overall >= 90 needs all six stages and no violations")
        if 80 <= ov < 90 and (len(st) < 5 or breach):
            err("overall 80-89 needs five or more stages and no breach")
        if ov >= 60 and len(st) < 4:
            err("overall >= 60 with fewer than four stages")
        if codes & {"rude"} and ov > 45:
            warnings.append(f"{name}: rude but overall {ov}")
        q = t["quality"]
        if q in ("excellent",) and ov < 85:
            warnings.append(f"{name}: excellent but overall {ov}")
        if q in ("bad", "long_bad") and ov > 45:
            warnings.append(f"{name}: {q} but overall {ov}")
        if q == "short_good" and len(turns) > 12:
            warnings.append(f"{name}: short_good with {len(turns)} turns")
        if q == "long_bad" and len(turns) < 18:
            warnings.append(f"{name}: long_bad with only {len(turns)} turns")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
