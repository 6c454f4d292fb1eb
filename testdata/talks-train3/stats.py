#!/usr/bin/env python3
"""Validate the talks in this directory and print the figures used in README.md.

Run from the repository root:  python3 testdata/talks-train3/stats.py
Only the standard library is used (Spearman rho with average ranks for ties).
"""
import collections, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS = "confused resentful pestering unwell veteran choleric sanguine phlegmatic melancholic".split()
QUALITIES = "excellent good short_good mediocre bad long_bad".split()
STAGES = "introduction first_talk listening presentation summary coordination".split()
CODES = "rude false_promise buck_passing confront buy_peace officialese accept_gift".split()
BREACH = {"false_promise", "buy_peace", "accept_gift"}
ASCII_PUNCT = re.compile(r"[,.?!:;()\[\]\"']")

errors = []
talks = []
for path in sorted(glob.glob(os.path.join(HERE, "*.json"))):
    name = os.path.basename(path)[:-5]
    try:
        t = json.load(open(path, encoding="utf-8"))
    except Exception as e:
        errors.append(f"{name}: not JSON ({e})"); continue
    def err(msg): errors.append(f"{name}: {msg}")
    if set(t) != {"persona", "scenario", "quality", "note", "turns", "label"}:
        err(f"top-level fields {sorted(t)}")
    if set(t.get("label", {})) != {"overall", "stages_done", "violations"}:
        err("label fields")
    m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)", name)
    if not m or m.group(1) != t["persona"] or m.group(3) != t["quality"]:
        err("file name does not match persona/quality")
    if t["persona"] not in PERSONAS: err("persona")
    if t["quality"] not in QUALITIES: err("quality")
    if t["scenario"] != "": err("scenario not empty")
    turns = t["turns"]
    if not 4 <= len(turns) <= 30: err(f"{len(turns)} turns")
    for i, tu in enumerate(turns):
        if set(tu) != {"role", "text"} or tu["role"] not in ("visitor", "trainee"):
            err(f"turn {i} malformed")
        if ASCII_PUNCT.search(tu["text"]):
            err(f"turn {i} has ASCII punctuation: {ASCII_PUNCT.findall(tu['text'])}")
    lab = t["label"]
    ov = lab["overall"]
    if not isinstance(ov, int) or not 0 <= ov <= 100: err("overall")
    sd = lab["stages_done"]
    if sd != [s for s in STAGES if s in sd] or len(set(sd)) != len(sd): err("stages order/keys")
    for v in lab["violations"]:
        if set(v) != {"code", "turn"} or v["code"] not in CODES: err(f"violation {v}")
        elif not (0 <= v["turn"] < len(turns)) or turns[v["turn"]]["role"] != "trainee":
            err(f"violation {v} does not point at a trainee turn")
    codes = {v["code"] for v in lab["violations"]}
    breach = bool(codes & BREACH) or (t["persona"] == "unwell" and "confront" in codes)
    if breach and ov > 40: err("breach but overall > 40")
    if not t["note"]: err("empty note")
    talks.append(t)

if errors:
    print("VALIDATION ERRORS:"); print("\n".join(errors)); sys.exit(1)
print(f"{len(talks)} talks, all valid\n")


def ranks(xs):
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    r = [0.0] * len(xs); i = 0
    while i < len(xs):
        j = i
        while j + 1 < len(xs) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return r


def spearman(a, b):
    ra, rb = ranks(a), ranks(b)
    n = len(a); ma = sum(ra) / n; mb = sum(rb) / n
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb))
    va = sum((x - ma) ** 2 for x in ra) ** 0.5
    vb = sum((y - mb) ** 2 for y in rb) ** 0.5
    return cov / (va * vb)


# distribution
dist = collections.Counter((t["persona"], t["quality"]) for t in talks)
print("| persona | " + " | ".join(QUALITIES) + " | total |")
print("|---" * (len(QUALITIES) + 2) + "|")
for p in PERSONAS:
    row = [dist[(p, q)] for q in QUALITIES]
    print(f"| {p} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
tot = [sum(dist[(p, q)] for p in PERSONAS) for q in QUALITIES]
print("| **total** | " + " | ".join(map(str, tot)) + f" | **{sum(tot)}** |\n")

# score ranges by quality
print("| quality | range | scores |\n|---|---|---|")
for q in QUALITIES:
    s = sorted(t["label"]["overall"] for t in talks if t["quality"] == q)
    print(f"| {q} | {s[0]}–{s[-1]} | {' '.join(map(str, s))} |")
print()

# histogram
print("```")
for lo in range(0, 100, 10):
    hi = 100 if lo == 90 else lo + 9
    c = sum(1 for t in talks if lo <= t["label"]["overall"] <= hi)
    print(f"{lo:>3}–{hi:<3} {c:>3} {'#' * c}")
print("```\n")

lens = [len(t["turns"]) for t in talks]
print(f"turns per talk: min {min(lens)}, max {max(lens)}, mean {sum(lens)/len(lens):.1f}")
sc = collections.Counter(s for t in talks for s in t["label"]["stages_done"])
print("stages done: " + ", ".join(f"{s} {sc[s]}" for s in STAGES))
vc = collections.Counter(v["code"] for t in talks for v in t["label"]["violations"])
nv = sum(vc.values()); nt = sum(1 for t in talks if t["label"]["violations"])
print(f"violations: {nv} instances in {nt} talks; " + ", ".join(f"{c} {vc[c]}" for c in CODES))
nb = sum(1 for t in talks if ({v['code'] for v in t['label']['violations']} & BREACH)
         or (t['persona'] == 'unwell' and any(v['code'] == 'confront' for v in t['label']['violations'])))
print(f"talks with a compliance breach (capped at 40): {nb}\n")

# baselines
ov = [t["label"]["overall"] for t in talks]
def tr(t): return [x["text"] for x in t["turns"] if x["role"] == "trainee"]
preds = {
    "total turns": [len(t["turns"]) for t in talks],
    "trainee turns": [len(tr(t)) for t in talks],
    "count of 您 in trainee turns": [sum(s.count("您") for s in tr(t)) for t in talks],
    "total trainee characters": [sum(len(s) for s in tr(t)) for t in talks],
    "number of stages labelled done": [len(t["label"]["stages_done"]) for t in talks],
    "minus the number of labelled violations": [-len(t["label"]["violations"]) for t in talks],
}
print("| predictor | Spearman ρ vs overall |\n|---|---|")
for k, v in preds.items():
    print(f"| {k} | {spearman(v, ov):.2f} |")
