#!/usr/bin/env bash
# The main job on a fresh machine: installs what is missing, builds (Release),
# and runs rasoat over the bundled corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
mapfile -t files < <(find corpus -name '*.qc' | sort)
status=0
./build/rasoat parse --format summary "${files[@]}" || status=$?
exit "$status"
