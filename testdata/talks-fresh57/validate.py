#!/usr/bin/env python3
"""Validator for the hand-labelled talks in this folder.

Checks: JSON format and field set, file name vs persona/quality, roles,
turn count 4-30, stage keys in canonical order, violation codes and that
each violation points at a trainee turn, the compliance cap (overall <= 40
when a breach is labelled), full-width punctuation in Chinese text, a
banned-phrase list (the rubric's example phrases), and a copy check that
reports any 10-character run shared with the corpus, DOMAIN.md or the two
READMEs. Exit code 1 on any problem.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SOURCES = (
    glob.glob("/work/shared/corpus/*.txt")
    + ["/work/shared/DOMAIN.md",
       os.path.join(ROOT, "testdata/talks/README.md"),
       os.path.join(ROOT, "testdata/lines/README.md")]
)

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
FIELDS = ["persona", "scenario", "quality", "note", "turns", "label"]
LABEL_FIELDS = ["overall", "stages_done", "violations"]

BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "尽量给你争取", "给您争取", "给你争取",
    "说不定能给你办", "打包票", "特殊照顾", "回去等通知", "等通知", "有关部门",
    "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说",
    "不识字就回去", "脑子有病", "哭有什么用", "你吼什么吼", "你自己找去",
    "你自己想办法吧", "从办公室经费里", "救助指标", "打个招呼就给你",
    "这个确实不是地契", "切实维护", "相信党和政府", "认真听取您的意见",
    "保证批下来", "我不能保证", "能办的一定给你办", "一分不会少", "不闹也给",
    "换回来不现实", "堵门也改不了", "这个难受是真真的", "电脑的事我跟村里说一声",
    "红包你收回去", "什么问题你说", "今天是什么事", "增人不增地",
    "我今天就打电话", "两周内书面答复", "我帮你递复查申请", "我不敢说一定能办成",
    "什么事？",
]
ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r"[\u4e00-\u9fff]")


def chinese_fields(talk):
    for i, t in enumerate(talk.get("turns", [])):
        yield "turns[%d]" % i, t.get("text", "")


def load_source_grams(n=10):
    grams = set()
    for path in SOURCES:
        try:
            text = open(path, encoding="utf-8", errors="ignore").read()
        except OSError:
            print("WARN cannot read source", path)
            continue
        text = re.sub(r"\s+", "", text)
        for i in range(len(text) - n + 1):
            grams.add(text[i:i + n])
    return grams


def main():
    problems = []
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    grams = load_source_grams()
    for path in files:
        name = os.path.basename(path)
        def bad(msg):
            problems.append("%s: %s" % (name, msg))
        try:
            talk = json.load(open(path, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            bad("invalid JSON: %s" % e)
            continue
        if list(talk.keys()) != FIELDS:
            bad("fields %s" % list(talk.keys()))
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", name)
        if not m:
            bad("file name pattern")
        else:
            if m.group(1) != talk.get("persona"):
                bad("persona does not match file name")
            if m.group(3) != talk.get("quality"):
                bad("quality does not match file name")
        if talk.get("persona") not in PERSONAS:
            bad("unknown persona")
        if talk.get("quality") not in QUALITIES:
            bad("unknown quality")
        if talk.get("scenario") != "":
            bad("scenario must be empty")
        note = talk.get("note", "")
        if not note or CJK.search(note) and len(CJK.findall(note)) > 20:
            bad("note must be English")
        turns = talk.get("turns", [])
        if not 4 <= len(turns) <= 30:
            bad("turn count %d" % len(turns))
        for i, t in enumerate(turns):
            if list(t.keys()) != ["role", "text"]:
                bad("turn %d keys" % i)
            if t.get("role") not in ("visitor", "trainee"):
                bad("turn %d role" % i)
            if not t.get("text"):
                bad("turn %d empty" % i)
        label = talk.get("label", {})
        if list(label.keys()) != LABEL_FIELDS:
            bad("label fields %s" % list(label.keys()))
        overall = label.get("overall")
        if not isinstance(overall, int) or not 0 <= overall <= 100:
            bad("overall")
        stages = label.get("stages_done", [])
        if any(s not in STAGES for s in stages) or \
                stages != [s for s in STAGES if s in stages]:
            bad("stages not canonical: %s" % stages)
        breach = False
        for v in label.get("violations", []):
            if list(v.keys()) != ["code", "turn"]:
                bad("violation keys")
            code, ti = v.get("code"), v.get("turn")
            if code not in CODES:
                bad("unknown code %s" % code)
            if not isinstance(ti, int) or not 0 <= ti < len(turns) \
                    or turns[ti]["role"] != "trainee":
                bad("violation %s at %s is not a trainee turn" % (code, ti))
            if code in ("false_promise", "buy_peace", "accept_gift"):
                breach = True
            if code == "confront" and talk.get("persona") == "unwell":
                breach = True
        if breach and isinstance(overall, int) and overall > 40:
            bad("compliance breach but overall %d > 40" % overall)
        if not breach and stages == STAGES and not label.get("violations") \
                and isinstance(overall, int) and overall < 60:
            bad("all stages, no faults, but overall < 60")
        for where, text in chinese_fields(talk):
            if CJK.search(text):
                asc = sorted(set(text) & ASCII_PUNCT)
                if asc:
                    bad("%s ASCII punctuation %s" % (where, asc))
            for b in BANNED:
                if b in text:
                    bad("%s banned phrase %s" % (where, b))
            flat = re.sub(r"\s+", "", text)
            for i in range(len(flat) - 9):
                g = flat[i:i + 10]
                if g in grams:
                    bad("%s shares 10 chars with sources: %s" % (where, g))
                    break
    for p in problems:
        print(p)
    print("%d files, %d problems" % (len(files), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
