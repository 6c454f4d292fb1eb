#!/usr/bin/env python3
"""Validator for testdata/talks-fresh89 (run from anywhere).

Checks: file name and fields, roles, turn range, stage keys and order,
violation codes and indices, label consistency with the rubric, full-width
punctuation in Chinese text, a banned-phrase list (the rubric's example
phrases) and any 10-character run shared with the source texts (copy check).
Exit status 0 when clean.
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PERSONAS = {"confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"}
QUALITIES = {"excellent", "good", "mediocre", "bad", "long_bad", "short_good"}
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = {"rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"}
BREACH = {"false_promise", "buy_peace", "accept_gift"}
BANNED = ["胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管", "就这一回",
          "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知",
          "有关部门", "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
          "以人民为中心", "找我们也没用", "我也说不好", "先坐,有话慢慢说", "先坐，有话慢慢说",
          "有话慢慢说", "不识字就回去", "你这是脑子有病", "哭有什么用", "你吼什么吼",
          "从办公室经费", "救助指标给你留", "先给你儿子打个招呼", "这个确实不是地契",
          "我们一定认真听取您的意见", "你自己找去", "你自己想办法吧", "请您相信党和政府",
          "切实维护", "能报的一分不会少", "能办的一定给你办", "红包你收回去", "不闹也给",
          "我不能保证", "我不敢打包票", "这个难受是真真的", "电脑的事我跟村里说一声",
          "我今天就打电话", "两周内书面答复", "我帮你递复查申请", "什么问题你说", "今天是什么事"]
ASCII_BAD = re.compile(r"[,?!;:\"'()]")
CJK = re.compile(r"[\u3400-\u9fff]")
RUN = 10
FNAME = re.compile(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$")

def sources():
    paths = sorted(glob.glob("/work/shared/corpus/*")) + ["/work/shared/DOMAIN.md",
             os.path.join(ROOT, "testdata/talks/README.md"), os.path.join(ROOT, "testdata/lines/README.md")]
    grams = {}
    for p in paths:
        try:
            s = re.sub(r"\s+", "", open(p, encoding="utf-8", errors="ignore").read())
        except OSError:
            print("WARN cannot read source", p); continue
        for i in range(len(s) - RUN + 1):
            g = s[i:i + RUN]
            if CJK.search(g):
                grams.setdefault(g, os.path.basename(p))
    return grams

def main():
    errs = []
    grams = sources()
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if len(files) != 36:
        errs.append(f"expected 36 talks, found {len(files)}")
    for f in files:
        name = os.path.basename(f)
        def e(msg): errs.append(f"{name}: {msg}")
        m = FNAME.match(name)
        if not m:
            e("bad file name"); continue
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception as x:
            e(f"bad JSON {x}"); continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            e(f"field set {sorted(d)}")
        if d.get("persona") != m.group(1) or d["persona"] not in PERSONAS: e("persona mismatch")
        if d.get("quality") != m.group(3) or d["quality"] not in QUALITIES: e("quality mismatch")
        if d.get("scenario") != "": e("scenario must be empty")
        note = d.get("note", "")
        if not note or CJK.search(note): e("note must be non-empty English")
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30: e(f"{len(turns)} turns")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee"):
                e(f"turn {i} malformed"); continue
            tx = t["text"]
            if not tx.strip(): e(f"turn {i} empty")
            if CJK.search(tx) and ASCII_BAD.search(tx):
                e(f"turn {i} ASCII punctuation {ASCII_BAD.findall(tx)}")
            for b in BANNED:
                if b in tx: e(f"turn {i} banned phrase {b}")
            s = re.sub(r"\s+", "", tx)
            for k in range(len(s) - RUN + 1):
                g = s[k:k + RUN]
                if g in grams:
                    e(f"turn {i} shares 10-char run with {grams[g]}: {g}"); break
        if any(turns[i]["role"] == turns[i + 1]["role"] for i in range(len(turns) - 1)):
            e("two consecutive turns with the same role")
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}: e("label fields")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100: e("overall")
        st = lab.get("stages_done", [])
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            e("stages not canonical")
        vio = lab.get("violations", [])
        seen = set()
        for v in vio:
            if set(v) != {"code", "turn"} or v["code"] not in CODES: e(f"violation {v}"); continue
            if not (0 <= v["turn"] < len(turns)) or turns[v["turn"]]["role"] != "trainee":
                e(f"violation {v} not on a trainee turn")
            if (v["code"], v["turn"]) in seen: e(f"duplicate {v}")
            seen.add((v["code"], v["turn"]))
        codes = {v["code"] for v in vio}
        breach = bool(codes & BREACH) or (d["persona"] == "unwell" and "confront" in codes)
        # rubric consistency
        if breach and ov > 40: e("compliance breach but overall > 40")
        if ov >= 90 and (vio or len(st) < 6): e(">= 90 needs six stages and no faults")
        if ov >= 80 and (vio or len(st) < 5): e(">= 80 needs five+ stages and no faults")
        if ov >= 60 and breach: e("breach with overall >= 60")
        if vio and ov > 79: e("faulted talk above 79")
        if not vio and len(st) == 6 and ov < 70: e("six stages, no faults, but overall < 70")
        if d["quality"] == "excellent" and (vio or ov < 90): e("excellent must be >= 90 and clean")
        if d["quality"] == "short_good" and (len(turns) > 10 or vio): e("short_good must be <= 10 turns and clean")
        if d["quality"] == "long_bad" and (len(turns) < 18 or ov > 45): e("long_bad must be >= 18 turns and <= 45")
        if d["quality"] == "bad" and ov > 45: e("bad above 45")
        if d["quality"] == "good" and not 80 <= ov <= 89: e("good outside 80-89")
    for x in errs:
        print("ERROR", x)
    print(f"{len(files)} files, {len(errs)} problems")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
