#!/usr/bin/env python3
"""Validate the hand-labelled talks in this folder.

Checks: file name vs fields, field sets, roles, 4-30 turns, stage keys in
canonical order, violation codes, violation turns pointing at trainee turns,
compliance-breach cap (overall <= 40), full-width punctuation in Chinese text,
a banned-phrase list (the rubric's example phrases), and any 10-character run
shared with the source texts (corpus, DOMAIN.md, the two READMEs).
Run from anywhere: python3 validate.py
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SOURCES = (glob.glob("/work/shared/corpus/*.txt") + ["/work/shared/DOMAIN.md",
           os.path.join(ROOT, "testdata/talks/README.md"),
           os.path.join(ROOT, "testdata/lines/README.md")])

PERSONAS = {"confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"}
QUALITIES = {"excellent", "good", "mediocre", "bad", "long_bad", "short_good"}
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = {"rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"}
BREACH = {"false_promise", "buy_peace", "accept_gift"}
BANNED = ["胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管", "就这一回",
          "尽量给您争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知", "有关部门",
          "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
          "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说", "不识字", "脑子有病",
          "哭有什么用", "你吼什么", "办公室经费", "救助指标给你留", "先给你儿子打个招呼",
          "认真听取您的意见", "确实不是地契", "该是您的", "一分不会少", "能办的一定给你办",
          "不闹也给", "我不能保证", "我不敢说一定能办成", "我今天就打电话", "两周内书面答复",
          "我帮你递复查申请", "红包你收回去", "饭我也不去", "换回来不现实", "堵门也改不了",
          "真真的", "电脑的事我跟村里说一声", "切实维护", "请您相信党和政府", "自己想办法",
          "你自己找去", "看看能不能特殊", "保证批下来", "坚持签个合同", "符合条件的,按规定",
          "符合条件的，按规定"]
ASCII_BAD = set(",?!;:\"'()")
CJK = re.compile(r"[\u3400-\u9fff]")
KEEP = re.compile(r"[\u3400-\u9fffA-Za-z0-9]")


def norm(s):
    return "".join(KEEP.findall(s))


def source_grams(n=10):
    grams = set()
    for p in SOURCES:
        if not os.path.exists(p):
            print("WARN missing source", p)
            continue
        t = norm(open(p, encoding="utf-8", errors="replace").read())
        grams.update(t[i:i + n] for i in range(len(t) - n + 1))
    return grams


def main():
    errs = []
    grams = source_grams()
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    for f in files:
        name = os.path.basename(f)[:-5]
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception as e:  # noqa
            errs.append(f"{name}: bad JSON {e}")
            continue
        def E(msg):
            errs.append(f"{name}: {msg}")
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)", name)
        if not m:
            E("bad file name")
            continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            E(f"field set {sorted(d)}")
        if d.get("persona") != m.group(1) or d["persona"] not in PERSONAS:
            E("persona mismatch")
        if d.get("quality") != m.group(3) or d["quality"] not in QUALITIES:
            E("quality mismatch")
        if d.get("scenario") != "":
            E("scenario not empty")
        note = d.get("note", "")
        if not note or len(CJK.findall(note)) > len(note) // 4:
            E("note missing or not English")
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30:
            E(f"turn count {len(turns)}")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee") or not t["text"].strip():
                E(f"turn {i} malformed")
            if CJK.search(t["text"]):
                bad = sorted(set(t["text"]) & ASCII_BAD)
                if bad:
                    E(f"turn {i} ASCII punctuation {bad}")
            for b in BANNED:
                if b in t["text"]:
                    E(f"turn {i} banned phrase {b}")
            n = norm(t["text"])
            for k in range(len(n) - 9):
                if n[k:k + 10] in grams:
                    E(f"turn {i} shares 10-char run with sources: {n[k:k+10]}")
                    break
        # Chinese snippets inside the English note must also use full-width punctuation
        for mm in re.finditer(r"[\u3400-\u9fff][,?!;:][\u3400-\u9fff]", note):
            E(f"note has ASCII punctuation inside Chinese: {mm.group(0)}")
        for b in BANNED:
            if b in note:
                E(f"note banned phrase {b}")
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}:
            E("label field set")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            E("overall out of range")
        st = lab["stages_done"]
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            E(f"stages not canonical {st}")
        breach = False
        seen = set()
        for v in lab["violations"]:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                E(f"bad violation {v}")
                continue
            if (v["code"], v["turn"]) in seen:
                E(f"duplicate violation {v}")
            seen.add((v["code"], v["turn"]))
            if not 0 <= v["turn"] < len(turns) or turns[v["turn"]]["role"] != "trainee":
                E(f"violation {v} not on a trainee turn")
            if v["code"] in BREACH or (v["code"] == "confront" and d["persona"] == "unwell"):
                breach = True
        if breach and ov > 40:
            E(f"compliance breach but overall {ov} > 40")
        if len(st) == 6 and not lab["violations"] and ov < 60:
            E("all stages, no faults, but overall < 60: check")
        if d["quality"] in ("excellent",) and (lab["violations"] or ov < 85):
            E("excellent talk with faults or low score: check")
    for e in errs:
        print(e)
    print(f"{len(files)} files, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
