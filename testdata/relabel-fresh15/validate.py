#!/usr/bin/env python3
"""Validate the hand labels in this folder against the unlabelled input talks.

Usage (from anywhere):  python3 validate.py [INPUT_DIR]
INPUT_DIR defaults to /tmp/relabel/talks-fresh15.

Checks:
- every input tNN.json has an output tNN.json here (and no extra tNN files);
- persona, scenario and turns are identical to the input (texts byte-for-byte);
- the field set, quality, overall range, stage keys (canonical order, no
  duplicates) and violation codes are valid;
- every violation turn is an int index that points at a trainee turn;
- overall <= 40 when a compliance breach is labelled (false_promise,
  buy_peace, accept_gift, or confront with an unwell visitor);
- the note is English and 1-4 sentences.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
INPUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/relabel/talks-fresh15"

QUALITIES = {"excellent", "good", "mediocre", "bad", "long_bad", "short_good"}
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = {"rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"}
FIELDS = {"persona", "scenario", "quality", "note", "turns", "label"}
LABEL_FIELDS = {"overall", "stages_done", "violations"}
NAME = re.compile(r"^t\d\d\.json$")

errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


inputs = sorted(n for n in os.listdir(INPUT) if NAME.match(n))
outputs = sorted(n for n in os.listdir(HERE) if NAME.match(n))
if not inputs:
    err(INPUT, "no input talks found")
for n in inputs:
    if n not in outputs:
        err(n, "missing output file")
for n in outputs:
    if n not in inputs:
        err(n, "output without an input talk")

for n in inputs:
    if n not in outputs:
        continue
    with open(os.path.join(INPUT, n), encoding="utf-8") as fh:
        src = json.load(fh)
    try:
        with open(os.path.join(HERE, n), encoding="utf-8") as fh:
            d = json.load(fh)
    except Exception as e:  # malformed JSON
        err(n, f"bad JSON: {e}")
        continue
    if set(d) != FIELDS:
        err(n, f"fields {sorted(d)} != {sorted(FIELDS)}")
        continue
    for k in ("persona", "scenario", "turns"):
        if d[k] != src[k]:
            err(n, f"{k} differs from input")
    if d["scenario"] != "":
        err(n, "scenario not empty")
    turns = d["turns"]
    if any(set(t) != {"role", "text"} or t["role"] not in ("visitor", "trainee") for t in turns):
        err(n, "bad turn shape or role")
    if d["quality"] not in QUALITIES:
        err(n, f"bad quality {d['quality']!r}")
    note = d["note"]
    if not isinstance(note, str) or not note.strip():
        err(n, "empty note")
    else:
        bare = re.sub(r"\"[^\"]*\"|“[^”]*”", "", note)  # quoted Chinese is allowed
        if re.search(r"[\u4e00-\u9fff]", bare):
            err(n, "note has Chinese outside quotes/parentheses")
        sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", note.strip()) if s]
        if not 1 <= len(sentences) <= 4:
            err(n, f"note has {len(sentences)} sentences")
    lab = d["label"]
    if set(lab) != LABEL_FIELDS:
        err(n, f"label fields {sorted(lab)}")
        continue
    ov = lab["overall"]
    if not isinstance(ov, int) or isinstance(ov, bool) or not 0 <= ov <= 100:
        err(n, f"bad overall {ov!r}")
    st = lab["stages_done"]
    if any(s not in STAGES for s in st) or len(set(st)) != len(st) or st != [s for s in STAGES if s in st]:
        err(n, f"bad stages_done {st}")
    breach = False
    seen = set()
    for v in lab["violations"]:
        if set(v) != {"code", "turn"}:
            err(n, f"bad violation shape {v}")
            continue
        c, t = v["code"], v["turn"]
        if c not in CODES:
            err(n, f"bad code {c!r}")
        if not isinstance(t, int) or isinstance(t, bool) or not 0 <= t < len(turns):
            err(n, f"violation turn out of range {t!r}")
            continue
        if turns[t]["role"] != "trainee":
            err(n, f"violation {c} at turn {t} is not a trainee turn")
        if (c, t) in seen:
            err(n, f"duplicate violation {c}@{t}")
        seen.add((c, t))
        if c in ("false_promise", "buy_peace", "accept_gift") or (c == "confront" and d["persona"] == "unwell"):
            breach = True
    if breach and isinstance(ov, int) and ov > 40:
        err(n, f"compliance breach but overall {ov} > 40")

if errors:
    print("\n".join(errors))
    print(f"FAIL: {len(errors)} problem(s)")
    sys.exit(1)
print(f"OK: {len(inputs)} talks validated")
