#!/usr/bin/env bash
# A regulation made in LibreOffice whose numbers exist only as automatic
# numbering (fixtures/auto-numbered.fodt, list style "Điều %1.", "%1.", "%1)"),
# converted by LibreOffice to .odt, .docx, .doc and .pdf: `rasoat import`
# gives the expected text (fixtures/auto-numbered.expected.qc) from .odt,
# .docx and .doc, and `rasoat parse` of the PDF the structure of that text.
# Usage: libreoffice.sh RASOAT SOURCE_DIR   (exit 77, skipped, without soffice)
set -euo pipefail
rasoat=$1
source_dir=$2
command -v soffice >/dev/null || { echo "soffice not installed: skipped" >&2; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fixture="$source_dir/tests/input/fixtures/auto-numbered.fodt"
expected="$source_dir/tests/input/fixtures/auto-numbered.expected.qc"
cp "$fixture" "$work/regulation.fodt"
for format in odt docx doc pdf; do
  soffice --headless --norestore "-env:UserInstallation=file://$work/profile" --convert-to "$format" \
    --outdir "$work" "$work/regulation.fodt" >/dev/null 2>&1
  [ -s "$work/regulation.$format" ] || { echo "FAIL: LibreOffice made no .$format" >&2; exit 1; }
done
failures=0
for format in odt docx doc; do
  if "$rasoat" import "$work/regulation.$format" -o "$work/from-$format.qc" &&
     diff -u "$expected" "$work/from-$format.qc"; then
    echo "ok: .$format read with its automatic numbers"
  else
    echo "FAIL: .$format" >&2
    failures=$((failures + 1))
  fi
done
summary() { "$rasoat" parse --format summary "$1" | sed -n 2p; }
if [ "$(summary "$work/regulation.pdf")" = "$(summary "$expected")" ]; then
  echo "ok: .pdf parses to the structure of the text: $(summary "$expected")"
else
  echo "FAIL: .pdf structure: $(summary "$work/regulation.pdf") instead of $(summary "$expected")" >&2
  "$rasoat" import "$work/regulation.pdf" >&2 || true
  failures=$((failures + 1))
fi
[ "$failures" -eq 0 ]
