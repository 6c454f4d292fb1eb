#!/usr/bin/env python3
"""Validator for the talks-fresh88 hand-labelled set.

Checks: file format and field sets, file name vs. fields, roles, 4-30 turns,
label consistency (stage keys in canonical order, codes, violation indices on
trainee turns, compliance-breach cap), full-width punctuation in Chinese text,
banned phrases (the rubric's example phrases), and a 10-character copy check
against the corpus, DOMAIN.md and the two READMEs.
"""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知", "有关部门",
    "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "先坐有话慢慢说", "先坐，有话慢慢说",
    "不识字就回去找个识字的", "你这是脑子有病", "哭有什么用", "你吼什么吼",
    "办公室经费", "救助指标给你留", "镇上招人", "认真听取您的意见", "这个确实不是地契",
    "我不能保证", "我不敢说一定能办成", "我今天就打电话", "两周内书面答复",
    "我帮你递复查申请", "红包你收回去", "换回来不现实", "堵门也改不了片区",
    "这个难受是真真的", "电脑的事我跟村里说一声", "你自己想办法", "回村里问问",
    "什么事？", "什么问题你说", "今天是什么事", "你好，坐吧", "请相信党和政府",
    "切实维护", "对吧？", "漏了什么没有", "我们研究研究", "坚持签个合同",
    "公安是要依法处理的", "归城管", "找社区", "法院的判决我们没法改", "学安科",
    "一定会认真对待", "保证批下来", "你自己找去", "您的情况我们都了解了",
    "该是您的", "能报的一分不会少", "能办的一定给你办", "不闹也给", "我不给你打包票",
    "饭我也不去", "说吧。", "说吧，",
]

ASCII_PUNCT = set(",?!;:\"'()")
CJK = re.compile(r"[\u4e00-\u9fff]")
STRIP = re.compile(r"[\s\u3000，。？！：；“”‘’（）、…—·,.?!;:\"'()\[\]【】《》<>\-_/|#*`~0-9a-zA-Z]+")


def sources():
    paths = sorted(glob.glob("/work/shared/corpus/*.txt")) + [
        "/work/shared/DOMAIN.md",
        os.path.join(HERE, "..", "talks", "README.md"),
        os.path.join(HERE, "..", "lines", "README.md"),
    ]
    grams = set()
    for p in paths:
        try:
            t = STRIP.sub("", open(p, encoding="utf-8", errors="ignore").read())
        except OSError:
            continue
        for i in range(len(t) - 9):
            grams.add(t[i:i + 10])
    return grams


def main():
    errs = []
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    grams = sources()
    per_persona = Counter()
    for f in files:
        name = os.path.basename(f)
        def err(msg):
            errs.append(f"{name}: {msg}")
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception as e:
            err(f"bad json {e}"); continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"fields {sorted(d)}")
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", name)
        if not m:
            err("file name pattern")
        else:
            if m.group(1) != d.get("persona"): err("persona != file name")
            if m.group(3) != d.get("quality"): err("quality != file name")
        if d.get("persona") not in PERSONAS: err("persona")
        per_persona[d.get("persona")] += 1
        if d.get("quality") not in QUALITIES: err("quality")
        if d.get("scenario") != "": err("scenario must be empty")
        note = d.get("note", "")
        if not note or CJK.search(note) and len(CJK.findall(note)) > len(note) // 3:
            err("note must be English")
        turns = d.get("turns", [])
        if not (4 <= len(turns) <= 30): err(f"turn count {len(turns)}")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"}: err(f"turn {i} fields")
            if t.get("role") not in ("visitor", "trainee"): err(f"turn {i} role")
            txt = t.get("text", "")
            if not txt.strip(): err(f"turn {i} empty")
            if CJK.search(txt):
                bad = sorted(set(c for c in txt if c in ASCII_PUNCT))
                if bad: err(f"turn {i} ASCII punctuation {bad}")
            for b in BANNED:
                if b in txt: err(f"turn {i} banned phrase {b}")
            s = STRIP.sub("", txt)
            for j in range(len(s) - 9):
                if s[j:j + 10] in grams:
                    err(f"turn {i} copy run {s[j:j+10]}"); break
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}: err("label fields")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100: err("overall")
        st = lab.get("stages_done", [])
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            err("stages not canonical")
        seen = set()
        breach = False
        for v in lab.get("violations", []):
            if set(v) != {"code", "turn"}: err("violation fields")
            c, ti = v.get("code"), v.get("turn")
            if c not in CODES: err(f"code {c}")
            if not isinstance(ti, int) or not 0 <= ti < len(turns) or turns[ti]["role"] != "trainee":
                err(f"violation {c} turn {ti} not a trainee turn")
            if (c, ti) in seen: err("duplicate violation")
            seen.add((c, ti))
            if c in BREACH or (c == "confront" and d.get("persona") == "unwell"):
                breach = True
        if breach and isinstance(ov, int) and ov > 40: err("breach but overall > 40")
        if d.get("quality") == "excellent" and (ov < 88 or lab.get("violations")): err("excellent inconsistent")
        if d.get("quality") == "short_good" and len(turns) > 12: err("short_good too long")
        if d.get("quality") == "long_bad" and len(turns) < 18: err("long_bad too short")
    for p in PERSONAS:
        if not 3 <= per_persona[p] <= 4: errs.append(f"persona {p} count {per_persona[p]}")
    if len(files) != 36: errs.append(f"file count {len(files)}")
    for e in errs:
        print(e)
    print(f"{len(files)} files, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
