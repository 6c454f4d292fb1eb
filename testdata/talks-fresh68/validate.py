#!/usr/bin/env python3
"""Validate the talks-fresh68 set: format, label consistency, punctuation,
banned phrases and a 10-character copy check against the allowed sources."""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

# Example phrases from the labelling rubric: must not appear in any turn.
BANNED = """胡搅蛮缠 包在我身上 再研究研究 我们研究研究 高度重视 这不归我们管 就这一回
尽量给您争取 说不定能给你办 打包票 特殊照顾 回去等通知 有关部门 相关单位 一分也少不了
心意我领了 你这话就不对了 根本没这回事 以人民为中心 找我们也没用 我也说不好 有话慢慢说
不识字就回去 脑子有病 哭有什么用 你吼什么吼 坚持签个合同 保证批下来 你自己找去
你自己想办法吧 不是地契 办公室经费 救助指标给你留 镇上招人 切实维护 相信党和政府
认真听取您的意见 去社保局问 什么问题你说 今天是什么事 我不能保证 能报的一分不会少
能办的一定给你办 不闹也给 按规定也能补发 我今天就打电话 两周内书面答复 我帮你递复查申请
红包你收回去 饭我也不去 堵门也改不了片区 换回来不现实 这个难受是真真的 我跟村里说一声
我不敢说一定能办成 一定会认真对待""".split()

ASCII_PUNCT = re.compile(r"[,?!;:\"'()]")
CJK = re.compile(r"[\u4e00-\u9fff]")
STRIP = re.compile(r"[\s\W_]+", re.UNICODE)


def sections(path, wanted):
    """Return the text of the named '#' sections of a markdown file."""
    out, keep, level = [], False, 0
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^(#+)\s+(.*)", line)
        if m:
            lv, title = len(m.group(1)), m.group(2).strip()
            if title in wanted:
                keep, level = True, lv
            elif keep and lv <= level:
                keep = False
        if keep:
            out.append(line)
    return "".join(out)


def sources():
    texts = []
    texts.append(open(os.path.join("/work/shared/DOMAIN.md"), encoding="utf-8").read())
    for p in sorted(glob.glob("/work/shared/corpus/*.txt")):
        texts.append(open(p, encoding="utf-8", errors="replace").read())
    texts.append(sections(os.path.join(ROOT, "testdata/talks/README.md"), {"Format", "Labelling rubric"}))
    texts.append(sections(os.path.join(ROOT, "testdata/lines/README.md"), {"Format"}))
    grams = set()
    for t in texts:
        s = STRIP.sub("", t)
        for i in range(len(s) - 9):
            g = s[i:i + 10]
            if CJK.search(g):
                grams.add(g)
    return grams


def main():
    errors, warnings = [], []
    grams = sources()
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    for f in files:
        name = os.path.basename(f)
        def err(msg):
            errors.append(f"{name}: {msg}")
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception as e:
            err(f"bad JSON {e}"); continue
        if list(d.keys()) != ["persona", "scenario", "quality", "note", "turns", "label"]:
            err(f"field set/order {list(d.keys())}")
        m = re.match(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$", name)
        if not m:
            err("file name pattern"); continue
        if d.get("persona") != m.group(1) or d.get("persona") not in PERSONAS:
            err("persona mismatch")
        if d.get("quality") != m.group(3) or d.get("quality") not in QUALITIES:
            err("quality mismatch")
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
            if CJK.search(txt) and ASCII_PUNCT.search(txt):
                err(f"turn {i} ASCII punctuation: {ASCII_PUNCT.findall(txt)}")
            for b in BANNED:
                if b in txt:
                    err(f"turn {i} banned phrase {b}")
            s = STRIP.sub("", txt)
            hits = {s[j:j + 10] for j in range(len(s) - 9)} & grams
            if hits:
                err(f"turn {i} shares 10-char run with sources: {sorted(hits)[:3]}")
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}:
            err("label fields"); continue
        ov, st, vi = lab["overall"], lab["stages_done"], lab["violations"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall out of range")
        if st != [s for s in STAGES if s in st] or len(set(st)) != len(st):
            err(f"stages not canonical/unknown {st}")
        codes = set()
        for v in vi:
            if set(v) != {"code", "turn"} or v["code"] not in CODES:
                err(f"bad violation {v}"); continue
            k = v["turn"]
            if not (isinstance(k, int) and 0 <= k < len(turns)) or turns[k]["role"] != "trainee":
                err(f"violation {v} not on a trainee turn")
            codes.add(v["code"])
        if len({(v['code'], v['turn']) for v in vi}) != len(vi):
            err("duplicate violation")
        breach = bool(codes & BREACH) or (d["persona"] == "unwell" and "confront" in codes)
        if breach and ov > 40:
            err(f"compliance breach but overall {ov} > 40")
        if ov >= 90 and (vi or len(st) < 6):
            err("90+ needs all stages and no faults")
        q = d["quality"]
        if q == "excellent" and (ov < 85 or vi):
            err("excellent inconsistent with label")
        if q in ("good", "short_good") and (ov < 65 or vi):
            err(f"{q} inconsistent with label")
        if q == "short_good" and len(turns) > 10:
            err("short_good too long")
        if q == "long_bad" and (len(turns) < 20 or ov > 45):
            err("long_bad inconsistent")
        if q == "bad" and ov > 45:
            err("bad with high score")
        if q == "mediocre" and not 35 <= ov <= 69:
            warnings.append(f"{name}: mediocre scored {ov}")
        if not vi and not breach and ov < 20:
            warnings.append(f"{name}: very low score without violations")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
