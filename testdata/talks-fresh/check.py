#!/usr/bin/env python3
"""Validate the talks in this directory and print the figures used in README.md.
Run from the repository root: python3 testdata/talks-fresh/check.py"""
import glob, json, os, re, sys
from collections import Counter

D = os.path.dirname(os.path.abspath(__file__))
PERSONAS = "confused resentful pestering unwell veteran choleric sanguine phlegmatic melancholic".split()
QUALS = "excellent good short_good mediocre bad long_bad".split()
STAGES = "introduction first_talk listening presentation summary coordination".split()
CODES = "rude false_promise buck_passing confront buy_peace officialese accept_gift".split()
BREACH = {"false_promise", "buy_peace", "accept_gift"}
errs = []
talks = []
for p in sorted(glob.glob(os.path.join(D, "*.json"))):
    n = os.path.basename(p)
    try:
        t = json.load(open(p, encoding="utf-8"))
    except Exception as e:
        errs.append(f"{n}: parse {e}"); continue
    m = re.match(r"^([a-z]+)-(\d\d)-([a-z_]+)\.json$", n)
    if not m: errs.append(f"{n}: bad name"); continue
    if set(t) != {"persona", "scenario", "quality", "note", "turns", "label"}: errs.append(f"{n}: fields {sorted(t)}")
    if set(t["label"]) != {"overall", "stages_done", "violations"}: errs.append(f"{n}: label fields")
    if t["persona"] != m.group(1) or t["persona"] not in PERSONAS: errs.append(f"{n}: persona")
    if t["quality"] != m.group(3) or t["quality"] not in QUALS: errs.append(f"{n}: quality")
    if t["scenario"] != "": errs.append(f"{n}: scenario")
    if not isinstance(t["note"], str) or not t["note"]: errs.append(f"{n}: note")
    turns = t["turns"]
    if not 4 <= len(turns) <= 30: errs.append(f"{n}: {len(turns)} turns")
    for i, tu in enumerate(turns):
        if set(tu) != {"role", "text"} or tu["role"] not in ("visitor", "trainee") or not tu["text"]:
            errs.append(f"{n}: turn {i}")
        if re.search(r"[,?!;:]", tu["text"]): errs.append(f"{n}: ASCII punctuation in turn {i}")
    L = t["label"]
    if not isinstance(L["overall"], int) or not 0 <= L["overall"] <= 100: errs.append(f"{n}: overall")
    sd = L["stages_done"]
    if sd != [s for s in STAGES if s in sd] or len(set(sd)) != len(sd): errs.append(f"{n}: stage order")
    for v in L["violations"]:
        if set(v) != {"code", "turn"} or v["code"] not in CODES: errs.append(f"{n}: violation {v}")
        elif not (0 <= v["turn"] < len(turns)) or turns[v["turn"]]["role"] != "trainee": errs.append(f"{n}: violation index {v}")
    codes = {v["code"] for v in L["violations"]}
    breach = bool(codes & BREACH) or ("confront" in codes and t["persona"] == "unwell")
    if breach and L["overall"] > 40: errs.append(f"{n}: breach but overall {L['overall']}")
    talks.append((n, t))

def ranks(xs):
    o = sorted(range(len(xs)), key=lambda i: xs[i]); r = [0.0] * len(xs); i = 0
    while i < len(o):
        j = i
        while j + 1 < len(o) and xs[o[j + 1]] == xs[o[i]]: j += 1
        for k in range(i, j + 1): r[o[k]] = (i + j) / 2 + 1
        i = j + 1
    return r
def spearman(a, b):
    ra, rb = ranks(a), ranks(b); n = len(a)
    ma, mb = sum(ra) / n, sum(rb) / n
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb))
    return cov / ((sum((x - ma) ** 2 for x in ra) * sum((y - mb) ** 2 for y in rb)) ** 0.5)

print("files:", len(talks), "errors:", len(errs))
for e in errs: print("  ", e)
ov = [t["label"]["overall"] for _, t in talks]
print("\n| persona | " + " | ".join(QUALS) + " | total |")
print("|---|" + "---|" * (len(QUALS) + 1))
c = Counter((t["persona"], t["quality"]) for _, t in talks)
for p in PERSONAS:
    print(f"| {p} | " + " | ".join(str(c[(p, q)]) for q in QUALS) + f" | {sum(c[(p, q)] for q in QUALS)} |")
print("| **total** | " + " | ".join(str(sum(c[(p, q)] for p in PERSONAS)) for q in QUALS) + f" | **{len(talks)}** |")
print("\nscores by quality:")
for q in QUALS:
    s = sorted(t["label"]["overall"] for _, t in talks if t["quality"] == q)
    print(f"| {q} | {s[0]}–{s[-1]} | {' '.join(map(str, s))} |")
print("\nhistogram:")
for lo in range(0, 100, 10):
    hi = 100 if lo == 90 else lo + 9
    k = sum(1 for x in ov if lo <= x <= hi)
    print(f"{lo:>3}–{hi:<3} {k:>3} {'#' * k}")
print("\nstages done:", {s: sum(s in t["label"]["stages_done"] for _, t in talks) for s in STAGES})
vc = Counter(v["code"] for _, t in talks for v in t["label"]["violations"])
nv = sum(1 for _, t in talks if t["label"]["violations"])
print("violations:", sum(vc.values()), "instances in", nv, "talks;", dict(vc.most_common()))
print("turns: min", min(len(t["turns"]) for _, t in talks), "max", max(len(t["turns"]) for _, t in talks))
tr = [sum(1 for u in t["turns"] if u["role"] == "trainee") for _, t in talks]
nin = [sum(u["text"].count("您") for u in t["turns"] if u["role"] == "trainee") for _, t in talks]
tot = [len(t["turns"]) for _, t in talks]
ns = [len(t["label"]["stages_done"]) for _, t in talks]
mv = [-len(t["label"]["violations"]) for _, t in talks]
print("\nSpearman rho vs overall:")
print(f"  total turns            {spearman(tot, ov):.2f}")
print(f"  trainee turns          {spearman(tr, ov):.2f}")
print(f"  count of 您 (trainee)  {spearman(nin, ov):.2f}")
print(f"  stages labelled done   {spearman(ns, ov):.2f}")
print(f"  minus violations       {spearman(mv, ov):.2f}")
sys.exit(1 if errs else 0)
