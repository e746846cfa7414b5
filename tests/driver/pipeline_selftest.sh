#!/usr/bin/env bash
# pipeline_in_one_place.sh must fail on a tree where a command parses a file
# itself, and pass on the same tree once the call is in analyzer/driver.
set -euo pipefail
check="$(cd "$(dirname "$0")" && pwd)/pipeline_in_one_place.sh"
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
mkdir -p "$tree/analyzer/cli" "$tree/analyzer/driver" "$tree/bench" "$tree/tests"
printf 'auto tree = syntax::parseLayout(source, sink);\n' >"$tree/analyzer/cli/bad_command.cpp"
if "$check" "$tree" >/dev/null; then
  echo "pipeline_selftest: a parseLayout call in analyzer/cli was not caught" >&2
  exit 1
fi
mv "$tree/analyzer/cli/bad_command.cpp" "$tree/analyzer/driver/"
"$check" "$tree" >/dev/null || { echo "pipeline_selftest: a call inside analyzer/driver was refused" >&2; exit 1; }
echo "pipeline_selftest: ok"
