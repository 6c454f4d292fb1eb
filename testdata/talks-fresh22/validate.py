#!/usr/bin/env python3
"""Check the hand-labelled talks in this folder.

Run from anywhere:  python3 testdata/talks-fresh22/validate.py
Exit code 0 when clean, 1 when any problem was found.

Checks
- file name <persona>-<nn>-<quality>.json matches the fields
- field set, roles, 4-30 turns, scenario empty, overall 0-100 int
- stages_done are known keys in canonical order, no duplicates
- violation codes known, turn index in range and pointing at a trainee turn
- label consistency: a compliance breach caps overall at 40; overall sits in
  the band expected for the quality; short_good is short, long_bad is long
- Chinese text uses full-width punctuation (no ASCII ,?!;:"'() in any text
  that contains CJK), and the English note holds no CJK
- banned phrases (the rubric's own example wording) do not appear
- no 10-character run is shared with the corpus, DOMAIN.md or the README
  sections that were read (raw text and punctuation-stripped text)
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = "/work/shared"

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

# overall range expected for each quality (a sanity check on my own labels)
QUALITY_BAND = {
    "excellent": (90, 100),
    "good": (80, 89),
    "short_good": (68, 82),
    "mediocre": (44, 69),
    "bad": (0, 44),
    "long_bad": (0, 44),
}

# the rubric's example phrases and close variants: must not appear anywhere
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管",
    "不归我们管", "就这一回", "尽量给您争取", "尽量给你争取", "说不定能给你办",
    "打包票", "特殊照顾", "回去等通知", "有关部门", "相关单位", "一分也少不了",
    "心意我领了", "你这话就不对了", "根本没这回事", "以人民为中心", "找我们也没用",
    "我也说不好", "先坐，有话慢慢说", "有话慢慢说", "哭有什么用", "你吼什么吼",
    "吼什么吼", "不识字就回去", "脑子有病", "切实维护", "相信党和政府",
    "你自己想办法吧", "你自己找去", "办公室经费", "救助指标给你留", "打个招呼",
    "我不能保证", "我不敢说一定能办成", "能办的一定给你办", "该是您的",
    "能报的一分不会少", "不闹也给", "我今天就打电话", "两周内书面答复",
    "我帮你递复查申请", "红包你收回去", "换回来不现实", "堵门也改不了",
    "这个难受是真真的", "电脑的事我跟村里说一声", "认真听取", "好的好的",
    "对吧", "漏了什么没有", "什么问题你说", "今天是什么事", "什么事？",
    "您的情况我们都了解了", "我们一定认真听取您的意见", "这个确实不是地契",
    "看看能不能特殊照顾", "保证批下来", "哭有啥用",
]

ASCII_PUNCT = re.compile(r"[,?!;:\"'()]")
CJK = re.compile(r"[\u3400-\u9fff]")
STRIP = re.compile(r"[^\u3400-\u9fffA-Za-z0-9]")
RUN = 10


def readme_sections(path, wanted):
    """Return the text of the named '## ' sections (with their subsections)."""
    out, keep = [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("## "):
                keep = line[3:].strip() in wanted
            if keep:
                out.append(line)
    return "".join(out)


def reference_texts():
    texts = []
    for p in sorted(glob.glob(os.path.join(SHARED, "corpus", "*.txt"))):
        texts.append(open(p, encoding="utf-8", errors="replace").read())
    texts.append(open(os.path.join(SHARED, "DOMAIN.md"), encoding="utf-8").read())
    texts.append(readme_sections(os.path.join(ROOT, "testdata/talks/README.md"),
                                 {"Format", "Labelling rubric"}))
    texts.append(readme_sections(os.path.join(ROOT, "testdata/lines/README.md"),
                                 {"Format"}))
    return texts


def ngrams(s, n=RUN):
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def main():
    problems = []

    def bad(fname, msg):
        problems.append(f"{fname}: {msg}")

    refs = reference_texts()
    ref_raw, ref_strip = set(), set()
    for t in refs:
        ref_raw |= ngrams(t)
        ref_strip |= ngrams(STRIP.sub("", t))

    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if len(files) != 36:
        problems.append(f"expected 36 talks, found {len(files)}")
    seen_nums = {}
    for path in files:
        fname = os.path.basename(path)
        try:
            d = json.load(open(path, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            bad(fname, f"invalid JSON: {e}")
            continue
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", fname)
        if not m:
            bad(fname, "bad file name")
            continue
        persona, nn, quality = m.groups()
        seen_nums.setdefault(persona, []).append(nn)
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            bad(fname, f"field set {sorted(d)}")
        if d.get("persona") != persona or persona not in PERSONAS:
            bad(fname, "persona mismatch")
        if d.get("quality") != quality or quality not in QUALITIES:
            bad(fname, "quality mismatch")
        if d.get("scenario") != "":
            bad(fname, "scenario must be empty")
        note = d.get("note", "")
        if not isinstance(note, str) or len(note) < 40:
            bad(fname, "note missing or too short")
        if CJK.search(note):
            bad(fname, "note should be English only")

        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30:
            bad(fname, f"{len(turns)} turns")
        roles = []
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"}:
                bad(fname, f"turn {i} fields {sorted(t)}")
            if t.get("role") not in ("visitor", "trainee"):
                bad(fname, f"turn {i} role {t.get('role')}")
            roles.append(t.get("role"))
            text = t.get("text", "")
            if not text.strip():
                bad(fname, f"turn {i} empty")
            if CJK.search(text) and ASCII_PUNCT.search(text):
                bad(fname, f"turn {i} ASCII punctuation: {ASCII_PUNCT.findall(text)}")
            for b in BANNED:
                if b in text:
                    bad(fname, f"turn {i} banned phrase {b}")
            hits = ngrams(text) & ref_raw
            hits |= ngrams(STRIP.sub("", text)) & ref_strip
            for h in sorted(hits):
                bad(fname, f"turn {i} shares a {RUN}-char run with the references: {h}")
        for i in range(1, len(roles)):
            if roles[i] == roles[i - 1]:
                bad(fname, f"turns {i-1} and {i} have the same role")
        if "trainee" not in roles or "visitor" not in roles:
            bad(fname, "needs both roles")

        label = d.get("label", {})
        if set(label) != {"overall", "stages_done", "violations"}:
            bad(fname, f"label fields {sorted(label)}")
        overall = label.get("overall")
        if not isinstance(overall, int) or not 0 <= overall <= 100:
            bad(fname, f"overall {overall}")
            continue
        stages = label.get("stages_done", [])
        if any(s not in STAGES for s in stages):
            bad(fname, f"unknown stage in {stages}")
        elif stages != [s for s in STAGES if s in stages]:
            bad(fname, "stages not in canonical order or duplicated")
        viols = label.get("violations", [])
        codes = set()
        pairs = set()
        for v in viols:
            if set(v) != {"code", "turn"}:
                bad(fname, f"violation fields {v}")
                continue
            if v["code"] not in CODES:
                bad(fname, f"unknown code {v['code']}")
            ti = v["turn"]
            if not isinstance(ti, int) or not 0 <= ti < len(turns):
                bad(fname, f"violation turn {ti} out of range")
            elif turns[ti]["role"] != "trainee":
                bad(fname, f"violation turn {ti} is not a trainee turn")
            if (v["code"], ti) in pairs:
                bad(fname, f"duplicate violation {v}")
            pairs.add((v["code"], ti))
            codes.add(v["code"])
        if [ (v["turn"], v["code"]) for v in viols ] != sorted((v["turn"], v["code"]) for v in viols):
            # only order by turn matters; codes within a turn may be in any order
            if [v["turn"] for v in viols] != sorted(v["turn"] for v in viols):
                bad(fname, "violations not ordered by turn")
        breach = bool(codes & BREACH) or (persona == "unwell" and "confront" in codes)
        if breach and overall > 40:
            bad(fname, f"compliance breach but overall {overall} > 40")
        lo, hi = QUALITY_BAND[quality]
        if not lo <= overall <= hi:
            bad(fname, f"overall {overall} outside {quality} band {lo}-{hi}")
        if quality in ("excellent", "good") and (viols or len(stages) < 5):
            bad(fname, f"{quality} with faults or fewer than five stages")
        if quality == "excellent" and len(stages) != 6:
            bad(fname, "excellent needs all six stages")
        if quality == "short_good" and (len(turns) > 10 or viols):
            bad(fname, "short_good should be short and clean")
        if quality == "long_bad" and len(turns) < 18:
            bad(fname, "long_bad should be long")
        if not viols and overall < 44 and quality not in ("bad", "long_bad"):
            bad(fname, "low score without faults for a non-bad quality")

    for persona, nums in seen_nums.items():
        if sorted(nums) != [f"{i:02d}" for i in range(1, len(nums) + 1)]:
            problems.append(f"{persona}: numbering {sorted(nums)}")
    missing = set(PERSONAS) - set(seen_nums)
    if missing:
        problems.append(f"personas missing: {sorted(missing)}")

    for p in problems:
        print(p)
    print(f"{len(files)} files checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
