#!/usr/bin/env python3
"""Validator for the talks-fresh52 hand-labelled reception talks.

Checks: file name and fields, roles, 4-30 turns, label consistency
(canonical stage order, known codes, violation indices on trainee turns,
compliance-breach cap), full-width punctuation in Chinese text, a banned
phrase list (the rubric's own example phrases), and any 10-character run
shared with the source texts (corpus, DOMAIN.md, the named README sections).
Run from anywhere: python3 validate.py
"""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
NAME_RE = re.compile(r"^(%s)-(\d\d)-(%s)\.json$" % ("|".join(PERSONAS), "|".join(QUALITIES)))
ASCII_PUNCT = set(',?!;:"\'().')
CJK = re.compile(r"[\u4e00-\u9fff]")

# Example phrases taken from the rubric; none may appear in the set.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知",
    "有关部门", "相关单位", "一分也少不了", "一分不会少", "心意我领了", "你这话就不对了",
    "根本没这回事", "以人民为中心", "找我们也没用", "我也说不好", "先坐，有话慢慢说",
    "有话慢慢说", "不识字就回去", "脑子有病", "哭有什么用", "你吼什么吼", "吼什么吼",
    "保证批下来", "你自己想办法吧", "不是地契", "办公室经费", "救助指标", "打个招呼", "打招呼",
    "切实维护", "请您相信党和政府", "相信党和政府", "我不能保证", "能办的一定给你办",
    "不闹也给", "我今天就打电话", "两周内书面答复", "我帮你递复查申请", "红包你收回去",
    "饭我也不去", "换回来不现实", "堵门也改不了", "这个难受是真真的", "电脑的事我跟村里说一声",
    "我们一定认真听取您的意见", "您反映的问题我们一定会认真对待", "什么事？", "什么问题你说",
    "今天是什么事", "你好，坐吧", "您当时要是坚持", "增人不增地", "大闹大解决", "花钱买平安",
    "听着、答应着", "千万不要呛着", "以老卖老",
]


def section(path, start_heading, stop_prefix="## "):
    """Text of one '## ' section of a markdown file (used only for the copy check)."""
    out, on = [], False
    for line in open(path, encoding="utf-8"):
        if line.startswith(start_heading):
            on = True
        elif on and line.startswith(stop_prefix) and not line.startswith("###"):
            break
        if on:
            out.append(line)
    return "".join(out)


def norm(s):
    tr = str.maketrans({",": "，", "?": "？", "!": "！", ";": "；", ":": "：", "(": "（", ")": "）"})
    return re.sub(r"\s+", "", s.translate(tr))


def source_grams(n=10):
    texts = []
    for p in sorted(glob.glob("/work/shared/corpus/*")):
        texts.append(open(p, encoding="utf-8", errors="ignore").read())
    texts.append(open("/work/shared/DOMAIN.md", encoding="utf-8").read())
    tr = os.path.join(REPO, "testdata", "talks", "README.md")
    lr = os.path.join(REPO, "testdata", "lines", "README.md")
    if os.path.exists(tr):
        texts.append(section(tr, "## Format"))
        texts.append(section(tr, "## Labelling rubric"))
    if os.path.exists(lr):
        texts.append(section(lr, "## Format"))
    grams = set()
    for t in texts:
        t = norm(t)
        for i in range(len(t) - n + 1):
            g = t[i:i + n]
            if len(CJK.findall(g)) >= 6:  # ignore runs that are mostly digits/punctuation/latin
                grams.add(g)
    return grams


def main():
    errs, warns = [], []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".json"))
    grams = source_grams()
    seen_nums = {}
    for fn in files:
        m = NAME_RE.match(fn)
        if not m:
            errs.append(f"{fn}: bad file name"); continue
        persona, nn, quality = m.groups()
        seen_nums.setdefault(persona, []).append(nn)
        try:
            d = json.load(open(os.path.join(HERE, fn), encoding="utf-8"))
        except Exception as e:
            errs.append(f"{fn}: invalid JSON {e}"); continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            errs.append(f"{fn}: field set {sorted(d)}")
        if d.get("persona") != persona: errs.append(f"{fn}: persona mismatch")
        if d.get("quality") != quality: errs.append(f"{fn}: quality mismatch")
        if d.get("scenario") != "": errs.append(f"{fn}: scenario must be empty")
        if not isinstance(d.get("note"), str) or len(d["note"]) < 40: errs.append(f"{fn}: note missing/short")
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30: errs.append(f"{fn}: {len(turns)} turns")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee") or not t["text"].strip():
                errs.append(f"{fn}: turn {i} malformed")
                continue
            txt = t["text"]
            if CJK.search(txt):
                bad = sorted(set(c for c in txt if c in ASCII_PUNCT))
                if bad: errs.append(f"{fn}: turn {i} ASCII punctuation {bad}")
                if "..." in txt: errs.append(f"{fn}: turn {i} ASCII ellipsis")
        if not any(t.get("role") == "trainee" for t in turns): errs.append(f"{fn}: no trainee turn")
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}: errs.append(f"{fn}: label fields {sorted(lab)}")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100: errs.append(f"{fn}: overall {ov}")
        st = lab.get("stages_done", [])
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st] or len(set(st)) != len(st):
            errs.append(f"{fn}: stages not canonical {st}")
        vio = lab.get("violations", [])
        for v in vio:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                errs.append(f"{fn}: bad violation {v}"); continue
            if not (0 <= v["turn"] < len(turns)) or turns[v["turn"]]["role"] != "trainee":
                errs.append(f"{fn}: violation {v} not on a trainee turn")
        if len({(v.get("code"), v.get("turn")) for v in vio}) != len(vio): errs.append(f"{fn}: duplicate violation")
        codes = {v.get("code") for v in vio}
        breach = codes & {"false_promise", "buy_peace", "accept_gift"} or (persona == "unwell" and "confront" in codes)
        if breach and isinstance(ov, int) and ov > 40: errs.append(f"{fn}: compliance breach but overall {ov} > 40")
        # soft consistency of the descriptive quality with the score
        if isinstance(ov, int):
            ok = {"excellent": ov >= 90, "good": 75 <= ov <= 89, "mediocre": 45 <= ov <= 74,
                  "bad": ov < 45, "long_bad": ov < 45 and len(turns) >= 20,
                  "short_good": 65 <= ov <= 89 and len(turns) <= 10}[quality]
            if not ok: warns.append(f"{fn}: quality {quality} vs overall {ov} / {len(turns)} turns")
            if ov >= 90 and (len(st) < 6 or vio): warns.append(f"{fn}: 90+ without all stages or with faults")
        alltext = "\n".join(t.get("text", "") for t in turns)
        for ph in BANNED:
            if ph in alltext or ph in d.get("note", ""):
                errs.append(f"{fn}: banned phrase {ph}")
        for i, t in enumerate(turns):
            s = norm(t.get("text", ""))
            hits = {s[k:k + 10] for k in range(len(s) - 9) if s[k:k + 10] in grams}
            if hits: errs.append(f"{fn}: turn {i} shares 10-char run(s) with sources: {sorted(hits)}")
        s = norm(d.get("note", ""))
        hits = {s[k:k + 10] for k in range(len(s) - 9) if s[k:k + 10] in grams}
        if hits: errs.append(f"{fn}: note shares 10-char run(s) with sources: {sorted(hits)}")
    for p, nums in seen_nums.items():
        if len(nums) != len(set(nums)): errs.append(f"{p}: duplicate numbers {nums}")
    missing = [p for p in PERSONAS if p not in seen_nums]
    if missing: errs.append(f"personas missing: {missing}")
    for w in warns: print("WARN", w)
    for e in errs: print("ERROR", e)
    print(f"{len(files)} files, {len(errs)} errors, {len(warns)} warnings")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
