#!/usr/bin/env python3
"""Writes a large regulation for the parse benchmark: the front matter of a
corpus regulation, its chapters and articles repeated (articles and chapters
renumbered so that the numbering stays sound) up to about SIZE bytes, and its
closing block.  Usage: make_regulation.py SOURCE.qc SIZE OUTPUT"""
import re
import sys

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(n):
    out = ""
    for value, letters in ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def main(source, size, output):
    lines = open(source, encoding="utf-8").read().split("\n")
    first = next(i for i, line in enumerate(lines) if re.match(r"(Chương|CHƯƠNG) ", line))
    last = next(i for i, line in enumerate(lines) if re.match(r"\s+T/M ", line))
    front, body, closing = lines[:first], lines[first:last], lines[last:]
    out, total, article, chapter = list(front), 0, 0, 0
    while total < size:
        for line in body:
            if re.match(r"Điều \d+", line):
                article += 1
                line = re.sub(r"^Điều \d+", f"Điều {article}", line)
            elif re.match(r"Chương [IVXLC]+$", line):
                chapter += 1
                line = f"Chương {roman(chapter)}"
            out.append(line)
            total += len(line.encode("utf-8")) + 1
    with open(output, "w", encoding="utf-8") as f:
        f.write("\n".join(out + closing))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
