#!/usr/bin/env python3
"""Validate the hand labels in this folder against the unlabelled input talks."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/tmp/relabel/talks-fresh8"
QUALITIES = {"excellent", "good", "mediocre", "bad", "long_bad", "short_good"}
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = {"rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"}
BREACH = {"false_promise", "buy_peace", "accept_gift"}
KEYS = {"persona", "scenario", "quality", "note", "turns", "label"}

errors = []
def err(f, msg): errors.append(f"{f}: {msg}")

names = sorted(n for n in os.listdir(SRC) if n.endswith(".json")) if os.path.isdir(SRC) else [f"t{i:02d}.json" for i in range(1, 37)]
if len(names) != 36: err("-", f"expected 36 inputs, found {len(names)}")
for name in names:
    out = os.path.join(HERE, name)
    if not os.path.exists(out):
        err(name, "missing output"); continue
    try:
        d = json.load(open(out, encoding="utf-8"))
    except Exception as e:
        err(name, f"bad JSON: {e}"); continue
    if set(d) != KEYS: err(name, f"keys {sorted(d)}")
    if os.path.isdir(SRC):
        src = json.load(open(os.path.join(SRC, name), encoding="utf-8"))
        if d.get("turns") != src["turns"]: err(name, "turns differ from input")
        if d.get("persona") != src["persona"]: err(name, "persona differs")
    if d.get("scenario") != "": err(name, "scenario not empty")
    if d.get("quality") not in QUALITIES: err(name, f"quality {d.get('quality')}")
    note = d.get("note", "")
    if not isinstance(note, str) or not note.strip(): err(name, "empty note")
    turns = d.get("turns", [])
    if not 4 <= len(turns) <= 30: err(name, f"{len(turns)} turns")
    for t in turns:
        if set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee"): err(name, f"bad turn {t}")
    lab = d.get("label", {})
    if set(lab) != {"overall", "stages_done", "violations"}: err(name, f"label keys {sorted(lab)}")
    o = lab.get("overall")
    if not isinstance(o, int) or not 0 <= o <= 100: err(name, f"overall {o}")
    st = lab.get("stages_done", [])
    if any(s not in STAGES for s in st) or len(set(st)) != len(st): err(name, f"stages {st}")
    if st != [s for s in STAGES if s in st]: err(name, "stages not in canonical order")
    breach = False
    for v in lab.get("violations", []):
        if set(v) != {"code", "turn"}: err(name, f"violation keys {v}"); continue
        if v["code"] not in CODES: err(name, f"code {v['code']}")
        i = v["turn"]
        if not isinstance(i, int) or not 0 <= i < len(turns) or turns[i]["role"] != "trainee":
            err(name, f"violation turn {i} not a trainee turn")
        if v["code"] in BREACH or (v["code"] == "confront" and d.get("persona") == "unwell"):
            breach = True
    if breach and isinstance(o, int) and o > 40: err(name, f"breach but overall {o} > 40")

extra = sorted(n for n in os.listdir(HERE) if n.endswith(".json") and n not in names)
if extra: err("-", f"unexpected outputs {extra}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print(f"OK: {len(names)} talks validated")
