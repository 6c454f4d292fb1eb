#!/usr/bin/env python3
"""Checks the hand-written talks in this folder.

Run from anywhere:  python3 validate.py [--show]

Checks: file name and fields, roles, 4-30 turns, label consistency (stage keys
and order, violation codes, indices pointing at trainee turns, the <= 40 cap for
compliance breaches, the quality bands used when writing this set), full-width
punctuation in Chinese text, a list of banned phrases (the rubric's example
phrases), and any 10-character run shared with the source texts (copy check).
--show prints every labelled violation with the turn it points at.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = [
    "/work/shared/DOMAIN.md",
    "/work/main/testdata/talks/README.md",
    "/work/main/testdata/lines/README.md",
] + sorted(glob.glob("/work/shared/corpus/*.txt"))

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "short_good", "mediocre", "bad", "long_bad"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

# Example phrases from the rubric and the line set's README (and the brief).
# They are compared with punctuation removed.
BANNED = """
胡搅蛮缠 包在我身上 再研究研究 研究研究 高度重视 这不归我们管 就这一回 尽量给您争取
说不定能给你办 打包票 特殊照顾 回去等通知 有关部门 相关单位 一分也少不了 心意我领了
你这话就不对了 根本没这回事 以人民为中心 找我们也没用 我也说不好 先坐有话慢慢说
你好坐吧 什么事 什么问题你说 今天是什么事 我们一定认真听取您的意见 我会跟有关部门反映
去社保局问 不识字就回去找个识字的 你这是脑子有病 哭有什么用 你吼什么吼
您当时要是坚持签个合同 保证批下来 你自己找去 你自己想办法吧 您回村里问问吧
这个确实不是地契 从办公室经费 救助指标给你留一个 先给你儿子打个招呼 切实维护
请您相信党和政府 我们一定会认真对待 我不能保证 我不敢打包票 能报的一分不会少您的
能办的一定给你办 不闹也给 核实符合条件的按规定也能补发 我今天就打电话 两周内书面答复
我帮你递复查申请 这个我们这儿没法直接给你办 法院的判决我们没法改 向检察院申请检察监督
这个事确实归教育局管 学安科 红包你收回去 饭我也不去 换回来不现实 堵门也改不了片区
你要是堵门 这个难受是真真的 这个我信 电脑的事我跟村里说一声 刁民 老油子
当时要是留个字据 不怎么长心眼 那疙瘩 拉倒吧 该是您的 该补的差价
""".split()

ASCII_PUNCT = set(',?!;:"\'()')
PUNCT_RE = re.compile(r"[\s\u3000-\u303f\uff00-\uffef,.?!;:\"'()\[\]{}<>/\\\-—_…·“”‘’《》、]")
CJK_RE = re.compile(r"[\u4e00-\u9fff]")
NAME_RE = re.compile(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$")


def norm(s):
    return PUNCT_RE.sub("", s)


def load_source_grams(n=10):
    grams = set()
    words = set()
    for p in SOURCES:
        try:
            t = open(p, encoding="utf-8", errors="ignore").read()
        except OSError:
            continue
        t = norm(t)
        for i in range(len(t) - n + 1):
            g = t[i:i + n]
            if CJK_RE.search(g):
                grams.add(g)
        if p.endswith(".md"):
            w = re.findall(r"[A-Za-z']+", open(p, encoding="utf-8").read().lower())
            for i in range(len(w) - 7):
                words.add(" ".join(w[i:i + 8]))
    return grams, words


def band_ok(q, overall, nturns, codes):
    if q == "excellent":
        return overall >= 85 and not codes
    if q == "good":
        return 60 <= overall <= 86 and not (codes & BREACH)
    if q == "short_good":
        return 70 <= overall <= 80 and nturns <= 10 and not codes
    if q == "mediocre":
        return 30 <= overall <= 62
    if q == "bad":
        return overall <= 30
    if q == "long_bad":
        return 15 <= overall <= 40 and nturns >= 14
    return False


def main():
    show = "--show" in sys.argv
    grams, wgrams = load_source_grams()
    errors, warns = [], []
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    per_persona = {}
    seen_nn = set()
    for f in files:
        name = os.path.basename(f)

        def err(msg):
            errors.append(f"{name}: {msg}")
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f"bad JSON: {e}")
            continue
        m = NAME_RE.match(name)
        if not m:
            err("file name pattern")
            continue
        persona, nn, quality = m.groups()
        if (persona, nn) in seen_nn:
            err("duplicate persona number")
        seen_nn.add((persona, nn))
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"fields {sorted(d)}")
            continue
        if d["persona"] != persona or persona not in PERSONAS:
            err("persona mismatch")
        if d["quality"] != quality or quality not in QUALITIES:
            err("quality mismatch")
        if d["scenario"] != "":
            err("scenario not empty")
        note = d["note"]
        if not isinstance(note, str) or len(note) < 40:
            err("note missing or too short")
        elif len(CJK_RE.findall(note)) > len(note) // 3:
            err("note should be English")
        turns = d["turns"]
        if not (4 <= len(turns) <= 30):
            err(f"{len(turns)} turns")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee"):
                err(f"turn {i} malformed")
                continue
            txt = t["text"]
            if not txt.strip():
                err(f"turn {i} empty")
            bad = [c for c in txt if c in ASCII_PUNCT]
            if bad and CJK_RE.search(txt):
                err(f"turn {i} ASCII punctuation {''.join(sorted(set(bad)))}")
            if "..." in txt or "。。" in txt:
                err(f"turn {i} odd ellipsis")
            nt = norm(txt)
            for b in BANNED:
                if b in nt:
                    err(f"turn {i} banned phrase {b}")
            hits = {nt[k:k + 10] for k in range(len(nt) - 9) if nt[k:k + 10] in grams}
            if hits:
                err(f"turn {i} shares 10-char run with sources: {sorted(hits)[:3]}")
        for k in range(1, len(turns)):
            if turns[k]["role"] == turns[k - 1]["role"]:
                warns.append(f"{name}: turns {k-1},{k} same role")
        nw = re.findall(r"[A-Za-z']+", note.lower())
        for k in range(len(nw) - 7):
            if " ".join(nw[k:k + 8]) in wgrams:
                err(f"note shares an 8-word run with a README: {' '.join(nw[k:k+8])}")
                break
        lab = d["label"]
        if set(lab) != {"overall", "stages_done", "violations"}:
            err("label fields")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall not int 0-100")
        st = lab["stages_done"]
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            err(f"stages not canonical: {st}")
        codes = set()
        seen = set()
        for v in lab["violations"]:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                err(f"bad violation {v}")
                continue
            tix = v["turn"]
            if not isinstance(tix, int) or not 0 <= tix < len(turns):
                err(f"violation index out of range {v}")
                continue
            if turns[tix]["role"] != "trainee":
                err(f"violation {v} points at a visitor turn")
            if (v["code"], tix) in seen:
                err(f"duplicate violation {v}")
            seen.add((v["code"], tix))
            codes.add(v["code"])
            if show:
                print(f"{name} t{tix} {v['code']}: {turns[tix]['text']}")
        if lab["violations"] != sorted(lab["violations"], key=lambda v: (v["turn"], CODES.index(v["code"]))):
            warns.append(f"{name}: violations not sorted by turn")
        breach = bool(codes & BREACH) or (persona == "unwell" and "confront" in codes)
        if breach and ov > 40:
            err("compliance breach but overall > 40")
        if ov >= 90 and (len(st) < 6 or codes):
            err("90+ needs all six stages and no faults")
        if ov >= 80 and len(st) < 5:
            err("80+ needs at least five stages")
        if ov >= 60 and codes:
            err("60+ with a violation")
        if not band_ok(quality, ov, len(turns), codes):
            err(f"quality {quality} does not fit overall {ov} / {len(turns)} turns / {sorted(codes)}")
        per_persona[persona] = per_persona.get(persona, 0) + 1
    for p in PERSONAS:
        if not 3 <= per_persona.get(p, 0) <= 4:
            errors.append(f"persona {p}: {per_persona.get(p, 0)} talks (want 3-4)")
    for w in warns:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warns)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
