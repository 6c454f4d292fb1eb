#!/usr/bin/env python3
"""Check the hand-labelled talks in this folder.

Checks: file name and field format, label consistency (stages, codes, turn
indices, the compliance cap, score bands per quality), full-width punctuation
in Chinese text, a list of banned phrases (the rubric's own examples), and a
copy check: any 10-character run shared with the corpus, DOMAIN.md or the two
READMEs that were read.

Run from anywhere: python3 validate.py   (exit code 1 on any error)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = [
    "/work/shared/DOMAIN.md",
    "/work/main/testdata/talks/README.md",
    "/work/main/testdata/lines/README.md",
]
CORPUS_DIR = "/work/shared/corpus"

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

# score range each quality is meant to land in (a sanity check on the labels)
BANDS = {
    "excellent": (85, 100),
    "good": (60, 89),
    "short_good": (65, 85),
    "mediocre": (30, 65),
    "bad": (0, 30),
    "long_bad": (10, 40),
}

# the rubric's and the line set's example phrases: must not appear verbatim
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知", "有关部门",
    "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "先坐，有话慢慢说", "先坐,有话慢慢说",
    "不识字就回去找个识字的", "你这是脑子有病", "哭有什么用", "你吼什么吼",
    "从办公室经费里给你拿两千", "救助指标给你留一个", "镇上招人先给你儿子打个招呼",
    "这个确实不是地契", "我尽量给您争取", "保证批下来", "我不能保证", "我不敢打包票",
    "该是您的", "能报的一分不会少您的", "能办的一定给你办", "不闹也给",
    "核实符合条件的", "我今天就打电话", "两周内书面答复", "我帮你递复查申请",
    "这个难受是真真的", "电脑的事我跟村里说一声", "红包你收回去", "换回来不现实",
    "堵门也改不了片区", "我们一定认真听取您的意见", "您反映的问题我们一定会认真对待",
    "切实维护", "请您相信党和政府", "您当时要是坚持签个合同", "我会跟有关部门反映",
    "去社保局问", "什么事", "什么问题你说", "今天是什么事", "你好，坐吧", "你好,坐吧",
    "刁民", "老油子", "十有八九", "大概率", "优先考虑你", "琢磨琢磨", "开个口子",
    "拿了就别来了", "这事就到这儿了", "只这一回", "那我收着", "您想多了", "没有的事",
    "当时要是留个字据就好办多了", "市政科", "劳动监察大队", "检察院控申科", "城管大队",
    "医保局窗口", "不怎么长心眼儿", "找别人问问", "找老板去", "最后一次",
    "全心全意为人民服务", "群众利益无小事",
]

ASCII_PUNCT = set(",?!;:\"'()")
CJK = re.compile(r"[\u4e00-\u9fff]")
RUN = 10

errors = []
warnings = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def warn(f, msg):
    warnings.append(f"{f}: {msg}")


def strip_punct(s):
    # keep only CJK characters, letters and digits, so that runs are compared
    # regardless of punctuation style or spacing
    return "".join(ch for ch in s if ch.isalnum())


def load_sources():
    texts = {}
    for p in SOURCES:
        with open(p, encoding="utf-8") as fh:
            texts[p] = fh.read()
    for name in sorted(os.listdir(CORPUS_DIR)):
        p = os.path.join(CORPUS_DIR, name)
        with open(p, encoding="utf-8", errors="replace") as fh:
            texts[p] = fh.read()
    grams = {}
    for p, t in texts.items():
        for variant in (t, strip_punct(t)):
            for i in range(len(variant) - RUN + 1):
                g = variant[i:i + RUN]
                if CJK.search(g):
                    grams.setdefault(g, p)
    return grams


def check_file(path, grams):
    f = os.path.basename(path)
    m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", f)
    if not m:
        err(f, "bad file name")
        return None
    try:
        with open(path, encoding="utf-8") as fh:
            t = json.load(fh)
    except Exception as e:  # noqa: BLE001
        err(f, f"not JSON: {e}")
        return None
    if list(t.keys()) != ["persona", "scenario", "quality", "note", "turns", "label"]:
        err(f, f"field set/order {list(t.keys())}")
    if t.get("persona") != m.group(1) or t["persona"] not in PERSONAS:
        err(f, "persona does not match file name or is unknown")
    if t.get("quality") != m.group(3) or t["quality"] not in QUALITIES:
        err(f, "quality does not match file name or is unknown")
    if t.get("scenario") != "":
        err(f, "scenario must be empty")
    note = t.get("note", "")
    if not note or CJK.sub("", note).strip() == "" or len(re.findall(r"[A-Za-z]+", note)) < 15:
        err(f, "note must be an English explanation")
    turns = t.get("turns", [])
    if not 4 <= len(turns) <= 30:
        err(f, f"{len(turns)} turns, need 4-30")
    for i, tu in enumerate(turns):
        if list(tu.keys()) != ["role", "text"]:
            err(f, f"turn {i} keys {list(tu.keys())}")
        if tu.get("role") not in ("visitor", "trainee"):
            err(f, f"turn {i} role {tu.get('role')}")
        text = tu.get("text", "")
        if not text.strip():
            err(f, f"turn {i} empty")
        if CJK.search(text):
            bad = sorted(set(ch for ch in text if ch in ASCII_PUNCT))
            if bad:
                err(f, f"turn {i} ASCII punctuation {bad}")
            if re.search(r"\.\.\.|(?<![0-9])\.(?![0-9])", text):
                err(f, f"turn {i} ASCII full stop or ellipsis")
        for b in BANNED:
            if b in text:
                err(f, f"turn {i} banned phrase {b!r}")
        for variant in (text, strip_punct(text)):
            for k in range(len(variant) - RUN + 1):
                g = variant[k:k + RUN]
                if g in grams:
                    err(f, f"turn {i} shares {g!r} with {os.path.basename(grams[g])}")
                    break
    # consecutive turns of the same role are allowed (stage directions), but warn
    for i in range(1, len(turns)):
        if turns[i]["role"] == turns[i - 1]["role"]:
            warn(f, f"turns {i-1} and {i} have the same role")
    lab = t.get("label", {})
    if list(lab.keys()) != ["overall", "stages_done", "violations"]:
        err(f, f"label keys {list(lab.keys())}")
    ov = lab.get("overall")
    if not isinstance(ov, int) or not 0 <= ov <= 100:
        err(f, f"overall {ov!r}")
        return None
    st = lab.get("stages_done", [])
    if st != [s for s in STAGES if s in st] or len(set(st)) != len(st) or any(s not in STAGES for s in st):
        err(f, f"stages not canonical: {st}")
    seen = set()
    codes = set()
    for v in lab.get("violations", []):
        if list(v.keys()) != ["code", "turn"]:
            err(f, f"violation keys {list(v.keys())}")
        c, k = v.get("code"), v.get("turn")
        if c not in CODES:
            err(f, f"unknown code {c}")
        if not isinstance(k, int) or not 0 <= k < len(turns):
            err(f, f"violation turn {k} out of range")
            continue
        if turns[k]["role"] != "trainee":
            err(f, f"violation {c} at turn {k} is not a trainee turn")
        if (c, k) in seen:
            err(f, f"duplicate violation {c}@{k}")
        seen.add((c, k))
        codes.add(c)
    breach = bool(codes & BREACH) or (t["persona"] == "unwell" and "confront" in codes)
    if breach and ov > 40:
        err(f, f"compliance breach but overall {ov} > 40")
    lo, hi = BANDS[t["quality"]]
    if not lo <= ov <= hi:
        err(f, f"overall {ov} outside the {t['quality']} band {lo}-{hi}")
    if ov >= 90 and (len(st) < 6 or codes):
        err(f, "90+ needs all six stages and no faults")
    if ov >= 70 and len(st) < 4:
        err(f, "70+ with fewer than four stages")
    if not st and ov > 45:
        err(f, "no stage done but overall above 45")
    if t["quality"] in ("excellent", "good", "short_good") and breach:
        err(f, "a good-quality talk carries a compliance breach")
    if t["quality"] == "long_bad" and len(turns) < 14:
        err(f, "long_bad talk shorter than 14 turns")
    if t["quality"] == "short_good" and len(turns) > 12:
        err(f, "short_good talk longer than 12 turns")
    return t


def main():
    grams = load_sources()
    files = sorted(p for p in os.listdir(HERE) if p.endswith(".json"))
    talks = [check_file(os.path.join(HERE, p), grams) for p in files]
    nn = {}
    for p in files:
        m = re.match(r"([a-z]+)-(\d\d)-", p)
        if m:
            nn.setdefault(m.group(1), []).append(int(m.group(2)))
    for per, ns in nn.items():
        if sorted(ns) != list(range(1, len(ns) + 1)):
            err(per, f"numbering not 01..{len(ns):02d}: {sorted(ns)}")
    for w in warnings:
        print("warn:", w)
    for e in errors:
        print("ERROR:", e)
    ok = [t for t in talks if t]
    print(f"{len(files)} files, {len(ok)} parsed, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
