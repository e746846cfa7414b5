#!/usr/bin/env bash
# `rasoat annotate` on a regulation made in LibreOffice whose numbers exist
# only as automatic numbering (tests/input/fixtures/auto-numbered.fodt), saved
# by LibreOffice as .docx and as .odt with a comment of the office on one
# clause: the draft is left byte for byte, the office's comment is kept;
# LibreOffice opens the annotated copy, finds one comment by "rasoat" per
# finding of `rasoat check`, each on the paragraph the finding names (the copy
# as LibreOffice saves it again in .odt: office:annotation in the paragraph
# with that paragraph's text), and prints it to PDF with the comments as PDF
# notes. With KEEP=DIR the files, the PDFs and their first pages as PNG
# (pdftoppm -r 70) are kept in DIR to be looked at.
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
convert() {  # FORMAT FILE [OUTDIR]
  local outdir=${3:-$work}
  rm -f "$outdir/$(basename "${2%.*}").${1%%:*}"
  (cd "$work" && timeout 180 "$office" --headless --norestore "-env:UserInstallation=file://$work/profile" \
    --convert-to "$1" --outdir "$outdir" "$2" >/dev/null 2>&1) || true
}

# The office's own comment on clause 1 of Điều 1: it must stay beside rasoat's.
sed -e 's#<office:document #<office:document xmlns:dc="http://purl.org/dc/elements/1.1/" #' \
    -e 's#<text:p>Quy chế này quy định#<text:p><office:annotation><dc:creator>Văn phòng</dc:creator><text:p>Xem lại phạm vi.</text:p></office:annotation>Quy chế này quy định#' \
    "$source_dir/tests/input/fixtures/auto-numbered.fodt" >"$work/draft.fodt"
grep -q 'Văn phòng' "$work/draft.fodt" || { echo "FAIL: the office's comment was not added to the fixture" >&2; exit 1; }
failed=0
for format in docx odt; do
  convert "$format" draft.fodt
  [ -s "$work/draft.$format" ] || { echo "FAIL: LibreOffice made no .$format" >&2; exit 1; }
  before=$(sha256sum <"$work/draft.$format")
  status=0
  "$rasoat" check --format json "$work/draft.$format" >"$work/findings-$format.json" 2>/dev/null || status=$?
  [ "$status" -le 1 ] || { echo "FAIL: rasoat check exited $status on .$format" >&2; exit 1; }
  "$rasoat" annotate "$work/draft.$format" -o "$work/annotated-$format.$format"
  [ "$(sha256sum <"$work/draft.$format")" = "$before" ] || { echo "FAIL: the .$format draft was changed" >&2; exit 1; }

  mkdir -p "$work/lo-$format"
  convert 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}' "annotated-$format.$format"
  convert odt "annotated-$format.$format" "$work/lo-$format"
  pdf=$work/annotated-$format.pdf
  if [ ! -s "$pdf" ] || ! head -c 5 "$pdf" | grep -q '%PDF-'; then
    echo "FAIL: LibreOffice did not print the annotated .$format" >&2
    failed=1
    continue
  fi
  saved=$work/lo-$format/annotated-$format.odt
  [ -s "$saved" ] || { echo "FAIL: LibreOffice did not open the annotated .$format" >&2; failed=1; continue; }
  notes=$(grep -a -o '/Subtype */Text' "$pdf" | wc -l)
  if [ -n "${KEEP:-}" ]; then
    mkdir -p "$KEEP"
    cp "$work/draft.$format" "$work/annotated-$format.$format" "$pdf" "$KEEP/"
    pdftoppm -r 70 -f 1 -l 1 -png "$pdf" "$KEEP/annotated-$format-page" 2>/dev/null
  fi

  python3 - "$work/findings-$format.json" "$work/draft.$format" "$saved" "$notes" <<'EOF' || failed=1
import collections, json, re, sys, zipfile
import xml.etree.ElementTree as ET

findings = [f for f in json.load(open(sys.argv[1]))["findings"] if f["severity"] != "note"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
DC = "{http://purl.org/dc/elements/1.1/}"
draft, kind = sys.argv[2], sys.argv[2].rsplit(".", 1)[1]

def words(text):  # spaces differ between the formats (text:s, tabs): compared without them
    return "".join(text.split())

def text_of(node):  # an ODF paragraph's text, its annotations left out
    out = node.text or ""
    for child in node:
        if child.tag != OFFICE + "annotation":
            out += text_of(child)
        out += child.tail or ""
    return out

def odf_paragraphs(node):  # text:p and text:h in document order, not those of annotations
    for child in node:
        if child.tag == OFFICE + "annotation":
            continue
        if child.tag in (TEXT + "p", TEXT + "h"):
            yield child
        yield from odf_paragraphs(child)

# The draft's paragraphs in document order, as rasoat numbers them.
if kind == "docx":
    document = ET.fromstring(zipfile.ZipFile(draft).read("word/document.xml"))
    paragraphs = [words("".join(t.text or "" for t in p.iter(W + "t"))) for p in document.iter(W + "p")]
else:
    content = ET.fromstring(zipfile.ZipFile(draft).read("content.xml"))
    paragraphs = [words(text_of(p)) for p in odf_paragraphs(content.find(OFFICE + "body"))]

# The paragraphs LibreOffice holds comments by rasoat on (read from the copy
# it saved as .odt; it may add an empty paragraph before a leading table, so
# by their text), with the code of each comment.
root = ET.fromstring(zipfile.ZipFile(sys.argv[3]).read("content.xml"))
found = collections.Counter()
for paragraph in odf_paragraphs(root.find(OFFICE + "body")):
    for note in paragraph.findall(OFFICE + "annotation"):
        if note.findtext(DC + "creator") != "rasoat":
            continue
        code = re.search(r"\b([A-Z]\d{3})\b", "".join(note.itertext()))
        found[(code.group(1) if code else "", words(text_of(paragraph)))] += 1

own = [note for p in odf_paragraphs(root.find(OFFICE + "body")) for note in p.findall(OFFICE + "annotation")
       if note.findtext(DC + "creator") == "Văn phòng"]
if len(own) != 1 or "Xem lại phạm vi." not in "".join(own[0].itertext()):
    sys.exit("FAIL: .%s: the office's own comment is lost (%d found)" % (kind, len(own)))

expected = collections.Counter((f["code"] or "", paragraphs[(f["paragraph"] or 1) - 1]) for f in findings)
severities = collections.Counter(f["severity"] for f in findings)
if severities["error"] + severities["warning"] == 0:
    sys.exit("FAIL: the fixture gives no error or warning to annotate: %s" % dict(severities))
if found != expected:
    sys.exit("FAIL: .%s: comments LibreOffice sees %s; findings %s" % (kind, sorted(found.items()), sorted(expected.items())))
if int(sys.argv[4]) != len(findings) + len(own):
    sys.exit("FAIL: .%s: %s PDF notes for %d findings and the office's comment" % (kind, sys.argv[4], len(findings)))
print("ok: LibreOffice opens the annotated .%s: %d comments (%s), each on its finding's paragraph, and the office's "
      "own; %s PDF notes"
      % (kind, len(findings), dict(severities), sys.argv[4]))
EOF
done
[ -n "${KEEP:-}" ] && echo "kept in $KEEP"
exit "$failed"
