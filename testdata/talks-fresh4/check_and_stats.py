#!/usr/bin/env python3
"""Validate the talks in this directory and print the figures used in README.md.
Run from the repository root: python3 testdata/talks-fresh4/check_and_stats.py"""
import json, glob, os, re, sys
from collections import Counter

D = os.path.dirname(os.path.abspath(__file__))
PERSONAS = "confused resentful pestering unwell veteran choleric sanguine phlegmatic melancholic".split()
QUALS = "excellent good short_good mediocre bad long_bad".split()
ORDER = ["introduction","first_talk","listening","presentation","summary","coordination"]
CODES = set("rude false_promise buck_passing confront buy_peace officialese accept_gift".split())
BREACH = {"false_promise","buy_peace","accept_gift"}

def rank(xs):
    s = sorted(range(len(xs)), key=lambda i: xs[i]); r = [0.0]*len(xs); i = 0
    while i < len(s):
        j = i
        while j+1 < len(s) and xs[s[j+1]] == xs[s[i]]: j += 1
        for k in range(i, j+1): r[s[k]] = (i+j)/2 + 1
        i = j+1
    return r
def spearman(a, b):
    ra, rb = rank(a), rank(b); n = len(a)
    ma, mb = sum(ra)/n, sum(rb)/n
    cov = sum((x-ma)*(y-mb) for x, y in zip(ra, rb))
    va = sum((x-ma)**2 for x in ra) ** .5; vb = sum((y-mb)**2 for y in rb) ** .5
    return cov/(va*vb)

errs = []; talks = []
for f in sorted(glob.glob(os.path.join(D, "*.json"))):
    name = os.path.basename(f)[:-5]
    try: t = json.load(open(f, encoding="utf-8"))
    except Exception as e: errs.append(f"{name}: parse {e}"); continue
    m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)", name)
    if not m: errs.append(f"{name}: bad file name")
    if set(t) != {"persona","scenario","quality","note","turns","label"}: errs.append(f"{name}: fields {sorted(t)}")
    if set(t["label"]) != {"overall","stages_done","violations"}: errs.append(f"{name}: label fields")
    if t["persona"] not in PERSONAS or t["persona"] != m.group(1): errs.append(f"{name}: persona")
    if t["quality"] not in QUALS or t["quality"] != m.group(3): errs.append(f"{name}: quality")
    if t["scenario"] != "": errs.append(f"{name}: scenario")
    if not (4 <= len(t["turns"]) <= 30): errs.append(f"{name}: {len(t['turns'])} turns")
    for i, u in enumerate(t["turns"]):
        if set(u) != {"role","text"} or u["role"] not in ("visitor","trainee") or not u["text"].strip():
            errs.append(f"{name}: turn {i}")
        if re.search(r"[\u4e00-\u9fff][,?!;:]|[,?!;:][\u4e00-\u9fff]", u["text"]):
            errs.append(f"{name}: half-width punctuation in turn {i}")
    L = t["label"]; o = L["overall"]
    if not (isinstance(o, int) and 0 <= o <= 100): errs.append(f"{name}: overall")
    st = L["stages_done"]
    if st != [s for s in ORDER if s in st] or len(set(st)) != len(st): errs.append(f"{name}: stages")
    for v in L["violations"]:
        if set(v) != {"code","turn"} or v["code"] not in CODES: errs.append(f"{name}: violation {v}")
        elif not (0 <= v["turn"] < len(t["turns"])) or t["turns"][v["turn"]]["role"] != "trainee":
            errs.append(f"{name}: violation index {v}")
    breach = any(v["code"] in BREACH for v in L["violations"]) or (
        t["persona"] == "unwell" and any(v["code"] == "confront" for v in L["violations"]))
    if breach and o > 40: errs.append(f"{name}: breach but overall {o}")
    talks.append((name, t))

print("files:", len(talks)); print("errors:", len(errs))
for e in errs: print("  ", e)

print("\n| persona | " + " | ".join(QUALS) + " | total |")
print("|---|" + "---|"*(len(QUALS)+1))
tot = Counter()
for p in PERSONAS:
    c = Counter(t["quality"] for _, t in talks if t["persona"] == p); tot.update(c)
    print(f"| {p} | " + " | ".join(str(c[q]) for q in QUALS) + f" | {sum(c.values())} |")
print("| **total** | " + " | ".join(str(tot[q]) for q in QUALS) + f" | **{sum(tot.values())}** |")

print("\nscores by quality:")
for q in QUALS:
    s = sorted(t["label"]["overall"] for _, t in talks if t["quality"] == q)
    print(f"  {q:11s} {min(s)}-{max(s)}: {' '.join(map(str, s))}")
print("\nhistogram:")
for lo in range(0, 100, 10):
    hi = lo + 9 if lo < 90 else 100
    n = sum(1 for _, t in talks if lo <= t["label"]["overall"] <= hi)
    print(f"  {lo:>2}-{hi:<3} {n:2d} " + "#"*n)
sc = Counter(s for _, t in talks for s in t["label"]["stages_done"])
print("\nstages done:", ", ".join(f"{s} {sc[s]}" for s in ORDER))
vc = Counter(v["code"] for _, t in talks for v in t["label"]["violations"])
nv = sum(1 for _, t in talks if t["label"]["violations"])
print(f"violations: {sum(vc.values())} instances in {nv} talks;", ", ".join(f"{k} {n}" for k, n in vc.most_common()))
lens = [len(t["turns"]) for _, t in talks]
print("turns: min", min(lens), "max", max(lens), "mean %.1f" % (sum(lens)/len(lens)))

y = [t["label"]["overall"] for _, t in talks]
preds = {
  "total turns": [len(t["turns"]) for _, t in talks],
  "trainee turns": [sum(u["role"] == "trainee" for u in t["turns"]) for _, t in talks],
  "count of 您 in trainee turns": [sum(u["text"].count("您") for u in t["turns"] if u["role"] == "trainee") for _, t in talks],
  "trainee characters": [sum(len(u["text"]) for u in t["turns"] if u["role"] == "trainee") for _, t in talks],
  "number of stages labelled done": [len(t["label"]["stages_done"]) for _, t in talks],
  "minus number of labelled violations": [-len(t["label"]["violations"]) for _, t in talks],
}
print("\nSpearman rho vs overall:")
for k, v in preds.items(): print(f"  {k:38s} {spearman(v, y):+.2f}")
sys.exit(1 if errs else 0)
