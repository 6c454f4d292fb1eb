#!/usr/bin/env python3
"""Checks the hand-labelled talks in this folder.

Format, label consistency, full-width punctuation, banned rubric phrases,
and a copy check: any 10-character run shared with the domain sources.
Run from anywhere: python3 testdata/talks-fresh36/validate.py
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}
ASCII_PUNCT = set(",?!;:\"'()")

# Example phrases of the rubric and the brief: none may appear in the talks.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "我尽量给您争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知",
    "有关部门", "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "先坐，有话慢慢说", "先坐,有话慢慢说",
    "有话慢慢说", "什么事", "什么问题你说", "今天是什么事", "你好，坐吧", "你好,坐吧",
    "不识字就回去找个识字的", "你这是脑子有病", "哭有什么用", "你吼什么吼",
    "切实维护", "请您相信党和政府", "从办公室经费里", "救助指标给你留一个", "镇上招人",
    "我不能保证", "我不敢说一定能办成", "能办的一定给你办", "不闹也给", "红包你收回去",
    "换回来不现实", "堵门也改不了", "这个难受是真真的", "电脑的事我跟村里说一声",
    "我们一定认真听取您的意见", "你自己想办法吧", "你自己找去", "我们研究研究",
    "保证批下来", "这个确实不是地契", "该是您的", "能报的一分不会少", "我今天就打电话",
    "两周内书面答复", "我帮你递复查申请", "您当时要是坚持签个合同", "增人不增地",
    "我会跟有关部门反映", "去社保局问", "看看能不能特殊照顾", "我不给你打包票",
    "核实符合条件的", "这个我们这儿没法直接给你办", "法院的判决我们没法改",
    "这个事确实归教育局管", "你要是堵门", "我不敢打包票能补",
]

REF_FILES = [os.path.join("/work/shared", "DOMAIN.md")] + \
    sorted(glob.glob("/work/shared/corpus/*.txt")) + \
    [os.path.join(HERE, "..", "talks", "README.md"),
     os.path.join(HERE, "..", "lines", "README.md")]

def han_only(s):
    return "".join(ch for ch in s if "\u4e00" <= ch <= "\u9fff")

def load_refs():
    raw, han = [], []
    for p in REF_FILES:
        try:
            t = open(p, encoding="utf-8", errors="replace").read()
        except OSError:
            print("WARN cannot read", p)
            continue
        raw.append(t)
        han.append(han_only(t))
    return "\n".join(raw), "\n".join(han)

def main():
    errors = []
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    ref_raw, ref_han = load_refs()
    name_re = re.compile(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$")
    copy_hits = 0
    for f in files:
        base = os.path.basename(f)
        def err(msg):
            errors.append(f"{base}: {msg}")
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception as e:
            err(f"bad JSON {e}")
            continue
        m = name_re.match(base)
        if not m:
            err("bad file name")
            continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"fields {sorted(d)}")
        if d.get("persona") != m.group(1) or d["persona"] not in PERSONAS:
            err("persona mismatch")
        if d.get("quality") != m.group(3) or d["quality"] not in QUALITIES:
            err("quality mismatch")
        if d.get("scenario") != "":
            err("scenario not empty")
        if not d.get("note") or re.search(r"[\u4e00-\u9fff]", d["note"]):
            err("note missing or not English")
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30:
            err(f"{len(turns)} turns")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee"):
                err(f"turn {i} malformed")
            text = t.get("text", "")
            if not text.strip():
                err(f"turn {i} empty")
            if re.search(r"[\u4e00-\u9fff]", text):
                bad = sorted(set(ch for ch in text if ch in ASCII_PUNCT))
                if bad:
                    err(f"turn {i} ASCII punctuation {bad}")
            for b in BANNED:
                if b in text:
                    err(f"turn {i} banned phrase {b}")
            for src, hay in ((text, ref_raw), (han_only(text), ref_han)):
                for k in range(len(src) - 9):
                    w = src[k:k + 10]
                    if w.strip() and w in hay:
                        err(f"turn {i} shares a 10-char run with the sources: {w}")
                        copy_hits += 1
                        break
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}:
            err("label fields")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall out of range")
        st = lab.get("stages_done", [])
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            err("stages not canonical")
        codes = set()
        for v in lab.get("violations", []):
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                err(f"bad violation {v}")
                continue
            if not 0 <= v["turn"] < len(turns) or turns[v["turn"]]["role"] != "trainee":
                err(f"violation {v} not on a trainee turn")
            codes.add(v["code"])
        breach = bool(codes & BREACH) or (d["persona"] == "unwell" and "confront" in codes)
        if breach and ov > 40:
            err("compliance breach but overall > 40")
        if len(st) == 6 and not codes and ov < 60:
            err("all stages, no faults, but overall < 60")
        # turn numbers cited in the note must be trainee turns
        for n in re.findall(r"turns? (\d+)", d.get("note", "")):
            n = int(n)
            if n >= len(turns) or turns[n]["role"] != "trainee":
                err(f"note cites turn {n}, not a trainee turn")
        noted = set(int(n) for n in re.findall(r"turns? (\d+)", d.get("note", "")))
        for n in re.findall(r"turns (\d+) and (\d+)", d.get("note", "")):
            noted.update(int(x) for x in n)
        for v in lab.get("violations", []):
            if v["turn"] not in noted:
                err(f"violation at turn {v['turn']} not explained in note")
    print(f"{len(files)} files checked, {len(errors)} problems, {copy_hits} copy hits")
    for e in errors:
        print("  " + e)
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
