#!/usr/bin/env bash
# The comparison table's .docx must open in LibreOffice: convert it to PDF
# headless (with a throw-away profile) and check that the PDF is there.
# Usage: docx_to_pdf.sh RASOAT_BINARY SOURCE_DIR
set -euo pipefail
rasoat=$1
source_dir=$2
work=$(mktemp -d /tmp/rasoat-docx-XXXXXX)
trap 'rm -rf "$work"' EXIT
office=$(command -v libreoffice || command -v soffice || true)
if [ -z "$office" ]; then
  echo "libreoffice is not installed (scripts/install-deps.sh installs libreoffice-writer-nogui)" >&2
  exit 1
fi
fixtures="$source_dir/tests/fixtures/compare"
"$rasoat" compare "$fixtures/current.qc" "$fixtures/draft.qc" -o "$work/table.docx" 2>/dev/null
test -s "$work/table.docx"
timeout 180 "$office" --headless "-env:UserInstallation=file://$work/profile" \
  --convert-to pdf --outdir "$work" "$work/table.docx" >/dev/null 2>&1
if [ ! -s "$work/table.pdf" ]; then
  echo "LibreOffice did not convert the .docx to a PDF" >&2
  exit 1
fi
head -c 5 "$work/table.pdf" | grep -q '%PDF-'
echo "ok: $(stat -c %s "$work/table.pdf") bytes of PDF"
