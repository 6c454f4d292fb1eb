#!/usr/bin/env python3
"""Checks the hand-written talks in this folder.

Run from anywhere:  python3 testdata/talks-fresh30/validate.py
Exit code 0 when clean, 1 when any ERROR was printed. WARN lines are
sanity hints (score bands against the quality tag) and do not fail.
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

# The rubric's own example phrases (and a few close kin). None may appear.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票",
    "特殊照顾", "回去等通知", "有关部门", "相关单位", "一分也少不了",
    "一分不会少", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "先坐有话慢慢说",
    "有话慢慢说", "不识字就回去", "找个识字的", "脑子有病", "哭有什么用",
    "你吼什么吼", "吼什么吼", "保证批下来", "办公室经费", "救助指标",
    "先给你儿子打个招呼", "切实维护", "相信党和政府", "不是地契",
    "我不能保证", "我不给你打包票", "能办的一定给你办", "不闹也给",
    "核实符合条件的", "我今天就打电话", "两周内书面答复", "递复查申请",
    "没法直接给你办", "判决我们没法改", "确实归教育局管", "红包你收回去",
    "饭我也不去", "堵门也改不了", "换回来不现实", "这个难受是真真的",
    "跟村里说一声", "认真听取您的意见", "坚持签个合同", "你好坐吧",
    "您的情况我们都了解了", "去社保局问", "跟有关部门反映", "一定会认真对待",
    "什么问题你说", "今天是什么事",
]

ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r"[\u4e00-\u9fff]")
PUNCT_STRIP = re.compile(r"[\s，。？！：；、“”‘’（）《》……—,.?!;:\"'()\-]")

errors = 0
warnings = 0


def err(msg):
    global errors
    errors += 1
    print("ERROR", msg)


def warn(msg):
    global warnings
    warnings += 1
    print("WARN ", msg)


def section(path, titles):
    """Return only the named '## ' sections of a markdown file."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out, keep = [], False
    for line in lines:
        if line.startswith("## "):
            keep = line[3:].strip() in titles
        if keep:
            out.append(line)
    return "\n".join(out)


def norm(s):
    s = re.sub(r"\s+", "", s)
    table = str.maketrans({",": "，", "?": "？", "!": "！", ";": "；",
                           ":": "：", "(": "（", ")": "）"})
    return s.translate(table)


try:  # optional: lets the copy check also see the Traditional-script source
    from opencc import OpenCC  # type: ignore
    _T2S = OpenCC("t2s").convert
except Exception:  # noqa: BLE001
    _T2S = None


def source_texts():
    texts = []
    for p in sorted(glob.glob("/work/shared/corpus/*.txt")):
        with open(p, encoding="utf-8", errors="replace") as f:
            t = f.read()
        texts.append((os.path.basename(p), t))
        if _T2S is not None:
            texts.append((os.path.basename(p) + " (t2s)", _T2S(t)))
    with open("/work/shared/DOMAIN.md", encoding="utf-8") as f:
        texts.append(("DOMAIN.md", f.read()))
    texts.append(("talks/README.md",
                  section(os.path.join(REPO, "testdata/talks/README.md"),
                          {"Format", "Labelling rubric"})))
    texts.append(("lines/README.md",
                  section(os.path.join(REPO, "testdata/lines/README.md"),
                          {"Format"})))
    return texts


def ngram_index(texts, n=10):
    idx = {}
    for name, t in texts:
        t = norm(t)
        for i in range(len(t) - n + 1):
            g = t[i:i + n]
            if len(CJK.findall(g)) >= 5:
                idx.setdefault(g, name)
    return idx


def main():
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if not files:
        err("no json files")
    idx = ngram_index(source_texts())
    seen_nn = set()
    for path in files:
        name = os.path.basename(path)
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", name)
        if not m:
            err(f"{name}: bad file name")
            continue
        persona, nn, quality = m.groups()
        if (persona, nn) in seen_nn:
            err(f"{name}: duplicate number for persona")
        seen_nn.add((persona, nn))
        try:
            with open(path, encoding="utf-8") as f:
                d = json.load(f)
        except Exception as e:  # noqa: BLE001
            err(f"{name}: invalid JSON: {e}")
            continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"{name}: field set {sorted(d)}")
            continue
        if d["persona"] != persona or persona not in PERSONAS:
            err(f"{name}: persona field {d['persona']!r}")
        if d["quality"] != quality or quality not in QUALITIES:
            err(f"{name}: quality field {d['quality']!r}")
        if d["scenario"] != "":
            err(f"{name}: scenario must be empty")
        note = d["note"]
        if not isinstance(note, str) or len(note) < 40:
            err(f"{name}: note missing or too short")
        elif CJK.search(note):
            err(f"{name}: note should be English")
        turns = d["turns"]
        if not isinstance(turns, list) or not 4 <= len(turns) <= 30:
            err(f"{name}: turn count {len(turns) if isinstance(turns, list) else '?'}")
            continue
        roles = []
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"}:
                err(f"{name} t{i}: turn fields {sorted(t)}")
                continue
            if t["role"] not in ("visitor", "trainee"):
                err(f"{name} t{i}: role {t['role']!r}")
            roles.append(t["role"])
            text = t["text"]
            if not text.strip():
                err(f"{name} t{i}: empty text")
            if CJK.search(text):
                bad = sorted(set(c for c in text if c in ASCII_PUNCT))
                if bad:
                    err(f"{name} t{i}: ASCII punctuation {bad}")
            flat = PUNCT_STRIP.sub("", text)
            for b in BANNED:
                if PUNCT_STRIP.sub("", b) in flat:
                    err(f"{name} t{i}: banned phrase {b}")
            nt = norm(text)
            hits = set()
            for k in range(len(nt) - 9):
                g = nt[k:k + 10]
                if g in idx and len(CJK.findall(g)) >= 5:
                    hits.add((g, idx[g]))
            for g, src in sorted(hits):
                err(f"{name} t{i}: 10-char run shared with {src}: {g}")
        for i in range(1, len(roles)):
            if roles[i] == roles[i - 1]:
                warn(f"{name} t{i}: two {roles[i]} turns in a row")
        if "trainee" not in roles or "visitor" not in roles:
            err(f"{name}: needs both roles")
        lab = d["label"]
        if set(lab) != {"overall", "stages_done", "violations"}:
            err(f"{name}: label fields {sorted(lab)}")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err(f"{name}: overall {ov!r}")
            continue
        st = lab["stages_done"]
        if any(s not in STAGES for s in st) or len(set(st)) != len(st):
            err(f"{name}: stages {st}")
        elif st != [s for s in STAGES if s in st]:
            err(f"{name}: stages not in canonical order")
        codes = set()
        pairs = set()
        last = -1
        for v in lab["violations"]:
            if set(v) != {"code", "turn"}:
                err(f"{name}: violation fields {v}")
                continue
            c, ti = v["code"], v["turn"]
            if c not in CODES:
                err(f"{name}: unknown code {c}")
            if not isinstance(ti, int) or not 0 <= ti < len(turns):
                err(f"{name}: violation turn {ti} out of range")
                continue
            if turns[ti]["role"] != "trainee":
                err(f"{name}: violation turn {ti} is not a trainee turn")
            if (c, ti) in pairs:
                err(f"{name}: duplicate violation {c}@{ti}")
            if ti < last:
                err(f"{name}: violations not sorted by turn")
            last = ti
            pairs.add((c, ti))
            codes.add(c)
        breach = bool(codes & BREACH) or (persona == "unwell" and "confront" in codes)
        if breach and ov > 40:
            err(f"{name}: compliance breach but overall {ov} > 40")
        # sanity hints against the quality tag
        n = len(turns)
        bands = {"excellent": (90, 100), "good": (80, 89), "short_good": (70, 79),
                 "mediocre": (40, 69), "bad": (0, 44), "long_bad": (0, 44)}
        lo, hi = bands[quality]
        if not lo <= ov <= hi:
            warn(f"{name}: overall {ov} outside the usual band for {quality}")
        if quality == "short_good" and n > 10:
            warn(f"{name}: short_good with {n} turns")
        if quality == "long_bad" and n < 20:
            warn(f"{name}: long_bad with only {n} turns")
        if quality in ("excellent", "good") and (codes or len(st) < 6):
            warn(f"{name}: {quality} with faults or missing stages")
        if not codes and len(st) == 6 and ov < 70:
            warn(f"{name}: clean six-stage talk scored {ov}")
        if len(st) <= 1 and ov > 45:
            warn(f"{name}: {len(st)} stages but overall {ov}")
    print(f"{len(files)} files, {errors} errors, {warnings} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
