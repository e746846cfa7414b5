#!/usr/bin/env bash
# The main job on a fresh machine: installs what is missing, builds (Release),
# and runs rasoat over the bundled corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
mapfile -t files < <(find corpus -name '*.qc' | sort)
status=0
echo "== rasoat parse: the structure of each regulation =="
./build/rasoat parse --format summary "${files[@]}" || status=$?
echo
echo "== rasoat model: how much of each regulation is understood (coverage) =="
./build/rasoat model --format summary "${files[@]}" || status=$?
echo
echo "== rasoat check: the wards against the district and the model regulation they cite =="
mapfile -t wards < <(find corpus/quan-long-bien/phuong -name '*.qc' | sort)
check_status=0
./build/rasoat check --ignore S006 --corpus corpus "${wards[@]}" || check_status=$?
# Findings (exit 1) are the expected outcome on the planted defects.
[ "$check_status" -le 1 ] || status=$check_status
echo
echo "== the working group's deliverables, in build/demo/ =="
mkdir -p build/demo
./build/rasoat report --corpus corpus "${wards[@]}" -o build/demo/bao-cao-ra-soat.html || status=$?
amendment=corpus/amendments/bo-de-2026
compare_status=0
./build/rasoat compare "$amendment/hien-hanh.qc" "$amendment/du-thao.qc" -o build/demo/bang-doi-chieu.docx ||
  compare_status=$?
[ "$compare_status" -le 1 ] || status=$compare_status
./build/rasoat compare "$amendment/hien-hanh.qc" "$amendment/du-thao.qc" -o build/demo/bang-doi-chieu.html \
  2>/dev/null || true
echo "report: build/demo/bao-cao-ra-soat.html; comparison table: build/demo/bang-doi-chieu.docx and .html"
exit "$status"
