#!/usr/bin/env python3
"""Validate the talks in this folder: format, label consistency, punctuation,
banned phrases and a 10-character copy check against the source texts."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PERSONAS = {"confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"}
QUALITIES = {"excellent", "good", "mediocre", "bad", "long_bad", "short_good"}
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = {"rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"}
BREACH = {"false_promise", "buy_peace", "accept_gift"}
# loose sanity bands per quality (the score itself is a holistic judgement)
BANDS = {"excellent": (90, 100), "good": (80, 89), "short_good": (70, 79),
         "mediocre": (45, 69), "bad": (0, 44), "long_bad": (0, 44)}
BANNED = ["胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管", "就这一回",
          "尽量给您争取", "说不定能给你办", "说不定", "打包票", "特殊照顾", "回去等通知", "有关部门",
          "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
          "以人民为中心", "找我们也没用", "我也说不好", "先坐有话慢慢说", "有话慢慢说",
          "不识字就回去找个识字的", "你这是脑子有病", "哭有什么用", "你吼什么吼",
          "从办公室经费里给你拿两千", "救助指标给你留一个", "先给你儿子打个招呼",
          "我不能保证", "能报的一分不会少您的", "能办的一定给你办", "不闹也给",
          "按规定也能补发", "我今天就打电话", "两周内书面答复", "我帮你递复查申请",
          "这个难受是真真的", "电脑的事我跟村里说一声", "红包你收回去", "换回来不现实",
          "堵门也改不了片区", "这个确实不是地契", "我们一定认真听取您的意见",
          "您的情况我们都了解了", "我会跟有关部门反映", "去社保局问", "你好坐吧",
          "什么问题你说", "今天是什么事", "请您相信党和政府", "切实维护", "保证批下来",
          "你自己想办法吧", "您当时要是坚持签个合同", "我尽量给您争取", "看看能不能特殊照顾",
          "打保票", "什么事？", "说吧。"]
ASCII_BAD = set(',?!;:"\'()')
CJK = re.compile(r"[\u4e00-\u9fff]")
PUNCT = re.compile(r"[\s，。？！：；“”‘’（）、…,.?!;:\"'()\-—《》·【】\[\]]")

def strip(s):
    return PUNCT.sub("", s)

def sources():
    paths = glob.glob("/work/shared/corpus/*.txt") + ["/work/shared/DOMAIN.md",
             os.path.join(ROOT, "testdata/talks/README.md"), os.path.join(ROOT, "testdata/lines/README.md")]
    raw, stripped = set(), set()
    for p in paths:
        try:
            t = open(p, encoding="utf-8", errors="replace").read()
        except OSError:
            continue
        for text, bag in ((t, raw), (strip(t), stripped)):
            for i in range(len(text) - 9):
                g = text[i:i + 10]
                if CJK.search(g):
                    bag.add(g)
    return raw, stripped

def main():
    errs = []
    raw, stripped = sources()
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    for f in files:
        name = os.path.basename(f)
        def err(msg):
            errs.append(f"{name}: {msg}")
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception as e:
            err(f"bad JSON {e}"); continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"fields {sorted(d)}")
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", name)
        if not m or m.group(1) != d.get("persona") or m.group(3) != d.get("quality"):
            err("file name does not match persona/quality")
        if d.get("persona") not in PERSONAS: err("persona")
        if d.get("quality") not in QUALITIES: err("quality")
        if d.get("scenario") != "": err("scenario must be empty")
        if not isinstance(d.get("note"), str) or len(d["note"]) < 40 or CJK.search(d["note"]):
            err("note must be an English reason")
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30: err(f"turn count {len(turns)}")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee"):
                err(f"turn {i} shape"); continue
            txt = t["text"]
            if not txt.strip(): err(f"turn {i} empty")
            if CJK.search(txt):
                bad = sorted(set(c for c in txt if c in ASCII_BAD))
                if bad or "..." in txt or re.search(r"[\u4e00-\u9fff]\.", txt):
                    err(f"turn {i} ASCII punctuation {bad}")
            s = strip(txt)
            for b in BANNED:
                if b in txt or strip(b) in s:
                    err(f"turn {i} banned phrase {b}")
            for j in range(len(txt) - 9):
                if txt[j:j + 10] in raw:
                    err(f"turn {i} copies {txt[j:j+10]}"); break
            for j in range(len(s) - 9):
                if s[j:j + 10] in stripped:
                    err(f"turn {i} copies (no punct) {s[j:j+10]}"); break
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}: err("label fields")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100: err("overall")
        sd = lab.get("stages_done", [])
        if sd != [s for s in STAGES if s in sd] or any(s not in STAGES for s in sd):
            err("stages not canonical")
        vios = lab.get("violations", [])
        codes = set()
        for v in vios:
            if set(v) != {"code", "turn"} or v["code"] not in CODES: err(f"violation {v}"); continue
            if not (0 <= v["turn"] < len(turns)) or turns[v["turn"]]["role"] != "trainee":
                err(f"violation {v} not on a trainee turn")
            codes.add(v["code"])
        breach = bool(codes & BREACH) or ("confront" in codes and d.get("persona") == "unwell")
        if breach and isinstance(ov, int) and ov > 40: err("breach but overall > 40")
        lo, hi = BANDS.get(d.get("quality"), (0, 100))
        if isinstance(ov, int) and not lo <= ov <= hi: err(f"overall {ov} outside band for {d.get('quality')}")
        if ov is not None and ov >= 90 and (vios or len(sd) < 6): err("90+ needs six stages and no faults")
        if ov is not None and ov >= 80 and vios: err("80+ with violations")
    for e in errs:
        print(e)
    print(f"{len(files)} files, {len(errs)} problems")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
