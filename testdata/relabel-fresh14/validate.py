#!/usr/bin/env python3
"""Validate the hand labels in this folder against the unlabelled input talks."""
import json, os, sys, glob
SRC = "/tmp/relabel/talks-fresh14"
DST = os.path.dirname(os.path.abspath(__file__))
QUAL = {"excellent", "good", "mediocre", "bad", "long_bad", "short_good"}
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = {"rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"}
BREACH = {"false_promise", "buy_peace", "accept_gift"}
KEYS = {"persona", "scenario", "quality", "note", "turns", "label"}
errs = []
def err(f, m): errs.append(f"{f}: {m}")
inputs = sorted(os.path.basename(p) for p in glob.glob(f"{SRC}/t*.json"))
if len(inputs) != 36: err("input", f"expected 36 input talks, found {len(inputs)}")
outs = sorted(os.path.basename(p) for p in glob.glob(f"{DST}/t*.json"))
for extra in set(outs) - set(inputs): err(extra, "output without input")
for name in inputs:
    p = f"{DST}/{name}"
    if not os.path.exists(p): err(name, "missing output"); continue
    try:
        d = json.load(open(p, encoding="utf-8"))
    except Exception as e:
        err(name, f"bad JSON: {e}"); continue
    s = json.load(open(f"{SRC}/{name}", encoding="utf-8"))
    if set(d) != KEYS: err(name, f"keys {sorted(d)}")
    if d.get("persona") != s["persona"]: err(name, "persona differs")
    if d.get("scenario") != "" or s.get("scenario") != "": err(name, "scenario not empty")
    if d.get("turns") != s["turns"]: err(name, "turns differ from input")
    turns = d.get("turns", [])
    if not all(set(t) == {"role", "text"} and t["role"] in ("visitor", "trainee") for t in turns): err(name, "bad turn")
    if not 4 <= len(turns) <= 30: err(name, f"{len(turns)} turns")
    if d.get("quality") not in QUAL: err(name, f"quality {d.get('quality')}")
    note = d.get("note")
    if not isinstance(note, str) or not note.strip(): err(name, "empty note")
    lab = d.get("label", {})
    if set(lab) != {"overall", "stages_done", "violations"}: err(name, f"label keys {sorted(lab)}")
    ov = lab.get("overall")
    if not isinstance(ov, int) or isinstance(ov, bool) or not 0 <= ov <= 100: err(name, f"overall {ov}")
    sd = lab.get("stages_done", [])
    if any(x not in STAGES for x in sd) or len(set(sd)) != len(sd): err(name, f"stages {sd}")
    if sd != [x for x in STAGES if x in sd]: err(name, "stages not in canonical order")
    breach = False
    seen = set()
    for v in lab.get("violations", []):
        if set(v) != {"code", "turn"}: err(name, f"violation keys {v}"); continue
        c, t = v["code"], v["turn"]
        if c not in CODES: err(name, f"code {c}")
        if not isinstance(t, int) or not 0 <= t < len(turns): err(name, f"turn {t} out of range"); continue
        if turns[t]["role"] != "trainee": err(name, f"violation {c} at turn {t} is not a trainee turn")
        if (c, t) in seen: err(name, f"duplicate {c}@{t}")
        seen.add((c, t))
        if c in BREACH or (c == "confront" and d.get("persona") == "unwell"): breach = True
    if breach and isinstance(ov, int) and ov > 40: err(name, f"compliance breach but overall {ov} > 40")
for e in errs: print(e)
print(f"{len(inputs)} talks checked, {len(errs)} problems")
sys.exit(1 if errs else 0)
