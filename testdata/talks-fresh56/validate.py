#!/usr/bin/env python3
"""Validator for the talks-fresh56 set: format, label consistency, full-width
punctuation, banned example phrases, and 10-character overlap with the sources."""
import json, glob, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

# Example phrases from the rubric that must not appear (written without punctuation
# where the rubric used a comma, and checked on punctuation-stripped text as well).
BANNED = ["胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管", "就这一回",
          "尽量给您争取", "我尽量", "说不定能给你办", "打包票", "特殊照顾", "回去等通知", "有关部门",
          "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事", "以人民为中心",
          "找我们也没用", "我也说不好", "先坐有话慢慢说", "有话慢慢说", "什么事", "什么问题你说",
          "今天是什么事", "你好坐吧", "不识字就回去", "脑子有病", "哭有什么用", "你吼什么", "办公室经费",
          "救助指标给你留", "打个招呼", "保证批下来", "我不能保证", "不闹也给", "能办的一定给你办",
          "能报的一分不会少", "核实符合条件的", "我今天就打电话", "两周内书面答复", "我帮你递复查申请",
          "红包你收回去", "换回来不现实", "堵门也改不了", "这个难受是真真的", "电脑的事我跟村里说一声",
          "我们一定认真听取", "我会跟有关部门反映", "去社保局问", "切实维护", "请您相信党和政府",
          "你自己找去", "你自己想办法吧", "回村里问问", "确实不是地契", "增人不增地", "大闹大解决",
          "花钱买平安", "尽快劝返", "认真对待"]

ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r"[\u4e00-\u9fff]")
STRIP = re.compile(r"[\s，。？！：；“”‘’（）、…—,.?!;:\"'()\-\[\]【】《》]")

def sources():
    paths = [os.path.join(ROOT, "testdata/talks/README.md"),
             os.path.join(ROOT, "testdata/lines/README.md"),
             "/work/shared/DOMAIN.md"] + sorted(glob.glob("/work/shared/corpus/*"))
    out = {}
    for p in paths:
        try:
            out[p] = open(p, encoding="utf-8", errors="ignore").read()
        except OSError:
            pass
    return out

def grams(s, n=10):
    return {s[i:i + n] for i in range(len(s) - n + 1)}

def main():
    errors, warnings = [], []
    src = sources()
    src_raw, src_strip = set(), set()
    for t in src.values():
        src_raw |= grams(t)
        src_strip |= grams(STRIP.sub("", t))
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if not files:
        errors.append("no json files")
    for f in files:
        name = os.path.basename(f)
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception as e:
            errors.append(f"{name}: bad json {e}"); continue
        def err(m): errors.append(f"{name}: {m}")
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"fields {sorted(d)}")
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", name)
        if not m or m.group(1) != d.get("persona") or m.group(3) != d.get("quality"):
            err("file name does not match persona/quality")
        if d.get("persona") not in PERSONAS: err("persona")
        if d.get("quality") not in QUALITIES: err("quality")
        if d.get("scenario") != "": err("scenario must be empty")
        note = d.get("note", "")
        if not note or len(CJK.findall(note)) > 0.2 * len(note):
            err("note must be English")
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30: err(f"{len(turns)} turns")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee"):
                err(f"turn {i} shape"); continue
            txt = t["text"]
            if not txt.strip(): err(f"turn {i} empty")
            if CJK.search(txt):
                bad = sorted(set(c for c in txt if c in ASCII_PUNCT))
                if bad: err(f"turn {i} ASCII punctuation {bad}")
            flat = STRIP.sub("", txt)
            for b in BANNED:
                if b in txt or b in flat:
                    err(f"turn {i} banned phrase {b}")
            shared = (grams(txt) & src_raw) | (grams(flat) & src_strip)
            if shared:
                err(f"turn {i} shares 10-char run with sources: {sorted(shared)[:3]}")
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}: err("label fields")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100: err("overall")
        sd = lab.get("stages_done", [])
        if any(s not in STAGES for s in sd) or sd != [s for s in STAGES if s in sd]:
            err("stages_done not canonical")
        codes = set()
        for v in lab.get("violations", []):
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                err(f"violation shape {v}"); continue
            if not 0 <= v["turn"] < len(turns) or turns[v["turn"]]["role"] != "trainee":
                err(f"violation {v} not on a trainee turn")
            codes.add(v["code"])
        pairs = [(v["code"], v["turn"]) for v in lab.get("violations", [])]
        if len(pairs) != len(set(pairs)): err("duplicate violation")
        breach = bool(codes & BREACH) or (d.get("persona") == "unwell" and "confront" in codes)
        if breach and ov > 40: err(f"compliance breach but overall {ov} > 40")
        # softer consistency checks
        if ov >= 90 and (codes or len(sd) < 6): err("90+ needs all stages and no faults")
        if ov >= 80 and codes: warnings.append(f"{name}: 80+ with violations")
        if d.get("quality") == "excellent" and (codes or ov < 85):
            warnings.append(f"{name}: excellent but {ov} / {sorted(codes)}")
        if d.get("quality") == "long_bad" and len(turns) < 16:
            warnings.append(f"{name}: long_bad but only {len(turns)} turns")
        if d.get("quality") == "short_good" and len(turns) > 10:
            warnings.append(f"{name}: short_good but {len(turns)} turns")
        if not breach and codes and ov > 80:
            warnings.append(f"{name}: faults but {ov}")
        if len(sd) == 0 and ov > 45:
            warnings.append(f"{name}: no stages but {ov}")
    for w in warnings: print("WARN", w)
    for e in errors: print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
