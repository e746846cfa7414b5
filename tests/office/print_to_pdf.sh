#!/usr/bin/env bash
# Every .docx and .xlsx rasoat writes prints: LibreOffice converts each to PDF
# headless (a throw-away profile), and the PDF has the pages an office expects
# (A4 landscape, the title on page 1, the page number at the top of page 2).
# With KEEP=DIR the PDFs and their pages as PNG (pdftoppm -r 60) are kept in
# DIR to be looked at.
# Usage: print_to_pdf.sh RASOAT_BINARY SOURCE_DIR
set -euo pipefail
rasoat=$1
source_dir=$2
office=$(command -v soffice || command -v libreoffice || true)
if [ -z "$office" ]; then
  echo "LibreOffice is not installed (scripts/install-deps.sh installs libreoffice-writer-nogui)" >&2
  exit 1
fi
work=$(mktemp -d /tmp/rasoat-print-XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$source_dir"
old=corpus/amendments/bo-de-2026/hien-hanh.qc
new=corpus/amendments/bo-de-2026/du-thao.qc
"$rasoat" compare "$old" "$new" -o "$work/table.docx" 2>/dev/null
"$rasoat" compare "$old" "$new" -o "$work/table-options.docx" --stt --reason-column --fold-unchanged 2>/dev/null
"$rasoat" compare "$old" "$new" -o "$work/table.xlsx" --stt 2>/dev/null
"$rasoat" report corpus/quan-long-bien/phuong/quy-che-phuong-giang-bien.qc --corpus corpus \
  -o "$work/report.docx" 2>/dev/null || true
failed=0
for file in table table-options report; do
  for extension in docx xlsx; do
    [ -f "$work/$file.$extension" ] || continue
    rm -f "$work/$file.pdf"
    timeout 180 "$office" --headless "-env:UserInstallation=file://$work/profile" \
      --convert-to pdf --outdir "$work" "$work/$file.$extension" >/dev/null 2>&1 || true
    pdf=$work/$file.pdf
    if [ ! -s "$pdf" ] || ! head -c 5 "$pdf" | grep -q '%PDF-'; then
      echo "FAIL: LibreOffice did not print $file.$extension" >&2
      failed=1
      continue
    fi
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
    size=$(pdfinfo "$pdf" | awk '/^Page size:/ {print $3 "x" $5}')
    # A4 landscape: 842 x 595 points.
    case "$size" in
      841.*x595.* | 842x595 | 841.89x595.276 | 842.*x595.*) ;;
      *) echo "FAIL: $file.$extension prints on $size points, not A4 landscape" >&2; failed=1 ;;
    esac
    if [ "$extension" = docx ]; then
      first=$(pdftotext -f 1 -l 1 -layout "$pdf" - | tr -s ' \n' ' ')
      case "$file" in
        table*) grep -q "BẢNG ĐỐI CHIẾU" <<<"$first" || { echo "FAIL: no title on page 1 of $file" >&2; failed=1; } ;;
      esac
      grep -q "ĐẢNG CỘNG SẢN VIỆT NAM" <<<"$first" || { echo "FAIL: no motto on page 1 of $file" >&2; failed=1; }
      if [ "$pages" -ge 2 ]; then
        top=$(pdftotext -f 2 -l 2 "$pdf" - | grep -m 1 -v '^\s*$' | tr -d ' ')
        [ "$top" = 2 ] || { echo "FAIL: page 2 of $file does not start with its number (got '$top')" >&2; failed=1; }
      fi
    fi
    echo "ok: $file.$extension prints: $pages pages, $size points"
    if [ -n "${KEEP:-}" ]; then
      mkdir -p "$KEEP"
      cp "$pdf" "$KEEP/$file-$extension.pdf"
      pdftoppm -r 60 -png "$pdf" "$KEEP/$file-$extension"
    fi
  done
done
exit "$failed"
