#!/usr/bin/python3
"""Seeds of the `word` fuzz target (scripts/fuzz.sh): for each regulation given,
its first lines as a Word file with automatic numbering (tests/input/make_docx.py)
twice: the .docx itself, and its XML parts (document.xml, numbering.xml with
only the list used, styles.xml left empty) joined by the target's separator."""
import os
import re
import subprocess
import sys
import tempfile
import zipfile

SEPARATOR = "\n--part--\n"
here = os.path.dirname(os.path.abspath(__file__))
out = sys.argv[1]
for index, source in enumerate(sys.argv[2:]):
    with tempfile.TemporaryDirectory() as work:
        excerpt = os.path.join(work, "excerpt.qc")
        with open(source, encoding="utf-8") as file:
            lines = file.read().split("\n")[:60]
        with open(excerpt, "w", encoding="utf-8") as file:
            file.write("\n".join(lines) + "\n")
        docx = os.path.join(work, "x.docx")
        subprocess.run([sys.executable, os.path.join(here, "..", "input", "make_docx.py"), "auto", excerpt, docx],
                       check=True)
        with open(docx, "rb") as file, open(os.path.join(out, f"docx-{index}"), "wb") as seed:
            seed.write(file.read())
        with zipfile.ZipFile(docx) as archive:
            document = archive.read("word/document.xml").decode("utf-8")
            numbering = archive.read("word/numbering.xml").decode("utf-8")
        head = numbering[: numbering.index(">", numbering.index("<w:numbering")) + 1]
        kept = re.findall(r'<w:abstractNum w:abstractNumId="90".*?</w:abstractNum>|<w:num w:numId="90">.*?</w:num>',
                          numbering, re.S)
        numbering = head + "".join(kept) + "</w:numbering>"
        with open(os.path.join(out, f"parts-{index}"), "w", encoding="utf-8") as seed:
            seed.write(document + SEPARATOR + numbering + SEPARATOR)
