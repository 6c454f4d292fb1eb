#!/usr/bin/env python3
"""Validate the hand labels in this folder against the unlabelled inputs.

Usage: python3 validate.py [INPUT_DIR]   (default /tmp/relabel/talks-fresh13)
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = sys.argv[1] if len(sys.argv) > 1 else "/tmp/relabel/talks-fresh13"
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = {"rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"}
QUALITIES = {"excellent", "good", "mediocre", "bad", "long_bad", "short_good"}
FIELDS = {"persona", "scenario", "quality", "note", "turns", "label"}
BREACH = {"false_promise", "buy_peace", "accept_gift"}

errors = []
def err(name, msg): errors.append(f"{name}: {msg}")

inputs = sorted(f for f in os.listdir(SRC) if f.endswith(".json"))
if len(inputs) != 36:
    err("inputs", f"expected 36 input talks, found {len(inputs)}")
outputs = sorted(f for f in os.listdir(HERE) if f.endswith(".json"))
for extra in set(outputs) - set(inputs):
    err(extra, "output without an input")

for name in inputs:
    src = json.load(open(os.path.join(SRC, name), encoding="utf-8"))
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        err(name, "missing output"); continue
    try:
        d = json.load(open(path, encoding="utf-8"))
    except Exception as e:
        err(name, f"bad JSON: {e}"); continue
    if set(d) != FIELDS:
        err(name, f"fields {sorted(d)}")
    if d.get("persona") != src.get("persona"):
        err(name, "persona differs from input")
    if d.get("scenario") != "":
        err(name, "scenario must be empty")
    if d.get("turns") != src.get("turns"):
        err(name, "turns differ from input")
    turns = d.get("turns", [])
    for i, t in enumerate(turns):
        if set(t) != {"role", "text"} or t.get("role") not in ("visitor", "trainee"):
            err(name, f"turn {i} malformed")
    if d.get("quality") not in QUALITIES:
        err(name, f"quality {d.get('quality')!r}")
    note = d.get("note")
    if not isinstance(note, str) or not note.strip():
        err(name, "empty note")
    lab = d.get("label", {})
    if set(lab) != {"overall", "stages_done", "violations"}:
        err(name, f"label fields {sorted(lab)}")
    ov = lab.get("overall")
    if not isinstance(ov, int) or isinstance(ov, bool) or not 0 <= ov <= 100:
        err(name, f"overall {ov!r}")
    st = lab.get("stages_done", [])
    if any(s not in STAGES for s in st) or len(set(st)) != len(st):
        err(name, f"bad stage keys {st}")
    elif st != [s for s in STAGES if s in st]:
        err(name, "stages not in canonical order")
    breach = False
    for v in lab.get("violations", []):
        if set(v) != {"code", "turn"}:
            err(name, f"violation fields {v}"); continue
        if v["code"] not in CODES:
            err(name, f"unknown code {v['code']}")
        ti = v["turn"]
        if not isinstance(ti, int) or not 0 <= ti < len(turns):
            err(name, f"turn index {ti} out of range"); continue
        if turns[ti]["role"] != "trainee":
            err(name, f"violation {v['code']} at turn {ti} is not a trainee turn")
        if v["code"] in BREACH or (v["code"] == "confront" and d.get("persona") == "unwell"):
            breach = True
    vs = [(v.get("code"), v.get("turn")) for v in lab.get("violations", [])]
    if len(set(vs)) != len(vs):
        err(name, "duplicate violation")
    if breach and isinstance(ov, int) and ov > 40:
        err(name, f"compliance breach but overall {ov} > 40")

if errors:
    print("\n".join(errors)); print(f"{len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(inputs)} talks validated")
