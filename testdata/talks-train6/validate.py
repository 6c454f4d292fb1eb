#!/usr/bin/env python3
"""Validator for testdata/talks-train6 (hand-written reception talks).

Checks: format and field sets, file name vs fields, roles, 4-30 turns,
stage keys and order, violation codes and indices (trainee turns only),
label consistency (breach cap, quality vs score), full-width punctuation in
Chinese text, a banned-phrase list (the rubric's example phrases), and any
10-character run shared with the corpus, DOMAIN.md or the two READMEs.
Run from anywhere: python3 validate.py
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

# score ranges by quality (the label was set first, these only catch slips)
QUALITY_RANGE = {
    "excellent": (88, 100),
    "good": (78, 89),
    "short_good": (65, 80),
    "mediocre": (40, 69),
    "bad": (0, 45),
    "long_bad": (0, 45),
}

BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "我尽量给您", "说不定能给你办", "打包票",
    "特殊照顾", "回去等通知", "有关部门", "相关单位", "一分也少不了",
    "心意我领了", "你这话就不对了", "根本没这回事", "以人民为中心",
    "找我们也没用", "我也说不好", "先坐，有话慢慢说", "先坐,有话慢慢说",
    "有话慢慢说", "不识字就回去", "脑子有病", "哭有什么用", "你吼什么吼",
    "吼什么吼", "什么事？", "什么问题你说", "今天是什么事",
    "我们一定认真听取您的意见", "您的情况我们都了解了", "我今天就打电话",
    "两周内书面答复", "我帮你递复查申请", "这个难受是真真的",
    "电脑的事我跟村里说一声", "红包你收回去", "换回来不现实",
    "堵门也改不了片区", "能办的一定给你办", "能报的一分不会少",
    "该是您的", "从办公室经费里", "救助指标给你留", "镇上招人先给",
    "看看能不能特殊", "保证批下来", "这个确实不是地契", "我不能保证",
    "该补的差价", "核实符合条件的", "去社保局问", "我会跟有关部门反映",
    "请您相信党和政府",
]

ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r"[\u4e00-\u9fff]")

NORM = str.maketrans({",": "，", "?": "？", "!": "！", ";": "；", ":": "：",
                      "(": "（", ")": "）", " ": "", "\u3000": "",
                      "\n": "", "\r": "", "\t": ""})
RUN = 10


def norm(s):
    return s.translate(NORM)


def source_runs():
    paths = sorted(glob.glob("/work/shared/corpus/*.txt"))
    paths += ["/work/shared/DOMAIN.md",
              os.path.join(REPO, "testdata/talks/README.md"),
              os.path.join(REPO, "testdata/lines/README.md")]
    runs = set()
    for p in paths:
        if not os.path.exists(p):
            print("WARN missing source", p)
            continue
        t = norm(open(p, encoding="utf-8", errors="replace").read())
        for i in range(len(t) - RUN + 1):
            chunk = t[i:i + RUN]
            if CJK.search(chunk):
                runs.add(chunk)
    return runs


def main():
    errors = []
    warns = []
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    runs = source_runs()
    for path in files:
        name = os.path.basename(path)
        try:
            d = json.load(open(path, encoding="utf-8"))
        except Exception as e:  # noqa
            errors.append(f"{name}: bad JSON: {e}")
            continue
        def err(msg):
            errors.append(f"{name}: {msg}")
        if list(d.keys()) != ["persona", "scenario", "quality", "note", "turns", "label"]:
            err(f"top-level keys {list(d.keys())}")
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", name)
        if not m:
            err("file name pattern")
        else:
            if m.group(1) != d.get("persona"):
                err("persona vs file name")
            if m.group(3) != d.get("quality"):
                err("quality vs file name")
        if d.get("persona") not in PERSONAS:
            err("unknown persona")
        if d.get("quality") not in QUALITIES:
            err("unknown quality")
        if d.get("scenario") != "":
            err("scenario must be empty")
        note = d.get("note", "")
        if not isinstance(note, str) or len(note) < 40:
            err("note missing or too short")
        turns = d.get("turns", [])
        if not (4 <= len(turns) <= 30):
            err(f"{len(turns)} turns (need 4-30)")
        for i, t in enumerate(turns):
            if list(t.keys()) != ["role", "text"]:
                err(f"turn {i} keys {list(t.keys())}")
            if t.get("role") not in ("visitor", "trainee"):
                err(f"turn {i} role {t.get('role')}")
            txt = t.get("text", "")
            if not txt.strip():
                err(f"turn {i} empty text")
            if CJK.search(txt):
                bad = sorted(set(c for c in txt if c in ASCII_PUNCT))
                if bad:
                    err(f"turn {i} ASCII punctuation {bad}")
            if i > 0 and t.get("role") == turns[i - 1].get("role"):
                warns.append(f"{name}: turns {i-1},{i} same role")
        if "trainee" not in {t.get("role") for t in turns}:
            err("no trainee turn")
        lab = d.get("label", {})
        if list(lab.keys()) != ["overall", "stages_done", "violations"]:
            err(f"label keys {list(lab.keys())}")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall must be int 0-100")
            ov = -1
        st = lab.get("stages_done", [])
        if any(s not in STAGES for s in st):
            err(f"unknown stage in {st}")
        elif st != [s for s in STAGES if s in st]:
            err("stages not in canonical order or duplicated")
        vio = lab.get("violations", [])
        seen = set()
        for v in vio:
            if list(v.keys()) != ["code", "turn"]:
                err(f"violation keys {list(v.keys())}")
                continue
            if v["code"] not in CODES:
                err(f"unknown code {v['code']}")
            ti = v["turn"]
            if not isinstance(ti, int) or not 0 <= ti < len(turns):
                err(f"violation turn {ti} out of range")
            elif turns[ti]["role"] != "trainee":
                err(f"violation turn {ti} is not a trainee turn")
            if (v["code"], ti) in seen:
                err(f"duplicate violation {v}")
            seen.add((v["code"], ti))
        codes = {v.get("code") for v in vio}
        breach = bool(codes & BREACH) or (d.get("persona") == "unwell" and "confront" in codes)
        if breach and ov > 40:
            err(f"compliance breach but overall {ov} > 40")
        q = d.get("quality")
        if q in QUALITY_RANGE:
            lo, hi = QUALITY_RANGE[q]
            if not lo <= ov <= hi:
                err(f"overall {ov} outside {q} range {lo}-{hi}")
            if q in ("excellent", "good", "short_good") and vio:
                err(f"{q} talk carries violations")
        if q == "excellent" and len(st) != 6:
            err("excellent talk without all six stages")
        if q == "short_good" and len(turns) > 12:
            err("short_good talk longer than 12 turns")
        if q == "long_bad" and len(turns) < 18:
            err("long_bad talk shorter than 18 turns")
        if ov >= 90 and (len(st) < 6 or vio):
            err("90+ needs all stages and no faults")
        # banned phrases (turn texts and note)
        alltext = [t.get("text", "") for t in turns] + [note]
        for ph in BANNED:
            for k, txt in enumerate(alltext):
                if ph in txt:
                    where = "note" if k == len(turns) else f"turn {k}"
                    err(f"banned phrase '{ph}' in {where}")
        # copy check
        for i, t in enumerate(turns):
            nt = norm(t.get("text", ""))
            hits = set()
            for j in range(len(nt) - RUN + 1):
                c = nt[j:j + RUN]
                if c in runs:
                    hits.add(c)
            for h in sorted(hits):
                err(f"turn {i} shares 10-char run with sources: {h}")
    for w in warns:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warns)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
