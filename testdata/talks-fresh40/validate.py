#!/usr/bin/env python3
"""Validator for testdata/talks-fresh40 (run from anywhere).

Checks: file name vs fields, field set, roles, turn count 4-30, stage keys and
canonical order, violation codes and that each index points at a trainee turn,
the compliance cap (<= 40), full-width punctuation in Chinese text, English-only
notes, a banned-phrase list (the rubric's example phrases), and any 10-character
run shared with the corpus, DOMAIN.md or the permitted README sections.
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = "/work/shared"

PERSONAS = {"confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"}
QUALITIES = {"excellent", "good", "mediocre", "bad", "long_bad", "short_good"}
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = {"rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"}
BREACH = {"false_promise", "buy_peace", "accept_gift"}

BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知", "有关部门",
    "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事", "以人民为中心",
    "找我们也没用", "我也说不好", "先坐，有话慢慢说", "有话慢慢说", "不识字就回去", "脑子有病",
    "哭有什么用", "你吼什么", "吼什么吼", "坚持签个合同", "办公室经费", "救助指标给你留",
    "先给你儿子打个招呼", "确实不是地契", "相信党和政府", "我不能保证", "一分不会少",
    "能办的一定给你办", "不闹也给", "核实符合条件的", "我今天就打电话", "两周内书面答复",
    "帮你递复查申请", "红包你收回去", "饭我也不去", "换回来不现实", "堵门也改不了", "难受是真真的",
    "电脑的事我跟村里说", "一定认真听取您的意见", "我们一定会认真对待", "保证批下来",
    "这个我们这儿没法直接给你办", "法院的判决我们没法改", "二楼学安科", "我不敢说一定能办成",
    "什么事", "什么问题你说", "今天是什么事", "你好，坐吧", "你自己想办法吧", "你自己找去",
]
ASCII_PUNCT = re.compile(r"[,?!;:\"'()]")
CJK = re.compile(r"[\u3400-\u9fff]")


def section(path, start_heading, level="## "):
    """Return the text of one section (heading line to the next heading of the same level)."""
    lines = open(path, encoding="utf-8").read().splitlines()
    out, on = [], False
    for ln in lines:
        if ln.startswith(level) and not ln.startswith(level + "#"):
            on = ln.strip() == start_heading
        if on:
            out.append(ln)
    return "\n".join(out)


def reference_texts():
    texts = [open(p, encoding="utf-8", errors="ignore").read()
             for p in sorted(glob.glob(os.path.join(SHARED, "corpus", "*.txt")))]
    texts.append(open(os.path.join(SHARED, "DOMAIN.md"), encoding="utf-8").read())
    talks_readme = os.path.join(REPO, "testdata", "talks", "README.md")
    lines_readme = os.path.join(REPO, "testdata", "lines", "README.md")
    texts.append(section(talks_readme, "## Format"))
    texts.append(section(talks_readme, "## Labelling rubric"))
    texts.append(section(lines_readme, "## Format"))
    return texts


def norm(s):
    # compare on characters only, ignoring whitespace and punctuation of both widths
    return re.sub(r"[\s，。？！：；“”‘’（）、…,.?!;:\"'()\-—《》]", "", s)


def ngrams(s, n=10):
    s = norm(s)
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def main():
    errors, warns = [], []
    ref = set()
    for t in reference_texts():
        ref |= ngrams(t)
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if not files:
        errors.append("no talk files")
    for f in files:
        name = os.path.basename(f)
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception as e:  # noqa
            errors.append("%s: bad JSON %s" % (name, e))
            continue
        m = re.match(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$", name)
        if not m:
            errors.append("%s: bad file name" % name)
            continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            errors.append("%s: field set %s" % (name, sorted(d)))
        if d.get("persona") != m.group(1) or d["persona"] not in PERSONAS:
            errors.append("%s: persona" % name)
        if d.get("quality") != m.group(3) or d["quality"] not in QUALITIES:
            errors.append("%s: quality" % name)
        if d.get("scenario") != "":
            errors.append("%s: scenario must be empty" % name)
        note = d.get("note", "")
        if not note or CJK.search(note):
            errors.append("%s: note must be non-empty English" % name)
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30:
            errors.append("%s: %d turns" % (name, len(turns)))
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee") or not t["text"].strip():
                errors.append("%s t%d: bad turn" % (name, i))
                continue
            if CJK.search(t["text"]) and ASCII_PUNCT.search(t["text"]):
                errors.append("%s t%d: ASCII punctuation %r" % (name, i, ASCII_PUNCT.findall(t["text"])))
            for b in BANNED:
                if b in t["text"]:
                    errors.append("%s t%d: banned phrase %s" % (name, i, b))
            shared = ngrams(t["text"]) & ref
            if shared:
                errors.append("%s t%d: 10-char run shared with sources: %s" % (name, i, sorted(shared)[:3]))
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}:
            errors.append("%s: label fields" % name)
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            errors.append("%s: overall" % name)
        sd = lab["stages_done"]
        if any(s not in STAGES for s in sd) or sd != [s for s in STAGES if s in sd]:
            errors.append("%s: stages not canonical %s" % (name, sd))
        codes = set()
        for v in lab["violations"]:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                errors.append("%s: bad violation %s" % (name, v))
                continue
            if not (0 <= v["turn"] < len(turns)) or turns[v["turn"]]["role"] != "trainee":
                errors.append("%s: violation index %d not a trainee turn" % (name, v["turn"]))
            codes.add(v["code"])
        breach = bool(codes & BREACH) or (d["persona"] == "unwell" and "confront" in codes)
        if breach and ov > 40:
            errors.append("%s: compliance breach but overall %d > 40" % (name, ov))
        q = d["quality"]
        if q == "excellent" and (ov < 90 or codes or len(sd) < 6):
            errors.append("%s: excellent needs >=90, six stages, no faults" % name)
        if q in ("good", "short_good") and (ov < 70 or codes):
            errors.append("%s: %s needs >=70 and no faults" % (name, q))
        if q == "short_good" and len(turns) > 10:
            errors.append("%s: short_good longer than 10 turns" % name)
        if q == "long_bad" and (len(turns) < 16 or ov > 44):
            errors.append("%s: long_bad needs >=16 turns and <=44" % name)
        if q == "bad" and ov > 44:
            errors.append("%s: bad but overall %d" % (name, ov))
        if q == "mediocre" and not 40 <= ov <= 69:
            errors.append("%s: mediocre outside 40-69" % name)
        if ov >= 90 and len(sd) < 6:
            errors.append("%s: >=90 needs all six stages" % name)
    for e in errors:
        print("ERROR", e)
    for w in warns:
        print("WARN", w)
    print("%d files, %d errors" % (len(files), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
