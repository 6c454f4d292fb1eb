#!/usr/bin/env python3
"""Validate testdata/lines/lines.jsonl and print counts.

Usage (from the repo root): python3 testdata/lines/validate.py
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "lines.jsonl")

FIELDS = ["id", "persona", "visitor", "text", "codes", "note"]
PERSONAS = {"confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"}
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
ID_RE = re.compile(r"^(?:(%s)-(n?)(\d{2})|good-(\d{2}))$" % "|".join(CODES))
CJK = re.compile(r"[\u4e00-\u9fff]")
ASCII_PUNCT = re.compile(r"[,?!;:\"']")


def main():
    errors = []
    ids = set()
    pos = collections.Counter()      # lines whose id names the code (positive)
    neg = collections.Counter()      # hard negatives for the code
    coded = collections.Counter()    # every occurrence of a code in "codes"
    personas = collections.Counter()
    multi = 0
    good = 0
    n = 0
    with open(PATH, encoding="utf-8") as f:
        for ln, raw in enumerate(f, 1):
            if not raw.strip():
                errors.append(f"line {ln}: blank line")
                continue
            n += 1
            try:
                o = json.loads(raw)
            except json.JSONDecodeError as e:
                errors.append(f"line {ln}: bad JSON: {e}")
                continue
            if list(o.keys()) != FIELDS:
                errors.append(f"line {ln}: fields {list(o.keys())}")
                continue
            i = o["id"]
            if i in ids:
                errors.append(f"line {ln}: duplicate id {i}")
            ids.add(i)
            m = ID_RE.match(i)
            if not m:
                errors.append(f"line {ln}: bad id {i}")
                continue
            if o["persona"] not in PERSONAS:
                errors.append(f"line {ln}: bad persona {o['persona']}")
            personas[o["persona"]] += 1
            for k in ("visitor", "text", "note"):
                if not isinstance(o[k], str):
                    errors.append(f"line {ln}: {k} not a string")
            if not o["text"].strip() or not o["note"].strip():
                errors.append(f"line {ln}: empty text or note")
            codes = o["codes"]
            if not isinstance(codes, list) or any(c not in CODES for c in codes):
                errors.append(f"line {ln}: bad codes {codes}")
                continue
            if len(set(codes)) != len(codes):
                errors.append(f"line {ln}: repeated code")
            for k in ("visitor", "text"):
                s = o[k]
                if CJK.search(s) and ASCII_PUNCT.search(s):
                    errors.append(f"line {ln}: ASCII punctuation in {k}: {s}")
            for c in codes:
                coded[c] += 1
            if len(codes) > 1:
                multi += 1
            if m.group(4):
                good += 1
                if codes:
                    errors.append(f"line {ln}: good line carries codes")
            elif m.group(2) == "n":
                neg[m.group(1)] += 1
                if m.group(1) in codes:
                    errors.append(f"line {ln}: negative carries its own code")
            else:
                pos[m.group(1)] += 1
                if m.group(1) not in codes:
                    errors.append(f"line {ln}: positive lacks its own code")
    print(f"lines: {n}  good: {good}  multi-code lines: {multi}")
    print(f"{'code':15} {'pos':>4} {'neg':>4} {'coded':>6}")
    for c in CODES:
        print(f"{c:15} {pos[c]:4} {neg[c]:4} {coded[c]:6}")
    print("personas:", dict(sorted(personas.items())))
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
