#!/usr/bin/env python3
"""Validate the hand-labelled talks in this folder.

Checks: file name and field format, label consistency with the rubric
(stage keys and order, codes, violation turns on trainee turns, the
compliance-breach cap), full-width punctuation in Chinese text, a list of
banned phrases (the rubric's own example phrases), and any 10-character run
shared with the corpus, DOMAIN.md or the two READMEs that were read.
Exit code 0 only when clean.
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = os.path.abspath(os.path.join(ROOT, "..", "shared"))

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "我尽量给", "说不定能给你办", "打包票", "特殊照顾", "回去等通知",
    "有关部门", "相关单位", "一分也少不了", "心意我领了", "你这话就不对了",
    "根本没这回事", "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说",
    "不识字就回去", "脑子有病", "哭有什么用", "你吼什么吼", "从办公室经费里",
    "救助指标给你留", "先给你儿子打个招呼", "确实不是地契", "切实维护",
    "相信党和政府", "认真听取您的意见", "什么事", "什么问题你说", "你好,坐吧",
    "你好，坐吧", "您的情况我们都了解了", "去社保局问", "我会跟有关部门反映",
    "我不能保证", "我不敢说一定能办成", "保证批下来", "你自己想办法吧", "你自己找去",
    "要是坚持签个合同", "公安是要依法处理的", "检察监督", "判决我们没法改",
    "学安科", "确实归教育局管", "能报的一分不会少", "能办的一定给你办", "不闹也给",
    "按规定也能补发", "我今天就打电话", "两周内书面答复", "我帮你递复查申请",
    "红包你收回去", "饭我也不去", "换回来不现实", "堵门也改不了片区",
    "这个难受是真真的", "电脑的事我跟村里说一声", "我不给你打包票",
    "哪天钱到手",
]
ASCII_PUNCT = set(",?!;:\"'()")
CJK = re.compile(r"[\u4e00-\u9fff]")
NAME = re.compile(r"^(%s)-(\d\d)-(%s)\.json$" % ("|".join(PERSONAS), "|".join(QUALITIES)))
N = 10


def source_runs():
    paths = sorted(glob.glob(os.path.join(SHARED, "corpus", "*.txt")))
    paths += [os.path.join(SHARED, "DOMAIN.md"),
              os.path.join(ROOT, "testdata", "talks", "README.md"),
              os.path.join(ROOT, "testdata", "lines", "README.md")]
    runs = set()
    for p in paths:
        if not os.path.exists(p):
            print("WARN missing source for copy check:", p)
            continue
        t = re.sub(r"\s+", "", open(p, encoding="utf-8", errors="replace").read())
        for i in range(len(t) - N + 1):
            runs.add(t[i:i + N])
    return runs


def main():
    errs = []
    runs = source_runs()
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if not files:
        errs.append("no json files")
    for fp in files:
        fn = os.path.basename(fp)
        def err(msg):
            errs.append(f"{fn}: {msg}")
        m = NAME.match(fn)
        if not m:
            err("bad file name")
            continue
        try:
            d = json.load(open(fp, encoding="utf-8"))
        except Exception as e:
            err(f"bad json: {e}")
            continue
        if list(d.keys()) != ["persona", "scenario", "quality", "note", "turns", "label"]:
            err(f"fields/order: {list(d.keys())}")
        if d.get("persona") != m.group(1):
            err("persona does not match file name")
        if d.get("quality") != m.group(3):
            err("quality does not match file name")
        if d.get("scenario") != "":
            err("scenario must be empty")
        note = d.get("note", "")
        if not isinstance(note, str) or len(note) < 40:
            err("note missing or too short")
        turns = d.get("turns", [])
        if not (4 <= len(turns) <= 30):
            err(f"turn count {len(turns)} outside 4-30")
        for i, t in enumerate(turns):
            if set(t.keys()) != {"role", "text"}:
                err(f"turn {i} keys {list(t.keys())}")
            if t.get("role") not in ("visitor", "trainee"):
                err(f"turn {i} bad role")
            txt = t.get("text", "")
            if not txt.strip():
                err(f"turn {i} empty text")
            if CJK.search(txt):
                bad = sorted(set(c for c in txt if c in ASCII_PUNCT))
                if bad:
                    err(f"turn {i} ASCII punctuation {bad}")
            for b in BANNED:
                if b in txt:
                    err(f"turn {i} banned phrase {b}")
            flat = re.sub(r"\s+", "", txt)
            for k in range(len(flat) - N + 1):
                if flat[k:k + N] in runs:
                    err(f"turn {i} shares a {N}-char run with the sources: {flat[k:k+N]}")
                    break
        lab = d.get("label", {})
        if list(lab.keys()) != ["overall", "stages_done", "violations"]:
            err(f"label fields {list(lab.keys())}")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall must be int 0-100")
            ov = 0
        st = lab.get("stages_done", [])
        if any(s not in STAGES for s in st):
            err(f"unknown stage in {st}")
        elif st != [s for s in STAGES if s in st]:
            err("stages not in canonical order or duplicated")
        viols = lab.get("violations", [])
        seen = set()
        for v in viols:
            if set(v.keys()) != {"code", "turn"}:
                err(f"violation keys {v}")
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
        codes = {v["code"] for v in viols}
        breach = bool(codes & BREACH) or (d.get("persona") == "unwell" and "confront" in codes)
        if breach and ov > 40:
            err(f"compliance breach but overall {ov} > 40")
        if ov >= 90 and (len(st) < 6 or viols):
            err("overall >= 90 needs all six stages and no faults")
        if ov >= 80 and viols:
            err("overall >= 80 with a coded fault")
        if ("rude" in codes or "buck_passing" in codes) and ov > 59:
            err("rude/buck_passing with a high overall")
        q = d.get("quality")
        if q == "short_good" and len(turns) > 12:
            err("short_good talk longer than 12 turns")
        if q == "long_bad" and len(turns) < 18:
            err("long_bad talk shorter than 18 turns")
        if q in ("excellent", "good", "short_good") and (viols or ov < 70):
            err(f"{q} talk with faults or overall < 70")
        if q in ("bad", "long_bad") and ov > 44:
            err(f"{q} talk scored {ov}")
    for e in errs:
        print("ERROR", e)
    print(f"{len(files)} files checked, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
