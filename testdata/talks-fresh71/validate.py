#!/usr/bin/env python3
"""Validate the hand-labelled talks in this folder.

Checks: file name and fields, roles, turn count, stage keys and order,
violation codes and indices (must point at trainee turns), overall range and
the compliance-breach cap, full-width punctuation in Chinese text, a list of
banned phrases (the rubric's own example phrases), and any 10-character run
shared with the corpus, DOMAIN.md or the two READMEs that were read (copy
check; punctuation and whitespace are stripped before comparing).
Run from anywhere: python3 validate.py
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知",
    "有关部门", "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说", "不识字就回去", "脑子有病",
    "哭有什么用", "你吼什么吼", "保证批下来", "切实维护", "相信党和政府", "办公室经费",
    "救助指标", "打个招呼", "你自己想办法", "自己找去", "我不能保证", "我不敢说一定能办成",
    "能办的一定给你办", "不闹也给", "红包你收回去", "换回来不现实", "堵门也改不了",
    "这个难受是真真的", "电脑的事我跟村里说", "认真听取", "认真对待", "什么事？",
    "今天是什么事", "什么问题你说", "我今天就打电话", "两周内书面答复", "我帮你递复查申请",
    "您当时要是坚持", "能报的一分不会少", "该是您的", "按规定也能补发", "地契",
]
ASCII_PUNCT = set(",?!;:\"'()")
CJK = re.compile(r"[\u4e00-\u9fff]")
STRIP = re.compile(r"[\s\u3000-\u303f\uff00-\uffef\u2000-\u206f!-/:-@\[-`{-~]")

def source_grams():
    paths = glob.glob(os.path.join(ROOT, "..", "shared", "corpus", "*.txt"))
    paths += [os.path.join(ROOT, "..", "shared", "DOMAIN.md"),
              os.path.join(ROOT, "testdata", "talks", "README.md"),
              os.path.join(ROOT, "testdata", "lines", "README.md")]
    grams = set()
    for p in paths:
        if not os.path.exists(p):
            print("WARN copy-check source missing:", p)
            continue
        s = STRIP.sub("", open(p, encoding="utf-8", errors="replace").read())
        grams.update(s[i:i + 10] for i in range(len(s) - 9))
    return grams

def main():
    errs, warns = [], []
    grams = source_grams()
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if not files:
        errs.append("no json files")
    name_re = re.compile(r"^(%s)-(\d\d)-(%s)\.json$" % ("|".join(PERSONAS), "|".join(QUALITIES)))
    seen_nn = {}
    for f in files:
        base = os.path.basename(f)
        def E(msg): errs.append("%s: %s" % (base, msg))
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception as e:
            E("bad json %s" % e); continue
        m = name_re.match(base)
        if not m:
            E("bad file name"); continue
        persona, nn, quality = m.groups()
        key = (persona, nn)
        if key in seen_nn: E("duplicate persona number")
        seen_nn[key] = base
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            E("field set %s" % sorted(d))
        if d.get("persona") != persona: E("persona mismatch")
        if d.get("quality") != quality: E("quality mismatch")
        if d.get("scenario") != "": E("scenario must be empty")
        note = d.get("note", "")
        if not isinstance(note, str) or len(note) < 40 or CJK.search(note):
            E("note must be English and substantive")
        turns = d.get("turns", [])
        if not (4 <= len(turns) <= 30): E("turn count %d" % len(turns))
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"}: E("turn %d fields" % i)
            if t.get("role") not in ("visitor", "trainee"): E("turn %d role" % i)
            text = t.get("text", "")
            if not text.strip(): E("turn %d empty" % i)
            if CJK.search(text):
                bad = sorted(set(c for c in text if c in ASCII_PUNCT))
                if bad: E("turn %d ASCII punctuation %s" % (i, bad))
            for b in BANNED:
                if b in text: E("turn %d banned phrase %s" % (i, b))
            s = STRIP.sub("", text)
            for j in range(len(s) - 9):
                if s[j:j + 10] in grams:
                    E("turn %d shares 10 chars with sources: %s" % (i, s[j:j + 10])); break
        for i in range(1, len(turns)):
            if turns[i]["role"] == turns[i - 1]["role"]:
                warns.append("%s: turns %d and %d same role" % (base, i - 1, i))
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}: E("label fields")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100: E("overall")
        st = lab.get("stages_done", [])
        if any(s not in STAGES for s in st): E("unknown stage")
        if st != [s for s in STAGES if s in st]: E("stages not canonical order / duplicated")
        viol = lab.get("violations", [])
        codes = set()
        for v in viol:
            if set(v) != {"code", "turn"}: E("violation fields")
            if v.get("code") not in CODES: E("unknown code %s" % v.get("code"))
            ti = v.get("turn")
            if not isinstance(ti, int) or not 0 <= ti < len(turns): E("violation index %s" % ti)
            elif turns[ti]["role"] != "trainee": E("violation at visitor turn %d" % ti)
            codes.add(v.get("code"))
        pairs = [(v["turn"], v["code"]) for v in viol]
        if len(pairs) != len(set(pairs)): E("duplicate violation")
        if pairs != sorted(pairs, key=lambda p: p[0]): E("violations not in turn order")
        breach = bool(codes & BREACH) or (persona == "unwell" and "confront" in codes)
        if breach and isinstance(ov, int) and ov > 40: E("compliance breach but overall %d > 40" % ov)
        if quality in ("excellent", "good", "short_good") and viol:
            warns.append("%s: %s talk carries violations" % (base, quality))
        if quality == "excellent" and (ov < 88 or len(st) < 6):
            warns.append("%s: excellent but overall %s / %d stages" % (base, ov, len(st)))
        if not breach and viol and ov > 69:
            warns.append("%s: violations but overall %d" % (base, ov))
        if not viol and len(st) == 6 and ov < 70:
            warns.append("%s: six stages, no faults, overall %d" % (base, ov))
    for w in warns: print("WARN", w)
    for e in errs: print("ERROR", e)
    print("%d files, %d errors, %d warnings" % (len(files), len(errs), len(warns)))
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
