#!/usr/bin/env bash
# Loads an HTML page in headless Chromium (Debian's `chromium`) and checks that
#   - the page logs no console message at all (errors, CSP violations, anything:
#     the report has no script, so any message means something went wrong),
#   - the rendered DOM contains each FRAGMENT given,
#   - the page prints to a non-empty PDF.
# The DOM is left in OUTDIR/dom.html and the PDF in OUTDIR/page.pdf.
# Exit 0 when all hold; 1 with the reason on stderr otherwise.
# Usage: check_page.sh PAGE.html OUTDIR [FRAGMENT...]
set -uo pipefail

page=$1
outdir=$2
shift 2
browser=${CHROMIUM:-chromium}

if ! command -v "$browser" >/dev/null 2>&1; then
  echo "check_page: '$browser' not found (scripts/install-deps.sh installs Debian's chromium)" >&2
  exit 1
fi
if [ ! -f "$page" ]; then
  echo "check_page: no page $page" >&2
  exit 1
fi
mkdir -p "$outdir"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
url="file://$(realpath "$page")"
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$profile")

# Console messages appear in the browser log as "INFO:CONSOLE(...)" lines.
if ! timeout 120 "$browser" "${flags[@]}" --enable-logging=stderr --v=0 --dump-dom "$url" \
    >"$outdir/dom.html" 2>"$outdir/browser.log"; then
  echo "check_page: chromium failed on $page (log: $outdir/browser.log)" >&2
  exit 1
fi
if grep -q ':CONSOLE' "$outdir/browser.log"; then
  echo "check_page: console messages on $page:" >&2
  grep ':CONSOLE' "$outdir/browser.log" >&2
  exit 1
fi
for fragment in "$@"; do
  if ! grep -qF -- "$fragment" "$outdir/dom.html"; then
    echo "check_page: missing from the DOM of $page: $fragment" >&2
    exit 1
  fi
done

rm -f "$outdir/page.pdf"
if ! timeout 120 "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$outdir/page.pdf" "$url" \
    >/dev/null 2>>"$outdir/browser.log"; then
  echo "check_page: printing $page failed (log: $outdir/browser.log)" >&2
  exit 1
fi
if [ ! -s "$outdir/page.pdf" ] || [ "$(head -c 5 "$outdir/page.pdf")" != "%PDF-" ]; then
  echo "check_page: $page did not print to a PDF" >&2
  exit 1
fi
echo "check_page: $page loads without console messages, has the fragments, prints ($(stat -c %s "$outdir/page.pdf") bytes of PDF)"
