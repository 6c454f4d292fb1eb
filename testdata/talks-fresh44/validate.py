#!/usr/bin/env python3
"""Validator for testdata/talks-fresh44: format, label consistency,
full-width punctuation, banned phrases, and a 10-character copy check
against the corpus, DOMAIN.md and the two READMEs that were read."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PERSONAS = {"confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"}
QUALITIES = {"excellent", "good", "mediocre", "bad", "long_bad", "short_good"}
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = {"rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"}
BREACH = {"false_promise", "buy_peace", "accept_gift"}
ASCII_PUNCT = set(",?!;:\"'()")
BANNED = """胡搅蛮缠 包在我身上 再研究研究 高度重视 这不归我们管 就这一回 尽量给您争取 说不定能给你办
打包票 特殊照顾 回去等通知 有关部门 相关单位 一分也少不了 心意我领了 你这话就不对了 根本没这回事
以人民为中心 找我们也没用 我也说不好 有话慢慢说 不识字就回去找个识字的 你这是脑子有病 哭有什么用
你吼什么吼 保证批下来 办公室经费 救助指标给你留一个 镇上招人 这个确实不是地契 我不能保证
该是您的 能报的一分不会少 能办的一定给你办 不闹也给 核实符合条件的 我今天就打电话 两周内书面答复
我帮你递复查申请 红包你收回去 饭我也不去 换回来不现实 堵门也改不了片区 这个难受是真真的
电脑的事我跟村里说一声 认真听取您的意见 一定会认真对待 切实维护 相信党和政府 我们研究研究
你自己想办法吧 你自己找去 能不能特殊照顾 坚持签个合同 我不敢说一定能办成 我一定去问
公安是要依法处理的 这个我们这儿没法直接给你办 什么问题你说 今天是什么事 增人不增地""".split()
N = 10

def norm(s):
    return re.sub(r"[\s，。？！：；“”‘’（）、…,.?!;:\"'()\-—·《》【】]", "", s)

def source_grams():
    files = glob.glob("/work/shared/corpus/*") + ["/work/shared/DOMAIN.md",
             os.path.join(ROOT, "testdata/talks/README.md"), os.path.join(ROOT, "testdata/lines/README.md")]
    raw, nrm = set(), set()
    for f in files:
        t = open(f, encoding="utf-8", errors="ignore").read()
        for s, bag in ((t, raw), (norm(t), nrm)):
            for i in range(len(s) - N + 1):
                bag.add(s[i:i + N])
    return raw, nrm

def main():
    errs, warns = [], []
    raw, nrm = source_grams()
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    if len(files) != 36:
        errs.append(f"expected 36 talks, found {len(files)}")
    for f in files:
        name = os.path.basename(f)
        def E(msg): errs.append(f"{name}: {msg}")
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", name)
        if not m:
            E("bad file name"); continue
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception as e:
            E(f"bad JSON {e}"); continue
        if list(d) != ["persona", "scenario", "quality", "note", "turns", "label"]:
            E(f"fields {list(d)}")
        if d.get("persona") != m.group(1) or d["persona"] not in PERSONAS: E("persona")
        if d.get("quality") != m.group(3) or d["quality"] not in QUALITIES: E("quality")
        if d.get("scenario") != "": E("scenario must be empty")
        note = d.get("note", "")
        if not note or not re.search(r"[A-Za-z]{3}", note): E("note must be English")
        for run in re.findall(r"[\u4e00-\u9fff][^A-Za-z]*[\u4e00-\u9fff]", note):
            if ASCII_PUNCT & set(run) and not re.search(r"['\"]\s*[,;(]?\s*['\"]", run):
                bad = [c for c in run if c in ASCII_PUNCT]
                warns.append(f"{name}: note has ASCII punctuation inside a Chinese run: {run[:30]} {bad}")
        turns = d.get("turns", [])
        if not 4 <= len(turns) <= 30: E(f"{len(turns)} turns")
        for i, t in enumerate(turns):
            if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee") or not t["text"].strip():
                E(f"turn {i} malformed")
                continue
            bad = [c for c in t["text"] if c in ASCII_PUNCT]
            if bad: E(f"turn {i} ASCII punctuation {bad}")
            for b in BANNED:
                if b in t["text"] or b in norm(t["text"]):
                    E(f"turn {i} banned phrase {b}")
            s = t["text"]; ns = norm(s)
            for j in range(len(s) - N + 1):
                if s[j:j + N] in raw:
                    E(f"turn {i} copy (raw) {s[j:j+N]}"); break
            for j in range(len(ns) - N + 1):
                if ns[j:j + N] in nrm:
                    E(f"turn {i} copy (normalised) {ns[j:j+N]}"); break
        lab = d.get("label", {})
        if set(lab) != {"overall", "stages_done", "violations"}: E("label fields")
        ov = lab.get("overall")
        if not isinstance(ov, int) or not 0 <= ov <= 100: E("overall")
        sd = lab.get("stages_done", [])
        if sd != [s for s in STAGES if s in sd] or len(set(sd)) != len(sd): E("stages not canonical")
        vs = lab.get("violations", [])
        breach = False
        for v in vs:
            if set(v) != {"code", "turn"} or v["code"] not in CODES: E(f"violation {v}"); continue
            if not (0 <= v["turn"] < len(turns)) or turns[v["turn"]]["role"] != "trainee":
                E(f"violation {v} not on a trainee turn")
            if v["code"] in BREACH or (v["code"] == "confront" and d["persona"] == "unwell"):
                breach = True
        if len({(v["code"], v["turn"]) for v in vs}) != len(vs): E("duplicate violation")
        if breach and ov > 40: E(f"compliance breach but overall {ov} > 40")
        if not vs and ov <= 20: warns.append(f"{name}: overall {ov} <= 20 without any violation")
        if ov >= 90 and (vs or len(sd) < 6): E("90+ needs all stages and no faults")
        if ov >= 80 and len(sd) < 5: E("80+ needs nearly all stages")
        if d["quality"] in ("excellent", "good", "short_good") and vs: warns.append(f"{name}: good quality with violations")
    for w in warns: print("WARN", w)
    for e in errs: print("ERR ", e)
    print(f"{len(files)} files, {len(errs)} errors, {len(warns)} warnings")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
