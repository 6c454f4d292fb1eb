#!/usr/bin/env python3
"""Validate the talks in this directory and print the figures used in README.md.

Run from the repository root:  python3 testdata/talks-fresh5/stats.py
"""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS = "confused resentful pestering unwell veteran choleric sanguine phlegmatic melancholic".split()
QUALITIES = "excellent good short_good mediocre bad long_bad".split()
STAGES = "introduction first_talk listening presentation summary coordination".split()
CODES = "rude false_promise buck_passing confront buy_peace officialese accept_gift".split()
BREACH = {"false_promise", "buy_peace", "accept_gift"}
ASCII_PUNCT = re.compile(r"[,.?!:;()\"'\[\]]")


def rank(xs):
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    r = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return r


def spearman(a, b):
    ra, rb = rank(a), rank(b)
    n = len(a)
    ma, mb = sum(ra) / n, sum(rb) / n
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb))
    va = sum((x - ma) ** 2 for x in ra) ** 0.5
    vb = sum((y - mb) ** 2 for y in rb) ** 0.5
    return cov / (va * vb)


errors = []
talks = []
for path in sorted(glob.glob(os.path.join(HERE, "*.json"))):
    name = os.path.basename(path)[:-5]
    try:
        d = json.load(open(path, encoding="utf-8"))
    except Exception as e:
        errors.append(f"{name}: bad JSON {e}")
        continue
    def err(msg):
        errors.append(f"{name}: {msg}")
    if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
        err(f"fields {sorted(d)}")
    if set(d.get("label", {})) != {"overall", "stages_done", "violations"}:
        err("label fields")
    m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)", name)
    if not m or m.group(1) != d["persona"] or m.group(3) != d["quality"]:
        err("file name does not match persona/quality")
    if d["persona"] not in PERSONAS: err("persona")
    if d["quality"] not in QUALITIES: err("quality")
    if d["scenario"] != "": err("scenario not empty")
    if not isinstance(d["note"], str) or not d["note"]: err("note")
    turns = d["turns"]
    if not 4 <= len(turns) <= 30: err(f"{len(turns)} turns")
    for i, t in enumerate(turns):
        if set(t) != {"role", "text"}: err(f"turn {i} fields")
        if t["role"] not in ("visitor", "trainee"): err(f"turn {i} role")
        if not t["text"].strip(): err(f"turn {i} empty")
        if ASCII_PUNCT.search(t["text"]): err(f"turn {i} ASCII punctuation: {t['text'][:30]}")
    lab = d["label"]
    ov = lab["overall"]
    if not isinstance(ov, int) or not 0 <= ov <= 100: err("overall")
    st = lab["stages_done"]
    if st != [s for s in STAGES if s in st] or len(set(st)) != len(st): err("stages order/keys")
    for v in lab["violations"]:
        if set(v) != {"code", "turn"}: err("violation fields")
        if v["code"] not in CODES: err(f"code {v['code']}")
        if not (0 <= v["turn"] < len(turns)) or turns[v["turn"]]["role"] != "trainee":
            err(f"violation index {v['turn']} not a trainee turn")
    breach = any(v["code"] in BREACH for v in lab["violations"]) or (
        d["persona"] == "unwell" and any(v["code"] == "confront" for v in lab["violations"]))
    if breach and ov > 40: err("breach but overall > 40")
    talks.append(d)

if errors:
    print("VALIDATION ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print(f"{len(talks)} files valid\n")

# distribution
print("| persona | " + " | ".join(QUALITIES) + " | total |")
print("|---" * (len(QUALITIES) + 2) + "|")
cnt = Counter((t["persona"], t["quality"]) for t in talks)
for p in PERSONAS:
    row = [cnt[(p, q)] for q in QUALITIES]
    print(f"| {p} | " + " | ".join(str(x) for x in row) + f" | {sum(row)} |")
tot = [sum(cnt[(p, q)] for p in PERSONAS) for q in QUALITIES]
print("| **total** | " + " | ".join(str(x) for x in tot) + f" | **{sum(tot)}** |\n")

print("| quality | range | scores |\n|---|---|---|")
for q in QUALITIES:
    s = sorted(t["label"]["overall"] for t in talks if t["quality"] == q)
    print(f"| {q} | {s[0]}–{s[-1]} | {' '.join(map(str, s))} |")
print()

print("Histogram of overall:")
for lo in range(0, 100, 10):
    hi = 100 if lo == 90 else lo + 9
    n = sum(1 for t in talks if lo <= t["label"]["overall"] <= hi)
    print(f"  {lo:>2}–{hi:<3} {n:>2} {'#' * n}")
print()

lens = [len(t["turns"]) for t in talks]
print(f"Turns per talk: min {min(lens)}, max {max(lens)}, mean {sum(lens)/len(lens):.1f}")
sc = Counter(s for t in talks for s in t["label"]["stages_done"])
print("Stages done: " + ", ".join(f"{s} {sc[s]}" for s in STAGES))
vc = Counter(v["code"] for t in talks for v in t["label"]["violations"])
nv = sum(vc.values())
withv = sum(1 for t in talks if t["label"]["violations"])
print(f"Violations: {nv} instances in {withv} talks; {len(talks)-withv} talks have none")
print("By code: " + ", ".join(f"{c} {vc[c]}" for c in CODES))
print()

ov = [t["label"]["overall"] for t in talks]
tr = lambda t: [x for x in t["turns"] if x["role"] == "trainee"]
preds = {
    "total turns": [len(t["turns"]) for t in talks],
    "trainee turns": [len(tr(t)) for t in talks],
    "count of 您 in trainee turns": [sum(x["text"].count("您") for x in tr(t)) for t in talks],
    "total trainee characters": [sum(len(x["text"]) for x in tr(t)) for t in talks],
    "number of stages labelled done": [len(t["label"]["stages_done"]) for t in talks],
    "minus number of labelled violations": [-len(t["label"]["violations"]) for t in talks],
}
print("| predictor | Spearman rho vs overall |\n|---|---|")
for k, v in preds.items():
    print(f"| {k} | {spearman(v, ov):.2f} |")
