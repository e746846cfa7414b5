#!/usr/bin/env python3
"""The baseline of the parse benchmark: a regular-expression splitter that
cuts a regulation into chapters, articles, clauses and points and counts them."""
import re
import sys

UNIT = re.compile(r"^(?:(Chương|CHƯƠNG) [IVXLC\d]+|(Điều) \d+[a-z]?[.:]|(\d+)[./)] |([a-zđ])\) )")


def split(text):
    units = {"chapter": [], "article": [], "clause": [], "point": []}
    current = None
    for number, line in enumerate(text.split("\n"), 1):
        match = UNIT.match(line)
        if not match:
            if current is not None:
                current["text"] += " " + line.strip()
            continue
        kind = ("chapter", "article", "clause", "point")[next(i for i, g in enumerate(match.groups()) if g)]
        current = {"line": number, "marker": match.group(0).strip(), "text": line[match.end():].strip()}
        units[kind].append(current)
    return units


units = split(open(sys.argv[1], encoding="utf-8").read())
print(", ".join(f"{len(found)} {kind}s" for kind, found in units.items()))
