#!/usr/bin/env bash
# The comparison table's .xlsx must open in a spreadsheet: LibreOffice Calc
# converts it to CSV headless and the headings and a marked clause come back.
# Skipped (exit 77) when Calc is not installed: scripts/install-deps.sh
# installs only LibreOffice Writer (apt-get install libreoffice-calc-nogui).
# Usage: xlsx_to_csv.sh RASOAT_BINARY SOURCE_DIR
set -euo pipefail
rasoat=$1
source_dir=$2
if ! dpkg-query -W -f='${Status}\n' libreoffice-calc-nogui libreoffice-calc 2>/dev/null | grep -q "install ok installed"; then
  echo "skipped: LibreOffice Calc is not installed" >&2
  exit 77
fi
work=$(mktemp -d /tmp/rasoat-xlsx-XXXXXX)
trap 'rm -rf "$work"' EXIT
fixtures="$source_dir/tests/fixtures/compare"
"$rasoat" compare "$fixtures/current.qc" "$fixtures/draft.qc" -o "$work/table.xlsx" 2>/dev/null
timeout 180 libreoffice --headless "-env:UserInstallation=file://$work/profile" \
  --convert-to "csv:Text - txt - csv (StarCalc):44,34,76" --outdir "$work" "$work/table.xlsx" >/dev/null 2>&1
test -s "$work/table.csv"
# The title block above the table, then the header row.
grep -q '^BẢNG ĐỐI CHIẾU' "$work/table.csv"
grep -q '^Quy chế hiện hành,"Dự thảo sửa đổi, bổ sung",Nội dung thay đổi' "$work/table.csv"
grep -q '^1\. Quyết định các dự án đầu tư có tổng mức đầu tư trên 20 tỷ đồng\.,1\. Quyết định các dự án đầu tư có tổng mức đầu tư trên 50 tỷ đồng\.,Sửa đổi' "$work/table.csv"
echo "ok: $(wc -l < "$work/table.csv") lines of CSV"
