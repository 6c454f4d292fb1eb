#!/usr/bin/env python3
"""Validator for testdata/talks-fresh80.

Checks format, label consistency, full-width punctuation, a banned-phrase
list (the rubric's example phrases) and a 10-character copy check against the
shared corpus, DOMAIN.md and the README sections the set was written from.
Run from anywhere:  python3 testdata/talks-fresh80/validate.py
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = "/work/shared"

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

# overall ranges used for each quality tag in this set (writer's intent)
QUALITY_BAND = {
    "excellent": (88, 100),
    "good": (78, 89),
    "mediocre": (40, 69),
    "bad": (0, 44),
    "long_bad": (0, 44),
    "short_good": (65, 79),
}

# the rubric's example phrases and DOMAIN.md's catch-phrases: none may appear
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "我尽量给您争取", "说不定能给你办", "打包票",
    "特殊照顾", "回去等通知", "有关部门", "相关单位", "一分也少不了", "心意我领了",
    "你这话就不对了", "根本没这回事", "以人民为中心", "找我们也没用", "我也说不好",
    "先坐有话慢慢说", "有话慢慢说", "不识字就回去找个识字的", "你这是脑子有病",
    "哭有什么用", "你吼什么吼", "从办公室经费里给你拿两千", "救助指标给你留一个",
    "镇上招人先给你儿子打个招呼", "切实维护", "请您相信党和政府", "相信党和政府",
    "一定认真听取您的意见", "认真听取您的意见", "我不能保证", "能报的一分不会少",
    "能办的一定给你办", "不闹也给", "核实符合条件的", "我今天就打电话",
    "两周内书面答复", "我帮你递复查申请", "这个确实不是地契", "你自己找去",
    "你自己想办法吧", "看看能不能特殊照顾", "保证批下来", "红包你收回去",
    "饭我也不去", "堵门", "拦车", "换回来不现实", "这个难受是真真的",
    "电脑的事我跟村里说一声", "我们一定会认真对待", "什么事", "什么问题你说",
    "您当时要是坚持签个合同", "漏了什么没有", "我不给你打包票", "我不敢说一定能办成",
    "该是您的", "大闹大解决", "花钱买平安", "听着答应着", "千万不要呛着",
    "增人不增地", "减人不减地", "来访必接", "尽快劝返", "谈清问题", "讲明政策",
]

ASCII_BAD = re.compile(r"[,?!;:\"'()]|\.\.\.")
CJK = r"[\u3400-\u9fff]"
MIXED_BAD = re.compile(CJK + r"\s*[,?!;:\"'()]\s*" + CJK)
PUNCT = re.compile(r"[\s\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
                   r"\u2010-\u206f!-/:-@\[-`{-~·—…“”‘’]")
RUN = 10


def norm(s):
    return PUNCT.sub("", s)


def readme_sections(path, wanted):
    """Text of the named '## ' sections (with their sub-sections)."""
    out, keep = [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^(#+)\s+(.*)", line)
            if m and len(m.group(1)) <= 2:
                keep = m.group(2).strip() in wanted
            if keep:
                out.append(line)
    return "".join(out)


def source_runs():
    texts = []
    for p in sorted(glob.glob(os.path.join(SHARED, "corpus", "*.txt"))):
        texts.append(open(p, encoding="utf-8", errors="ignore").read())
    texts.append(open(os.path.join(SHARED, "DOMAIN.md"), encoding="utf-8").read())
    texts.append(readme_sections(os.path.join(REPO, "testdata", "talks", "README.md"),
                                 {"Format", "Labelling rubric"}))
    texts.append(readme_sections(os.path.join(REPO, "testdata", "lines", "README.md"),
                                 {"Format"}))
    runs = set()
    for t in texts:
        n = norm(t)
        for i in range(len(n) - RUN + 1):
            w = n[i:i + RUN]
            if re.search(CJK, w):
                runs.add(w)
    return runs


def main():
    errors, warnings = [], []
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    runs = source_runs()
    per_persona = {p: 0 for p in PERSONAS}
    with_viol = 0
    for path in files:
        fn = os.path.basename(path)
        def err(msg):
            errors.append(f"{fn}: {msg}")
        m = re.match(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$", fn)
        if not m:
            err("bad file name"); continue
        try:
            t = json.load(open(path, encoding="utf-8"))
        except Exception as e:
            err(f"invalid JSON: {e}"); continue
        if set(t) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"field set {sorted(t)}")
        if t.get("persona") != m.group(1) or t["persona"] not in PERSONAS:
            err("persona mismatch")
        else:
            per_persona[t["persona"]] += 1
        if t.get("quality") != m.group(3) or t["quality"] not in QUALITIES:
            err("quality mismatch")
        if t.get("scenario") != "":
            err("scenario must be empty")
        note = t.get("note", "")
        if not isinstance(note, str) or len(note) < 40:
            err("note missing or too short")
        if MIXED_BAD.search(note):
            err("ASCII punctuation inside Chinese in note")
        turns = t.get("turns", [])
        if not (4 <= len(turns) <= 30):
            err(f"turn count {len(turns)}")
        for i, tu in enumerate(turns):
            if set(tu) != {"role", "text"} or tu["role"] not in ("visitor", "trainee"):
                err(f"turn {i} malformed"); continue
            if not tu["text"].strip():
                err(f"turn {i} empty")
            if ASCII_BAD.search(tu["text"]):
                err(f"turn {i} ASCII punctuation: {ASCII_BAD.findall(tu['text'])}")
        lab = t.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}:
            err("label field set")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall out of range")
        st = lab["stages_done"]
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            err(f"stages not canonical/ordered: {st}")
        codes = set()
        for v in lab["violations"]:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                err(f"bad violation {v}"); continue
            if not (0 <= v["turn"] < len(turns)) or turns[v["turn"]]["role"] != "trainee":
                err(f"violation {v} does not point at a trainee turn")
            codes.add(v["code"])
        pairs = [(v["code"], v["turn"]) for v in lab["violations"]]
        if len(pairs) != len(set(pairs)):
            err("duplicate violation")
        if codes:
            with_viol += 1
        breach = bool(codes & BREACH) or ("confront" in codes and t["persona"] == "unwell")
        if breach and ov > 40:
            err(f"compliance breach but overall {ov} > 40")
        lo, hi = QUALITY_BAND[t["quality"]]
        if not lo <= ov <= hi:
            err(f"overall {ov} outside band {lo}-{hi} for quality {t['quality']}")
        if t["quality"] == "long_bad" and len(turns) < 18:
            err("long_bad with fewer than 18 turns")
        if t["quality"] == "short_good" and len(turns) > 12:
            err("short_good with more than 12 turns")
        if ov >= 90 and (codes or len(st) < 6):
            err("90+ needs all six stages and no faults")
        if ov >= 80 and len(st) < 5:
            err("80+ needs at least five stages")
        if codes and ov > 89:
            err("fault in a talk scored above 89")
        if {"rude"} & codes and ov > 44:
            warnings.append(f"{fn}: rude but overall {ov}")
        # banned phrases and copy check on all Chinese text
        for i, tu in enumerate(turns):
            n = norm(tu["text"])
            for b in BANNED:
                if norm(b) in n:
                    err(f"turn {i} banned phrase '{b}'")
            for j in range(len(n) - RUN + 1):
                if n[j:j + RUN] in runs:
                    err(f"turn {i} shares a {RUN}-char run with sources: {n[j:j + RUN]}")
                    break
        nn = norm(note)
        for b in BANNED:
            if norm(b) in nn:
                err(f"note banned phrase '{b}'")
    if len(files) != 36:
        errors.append(f"expected 36 talks, found {len(files)}")
    for p, c in per_persona.items():
        if not 3 <= c <= 4:
            errors.append(f"persona {p}: {c} talks (want 3-4)")
    share = with_viol / max(1, len(files))
    if not 0.35 <= share <= 0.45:
        warnings.append(f"share of talks with violations {share:.0%} (aim about 40%)")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {with_viol} with violations ({share:.0%}), "
          f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
