#!/usr/bin/env python3
"""Check the hand-written talks in this folder.

Run from anywhere:  python3 testdata/talks-fresh13/validate.py
Exit code 0 when clean, 1 when any problem was found.

Checks: file name vs fields, field sets, personas/qualities/stages/codes,
4-30 turns, roles, violation indices on trainee turns, stage order,
compliance-breach cap (<= 40), full-width punctuation in Chinese text,
banned example phrases from the rubric, and 10-character runs shared with
the corpus, DOMAIN.md and the two READMEs (copy check).
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

ASCII_BAD = set(',?!;:"\'()')

# Example phrases of the rubric (and the task brief) that must not be reused.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票",
    "特殊照顾", "回去等通知", "有关部门", "相关单位", "一分也少不了",
    "心意我领了", "你这话就不对了", "根本没这回事", "以人民为中心",
    "找我们也没用", "我也说不好", "先坐，有话慢慢说", "先坐,有话慢慢说",
    "有话慢慢说", "不识字就回去找个识字的", "你这是脑子有病", "哭有什么用",
    "你吼什么吼", "从办公室经费里给你拿两千", "救助指标给你留一个",
    "镇上招人先给你儿子打个招呼", "保证批下来", "这个确实不是地契",
    "切实维护", "请您相信党和政府", "我们研究研究",
    "我们一定认真听取您的意见", "您反映的问题我们一定会认真对待",
    "我不能保证", "能报的一分不会少您的", "能办的一定给你办", "不闹也给",
    "核实符合条件的", "我今天就打电话", "两周内书面答复", "我帮你递复查申请",
    "红包你收回去", "饭我也不去", "换回来不现实", "堵门也改不了片区",
    "这个难受是真真的", "电脑的事我跟村里说一声", "你好，坐吧", "你好,坐吧",
    "什么事？", "什么事?", "今天是什么事", "什么问题你说",
    "您的情况我们都了解了", "去社保局问", "我会跟有关部门反映",
    "您当时要是坚持签个合同", "你自己想办法吧", "你自己找去",
    "回村里问问吧", "该是您的",
]

COPY_SOURCES = sorted(glob.glob("/work/shared/corpus/*.txt")) + [
    "/work/shared/DOMAIN.md",
    os.path.join(REPO, "testdata", "talks", "README.md"),
    os.path.join(REPO, "testdata", "lines", "README.md"),
]
RUN = 10

CJK = re.compile(r"[\u4e00-\u9fff]")
NAME = re.compile(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$")


def load_source_runs():
    runs = {}
    for path in COPY_SOURCES:
        try:
            with open(path, encoding="utf-8", errors="ignore") as fh:
                text = re.sub(r"\s+", "", fh.read())
        except OSError:
            print(f"WARN cannot read copy source {path}")
            continue
        for i in range(len(text) - RUN + 1):
            chunk = text[i:i + RUN]
            if CJK.search(chunk):
                runs.setdefault(chunk, os.path.basename(path))
    return runs


def main():
    problems = []
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if not files:
        problems.append("no talk files found")
    runs = load_source_runs()
    seen_ids = set()
    for path in files:
        fname = os.path.basename(path)

        def bad(msg):
            problems.append(f"{fname}: {msg}")

        try:
            with open(path, encoding="utf-8") as fh:
                talk = json.load(fh)
        except Exception as exc:  # noqa: BLE001
            bad(f"invalid JSON: {exc}")
            continue
        m = NAME.match(fname)
        if not m:
            bad("file name does not match <persona>-<nn>-<quality>.json")
            continue
        persona, nn, quality = m.groups()
        if (persona, nn) in seen_ids:
            bad("duplicate persona number")
        seen_ids.add((persona, nn))
        if set(talk) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            bad(f"field set {sorted(talk)}")
            continue
        if talk["persona"] != persona or persona not in PERSONAS:
            bad("persona mismatch or unknown")
        if talk["quality"] != quality or quality not in QUALITIES:
            bad("quality mismatch or unknown")
        if talk["scenario"] != "":
            bad("scenario must be empty")
        if not isinstance(talk["note"], str) or len(talk["note"]) < 40:
            bad("note missing or too short")
        elif CJK.search(talk["note"]):
            bad("note should be English")
        turns = talk["turns"]
        if not (4 <= len(turns) <= 30):
            bad(f"{len(turns)} turns, want 4-30")
        roles = []
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"}:
                bad(f"turn {i} fields {sorted(t)}")
                continue
            if t["role"] not in ("visitor", "trainee"):
                bad(f"turn {i} role {t['role']}")
            roles.append(t["role"])
            text = t["text"]
            if not text.strip():
                bad(f"turn {i} empty")
            if CJK.search(text):
                asc = sorted(set(ch for ch in text if ch in ASCII_BAD))
                if asc:
                    bad(f"turn {i} ASCII punctuation {asc}")
                if re.search(r"[\u4e00-\u9fff]\.|\.[\u4e00-\u9fff]", text):
                    bad(f"turn {i} ASCII full stop")
            for phrase in BANNED:
                if phrase in text:
                    bad(f"turn {i} banned phrase {phrase!r}")
            for j in range(len(text) - RUN + 1):
                chunk = text[j:j + RUN]
                if chunk in runs:
                    bad(f"turn {i} shares {chunk!r} with {runs[chunk]}")
        if "trainee" not in roles or "visitor" not in roles:
            bad("both roles must appear")
        label = talk["label"]
        if set(label) != {"overall", "stages_done", "violations"}:
            bad(f"label fields {sorted(label)}")
            continue
        ov = label["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            bad("overall must be an int 0-100")
        st = label["stages_done"]
        if any(s not in STAGES for s in st) or len(set(st)) != len(st):
            bad(f"bad stages {st}")
        elif st != [s for s in STAGES if s in st]:
            bad("stages not in canonical order")
        pairs = set()
        breach = False
        for v in label["violations"]:
            if set(v) != {"code", "turn"}:
                bad(f"violation fields {sorted(v)}")
                continue
            if v["code"] not in CODES:
                bad(f"unknown code {v['code']}")
            ti = v["turn"]
            if not isinstance(ti, int) or not 0 <= ti < len(turns):
                bad(f"violation turn {ti} out of range")
                continue
            if turns[ti]["role"] != "trainee":
                bad(f"violation turn {ti} is not a trainee turn")
            if (v["code"], ti) in pairs:
                bad(f"duplicate violation {v}")
            pairs.add((v["code"], ti))
            if v["code"] in BREACH or (v["code"] == "confront" and persona == "unwell"):
                breach = True
        if breach and isinstance(ov, int) and ov > 40:
            bad(f"compliance breach but overall {ov} > 40")
        if quality in ("excellent", "good", "short_good") and label["violations"]:
            print(f"NOTE {fname}: {quality} talk carries violations")
        if quality == "excellent" and isinstance(ov, int) and ov < 90:
            print(f"NOTE {fname}: excellent but overall {ov}")
        if quality == "long_bad" and len(turns) < 18:
            print(f"NOTE {fname}: long_bad with only {len(turns)} turns")
        if quality == "short_good" and len(turns) > 12:
            print(f"NOTE {fname}: short_good with {len(turns)} turns")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(files)} files checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
