#!/usr/bin/env bash
# `rasoat annotate` on a regulation made in LibreOffice whose numbers exist
# only as automatic numbering (tests/input/fixtures/auto-numbered.fodt, saved
# as .docx by LibreOffice): the draft is left byte for byte; LibreOffice opens
# the annotated copy, finds one comment by "rasoat" per finding of
# `rasoat check`, each on the paragraph the finding names (the copy converted
# to .odt: office:annotation in the paragraph with that text), and prints it
# to PDF with the comments as PDF notes. With KEEP=DIR the files, the PDF and
# its first page as PNG (pdftoppm -r 70) are kept in DIR to be looked at.
# Usage: annotate_in_libreoffice.sh RASOAT_BINARY SOURCE_DIR
set -euo pipefail
rasoat=$1
source_dir=$2
office=$(command -v soffice || command -v libreoffice || true)
if [ -z "$office" ]; then
  echo "LibreOffice is not installed (scripts/install-deps.sh installs libreoffice-writer-nogui)" >&2
  exit 1
fi
work=$(mktemp -d /tmp/rasoat-annotate-XXXXXX)
trap 'rm -rf "$work"' EXIT
convert() {  # FORMAT FILE
  rm -f "$work/${2%.*}.${1%%:*}"
  (cd "$work" && timeout 180 "$office" --headless --norestore "-env:UserInstallation=file://$work/profile" \
    --convert-to "$1" --outdir "$work" "$2" >/dev/null 2>&1) || true
}

cp "$source_dir/tests/input/fixtures/auto-numbered.fodt" "$work/draft.fodt"
convert docx draft.fodt
[ -s "$work/draft.docx" ] || { echo "FAIL: LibreOffice made no .docx" >&2; exit 1; }
before=$(sha256sum <"$work/draft.docx")
status=0
"$rasoat" check --format json "$work/draft.docx" >"$work/findings.json" 2>/dev/null || status=$?
[ "$status" -le 1 ] || { echo "FAIL: rasoat check exited $status" >&2; exit 1; }
"$rasoat" annotate "$work/draft.docx" -o "$work/annotated.docx"
[ "$(sha256sum <"$work/draft.docx")" = "$before" ] || { echo "FAIL: the draft was changed" >&2; exit 1; }

convert 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}' annotated.docx
convert odt annotated.docx
pdf=$work/annotated.pdf
if [ ! -s "$pdf" ] || ! head -c 5 "$pdf" | grep -q '%PDF-'; then
  echo "FAIL: LibreOffice did not print the annotated .docx" >&2
  exit 1
fi
[ -s "$work/annotated.odt" ] || { echo "FAIL: LibreOffice did not open the annotated .docx" >&2; exit 1; }
notes=$(grep -a -o '/Subtype */Text' "$pdf" | wc -l)
if [ -n "${KEEP:-}" ]; then
  mkdir -p "$KEEP"
  cp "$work/draft.docx" "$work/annotated.docx" "$work/annotated.odt" "$pdf" "$KEEP/"
  pdftoppm -r 70 -f 1 -l 1 -png "$pdf" "$KEEP/annotated-page" 2>/dev/null
  echo "kept in $KEEP"
fi

python3 - "$work/findings.json" "$work/draft.docx" "$work/annotated.odt" "$notes" <<'EOF'
import collections, json, re, sys, zipfile
import xml.etree.ElementTree as ET

findings = [f for f in json.load(open(sys.argv[1]))["findings"] if f["severity"] != "note"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
DC = "{http://purl.org/dc/elements/1.1/}"

def words(text):  # spaces differ between the formats (text:s, tabs): compared without them
    return "".join(text.split())

# The draft's paragraphs in document order, as rasoat numbers them.
document = ET.fromstring(zipfile.ZipFile(sys.argv[2]).read("word/document.xml"))
paragraphs = [words("".join(t.text or "" for t in p.iter(W + "t"))) for p in document.iter(W + "p")]

# The paragraphs LibreOffice holds comments by rasoat on (read from the copy
# it saved as .odt; it may add an empty paragraph before a leading table, so
# by their text), with the code of each comment.
def text_of(node):
    out = node.text or ""
    for child in node:
        if child.tag != OFFICE + "annotation":
            out += text_of(child)
        out += child.tail or ""
    return out

root = ET.fromstring(zipfile.ZipFile(sys.argv[3]).read("content.xml"))
found = collections.Counter()
for paragraph in list(root.iter(TEXT + "p")) + list(root.iter(TEXT + "h")):
    for note in paragraph.findall(OFFICE + "annotation"):
        if note.findtext(DC + "creator") != "rasoat":
            continue
        code = re.search(r"\b([A-Z]\d{3})\b", "".join(note.itertext()))
        found[(code.group(1) if code else "", words(text_of(paragraph)))] += 1

expected = collections.Counter((f["code"] or "", paragraphs[(f["paragraph"] or 1) - 1]) for f in findings)
severities = collections.Counter(f["severity"] for f in findings)
if severities["error"] + severities["warning"] == 0:
    sys.exit("FAIL: the fixture gives no error or warning to annotate: %s" % dict(severities))
if found != expected:
    sys.exit("FAIL: comments LibreOffice sees %s; findings %s" % (sorted(found.items()), sorted(expected.items())))
if int(sys.argv[4]) != len(findings):
    sys.exit("FAIL: %s PDF notes for %d findings" % (sys.argv[4], len(findings)))
print("ok: LibreOffice opens the annotated copy: %d comments (%s), each on its finding's paragraph; %s PDF notes"
      % (len(findings), dict(severities), sys.argv[4]))
EOF
