"""Validate the talks in this directory and print the figures used in README.md."""
import json, glob, os, re, sys
from collections import Counter
D = os.path.dirname(os.path.abspath(__file__))
PERS = "confused resentful pestering unwell veteran choleric sanguine phlegmatic melancholic".split()
QUAL = "excellent good short_good mediocre bad long_bad".split()
ST = "introduction first_talk listening presentation summary coordination".split()
CODES = "rude false_promise buck_passing confront buy_peace officialese accept_gift".split()
BREACH = {"false_promise", "buy_peace", "accept_gift"}
errs, talks = [], []
for f in sorted(glob.glob(os.path.join(D, "*.json"))):
    n = os.path.basename(f)
    try:
        t = json.load(open(f, encoding="utf-8"))
    except Exception as e:
        errs.append(f"{n}: parse {e}"); continue
    def E(m): errs.append(f"{n}: {m}")
    if set(t) != {"persona","scenario","quality","note","turns","label"}: E("fields")
    if set(t["label"]) != {"overall","stages_done","violations"}: E("label fields")
    p, nn, q = n[:-5].split("-", 2)
    if p not in PERS or q not in QUAL or t["persona"] != p or t["quality"] != q: E("name/persona/quality")
    if not re.fullmatch(r"\d\d", nn): E("nn")
    if t["scenario"] != "": E("scenario")
    turns = t["turns"]
    if not 4 <= len(turns) <= 30: E("turn count")
    for i, x in enumerate(turns):
        if set(x) != {"role","text"} or x["role"] not in ("visitor","trainee") or not x["text"].strip(): E(f"turn {i}")
        if re.search(r"[,?!;:\"]", x["text"]): E(f"ascii punct in turn {i}: {x['text']}")
    L = t["label"]
    if not isinstance(L["overall"], int) or not 0 <= L["overall"] <= 100: E("overall")
    if L["stages_done"] != [s for s in ST if s in L["stages_done"]] or len(set(L["stages_done"])) != len(L["stages_done"]): E("stages order")
    for v in L["violations"]:
        if set(v) != {"code","turn"} or v["code"] not in CODES: E(f"viol {v}")
        elif not (0 <= v["turn"] < len(turns)) or turns[v["turn"]]["role"] != "trainee": E(f"viol index {v}")
    breach = any(v["code"] in BREACH for v in L["violations"]) or (p == "unwell" and any(v["code"] == "confront" for v in L["violations"]))
    if breach and L["overall"] > 40: E("breach but overall > 40")
    talks.append((p, q, t))
for e in errs: print("ERROR", e)
print(f"{len(talks)} talks, {len(errs)} errors")
if "--quiet" in sys.argv: sys.exit(1 if errs else 0)

def rank(xs):
    s = sorted(range(len(xs)), key=lambda i: xs[i]); r = [0.0]*len(xs); i = 0
    while i < len(s):
        j = i
        while j+1 < len(s) and xs[s[j+1]] == xs[s[i]]: j += 1
        for k in range(i, j+1): r[s[k]] = (i+j)/2 + 1
        i = j+1
    return r
def spearman(a, b):
    ra, rb = rank(a), rank(b); n = len(a); ma, mb = sum(ra)/n, sum(rb)/n
    num = sum((x-ma)*(y-mb) for x, y in zip(ra, rb))
    den = (sum((x-ma)**2 for x in ra) * sum((y-mb)**2 for y in rb)) ** .5
    return num/den
print("\n| persona | " + " | ".join(QUAL) + " | total |")
print("|---|" + "---|"*(len(QUAL)+1))
c = Counter((p, q) for p, q, _ in talks)
for p in PERS:
    print(f"| {p} | " + " | ".join(str(c[(p, q)]) for q in QUAL) + f" | {sum(c[(p, q)] for q in QUAL)} |")
print("| **total** | " + " | ".join(str(sum(c[(p, q)] for p in PERS)) for q in QUAL) + f" | **{len(talks)}** |")
print("\nscores by quality:")
for q in QUAL:
    s = sorted(t["label"]["overall"] for _, qq, t in talks if qq == q)
    if s: print(f"| {q} | {s[0]}–{s[-1]} | {' '.join(map(str, s))} |")
print("\nhistogram:")
ov = [t["label"]["overall"] for *_, t in talks]
for lo in range(0, 100, 10):
    hi = 100 if lo == 90 else lo+9
    k = sum(lo <= x <= hi for x in ov)
    print(f"{lo:>3}–{hi:<3} {k:>2} {'#'*k}")
sc = Counter(s for *_, t in talks for s in t["label"]["stages_done"])
print("\nstages done:", ", ".join(f"{s} {sc[s]}" for s in ST))
vc = Counter(v["code"] for *_, t in talks for v in t["label"]["violations"])
nv = sum(1 for *_, t in talks if t["label"]["violations"])
print(f"violations: {sum(vc.values())} instances in {nv} talks; " + ", ".join(f"{k} {vc[k]}" for k in CODES))
lens = [len(t["turns"]) for *_, t in talks]
print(f"turns: {min(lens)}–{max(lens)}")
tt = [sum(x["role"] == "trainee" for x in t["turns"]) for *_, t in talks]
nin = [sum(x["text"].count("您") for x in t["turns"] if x["role"] == "trainee") for *_, t in talks]
print("\nbaselines (Spearman rho vs overall):")
print(f"| total turns | {spearman(lens, ov):.2f} |")
print(f"| trainee turns | {spearman(tt, ov):.2f} |")
print(f"| count of 您 in trainee turns | {spearman(nin, ov):.2f} |")
print(f"| number of stages labelled done | {spearman([len(t['label']['stages_done']) for *_, t in talks], ov):.2f} |")
print(f"| minus number of labelled violations | {spearman([-len(t['label']['violations']) for *_, t in talks], ov):.2f} |")
