#!/usr/bin/env python3
"""Validate the hand-labelled talks in this folder.

Checks: file name vs fields, field sets, roles, 4-30 turns, stage keys and
order, violation codes and indices (trainee turns only), label consistency
(compliance cap, quality bands), full-width punctuation in Chinese text,
banned rubric phrases, and 10-character runs shared with the sources read
(corpus, DOMAIN.md, the two README sections).
Run from anywhere: python3 validate.py
"""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}
BANNED = ["胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管", "就这一回",
          "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知",
          "有关部门", "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
          "以人民为中心", "找我们也没用", "我也说不好", "先坐，有话慢慢说", "有话慢慢说",
          "不识字就回去", "脑子有病", "哭有什么用", "你吼什么", "从办公室经费", "救助指标给你留",
          "给你儿子打个招呼", "这个确实不是地契", "请您相信党和政府", "一分不会少您的",
          "能办的一定给你办", "不闹也给", "这个难受是真真的", "电脑的事我跟村里说",
          "红包你收回去", "换回来不现实", "堵门也改不了", "我不能保证", "我不敢说一定能办成",
          "该是您的", "能报的一分", "我们一定认真听取您的意见", "您当时要是坚持签个合同"]
ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r"[\u4e00-\u9fff]")
RUN = 10

def section(path, start_heading, level):
    """Return the text of one Markdown section (heading line included)."""
    lines = open(path, encoding="utf-8").read().split("\n")
    out, on = [], False
    for ln in lines:
        m = re.match(r"^(#+) ", ln)
        if m and on and len(m.group(1)) <= level:
            break
        if ln.strip() == start_heading:
            on = True
        if on:
            out.append(ln)
    return "\n".join(out)

def sources():
    texts = []
    for p in sorted(glob.glob("/work/shared/corpus/*.txt")):
        texts.append(open(p, encoding="utf-8", errors="ignore").read())
    texts.append(open("/work/shared/DOMAIN.md", encoding="utf-8").read())
    tr = os.path.join(ROOT, "testdata", "talks", "README.md")
    lr = os.path.join(ROOT, "testdata", "lines", "README.md")
    texts.append(section(tr, "## Format", 2))
    texts.append(section(tr, "## Labelling rubric", 2))
    texts.append(section(lr, "## Format", 2))
    return texts

def strip_punct(s):
    return re.sub(r"[\s，。？！：；“”‘’（）、…,.?!;:\"'()—\-]", "", s)

def build_index(texts):
    idx = set()
    for t in texts:
        for v in (t, strip_punct(t)):
            for i in range(len(v) - RUN + 1):
                idx.add(v[i:i + RUN])
    return idx

def main():
    errors, warns = [], []
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    idx = build_index(sources())
    for f in files:
        name = os.path.basename(f)
        def err(msg): errors.append(f"{name}: {msg}")
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception as e:
            err(f"bad JSON {e}"); continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"fields {sorted(d)}")
        m = re.match(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$", name)
        if not m: err("bad file name"); continue
        if m.group(1) != d.get("persona") or m.group(3) != d.get("quality"):
            err("file name does not match persona/quality")
        if d.get("persona") not in PERSONAS: err("bad persona")
        if d.get("quality") not in QUALITIES: err("bad quality")
        if d.get("scenario") != "": err("scenario must be empty")
        note = d.get("note") if isinstance(d.get("note"), str) else ""
        if len(note) < 40 or len(CJK.findall(note)) > 0.2 * len(note):
            err("note must be English (quoted Chinese fragments allowed)")
        for b in BANNED:
            if b in note: err(f"note quotes banned phrase {b}")
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30: err(f"{len(turns)} turns")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"}: err(f"turn {i} fields")
            if t.get("role") not in ("visitor", "trainee"): err(f"turn {i} role")
            txt = t.get("text", "")
            if not txt.strip(): err(f"turn {i} empty")
            if CJK.search(txt) or "…" in txt:
                bad = [c for c in txt if c in ASCII_PUNCT]
                if bad: err(f"turn {i} ASCII punctuation {bad}")
            for b in BANNED:
                if b in txt: err(f"turn {i} banned phrase {b}")
            for v in (txt, strip_punct(txt)):
                for k in range(len(v) - RUN + 1):
                    if v[k:k + RUN] in idx and CJK.search(v[k:k + RUN]):
                        err(f"turn {i} copy run '{v[k:k+RUN]}'")
                        break
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}: err("label fields")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100: err("overall")
        st = lab.get("stages_done", [])
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            err("stages_done keys/order")
        vs = lab.get("violations", [])
        codes = set()
        for v in vs:
            if set(v) != {"code", "turn"}: err("violation fields")
            if v.get("code") not in CODES: err(f"code {v.get('code')}")
            k = v.get("turn")
            if not isinstance(k, int) or not 0 <= k < len(turns) or turns[k]["role"] != "trainee":
                err(f"violation index {k} not a trainee turn")
            codes.add(v.get("code"))
        if len({(v["code"], v["turn"]) for v in vs}) != len(vs): err("duplicate violation")
        breach = bool(codes & BREACH) or (d.get("persona") == "unwell" and "confront" in codes)
        if breach and ov > 40: err("compliance breach but overall > 40")
        q = d.get("quality")
        if q == "excellent" and (ov < 88 or vs or len(st) < 6): err("excellent needs >=88, all stages, no faults")
        if q == "good" and (not 75 <= ov <= 89 or vs): err("good needs 75-89, no faults")
        if q == "short_good" and (not 70 <= ov <= 79 or vs or len(turns) > 10): err("short_good needs 70-79, <=10 turns, no faults")
        if q == "mediocre" and not 40 <= ov <= 69: err("mediocre needs 40-69")
        if q in ("bad", "long_bad") and ov >= 45: err("bad needs < 45")
        if q == "long_bad" and len(turns) < 18: err("long_bad needs >= 18 turns")
        if ov >= 90 and (vs or len(st) < 6): err("90+ needs all stages and no faults")
        if not breach and vs and ov >= 80: warns.append(f"{name}: faults but overall {ov}")
        if not vs and len(st) == 6 and ov < 70: warns.append(f"{name}: clean, all stages, but {ov}")
    per = {}
    for f in files:
        p = os.path.basename(f).split("-")[0]; per[p] = per.get(p, 0) + 1
    for p in PERSONAS:
        if not 3 <= per.get(p, 0) <= 4: errors.append(f"persona {p}: {per.get(p,0)} talks")
    for w in warns: print("WARN", w)
    for e in errors: print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warns)} warnings")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
