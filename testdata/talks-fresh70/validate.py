#!/usr/bin/env python3
"""Validate the talks-fresh70 set: format, label consistency, punctuation,
banned phrases and a 10-character copy check against the source texts.
Run from anywhere: python3 testdata/talks-fresh70/validate.py"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = os.path.abspath(os.path.join(REPO, "..", "shared"))

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}
# score ranges expected for each planned quality (a consistency check, not a formula)
QRANGE = {"excellent": (88, 100), "good": (75, 89), "short_good": (65, 82),
          "mediocre": (45, 69), "bad": (0, 49), "long_bad": (0, 49)}
ASCII_PUNCT = set(',?!;:"\'()')
CJK = re.compile(r"[\u4e00-\u9fff]")
BANNED = ["胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管", "就这一回",
          "尽量给您争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知", "有关部门",
          "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
          "以人民为中心", "找我们也没用", "我也说不好", "先坐，有话慢慢说", "先坐,有话慢慢说",
          "不识字就回去", "你这是脑子有病", "哭有什么用", "你吼什么吼", "你自己找去",
          "你自己想办法吧", "这个确实不是地契", "从办公室经费里", "救助指标给你留",
          "先给你儿子打个招呼", "切实维护", "请您相信党和政府", "我不能保证", "我不敢说一定能办成",
          "能报的一分不会少", "能办的一定给你办", "不闹也给", "核实符合条件的", "两周内书面答复",
          "我帮你递复查申请", "红包你收回去", "饭我也不去", "换回来不现实", "堵门也改不了片区",
          "这个难受是真真的", "电脑的事我跟村里说一声", "我们一定认真听取您的意见",
          "我们研究研究", "您反映的问题我们一定会认真对待", "您当时要是坚持签个合同",
          "什么问题你说", "今天是什么事", "你好，坐吧", "你好,坐吧"]
N = 10


def sources():
    paths = sorted(glob.glob(os.path.join(SHARED, "corpus", "*.txt")))
    paths += [os.path.join(SHARED, "DOMAIN.md"),
              os.path.join(REPO, "testdata", "talks", "README.md"),
              os.path.join(REPO, "testdata", "lines", "README.md")]
    grams = {}
    for p in paths:
        if not os.path.exists(p):
            print("WARN missing source", p)
            continue
        t = re.sub(r"\s+", "", open(p, encoding="utf-8", errors="replace").read())
        for i in range(len(t) - N + 1):
            grams.setdefault(t[i:i + N], os.path.basename(p))
    return grams


def main():
    errors, warns = [], []
    grams = sources()
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    namere = re.compile(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$")
    for f in files:
        name = os.path.basename(f)
        def err(msg):
            errors.append(f"{name}: {msg}")
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception as e:
            err(f"bad JSON {e}")
            continue
        m = namere.match(name)
        if not m:
            err("bad file name")
            continue
        if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
            err(f"fields {sorted(d)}")
        if d.get("persona") != m.group(1) or d["persona"] not in PERSONAS:
            err("persona mismatch/unknown")
        if d.get("quality") != m.group(3) or d["quality"] not in QUALITIES:
            err("quality mismatch/unknown")
        if d.get("scenario") != "":
            err("scenario must be empty")
        note = d.get("note", "")
        if not note or CJK.search(note):
            err("note must be non-empty English")
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30:
            err(f"turn count {len(turns)}")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee") or not t["text"].strip():
                err(f"turn {i} malformed")
                continue
            txt = t["text"]
            bad = sorted(set(c for c in txt if c in ASCII_PUNCT))
            if bad and CJK.search(txt):
                err(f"turn {i} ASCII punctuation {bad}")
            for b in BANNED:
                if b in txt:
                    err(f"turn {i} banned phrase {b}")
            flat = re.sub(r"\s+", "", txt)
            for k in range(len(flat) - N + 1):
                g = flat[k:k + N]
                if g in grams:
                    err(f"turn {i} shares 10-char run with {grams[g]}: {g}")
                    break
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}:
            err("label fields")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall not int 0-100")
            continue
        st = lab["stages_done"]
        if any(s not in STAGES for s in st) or st != [s for s in STAGES if s in st]:
            err("stages unknown or not in canonical order")
        vs = lab["violations"]
        codes = set()
        for v in vs:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                err(f"bad violation {v}")
                continue
            if not 0 <= v["turn"] < len(turns) or turns[v["turn"]]["role"] != "trainee":
                err(f"violation {v} not on a trainee turn")
            codes.add(v["code"])
        if len({(v["code"], v["turn"]) for v in vs}) != len(vs):
            err("duplicate violation")
        breach = bool(codes & BREACH) or ("confront" in codes and d["persona"] == "unwell")
        if breach and ov > 40:
            err(f"compliance breach but overall {ov} > 40")
        if ov >= 90 and (len(st) < 6 or vs):
            err("90+ needs all six stages and no violations")
        if ov >= 80 and len(st) < 5:
            err("80+ needs at least five stages")
        lo, hi = QRANGE[d["quality"]]
        if not lo <= ov <= hi:
            err(f"overall {ov} outside {d['quality']} range {lo}-{hi}")
        if d["quality"] == "long_bad" and len(turns) < 20:
            err("long_bad should have >= 20 turns")
        if d["quality"] == "short_good" and len(turns) > 12:
            err("short_good should have <= 12 turns")
        if d["quality"] in ("excellent", "good", "short_good") and vs:
            warns.append(f"{name}: good-type quality with violations")
    for w in warns:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warns)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
