#!/usr/bin/env python3
"""Validate the hand-written talks in this folder.

Checks, per file:
  * file name <persona>-<nn>-<quality>.json matches the fields;
  * exact field set, scenario empty, roles, 4-30 turns;
  * label: overall 0-100 int, stages known and in canonical order,
    violation codes known, every violation turn points at a trainee turn,
    no duplicate (code, turn);
  * a compliance breach (false_promise, buy_peace, accept_gift, or confront
    with an unwell visitor) caps overall at 40;
  * Chinese text uses full-width punctuation only;
  * banned phrases (the rubric's example wordings) do not occur;
  * no 10-character run of a turn is shared with the corpus, DOMAIN.md or the
    README sections we were allowed to read (copy check; punctuation and
    whitespace removed on both sides before comparing).

Run from anywhere:  python3 testdata/talks-fresh28/validate.py
Exit status 0 when clean.
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
BREACH = {"false_promise", "buy_peace", "accept_gift"}

# Example wordings from the brief and the rubric that must not be reused.
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票",
    "特殊照顾", "回去等通知", "有关部门", "相关单位", "一分也少不了",
    "心意我领了", "你这话就不对了", "根本没这回事", "以人民为中心",
    "找我们也没用", "我也说不好", "有话慢慢说", "不识字就回去找个识字的",
    "你这是脑子有病", "哭有什么用", "你吼什么吼", "从办公室经费里",
    "救助指标给你留", "先给你儿子打个招呼", "这个确实不是地契",
    "我们一定认真听取", "您的情况我们都了解了", "我会跟有关部门反映",
    "去社保局问", "坚持签个合同", "我不能保证", "一分不会少您的",
    "能办的一定给你办", "我今天就打电话", "两周内书面答复", "我帮你递复查申请",
    "换回来不现实", "堵门也改不了片区", "这个难受是真真的",
    "电脑的事我跟村里说一声", "你好，坐吧", "你好,坐吧", "什么问题你说",
    "今天是什么事", "我不敢说一定能办成", "保证批下来", "你自己想办法吧",
    "你自己找去", "切实维护", "请您相信党和政府", "不闹也给", "红包你收回去",
]

ASCII_PUNCT = set(",?!;:\"'()")
CJK = re.compile(r"[\u3400-\u9fff]")
KEEP = re.compile(r"[\u3400-\u9fffA-Za-z0-9]")
RUN = 10


def norm(s):
    return "".join(ch for ch in s if KEEP.match(ch))


def sections(path, wanted):
    """Lines of the markdown sections whose heading text is in `wanted`
    (a section runs until the next heading of the same or higher level)."""
    out, keep, level = [], False, 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^(#+)\s+(.*)$", line)
            if m:
                lv, title = len(m.group(1)), m.group(2).strip()
                if keep and lv <= level:
                    keep = False
                if title in wanted:
                    keep, level = True, lv
            if keep:
                out.append(line)
    return "".join(out)


def reference_runs():
    texts = []
    corpus = os.path.join(SHARED, "corpus")
    for name in sorted(os.listdir(corpus)):
        with open(os.path.join(corpus, name), encoding="utf-8") as f:
            texts.append(f.read())
    with open(os.path.join(SHARED, "DOMAIN.md"), encoding="utf-8") as f:
        texts.append(f.read())
    texts.append(sections(os.path.join(REPO, "testdata", "talks", "README.md"),
                          {"Format", "Labelling rubric"}))
    texts.append(sections(os.path.join(REPO, "testdata", "lines", "README.md"),
                          {"Format"}))
    runs = set()
    for t in texts:
        n = norm(t)
        for i in range(len(n) - RUN + 1):
            chunk = n[i:i + RUN]
            if CJK.search(chunk):
                runs.add(chunk)
    return runs


def check_file(path, runs, errors):
    name = os.path.basename(path)
    err = lambda msg: errors.append(f"{name}: {msg}")
    try:
        with open(path, encoding="utf-8") as f:
            t = json.load(f)
    except Exception as e:  # noqa: BLE001
        err(f"bad JSON: {e}")
        return None
    m = re.match(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$", name)
    if not m:
        err("file name not <persona>-<nn>-<quality>.json")
        return None
    if set(t) != {"persona", "scenario", "quality", "note", "turns", "label"}:
        err(f"field set {sorted(t)}")
    if t.get("persona") != m.group(1) or t.get("persona") not in PERSONAS:
        err("persona mismatch")
    if t.get("quality") != m.group(3) or t.get("quality") not in QUALITIES:
        err("quality mismatch")
    if t.get("scenario") != "":
        err("scenario not empty")
    note = t.get("note", "")
    if not note or CJK.search(note) and len(CJK.findall(note)) > len(note) / 3:
        err("note missing or not English")
    turns = t.get("turns", [])
    if not 4 <= len(turns) <= 30:
        err(f"{len(turns)} turns")
    for i, tr in enumerate(turns):
        if set(tr) != {"role", "text"} or tr["role"] not in ("visitor", "trainee"):
            err(f"turn {i} bad shape")
            continue
        text = tr["text"]
        if not text.strip():
            err(f"turn {i} empty")
        if CJK.search(text):
            bad = sorted(set(ch for ch in text if ch in ASCII_PUNCT))
            if bad:
                err(f"turn {i} ASCII punctuation {bad}")
        for b in BANNED:
            if b in text:
                err(f"turn {i} banned phrase {b!r}")
        n = norm(text)
        for j in range(len(n) - RUN + 1):
            if n[j:j + RUN] in runs:
                err(f"turn {i} shares a {RUN}-char run with the references: {n[j:j + RUN]}")
                break
    for b in BANNED:
        if b in note:
            err(f"note contains banned phrase {b!r}")
    lab = t.get("label", {})
    if set(lab) != {"overall", "stages_done", "violations"}:
        err(f"label fields {sorted(lab)}")
        return None
    ov = lab["overall"]
    if not isinstance(ov, int) or not 0 <= ov <= 100:
        err("overall not int 0-100")
    st = lab["stages_done"]
    if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
        err(f"stages not canonical: {st}")
    seen = set()
    breach = False
    for v in lab["violations"]:
        if set(v) != {"code", "turn"} or v["code"] not in CODES:
            err(f"bad violation {v}")
            continue
        k = v["turn"]
        if not isinstance(k, int) or not 0 <= k < len(turns) or turns[k]["role"] != "trainee":
            err(f"violation {v} does not point at a trainee turn")
        if (v["code"], k) in seen:
            err(f"duplicate violation {v}")
        seen.add((v["code"], k))
        if v["code"] in BREACH or (v["code"] == "confront" and t["persona"] == "unwell"):
            breach = True
    if breach and isinstance(ov, int) and ov > 40:
        err(f"compliance breach but overall {ov} > 40")
    turn_order = [v["turn"] for v in lab["violations"]]
    if turn_order != sorted(turn_order):
        err("violations not in turn order")
    return t


def main():
    runs = reference_runs()
    errors = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".json"))
    for f in files:
        check_file(os.path.join(HERE, f), runs, errors)
    for e in errors:
        print(e)
    print(f"{len(files)} files, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
