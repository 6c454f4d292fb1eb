#!/usr/bin/env python3
"""Check the hand-labelled talks in this folder.

Checks: file name and fields, roles, turn range, label consistency, violation
indices on trainee turns, compliance cap, full-width punctuation in Chinese
text, a banned-phrase list (the rubric's example phrases), and any run of 10
characters shared with the source texts (copy check).

Usage: python3 validate.py [--show]   (--show prints every labelled turn)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

# The rubric's example phrases; none may appear in any turn or note.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票",
    "特殊照顾", "回去等通知", "等通知", "有关部门", "相关单位", "一分也少不了",
    "一分不会少", "心意我领了", "你这话就不对了", "根本没这回事", "以人民为中心",
    "找我们也没用", "我也说不好", "有话慢慢说", "不识字", "脑子有病",
    "哭有什么用", "吼什么吼", "保证批下来", "办公室经费", "救助指标",
    "镇上招人", "切实维护", "相信党和政府", "认真听取您的意见", "什么事",
    "什么问题你说", "说吧", "你好，坐吧", "你好,坐吧", "对吧", "漏了什么没有",
    "我不能保证", "不敢打包票", "该是您的", "能办的一定给你办", "不闹也给",
    "我今天就打电话", "两周内书面答复", "我帮你递复查申请", "红包你收回去",
    "堵门", "换回来不现实", "这个难受是真真的", "电脑的事", "您的情况我们都了解了",
    "公安是要依法处理的", "不是地契", "能报的", "按规定也能补发",
    "从办公室", "这不归", "不归我们管",
]

ASCII_PUNCT = re.compile(r"[,?!;:\"'()]")
CJK = re.compile(r"[\u4e00-\u9fff]")
STRIP = re.compile(r"[\s\W_]+", re.UNICODE)


def sources():
    paths = ["/work/shared/DOMAIN.md",
             "/work/main/testdata/talks/README.md",
             "/work/main/testdata/lines/README.md"]
    corpus = "/work/shared/corpus"
    paths += [os.path.join(corpus, f) for f in sorted(os.listdir(corpus))]
    grams = set()
    for p in paths:
        with open(p, encoding="utf-8", errors="replace") as fh:
            s = STRIP.sub("", fh.read())
        for i in range(len(s) - 9):
            g = s[i:i + 10]
            if CJK.search(g):
                grams.add(g)
    return grams


def main():
    show = "--show" in sys.argv
    errors, warnings = [], []
    grams = sources()
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".json"))
    seen_nn = set()
    for name in files:
        path = os.path.join(HERE, name)
        try:
            with open(path, encoding="utf-8") as fh:
                t = json.load(fh)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{name}: bad JSON: {e}")
            continue

        def err(msg):
            errors.append(f"{name}: {msg}")

        if list(t.keys()) != ["persona", "scenario", "quality", "note", "turns", "label"]:
            err(f"fields {list(t.keys())}")
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", name)
        if not m:
            err("file name")
            continue
        if m.group(1) != t.get("persona") or m.group(3) != t.get("quality"):
            err("file name does not match persona/quality")
        if (m.group(1), m.group(2)) in seen_nn:
            err("duplicate persona number")
        seen_nn.add((m.group(1), m.group(2)))
        if t.get("persona") not in PERSONAS:
            err("persona")
        if t.get("quality") not in QUALITIES:
            err("quality")
        if t.get("scenario") != "":
            err("scenario must be empty")
        if not isinstance(t.get("note"), str) or len(t["note"]) < 40:
            err("note too short")
        elif CJK.search(t["note"]):
            # the note is English; Chinese quotes inside it are allowed only as quoted turn text
            pass
        turns = t.get("turns", [])
        if not 4 <= len(turns) <= 30:
            err(f"{len(turns)} turns")
        for i, tr in enumerate(turns):
            if list(tr.keys()) != ["role", "text"]:
                err(f"turn {i} fields")
            if tr.get("role") not in ("visitor", "trainee"):
                err(f"turn {i} role")
            txt = tr.get("text", "")
            if not txt.strip():
                err(f"turn {i} empty")
            if CJK.search(txt) and ASCII_PUNCT.search(txt):
                err(f"turn {i} ASCII punctuation: {ASCII_PUNCT.findall(txt)}")
            if i and tr.get("role") == turns[i - 1].get("role"):
                warnings.append(f"{name}: turns {i-1},{i} same role")
        alltext = "".join(tr.get("text", "") for tr in turns) + t.get("note", "")
        for b in BANNED:
            if b in alltext:
                err(f"banned phrase {b!r}")
        flat = STRIP.sub("", "".join(tr.get("text", "") for tr in turns))
        hits = {flat[i:i + 10] for i in range(len(flat) - 9) if flat[i:i + 10] in grams}
        for h in sorted(hits):
            err(f"10-char run shared with sources: {h}")

        lab = t.get("label", {})
        if list(lab.keys()) != ["overall", "stages_done", "violations"]:
            err(f"label fields {list(lab.keys())}")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall")
            ov = 0
        st = lab.get("stages_done", [])
        if st != [s for s in STAGES if s in st] or len(set(st)) != len(st):
            err(f"stages not canonical: {st}")
        vio = lab.get("violations", [])
        pairs = set()
        for v in vio:
            if list(v.keys()) != ["code", "turn"]:
                err(f"violation fields {v}")
            if v.get("code") not in CODES:
                err(f"code {v.get('code')}")
            k = v.get("turn")
            if not isinstance(k, int) or not 0 <= k < len(turns):
                err(f"violation turn {k} out of range")
                continue
            if turns[k]["role"] != "trainee":
                err(f"violation turn {k} is not a trainee turn")
            if (v.get("code"), k) in pairs:
                err(f"duplicate violation {v}")
            pairs.add((v.get("code"), k))
        codes = {v.get("code") for v in vio}
        breach = bool(codes & BREACH) or (t.get("persona") == "unwell" and "confront" in codes)
        if breach and ov > 40:
            err(f"compliance breach but overall {ov} > 40")
        if ov >= 90 and (vio or len(st) < 6):
            err("90+ needs all six stages and no faults")
        if ov >= 80 and vio:
            err("80+ with a violation")
        q = t.get("quality")
        band = {"excellent": (88, 100), "good": (78, 90), "short_good": (68, 80),
                "mediocre": (40, 70), "bad": (0, 42), "long_bad": (0, 42)}[q]
        if not band[0] <= ov <= band[1]:
            warnings.append(f"{name}: quality {q} but overall {ov}")
        if q == "short_good" and len(turns) > 12:
            warnings.append(f"{name}: short_good with {len(turns)} turns")
        if q == "long_bad" and len(turns) < 16:
            warnings.append(f"{name}: long_bad with only {len(turns)} turns")
        if show:
            print(f"== {name}  overall={ov}  stages={len(st)}  turns={len(turns)}")
            for v in vio:
                k = v["turn"]
                print(f"   {v['code']:<13} t{k}: {turns[k]['text'][:70]}")

    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
