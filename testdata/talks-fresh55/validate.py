#!/usr/bin/env python3
"""Validate the hand-labelled talks in this folder.

Checks: file name and fields, roles, turn count 4-30, stage keys and order,
violation codes and indices (must point at trainee turns), compliance-breach cap,
full-width punctuation in Chinese text, banned rubric phrases, and 10-character
runs shared with the corpus, DOMAIN.md or the two READMEs (copy check).
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PERSONAS = {"confused", "resentful", "pestering", "unwell", "veteran", "choleric",
            "sanguine", "phlegmatic", "melancholic"}
QUALITIES = {"excellent", "good", "mediocre", "bad", "long_bad", "short_good"}
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = {"rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"}
BANNED = ["胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管", "就这一回",
          "尽量给您争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知", "有关部门",
          "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
          "以人民为中心", "找我们也没用", "我也说不好", "先坐，有话慢慢说", "先坐,有话慢慢说",
          "不识字就回去", "脑子有病", "哭有什么用", "你吼什么", "我不能保证", "能办的一定给你办",
          "一分不会少", "我今天就打电话", "两周内书面答复", "我帮你递复查申请", "真真的",
          "电脑的事我跟村里说一声", "红包你收回去", "换回来不现实", "堵门也改不了",
          "办公室经费", "救助指标给你留", "给你儿子打个招呼", "我们一定认真听取您的意见",
          "请您相信党和政府", "切实维护", "什么事？", "什么问题你说", "今天是什么事"]
ASCII_PUNCT = re.compile(r"[,?!;:\"'()]")
CJK = re.compile(r"[\u4e00-\u9fff]")
PUNCT_STRIP = re.compile(r"[\s，。？！：；“”‘’（）、…—,.?!;:\"'()\-《》·]")

def ngrams(text, n=10):
    return {text[i:i + n] for i in range(len(text) - n + 1)}

def load_sources():
    paths = glob.glob("/work/shared/corpus/*.txt") + ["/work/shared/DOMAIN.md",
            os.path.join(ROOT, "testdata/talks/README.md"), os.path.join(ROOT, "testdata/lines/README.md")]
    raw, stripped = set(), set()
    for p in paths:
        t = open(p, encoding="utf-8").read()
        raw |= ngrams(t)
        stripped |= ngrams(PUNCT_STRIP.sub("", t))
    return raw, stripped

def main():
    errors, warnings = [], []
    raw, stripped = load_sources()
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    for f in files:
        name = os.path.basename(f)
        def err(msg): errors.append(f"{name}: {msg}")
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", name)
        if not m:
            err("bad file name"); continue
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception as e:
            err(f"bad JSON {e}"); continue
        if list(d.keys()) != ["persona", "scenario", "quality", "note", "turns", "label"]:
            err(f"fields {list(d.keys())}")
        if d.get("persona") != m.group(1) or d["persona"] not in PERSONAS: err("persona")
        if d.get("quality") != m.group(3) or d["quality"] not in QUALITIES: err("quality")
        if d.get("scenario") != "": err("scenario must be empty")
        if not d.get("note") or CJK.search(d["note"]): err("note must be English")
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30: err(f"turn count {len(turns)}")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee") or not t["text"].strip():
                err(f"turn {i} malformed")
                continue
            txt = t["text"]
            if CJK.search(txt) and ASCII_PUNCT.search(txt):
                err(f"turn {i} ASCII punctuation: {ASCII_PUNCT.findall(txt)}")
            for b in BANNED:
                if b in txt: err(f"turn {i} banned phrase {b}")
            hits = sorted(g for g in ngrams(txt) if g in raw)
            sh = sorted(g for g in ngrams(PUNCT_STRIP.sub("", txt)) if g in stripped)
            if hits or sh: err(f"turn {i} shares 10-char run with sources: {(hits or sh)[:3]}")
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}: err("label fields")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100: err("overall")
        st = lab.get("stages_done", [])
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]: err("stages order/keys")
        vs = lab.get("violations", [])
        seen = set()
        for v in vs:
            if set(v) != {"code", "turn"} or v["code"] not in CODES: err(f"violation {v}"); continue
            if not (0 <= v["turn"] < len(turns)) or turns[v["turn"]]["role"] != "trainee":
                err(f"violation {v} not on a trainee turn")
            if (v["code"], v["turn"]) in seen: err(f"duplicate {v}")
            seen.add((v["code"], v["turn"]))
        codes = {v["code"] for v in vs}
        breach = codes & {"false_promise", "buy_peace", "accept_gift"} or (d["persona"] == "unwell" and "confront" in codes)
        if breach and isinstance(ov, int) and ov > 40: err("compliance breach but overall > 40")
        if isinstance(ov, int):
            q = d["quality"]
            if q in ("bad", "long_bad") and ov > 45: warnings.append(f"{name}: {q} with overall {ov}")
            if q in ("excellent",) and ov < 85: warnings.append(f"{name}: excellent with overall {ov}")
            if q in ("good", "short_good") and not 65 <= ov <= 89: warnings.append(f"{name}: {q} with overall {ov}")
            if q == "mediocre" and not 40 <= ov <= 69: warnings.append(f"{name}: mediocre with overall {ov}")
            if ov >= 90 and (len(st) < 6 or vs): err("overall >= 90 needs all six stages and no faults")
            if q == "long_bad" and len(turns) < 16: warnings.append(f"{name}: long_bad but only {len(turns)} turns")
            if q == "short_good" and len(turns) > 10: warnings.append(f"{name}: short_good but {len(turns)} turns")
    for w in warnings: print("WARN", w)
    for e in errors: print("ERR ", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
