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
exit "$status"
