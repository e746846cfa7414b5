#!/usr/bin/env bash
# The working-group report in a real browser: the report of the corpus, and
# the (English) report of a regulation full of markup, each loaded in headless
# Chromium with check_page.sh (no console message, matrix and graph in the
# DOM, prints to PDF). Also: the matrix comes before the graph, and the
# hostile text is shown as text, never run or rendered as markup.
# Usage: report_in_browser.sh RASOAT OUTDIR   (run from the source directory)
set -uo pipefail
rasoat=$1
out=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$out"
mkdir -p "$out"

fail() { echo "report_in_browser: $*" >&2; exit 1; }

"$rasoat" report corpus/quan-long-bien/phuong/*.qc corpus/quan-long-bien/quy-che-quan-uy-long-bien.qc \
  --corpus corpus -o "$out/corpus.html" || fail "rasoat report failed on the corpus"
"$here/check_page.sh" "$out/corpus.html" "$out/corpus" '<table class="matrix"' '<svg class="graph"' \
  '<section class="findings"' 'class="badge overlap"' || exit 1
dom="$out/corpus/dom.html"
matrix=$(grep -bo '<table class="matrix"' "$dom" | head -1 | cut -d: -f1)
graph=$(grep -bo '<svg class="graph"' "$dom" | head -1 | cut -d: -f1)
[ "$matrix" -lt "$graph" ] || fail "the graph comes before the matrix"

"$rasoat" --lang en report tests/fixtures/report/hostile.qc -o "$out/hostile.html" \
  || fail "rasoat report failed on the hostile regulation"
"$here/check_page.sh" "$out/hostile.html" "$out/hostile" '<table class="matrix"' \
  '&lt;script&gt;console.error("pwned")&lt;/script&gt;' '&lt;img src=x onerror=' || exit 1
if grep -q -e '<script' -e '<img' -e '<b>không' "$out/hostile/dom.html"; then
  fail "document text became markup in the DOM"
fi
echo "report_in_browser: ok"
