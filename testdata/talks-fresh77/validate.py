#!/usr/bin/env python3
"""Validate the hand-labelled talks in this folder.

Checks: file name and field format, roles, turn range, stage keys and order,
violation codes and indices, label consistency with the rubric bands,
full-width punctuation in Chinese text, a banned-phrase list (the rubric's
example phrases), and any 10-character run shared with the corpus,
DOMAIN.md or the two READMEs (copy check). Prints problems; exit 1 if any.
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票",
    "特殊照顾", "回去等通知", "有关部门", "相关单位", "一分也少不了",
    "心意我领了", "你这话就不对了", "根本没这回事", "以人民为中心",
    "找我们也没用", "我也说不好", "有话慢慢说", "先坐", "不识字就回去",
    "脑子有病", "哭有什么用", "你吼什么吼", "保证批下来", "办公室经费",
    "救助指标给你留", "先给你儿子打个招呼", "我不能保证", "我不敢说一定能办成",
    "该补的差价", "能办的一定给你办", "能报的一分不会少", "换回来不现实",
    "堵门也改不了", "这个难受是真真的", "电脑的事", "我今天就打电话",
    "两周内书面答复", "我帮你递复查申请", "红包你收回去", "饭我也不去",
    "这个确实不是地契", "认真听取您的意见", "一定会认真对待", "情况我们都了解了",
    "我会跟有关部门反映", "去社保局问", "什么事？", "什么问题你说",
    "今天是什么事", "你好，坐吧", "坚持签个合同", "请您相信党和政府",
    "切实维护", "漏了什么没有", "你自己想办法吧", "你自己找去",
    "我不给你打包票", "增人不增地", "大闹大解决", "花钱买平安",
]
ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r"[\u4e00-\u9fff]")
NAME = re.compile(r"^([a-z]+)-(\d{2})-([a-z_]+)\.json$")


def sources():
    paths = sorted(glob.glob("/work/shared/corpus/*.txt"))
    paths += ["/work/shared/DOMAIN.md",
              os.path.join(ROOT, "testdata/talks/README.md"),
              os.path.join(ROOT, "testdata/lines/README.md")]
    text = []
    for p in paths:
        if os.path.exists(p):
            with open(p, encoding="utf-8", errors="replace") as f:
                text.append(f.read())
    return "\n".join(text)


def runs(text, n=10):
    return {text[i:i + n] for i in range(len(text) - n + 1)}


def main():
    problems = []
    src = sources()
    src_runs = runs(src)
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if not files:
        problems.append("no json files")
    for path in files:
        fn = os.path.basename(path)
        def bad(msg):
            problems.append(f"{fn}: {msg}")
        m = NAME.match(fn)
        if not m:
            bad("bad file name"); continue
        try:
            d = json.load(open(path, encoding="utf-8"))
        except Exception as e:
            bad(f"json: {e}"); continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            bad(f"fields {sorted(d)}")
        if d.get("persona") != m.group(1) or d["persona"] not in PERSONAS:
            bad("persona mismatch")
        if d.get("quality") != m.group(3) or d["quality"] not in QUALITIES:
            bad("quality mismatch")
        if d.get("scenario") != "":
            bad("scenario not empty")
        note = d.get("note", "")
        if not note or CJK.search(note) and len(CJK.findall(note)) > 40:
            bad("note missing or mostly Chinese")
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30:
            bad(f"{len(turns)} turns")
        roles = []
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee"):
                bad(f"turn {i} format")
                continue
            roles.append(t["role"])
            txt = t["text"]
            if not txt.strip():
                bad(f"turn {i} empty")
            if CJK.search(txt):
                asc = sorted(set(c for c in txt if c in ASCII_PUNCT))
                if asc:
                    bad(f"turn {i} ASCII punctuation {asc}")
            for b in BANNED:
                if b in txt:
                    bad(f"turn {i} banned phrase {b}")
            for r in runs(txt):
                if r in src_runs:
                    bad(f"turn {i} shares 10-char run with sources: {r}")
        if "trainee" not in roles or "visitor" not in roles:
            bad("both roles needed")
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}:
            bad("label fields")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            bad("overall out of range")
        st = lab["stages_done"]
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            bad("stages not canonical")
        vs = lab["violations"]
        codes = set()
        for v in vs:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                bad(f"violation format {v}"); continue
            if not 0 <= v["turn"] < len(turns) or turns[v["turn"]]["role"] != "trainee":
                bad(f"violation {v} not on a trainee turn")
            codes.add(v["code"])
        if [v["turn"] for v in vs] != sorted(v["turn"] for v in vs):
            bad("violations not in turn order")
        breach = codes & {"false_promise", "buy_peace", "accept_gift"} or (
            d["persona"] == "unwell" and "confront" in codes)
        if breach and ov > 40:
            bad("compliance breach but overall > 40")
        if ov >= 90 and (len(st) < 6 or vs):
            bad("90+ needs all stages and no faults")
        if ov >= 80 and (len(st) < 5 or vs):
            bad("80+ needs 5+ stages and no faults")
        if vs and ov > 70:
            bad("violation but overall > 70")
        if len(st) <= 1 and ov > 50:
            bad("almost no stages but overall > 50")
        if d["quality"] in ("excellent",) and ov < 88:
            bad("excellent below 88")
        if d["quality"] in ("bad", "long_bad") and ov > 45:
            bad("bad talk above 45")
    for p in problems:
        print(p)
    print(f"{len(files)} files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
