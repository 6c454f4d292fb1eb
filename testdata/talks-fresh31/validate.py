#!/usr/bin/env python3
"""Check the hand-labelled talks in this folder.

Run from anywhere:  python3 testdata/talks-fresh31/validate.py [--show]

Checks: file name and field format, label consistency with the rubric
(violation turns point at trainee turns, breach cap, band sanity),
full-width punctuation in Chinese text, a list of banned phrases (the
rubric's example wording), and a copy check: any 10-character run of a
turn shared with the corpus, DOMAIN.md or the two READMEs that were read.
--show prints every talk with turn indices, for checking labels by eye.
"""
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
SOURCES = [
    os.path.join(REPO, "testdata", "talks", "README.md"),
    os.path.join(REPO, "testdata", "lines", "README.md"),
    "/work/shared/DOMAIN.md",
]
CORPUS_DIR = "/work/shared/corpus"

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
FIELDS = {"persona", "scenario", "quality", "note", "turns", "label"}
LABEL_FIELDS = {"overall", "stages_done", "violations"}

# Example wording from the rubric and DOMAIN.md; none may appear in a turn.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "我尽量给您", "说不定能给你办", "打包票",
    "特殊照顾", "回去等通知", "有关部门", "相关单位", "一分也少不了",
    "心意我领了", "你这话就不对了", "根本没这回事", "以人民为中心",
    "找我们也没用", "我也说不好", "先坐，有话慢慢说", "有话慢慢说",
    "不识字就回去", "找个识字的", "脑子有病", "哭有什么用", "你吼什么",
    "从办公室经费", "救助指标给你留", "先给你儿子打个招呼", "你自己想办法吧",
    "我不能保证", "我不给你打包票", "哪天钱到手", "我一定去问",
    "该是您的", "能报的一分不会少", "能办的一定给你办", "不闹也给",
    "我今天就打电话", "两周内书面答复", "我帮你递复查申请",
    "红包你收回去", "换回来不现实", "堵门也改不了", "这个难受是真真的",
    "电脑的事我跟村里说", "我们一定认真听取您的意见", "切实维护",
    "请您相信党和政府", "保证批下来", "看看能不能特殊", "这个确实不是地契",
    "核实符合条件的", "什么问题你说", "今天是什么事", "什么事？", "说吧",
    "你好，坐吧", "您的情况我们都了解了", "去社保局问", "我会跟有关部门反映",
    "这个我们这儿没法直接给你办", "这个事确实归教育局管",
]
ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r"[\u4e00-\u9fff]")
NAME = re.compile(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$")
BREACH = {"false_promise", "buy_peace", "accept_gift"}


def to_simplified(text):
    """Traditional -> Simplified via the opencc CLI (Debian package opencc).

    One corpus text is in Traditional characters; without conversion a
    copied sentence would slip through the copy check.  Returns None when
    opencc is not installed.
    """
    if not shutil.which("opencc"):
        return None
    out = subprocess.run(["opencc", "-c", "t2s.json"], input=text,
                         capture_output=True, text=True, check=True)
    return out.stdout


def load_sources(notes=None):
    texts = []
    for p in SOURCES:
        with open(p, encoding="utf-8") as f:
            texts.append(f.read())
    for n in sorted(os.listdir(CORPUS_DIR)):
        with open(os.path.join(CORPUS_DIR, n), encoding="utf-8", errors="replace") as f:
            texts.append(f.read())
    joined = "\n".join(texts)
    simp = to_simplified(joined)
    if simp is None:
        if notes is not None:
            notes.append("opencc not installed: Traditional corpus text compared as-is "
                         "(apt-get install opencc for the full copy check)")
        return joined
    return joined + "\n" + simp


def runs(s, n):
    for i in range(len(s) - n + 1):
        yield s[i:i + n]


def main():
    show = "--show" in sys.argv
    errors, warnings = [], []
    source = load_sources(warnings)
    # punctuation-insensitive copy of the sources, for a second, looser check
    strip = re.compile(r"[\s，。？！：；“”‘’（）、…,.?!;:\"'()\-—]")
    source_stripped = strip.sub("", source)

    files = sorted(f for f in os.listdir(HERE) if f.endswith(".json"))
    per_persona = {}
    seen_text = {}
    for fn in files:
        path = os.path.join(HERE, fn)
        where = fn
        m = NAME.match(fn)
        if not m:
            errors.append(f"{where}: bad file name")
            continue
        try:
            with open(path, encoding="utf-8") as f:
                t = json.load(f)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{where}: not JSON: {e}")
            continue
        if set(t) != FIELDS:
            errors.append(f"{where}: fields {sorted(t)}")
            continue
        persona, _, quality = m.groups()
        if t["persona"] != persona or persona not in PERSONAS:
            errors.append(f"{where}: persona mismatch/unknown")
        if t["quality"] != quality or quality not in QUALITIES:
            errors.append(f"{where}: quality mismatch/unknown")
        per_persona[persona] = per_persona.get(persona, 0) + 1
        if t["scenario"] != "":
            errors.append(f"{where}: scenario must be empty")
        note = t["note"]
        if not isinstance(note, str) or len(note) < 40:
            errors.append(f"{where}: note missing or too short")
        else:
            latin = sum(c.isascii() and c.isalpha() for c in note)
            if latin < len(note) * 0.5:
                errors.append(f"{where}: note does not look English")
            for q in re.findall(r"['\"]([\u4e00-\u9fff，。？！、…]+)['\"]", note):
                errors.append(f"{where}: note quotes Chinese with ASCII quotes: {q}")

        turns = t["turns"]
        if not (4 <= len(turns) <= 30):
            errors.append(f"{where}: {len(turns)} turns (need 4-30)")
        for i, tr in enumerate(turns):
            if set(tr) != {"role", "text"} or tr["role"] not in ("visitor", "trainee"):
                errors.append(f"{where}: turn {i} malformed")
                continue
            txt = tr["text"]
            if not txt.strip():
                errors.append(f"{where}: turn {i} empty")
            bad = sorted(set(c for c in txt if c in ASCII_PUNCT))
            if bad and CJK.search(txt):
                errors.append(f"{where}: turn {i} ASCII punctuation {bad}")
            for b in BANNED:
                if b in txt:
                    errors.append(f"{where}: turn {i} banned phrase “{b}”")
            for r in set(runs(txt, 10)):
                if r in source:
                    errors.append(f"{where}: turn {i} shares 10 chars with sources: “{r}”")
                    break
            st = strip.sub("", txt)
            for r in set(runs(st, 12)):
                if r in source_stripped:
                    warnings.append(f"{where}: turn {i} shares 12 chars (punctuation-stripped): “{r}”")
                    break
            if len(txt) >= 25:
                if txt in seen_text:
                    errors.append(f"{where}: turn {i} duplicates {seen_text[txt]}")
                seen_text[txt] = f"{fn}#{i}"
        for i in range(1, len(turns)):
            if turns[i]["role"] == turns[i - 1]["role"]:
                warnings.append(f"{where}: turns {i-1},{i} same role")

        lab = t["label"]
        if set(lab) != LABEL_FIELDS:
            errors.append(f"{where}: label fields {sorted(lab)}")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            errors.append(f"{where}: overall {ov}")
        sd = lab["stages_done"]
        if any(s not in STAGES for s in sd) or sd != [s for s in STAGES if s in sd]:
            errors.append(f"{where}: stages_done not canonical: {sd}")
        vs = lab["violations"]
        codes = set()
        for v in vs:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                errors.append(f"{where}: bad violation {v}")
                continue
            if not (0 <= v["turn"] < len(turns)) or turns[v["turn"]]["role"] != "trainee":
                errors.append(f"{where}: violation {v} not on a trainee turn")
            codes.add(v["code"])
        if len({(v["code"], v["turn"]) for v in vs}) != len(vs):
            errors.append(f"{where}: duplicate violation")
        breach = bool(codes & BREACH) or (persona == "unwell" and "confront" in codes)
        if breach and ov > 40:
            errors.append(f"{where}: compliance breach but overall {ov} > 40")
        if ov >= 90 and (vs or len(sd) < 6):
            errors.append(f"{where}: overall {ov} needs all stages and no faults")
        if vs and ov >= 60:
            warnings.append(f"{where}: faults but overall {ov}")
        if not vs and len(sd) == 6 and ov < 70:
            warnings.append(f"{where}: all stages, no faults, but overall {ov}")
        if ov >= 70 and len(sd) < 4:
            warnings.append(f"{where}: overall {ov} with only {len(sd)} stages")
        if quality in ("excellent", "good", "short_good") and breach:
            warnings.append(f"{where}: quality {quality} with a breach")

        if show:
            print(f"== {fn}  overall={ov} stages={sd}")
            marks = {}
            for v in vs:
                marks.setdefault(v["turn"], []).append(v["code"])
            for i, tr in enumerate(turns):
                m_ = " <-- " + ",".join(marks[i]) if i in marks else ""
                print(f"  {i:2d} {tr['role'][0].upper()} {tr['text']}{m_}")

    if len(files) != 36:
        warnings.append(f"{len(files)} talks (planned 36)")
    for p in PERSONAS:
        if not 3 <= per_persona.get(p, 0) <= 4:
            errors.append(f"persona {p}: {per_persona.get(p, 0)} talks (need 3-4)")

    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
