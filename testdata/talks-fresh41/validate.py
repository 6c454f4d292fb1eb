#!/usr/bin/env python3
"""Validate the talks-fresh41 set: format, label consistency, punctuation,
banned phrases, and 10-character overlap with the reference texts.
Run from anywhere: python3 testdata/talks-fresh41/validate.py"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}
CJK = re.compile(r"[\u4e00-\u9fff]")
ASCII_PUNCT = re.compile(r"[,?!;:\"'()]")
# The rubric's example phrases (and the scripted example lines), which must not appear.
BANNED = ["胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管", "就这一回",
          "尽量给您争取", "我尽量给您争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知",
          "有关部门", "相关单位", "一分也少不了", "一分不会少", "心意我领了", "你这话就不对了",
          "根本没这回事", "以人民为中心", "找我们也没用", "我也说不好", "先坐，有话慢慢说",
          "有话慢慢说", "不识字就回去", "脑子有病", "哭有什么用", "你吼什么", "办公室经费",
          "救助指标给你留", "先给你儿子打个招呼", "我不能保证", "能办的一定给你办", "不闹也给",
          "这个难受是真真的", "电脑的事我跟村里说", "我今天就打电话", "两周内书面答复",
          "我帮你递复查申请", "红包你收回去", "换回来不现实", "堵门也改不了", "我不敢说一定能办成",
          "认真听取您的意见", "切实维护", "请您相信党和政府", "确实不是地契", "保证批下来",
          "你自己想办法", "你自己找去", "什么事？", "什么问题你说", "今天是什么事", "你好，坐吧",
          "该是您的", "核实符合条件的", "公安是要依法处理的", "公安要依法处理"]

def sections(path, wanted):
    """Return the text of the named '## ' sections (with their subsections)."""
    out, keep = [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("## "):
                keep = line[3:].strip() in wanted
            if keep:
                out.append(line)
    return "".join(out)

def sources():
    texts = []
    for p in sorted(glob.glob("/work/shared/corpus/*.txt")) + ["/work/shared/DOMAIN.md"]:
        with open(p, encoding="utf-8") as f:
            texts.append((os.path.basename(p), f.read()))
    texts.append(("talks/README.md", sections(os.path.join(ROOT, "testdata/talks/README.md"),
                                               {"Format", "Labelling rubric"})))
    texts.append(("lines/README.md", sections(os.path.join(ROOT, "testdata/lines/README.md"), {"Format"})))
    grams = {}
    for name, t in texts:
        for i in range(len(t) - 9):
            g = t[i:i + 10]
            if CJK.search(g):
                grams.setdefault(g, name)
    return grams

def main():
    errs, warns = [], []
    grams = sources()
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    for fn in files:
        base = os.path.basename(fn)
        try:
            with open(fn, encoding="utf-8") as f:
                d = json.load(f)
        except Exception as e:
            errs.append(f"{base}: bad JSON {e}"); continue
        def E(msg): errs.append(f"{base}: {msg}")
        if list(d.keys()) != ["persona", "scenario", "quality", "note", "turns", "label"]:
            E(f"field set/order {list(d.keys())}")
        m = re.match(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$", base)
        if not m: E("file name"); continue
        if m.group(1) != d.get("persona") or d.get("persona") not in PERSONAS: E("persona")
        if m.group(3) != d.get("quality") or d.get("quality") not in QUALITIES: E("quality")
        if d.get("scenario") != "": E("scenario must be empty")
        note = d.get("note", "")
        if len(re.findall(r"[A-Za-z]", note)) < 2 * len(CJK.findall(note)): E("note should be English")
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30: E(f"{len(turns)} turns")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee"): E(f"turn {i} shape")
            if not t.get("text"): E(f"turn {i} empty")
            if CJK.search(t["text"]) and ASCII_PUNCT.search(t["text"]):
                E(f"turn {i} ASCII punctuation: {ASCII_PUNCT.findall(t['text'])}")
            for b in BANNED:
                if b in t["text"]: E(f"turn {i} banned phrase {b}")
        for b in BANNED:
            if b in d.get("note", ""): E(f"note has banned phrase {b}")
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}: E("label keys")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100: E("overall range")
        sd = lab.get("stages_done", [])
        if any(s not in STAGES for s in sd) or sd != [s for s in STAGES if s in sd]: E("stages order/keys")
        vs = lab.get("violations", [])
        codes = set()
        for v in vs:
            if set(v) != {"code", "turn"} or v["code"] not in CODES: E(f"violation {v}"); continue
            if not 0 <= v["turn"] < len(turns) or turns[v["turn"]]["role"] != "trainee":
                E(f"violation {v} not on a trainee turn")
            codes.add(v["code"])
        if len({(v["code"], v["turn"]) for v in vs}) != len(vs): E("duplicate violation")
        breach = bool(codes & BREACH) or (d.get("persona") == "unwell" and "confront" in codes)
        if breach and ov > 40: E(f"breach but overall {ov} > 40")
        if not codes and ov < 21 and len(sd) > 0: warns.append(f"{base}: low score without codes")
        if len(sd) == 6 and not codes and ov < 70: warns.append(f"{base}: all stages but {ov}")
        if ov >= 90 and (codes or len(sd) < 6): E("90+ needs all stages and no faults")
        if ov >= 80 and codes: E("80+ with a violation")
        # copy check: every 10-char run of the Chinese text
        for where, text in [("note", d.get("note", ""))] + [(f"turn {i}", t["text"]) for i, t in enumerate(turns)]:
            for i in range(len(text) - 9):
                g = text[i:i + 10]
                if g in grams:
                    E(f"{where} shares 10 chars with {grams[g]}: {g}")
                    break
    # cross-file copy check between talks (identical long runs)
    seen = {}
    for fn in files:
        with open(fn, encoding="utf-8") as f:
            d = json.load(f)
        for i, t in enumerate(d["turns"]):
            tx = t["text"]
            for j in range(0, max(0, len(tx) - 24), 5):
                g = tx[j:j + 25]
                other = seen.setdefault(g, os.path.basename(fn))
                if other != os.path.basename(fn):
                    warns.append(f"{os.path.basename(fn)} turn {i} repeats 25 chars of {other}")
                    break
    for w in warns: print("WARN", w)
    for e in errs: print("ERROR", e)
    print(f"{len(files)} files, {len(errs)} errors, {len(warns)} warnings")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
