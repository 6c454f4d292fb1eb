#!/usr/bin/env python3
"""Validator for the talks-fresh69 set: format, label consistency,
full-width punctuation, banned phrases, and a 10-character copy check
against the corpus, DOMAIN.md and the two READMEs."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
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
    "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说", "不识字就回去",
    "脑子有病", "哭有什么用", "你吼什么", "办公室经费", "救助指标给你留",
    "先给你儿子打个招呼", "我不能保证", "一分不会少您", "能办的一定给你办", "不闹也给",
    "核实符合条件的", "我今天就打电话", "两周内书面答复", "递复查申请", "红包你收回去",
    "饭我也不去", "公安是要依法处理", "换回来不现实", "堵门也改不了", "这个难受是真真的",
    "跟村里说一声", "确实不是地契", "认真听取您的意见", "坚持签个合同", "去社保局问",
    "你好，坐吧", "什么事？", "什么问题你说", "今天是什么事", "说吧", "切实维护",
    "请您相信党和政府", "踢皮球", "花钱买平安", "大闹大解决",
]
ASCII_PUNCT = re.compile(r"[,?!;:\"'()]")
CJK = re.compile(r"[\u4e00-\u9fff]")
NAME = re.compile(r"^(%s)-(\d\d)-(%s)\.json$" % ("|".join(PERSONAS), "|".join(QUALITIES)))

def sources():
    files = sorted(glob.glob("/work/shared/corpus/*.txt")) + ["/work/shared/DOMAIN.md",
             os.path.join(ROOT, "testdata/talks/README.md"), os.path.join(ROOT, "testdata/lines/README.md")]
    grams = set()
    for f in files:
        try:
            s = open(f, encoding="utf-8", errors="ignore").read()
        except OSError:
            continue
        s = re.sub(r"\s+", "", s)
        for i in range(len(s) - 9):
            g = s[i:i + 10]
            if CJK.search(g):
                grams.add(g)
    return grams

def main():
    errs = []
    grams = sources()
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    for fp in files:
        fn = os.path.basename(fp)
        def E(msg): errs.append(f"{fn}: {msg}")
        m = NAME.match(fn)
        if not m:
            E("bad file name"); continue
        try:
            t = json.load(open(fp, encoding="utf-8"))
        except Exception as e:
            E(f"bad json {e}"); continue
        if list(t) != ["persona", "scenario", "quality", "note", "turns", "label"]:
            E(f"fields {list(t)}")
        if t.get("persona") != m.group(1): E("persona mismatch")
        if t.get("quality") != m.group(3): E("quality mismatch")
        if t.get("scenario") != "": E("scenario not empty")
        note = t.get("note", "")
        if not note or CJK.search(note): E("note empty or not English")
        turns = t.get("turns", [])
        if not 4 <= len(turns) <= 30: E(f"turn count {len(turns)}")
        for i, tu in enumerate(turns):
            if set(tu) != {"role", "text"} or tu["role"] not in ("visitor", "trainee") or not tu["text"].strip():
                E(f"turn {i} malformed"); continue
            x = tu["text"]
            if CJK.search(x) and ASCII_PUNCT.search(x):
                E(f"turn {i} ASCII punctuation: {ASCII_PUNCT.findall(x)}")
            for b in BANNED:
                if b in x: E(f"turn {i} banned phrase {b}")
            s = re.sub(r"\s+", "", x)
            for j in range(len(s) - 9):
                if s[j:j + 10] in grams:
                    E(f"turn {i} shares 10 chars with sources: {s[j:j+10]}"); break
        lab = t.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}: E("label keys")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100: E("overall range")
        sd = lab.get("stages_done", [])
        if any(s not in STAGES for s in sd) or sd != [s for s in STAGES if s in sd]:
            E("stages not canonical")
        vs = lab.get("violations", [])
        codes = set()
        for v in vs:
            if set(v) != {"code", "turn"} or v["code"] not in CODES: E(f"violation malformed {v}"); continue
            if not 0 <= v["turn"] < len(turns) or turns[v["turn"]]["role"] != "trainee":
                E(f"violation {v} not on a trainee turn")
            codes.add(v["code"])
        breach = bool(codes & BREACH) or ("confront" in codes and t["persona"] == "unwell")
        q = t.get("quality")
        if breach and ov > 40: E("breach but overall > 40")
        if q == "excellent" and (ov < 90 or vs or len(sd) < 6): E("excellent needs >=90, 6 stages, no faults")
        if q == "good" and (not 80 <= ov <= 89 or vs): E("good needs 80-89, no faults")
        if q == "short_good" and (not 70 <= ov <= 79 or vs or len(turns) > 12): E("short_good needs 70-79, <=12 turns, no faults")
        if q == "mediocre" and not 40 <= ov <= 69: E("mediocre needs 40-69")
        if q in ("bad", "long_bad") and ov > 44: E("bad needs <=44")
        if q == "long_bad" and len(turns) < 20: E("long_bad needs >=20 turns")
        if len(sd) == 6 and not vs and ov < 70: E("all stages, no faults, yet < 70")
    print(f"{len(files)} files checked, {len(errs)} problems")
    for e in errs: print("  " + e)
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
