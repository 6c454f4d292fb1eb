#!/usr/bin/env python3
"""Check the hand-labelled talks in this folder.

Checks: file name pattern, field set, roles, turn range 4-30, stage keys in
canonical order, violation codes, violation turns pointing at trainee turns,
label consistency (compliance breach => overall <= 40), full-width
punctuation in Chinese text, banned phrases (the rubric's example phrases),
and 10-character runs shared with the corpus, DOMAIN.md or the two READMEs.
Run from anywhere: python3 validate.py
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}
ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r"[\u4e00-\u9fff]")
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知",
    "有关部门", "相关单位", "一分也少不了", "心意我领了", "你这话就不对了",
    "根本没这回事", "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说",
    "什么事", "什么问题你说", "不识字", "脑子有病", "哭有什么用", "你吼什么",
    "切实维护", "相信党和政府", "保证批下来", "我不能保证", "一分不会少",
    "能办的一定给你办", "不闹也给", "我今天就打电话", "两周内书面答复",
    "我帮你递复查申请", "红包你收回去", "这个难受是真真的", "电脑的事",
    "办公室经费", "救助指标给你留", "打个招呼", "认真听取您的意见",
    "坚持签个合同", "换回来不现实", "堵门也改不了",
    "情况我们都了解了", "会认真对待", "我不敢说一定", "一定认真听取",
]


def sources():
    paths = [os.path.join(REPO, "testdata/talks/README.md"),
             os.path.join(REPO, "testdata/lines/README.md"),
             "/work/shared/DOMAIN.md"] + sorted(glob.glob("/work/shared/corpus/*"))
    texts = []
    for p in paths:
        with open(p, encoding="utf-8", errors="ignore") as f:
            texts.append(f.read())
    return "\n".join(texts)


def norm(s):
    # compare on characters only (punctuation differs between sources)
    return re.sub(r"[\s，。？！：；、“”‘’（）…,.?!;:\"'()]", "", s)


def main():
    errs = []
    src = norm(sources())
    grams = set()
    for i in range(len(src) - 9):
        grams.add(src[i:i + 10])
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    for path in files:
        name = os.path.basename(path)
        def err(msg):
            errs.append(f"{name}: {msg}")
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", name)
        if not m:
            err("bad file name"); continue
        try:
            t = json.load(open(path, encoding="utf-8"))
        except Exception as e:
            err(f"json: {e}"); continue
        if set(t) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"fields {sorted(t)}")
        if t.get("persona") != m.group(1) or t["persona"] not in PERSONAS:
            err("persona mismatch")
        if t.get("quality") != m.group(3) or t["quality"] not in QUALITIES:
            err("quality mismatch")
        if t.get("scenario") != "":
            err("scenario not empty")
        if not t.get("note") or CJK.search(t["note"]):
            err("note must be English and non-empty")
        turns = t.get("turns", [])
        if not 4 <= len(turns) <= 30:
            err(f"turn count {len(turns)}")
        for i, tu in enumerate(turns):
            if set(tu) != {"role", "text"} or tu["role"] not in ("visitor", "trainee"):
                err(f"turn {i} shape")
            txt = tu.get("text", "")
            if not txt.strip():
                err(f"turn {i} empty")
            if CJK.search(txt):
                bad = sorted(set(txt) & ASCII_PUNCT)
                if bad or "..." in txt:
                    err(f"turn {i} ASCII punctuation {bad}")
            for b in BANNED:
                if b in txt:
                    err(f"turn {i} banned phrase {b}")
            n = norm(txt)
            for j in range(len(n) - 9):
                if n[j:j + 10] in grams:
                    err(f"turn {i} shares 10 chars with sources: {n[j:j+10]}")
                    break
        if sum(1 for tu in turns if tu["role"] == "trainee") == 0:
            err("no trainee turn")
        lab = t.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}:
            err("label fields")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall")
        st = lab.get("stages_done", [])
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            err(f"stages {st}")
        codes = set()
        for v in lab.get("violations", []):
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                err(f"violation shape {v}"); continue
            if not 0 <= v["turn"] < len(turns) or turns[v["turn"]]["role"] != "trainee":
                err(f"violation {v} not on a trainee turn")
            codes.add(v["code"])
        breach = bool(codes & BREACH) or ("confront" in codes and t["persona"] == "unwell")
        if breach and ov > 40:
            err(f"compliance breach but overall {ov} > 40")
        if ov >= 90 and (codes or len(st) < 6):
            err("90+ needs all stages and no faults")
        if t["quality"] in ("excellent", "good", "short_good") and breach:
            err("good quality with a breach")
    print(f"{len(files)} files checked, {len(errs)} problems")
    for e in errs:
        print("  " + e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
