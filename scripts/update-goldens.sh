#!/usr/bin/env bash
# Rewrites the goldens of the check cases (tests/checks/CODE/CASE.expected.{vi,en}.txt)
# from what the built rasoat says; then read `git diff tests/checks` by eye.
# Usage: scripts/update-goldens.sh [BUILD_DIR] [CODE...]   (build, every check)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true
[ -x "$build/rasoat" ] || { echo "update-goldens: build rasoat first ($build/rasoat)" >&2; exit 2; }
codes=("$@")
if [ ${#codes[@]} -eq 0 ]; then
  for directory in tests/checks/*/; do codes+=("$(basename "$directory")"); done
fi
for code in "${codes[@]}"; do
  for file in tests/checks/"$code"/*.qc; do
    name=$(basename "$file" .qc)
    # Companions (parent, previous, base) are not cases.
    case "$name" in parent | previous | base | *.parent | *.previous | *.base) continue ;; esac
    tests/checks/golden.sh --update "$build/rasoat" . "$code" "$name" || true
  done
done
echo "update-goldens: rewritten; review them with git diff tests/checks"
