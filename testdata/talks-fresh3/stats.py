"""Validate the talks in this directory and print the figures used in README.md."""
import json, glob, os, re, collections
D = os.path.dirname(os.path.abspath(__file__))
STAGES = ["introduction","first_talk","listening","presentation","summary","coordination"]
CODES = ["rude","false_promise","buck_passing","confront","buy_peace","officialese","accept_gift"]
PERSONAS = "confused resentful pestering unwell veteran choleric sanguine phlegmatic melancholic".split()
QUALS = "excellent good short_good mediocre bad long_bad".split()
BREACH = {"false_promise","buy_peace","accept_gift"}
files = sorted(glob.glob(os.path.join(D, "*.json")))
rows, errs = [], []
for f in files:
    t = json.load(open(f, encoding="utf-8"))
    n = os.path.basename(f)[:-5]
    p, nn, q = n.split("-")
    if set(t) != {"persona","scenario","quality","note","turns","label"}: errs.append((n,"fields"))
    if set(t["label"]) != {"overall","stages_done","violations"}: errs.append((n,"label fields"))
    if t["persona"] != p or p not in PERSONAS: errs.append((n,"persona"))
    if t["quality"] != q or q not in QUALS: errs.append((n,"quality"))
    if t["scenario"] != "": errs.append((n,"scenario"))
    if not re.fullmatch(r"\d\d", nn): errs.append((n,"nn"))
    T = t["turns"]
    if not 4 <= len(T) <= 30: errs.append((n,"len"))
    for x in T:
        if set(x) != {"role","text"} or x["role"] not in ("visitor","trainee") or not x["text"]: errs.append((n,"turn"))
        if re.search(r"[,?!;:]", x["text"]): errs.append((n,"ascii punct: "+x["text"][:20]))
    L = t["label"]
    if not isinstance(L["overall"], int) or not 0 <= L["overall"] <= 100: errs.append((n,"overall"))
    sd = L["stages_done"]
    if sd != [s for s in STAGES if s in sd] or len(set(sd)) != len(sd): errs.append((n,"stages"))
    for v in L["violations"]:
        if set(v) != {"code","turn"} or v["code"] not in CODES: errs.append((n,"code"))
        if not (0 <= v["turn"] < len(T)) or T[v["turn"]]["role"] != "trainee": errs.append((n,"vturn"))
    breach = any(v["code"] in BREACH for v in L["violations"]) or (p == "unwell" and any(v["code"] == "confront" for v in L["violations"]))
    if breach and L["overall"] > 40: errs.append((n,"cap"))
    rows.append((n, p, q, t))
print("files", len(files), "errors", errs)

def rank(a):
    idx = sorted(range(len(a)), key=lambda i: a[i]); r = [0.0]*len(a); i = 0
    while i < len(a):
        j = i
        while j+1 < len(a) and a[idx[j+1]] == a[idx[i]]: j += 1
        for k in range(i, j+1): r[idx[k]] = (i+j)/2 + 1
        i = j+1
    return r
def spearman(x, y):
    rx, ry = rank(x), rank(y); n = len(x); mx, my = sum(rx)/n, sum(ry)/n
    cov = sum((a-mx)*(b-my) for a, b in zip(rx, ry))
    return cov / (sum((a-mx)**2 for a in rx) * sum((b-my)**2 for b in ry)) ** 0.5

print("\n| persona | " + " | ".join(QUALS) + " | total |")
print("|---|" + "---|"*(len(QUALS)+1))
tot = collections.Counter()
for p in PERSONAS:
    c = collections.Counter(q for _, pp, q, _ in rows if pp == p); tot.update(c)
    print(f"| {p} | " + " | ".join(str(c[q]) for q in QUALS) + f" | {sum(c.values())} |")
print("| **total** | " + " | ".join(str(tot[q]) for q in QUALS) + f" | **{len(rows)}** |")
print("\n| quality | range | scores |\n|---|---|---|")
for q in QUALS:
    s = sorted(t["label"]["overall"] for _, _, qq, t in rows if qq == q)
    print(f"| {q} | {s[0]}–{s[-1]} | {' '.join(map(str, s))} |")
ov = [t["label"]["overall"] for *_, t in rows]
print("\nhistogram")
for lo in range(0, 100, 10):
    hi = 100 if lo == 90 else lo+9
    c = sum(lo <= o <= hi for o in ov)
    print(f"{lo:>3}–{hi:<3} {c:>3} {'#'*c}")
sc = collections.Counter(s for *_, t in rows for s in t["label"]["stages_done"])
print("\nstages done:", ", ".join(f"{s} {sc[s]}" for s in STAGES))
vc = collections.Counter(v["code"] for *_, t in rows for v in t["label"]["violations"])
nv = sum(vc.values()); withv = sum(1 for *_, t in rows if t["label"]["violations"])
print(f"violations: {nv} instances in {withv} talks; {len(rows)-withv} talks have none;", ", ".join(f"{c} {vc[c]}" for c in CODES))
print("turns range", min(len(t["turns"]) for *_, t in rows), max(len(t["turns"]) for *_, t in rows))
preds = {
 "total turns": [len(t["turns"]) for *_, t in rows],
 "trainee turns": [sum(x["role"]=="trainee" for x in t["turns"]) for *_, t in rows],
 "count of 您 in trainee turns": [sum(x["text"].count("您") for x in t["turns"] if x["role"]=="trainee") for *_, t in rows],
 "number of stages labelled done": [len(t["label"]["stages_done"]) for *_, t in rows],
 "minus the number of labelled violations": [-len(t["label"]["violations"]) for *_, t in rows],
}
print("\n| predictor | ρ |\n|---|---|")
for k, v in preds.items(): print(f"| {k} | {spearman(v, ov):.2f} |")
