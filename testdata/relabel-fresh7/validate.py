#!/usr/bin/env python3
"""Validate the hand labels in this folder against the unlabelled inputs.

Usage: python3 validate.py [INPUT_DIR]   (default /tmp/relabel/talks-fresh7)
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = sys.argv[1] if len(sys.argv) > 1 else "/tmp/relabel/talks-fresh7"
QUALITIES = {"excellent", "good", "mediocre", "bad", "long_bad", "short_good"}
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = {"rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"}
BREACH = {"false_promise", "buy_peace", "accept_gift"}
KEYS = {"persona", "scenario", "quality", "note", "turns", "label"}
LABEL_KEYS = {"overall", "stages_done", "violations"}

errors = []
def err(name, msg):
    errors.append(f"{name}: {msg}")

names = [f"t{i:02d}.json" for i in range(1, 37)]
if os.path.isdir(SRC):
    src_names = sorted(f for f in os.listdir(SRC) if f.endswith(".json"))
    if src_names != names:
        err("input", f"unexpected input set {src_names}")
else:
    err("input", f"input dir {SRC} not found; turn identity not checked")

for name in names:
    p = os.path.join(HERE, name)
    if not os.path.exists(p):
        err(name, "missing output file"); continue
    try:
        d = json.load(open(p, encoding="utf-8"))
    except Exception as e:
        err(name, f"bad JSON: {e}"); continue
    if set(d) != KEYS:
        err(name, f"fields {sorted(d)}")
    if os.path.isdir(SRC):
        s = json.load(open(os.path.join(SRC, name), encoding="utf-8"))
        if d.get("persona") != s.get("persona"):
            err(name, "persona differs from input")
        if d.get("turns") != s.get("turns"):
            err(name, "turns differ from input")
    if d.get("scenario") != "":
        err(name, "scenario must be empty")
    if d.get("quality") not in QUALITIES:
        err(name, f"bad quality {d.get('quality')}")
    note = d.get("note")
    if not isinstance(note, str) or not note.strip():
        err(name, "empty note")
    turns = d.get("turns", [])
    for i, t in enumerate(turns):
        if set(t) != {"role", "text"} or t.get("role") not in ("visitor", "trainee"):
            err(name, f"turn {i} malformed")
    lab = d.get("label", {})
    if set(lab) != LABEL_KEYS:
        err(name, f"label fields {sorted(lab)}"); continue
    ov = lab["overall"]
    if not isinstance(ov, int) or not 0 <= ov <= 100:
        err(name, f"overall {ov} out of range")
    sd = lab["stages_done"]
    if any(s not in STAGES for s in sd) or len(set(sd)) != len(sd):
        err(name, f"bad stage keys {sd}")
    elif sd != [s for s in STAGES if s in sd]:
        err(name, f"stages not in canonical order {sd}")
    breach = False
    seen = set()
    for v in lab["violations"]:
        if set(v) != {"code", "turn"}:
            err(name, f"violation fields {v}"); continue
        c, t = v["code"], v["turn"]
        if c not in CODES:
            err(name, f"unknown code {c}")
        if (c, t) in seen:
            err(name, f"duplicate violation {c}@{t}")
        seen.add((c, t))
        if not isinstance(t, int) or not 0 <= t < len(turns):
            err(name, f"turn index {t} out of range"); continue
        if turns[t]["role"] != "trainee":
            err(name, f"violation {c}@{t} points at a {turns[t]['role']} turn")
        if c in BREACH or (c == "confront" and d.get("persona") == "unwell"):
            breach = True
    if breach and isinstance(ov, int) and ov > 40:
        err(name, f"compliance breach but overall {ov} > 40")

for e in errors:
    print("ERROR", e)
print(f"checked {len(names)} files: {'OK' if not errors else str(len(errors)) + ' error(s)'}")
sys.exit(1 if errors else 0)
