#!/usr/bin/env python3
"""Checks the hand-written talks in this folder.

Run from anywhere:  python3 testdata/talks-fresh25/validate.py
Checks: JSON format and field sets, file name vs persona/quality, roles,
turn range 4-30, stage keys and canonical order, violation codes and that each
violation points at a trainee turn, the compliance-breach cap (<= 40),
full-width punctuation in Chinese text, English-only notes, a banned-phrase
list (the rubric's example phrases), and any 10-character run shared with the
reference texts (corpus, DOMAIN.md, the allowed README sections).
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = "/work/shared"

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

# Example phrases of the rubric (and close variants) that must not be reused.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票",
    "特殊照顾", "回去等通知", "等通知", "有关部门", "相关单位", "一分也少不了",
    "心意我领了", "你这话就不对了", "根本没这回事", "以人民为中心", "找我们也没用",
    "我也说不好", "有话慢慢说", "慢慢说", "不识字", "脑子有病", "哭有什么用",
    "你吼什么吼", "办公室经费", "救助指标给你留", "先给你儿子打个招呼",
    "切实维护", "相信党和政府", "认真听取您的意见", "不是地契", "我不能保证",
    "能报的一分不会少", "能办的一定给你办", "不闹也给", "我今天就打电话",
    "两周内书面答复", "我帮你递复查申请", "红包你收回去", "换回来不现实",
    "堵门也改不了片区", "这个难受是真真的", "电脑的事我跟村里说一声",
    "你自己想办法吧", "你自己找去", "您当时要是坚持签个合同", "什么事",
    "什么问题你说", "今天是什么事", "你好，坐吧", "不可能", "我尽量",
    "花钱买平安", "大闹大解决", "听着、答应着", "千万不要呛着", "来访必接",
    "尽快劝返", "欢迎话", "定心话", "希望话", "增人不增地",
]

ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r"[\u4e00-\u9fff]")
STRIP = re.compile(r"[^\u4e00-\u9fff0-9A-Za-z]")


def sections(path, wanted):
    """Return the text of the markdown sections whose heading is in wanted."""
    out, keep, level = [], False, 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"^(#+)\s+(.*)", line)
            if m:
                lv, title = len(m.group(1)), m.group(2).strip()
                if title in wanted:
                    keep, level = True, lv
                elif keep and lv <= level:
                    keep = False
            if keep:
                out.append(line)
    return "".join(out)


def reference_texts():
    refs = {}
    for p in sorted(glob.glob(os.path.join(SHARED, "corpus", "*.txt"))):
        refs[os.path.basename(p)] = open(p, encoding="utf-8").read()
    refs["DOMAIN.md"] = open(os.path.join(SHARED, "DOMAIN.md"), encoding="utf-8").read()
    refs["talks/README.md"] = sections(
        os.path.join(REPO, "testdata", "talks", "README.md"), {"Format", "Labelling rubric"})
    refs["lines/README.md"] = sections(
        os.path.join(REPO, "testdata", "lines", "README.md"), {"Format"})
    return refs


def grams(s, n=10):
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def main():
    errors = []
    refs = reference_texts()
    ref_raw = {k: grams(v) for k, v in refs.items()}
    ref_stripped = {k: grams(STRIP.sub("", v)) for k, v in refs.items()}

    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    for path in files:
        name = os.path.basename(path)
        def err(msg):
            errors.append(f"{name}: {msg}")
        try:
            t = json.load(open(path, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f"bad JSON: {e}")
            continue
        m = re.match(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$", name)
        if not m:
            err("file name not <persona>-<nn>-<quality>.json")
            continue
        if set(t) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"field set {sorted(t)}")
        if t.get("persona") != m.group(1) or t.get("persona") not in PERSONAS:
            err("persona mismatch")
        if t.get("quality") != m.group(3) or t.get("quality") not in QUALITIES:
            err("quality mismatch")
        if t.get("scenario") != "":
            err("scenario not empty")
        note = t.get("note", "")
        if not note or CJK.search(note):
            err("note empty or not English")
        turns = t.get("turns", [])
        if not 4 <= len(turns) <= 30:
            err(f"{len(turns)} turns")
        for i, tr in enumerate(turns):
            if set(tr) != {"role", "text"} or tr["role"] not in ("visitor", "trainee"):
                err(f"turn {i} malformed")
                continue
            if i and turns[i - 1]["role"] == tr["role"]:
                err(f"turn {i} same role as previous")
            txt = tr["text"]
            if not txt.strip():
                err(f"turn {i} empty")
            if CJK.search(txt):
                bad = sorted(set(c for c in txt if c in ASCII_PUNCT))
                if bad:
                    err(f"turn {i} ASCII punctuation {bad}")
            for b in BANNED:
                if b in txt:
                    err(f"turn {i} banned phrase {b}")
            for k, g in ref_raw.items():
                hit = grams(txt) & g
                if hit:
                    err(f"turn {i} shares {sorted(hit)[:3]} with {k}")
            st = STRIP.sub("", txt)
            for k, g in ref_stripped.items():
                hit = grams(st) & g
                if hit:
                    err(f"turn {i} (no punct) shares {sorted(hit)[:3]} with {k}")
        lab = t.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}:
            err("label field set")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall not int 0-100")
        sd = lab["stages_done"]
        if any(s not in STAGES for s in sd) or sd != [s for s in STAGES if s in sd]:
            err(f"stages not canonical: {sd}")
        breach = False
        seen = set()
        for v in lab["violations"]:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                err(f"bad violation {v}")
                continue
            if (v["code"], v["turn"]) in seen:
                err(f"duplicate violation {v}")
            seen.add((v["code"], v["turn"]))
            if not 0 <= v["turn"] < len(turns) or turns[v["turn"]]["role"] != "trainee":
                err(f"violation {v} not on a trainee turn")
            if v["code"] in BREACH or (v["code"] == "confront" and t["persona"] == "unwell"):
                breach = True
        if breach and ov > 40:
            err(f"compliance breach but overall {ov} > 40")
        if lab["violations"] != sorted(lab["violations"], key=lambda v: (v["turn"], v["code"])):
            err("violations not sorted by turn")
        # quality vs score sanity (writer's intent should match the honest label)
        if t["quality"] in ("excellent",) and ov < 88:
            err(f"excellent but overall {ov}")
        if t["quality"] in ("bad", "long_bad") and ov > 45:
            err(f"{t['quality']} but overall {ov}")
        if t["quality"] == "long_bad" and len(turns) < 16:
            err("long_bad with fewer than 16 turns")
        if t["quality"] == "short_good" and len(turns) > 12:
            err("short_good with more than 12 turns")

    print(f"{len(files)} files checked")
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
