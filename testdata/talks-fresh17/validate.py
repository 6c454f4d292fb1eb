#!/usr/bin/env python3
"""Validator for the hand-written talks in this folder.

Checks, per file:
  * file name <persona>-<nn>-<quality>.json and that persona/quality match it
  * exact field set, scenario == "", roles, 4-30 turns, non-empty texts
  * label: overall 0-100 int, stage keys known and in canonical order,
    violation codes known, every violation index points at a trainee turn,
    no duplicate (code, turn) pairs
  * label consistency: a compliance breach (false_promise, buy_peace,
    accept_gift, confront with an unwell visitor) caps overall at 40;
    >= 90 needs all six stages and no violations
  * Chinese text uses full-width punctuation only (no ASCII ,?!;:"'())
  * banned phrases (the rubric's example phrases) do not occur
  * copy check: any 10-character run (punctuation and spaces removed) shared
    with the corpus, DOMAIN.md or the two READMEs is reported

Run from anywhere: python3 validate.py  (exit code 1 if anything is wrong)
"""
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
FIELDS = {"persona", "scenario", "quality", "note", "turns", "label"}
LABEL_FIELDS = {"overall", "stages_done", "violations"}

# The rubric's example phrases (and the opening-line examples); none of them
# may appear in a turn. Written without punctuation so that both comma forms
# are caught (texts are compared with punctuation stripped as well).
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "说不定能给你办", "打包票", "特殊照顾",
    "回去等通知", "有关部门", "相关单位", "一分也少不了", "心意我领了",
    "你这话就不对了", "根本没这回事", "以人民为中心", "找我们也没用",
    "我也说不好", "先坐有话慢慢说", "有话慢慢说", "不识字就回去找个识字的",
    "你这是脑子有病", "哭有什么用", "你吼什么吼", "保证批下来",
    "你自己找去", "你自己想办法吧", "回村里问问", "这个确实不是地契",
    "从办公室经费里", "救助指标给你留一个", "先给你儿子打个招呼",
    "切实维护", "请您相信党和政府", "我们研究研究", "我不能保证",
    "该是您的", "能报的一分不会少", "能办的一定给你办", "不闹也给",
    "核实符合条件的", "我今天就打电话", "两周内书面答复", "我帮你递复查申请",
    "红包你收回去", "饭我也不去", "堵门", "拦车", "换回来不现实",
    "这个难受是真真的", "电脑的事我跟村里说一声", "我们一定认真听取您的意见",
    "我们一定会认真对待", "什么事", "什么问题你说", "你好坐吧",
    "您当时要是坚持签个合同", "我不敢说一定能办成", "我一定去问",
    "我会跟有关部门反映", "去社保局问", "增人不增地", "以老卖老",
    "大闹大解决", "花钱买平安", "千万不要呛着",
]

ASCII_PUNCT = re.compile(r"[,?!;:\"'()]")
CJK = re.compile(r"[\u4e00-\u9fff]")
STRIP = re.compile(r"[\s\W_]+", re.UNICODE)
NAME = re.compile(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$")
RUN = 10


def strip(text):
    return STRIP.sub("", text)


def reference_runs():
    paths = [os.path.join(SHARED, "DOMAIN.md"),
             os.path.join(REPO, "testdata", "talks", "README.md"),
             os.path.join(REPO, "testdata", "lines", "README.md")]
    corpus = os.path.join(SHARED, "corpus")
    if os.path.isdir(corpus):
        paths += [os.path.join(corpus, f) for f in sorted(os.listdir(corpus))]
    runs = {}
    for p in paths:
        try:
            with open(p, encoding="utf-8", errors="ignore") as fh:
                s = strip(fh.read())
        except OSError:
            print("WARN cannot read reference", p)
            continue
        for i in range(len(s) - RUN + 1):
            runs.setdefault(s[i:i + RUN], os.path.basename(p))
    return runs


def check_file(path, runs):
    errs = []
    fname = os.path.basename(path)
    m = NAME.match(fname)
    if not m:
        return ["bad file name"]
    persona, _, quality = m.groups()
    try:
        with open(path, encoding="utf-8") as fh:
            t = json.load(fh)
    except Exception as e:  # noqa: BLE001
        return ["invalid JSON: %s" % e]
    if set(t) != FIELDS:
        errs.append("fields %s" % sorted(t))
        return errs
    if t["persona"] != persona or persona not in PERSONAS:
        errs.append("persona %r vs file name" % t["persona"])
    if t["quality"] != quality or quality not in QUALITIES:
        errs.append("quality %r vs file name" % t["quality"])
    if t["scenario"] != "":
        errs.append("scenario must be empty")
    note = t["note"] if isinstance(t["note"], str) else ""
    letters = sum(1 for ch in note if ch.isascii() and ch.isalpha())
    if len(note) < 40 or letters < 0.7 * len(strip(note)):
        errs.append("note must be English (short Chinese quotes allowed)")
    turns = t["turns"]
    if not (4 <= len(turns) <= 30):
        errs.append("turn count %d" % len(turns))
    for i, tr in enumerate(turns):
        if set(tr) != {"role", "text"}:
            errs.append("turn %d fields" % i)
            continue
        if tr["role"] not in ("visitor", "trainee"):
            errs.append("turn %d role %r" % (i, tr["role"]))
        txt = tr["text"]
        if not txt.strip():
            errs.append("turn %d empty" % i)
        if CJK.search(txt) and ASCII_PUNCT.search(txt):
            errs.append("turn %d ASCII punctuation: %r" % (i, ASCII_PUNCT.findall(txt)))
        if "..." in txt:
            errs.append("turn %d ASCII ellipsis" % i)
        flat = strip(txt)
        for b in BANNED:
            if b in txt or b in flat:
                errs.append("turn %d banned phrase %r" % (i, b))
        for j in range(len(flat) - RUN + 1):
            run = flat[j:j + RUN]
            if run in runs:
                errs.append("turn %d copies %r from %s" % (i, run, runs[run]))
                break
    lab = t["label"]
    if set(lab) != LABEL_FIELDS:
        errs.append("label fields %s" % sorted(lab))
        return errs
    ov = lab["overall"]
    if not isinstance(ov, int) or not 0 <= ov <= 100:
        errs.append("overall %r" % ov)
    sd = lab["stages_done"]
    if any(s not in STAGES for s in sd) or sd != [s for s in STAGES if s in sd]:
        errs.append("stages_done not canonical: %s" % sd)
    seen = set()
    breach = False
    for v in lab["violations"]:
        if set(v) != {"code", "turn"}:
            errs.append("violation fields %s" % v)
            continue
        c, k = v["code"], v["turn"]
        if c not in CODES:
            errs.append("unknown code %r" % c)
        if not isinstance(k, int) or not 0 <= k < len(turns) or turns[k]["role"] != "trainee":
            errs.append("violation %s at %r is not a trainee turn" % (c, k))
        if (c, k) in seen:
            errs.append("duplicate violation %s@%d" % (c, k))
        seen.add((c, k))
        if c in ("false_promise", "buy_peace", "accept_gift") or (c == "confront" and persona == "unwell"):
            breach = True
    if breach and isinstance(ov, int) and ov > 40:
        errs.append("compliance breach but overall %d > 40" % ov)
    if isinstance(ov, int) and ov >= 90 and (len(sd) < 6 or lab["violations"]):
        errs.append("overall >= 90 needs six stages and no violations")
    return errs


def main():
    runs = reference_runs()
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".json"))
    bad = 0
    for f in files:
        errs = check_file(os.path.join(HERE, f), runs)
        for e in errs:
            print("%s: %s" % (f, e))
        bad += bool(errs)
    print("%d files checked, %d with problems" % (len(files), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
