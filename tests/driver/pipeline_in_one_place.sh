#!/usr/bin/env bash
# The pipeline (read → normalise → parse → model → link parents → consolidate
# amendments) is spelled in one place, analyzer/driver (docs/driver.md). This
# fails, naming the file and line, when an entry point of a stage is called
# anywhere else but in its own stage and that stage's tests.
# Usage: tests/driver/pipeline_in_one_place.sh [SOURCE_DIR]
set -euo pipefail
cd "${1:-$(dirname "$0")/../..}"

# entry point (an extended regular expression) @ where else it may be called, besides analyzer/driver/
rules=(
  'SourceText::(load|fromBytes)\( @ analyzer/text/ analyzer/input/ analyzer/amend/ tests/text/ tests/syntax/ tests/fuzz/support.cpp'
  'parseLayout\( @ analyzer/syntax/ analyzer/amend/ tests/syntax/'
  '(buildModel|documentInfo)\( @ analyzer/model/ tests/model/'
  'linkParents\( @ analyzer/checks/'
  '(consolidate|readAmendment)\( @ analyzer/amend/ analyzer/checks/a003_missing_target.cpp analyzer/review/proposal.cpp tests/amend/'
)

failed=0
for rule in "${rules[@]}"; do
  pattern=${rule%% @ *}
  allowed="analyzer/driver/ ${rule#* @ }"
  while IFS= read -r hit; do
    file=${hit%%:*}
    ok=0
    for place in $allowed; do
      [[ $file == "$place"* ]] && ok=1
    done
    if [ $ok -eq 0 ]; then
      echo "$hit"
      echo "  ^ the pipeline is spelled outside analyzer/driver: read documents through driver::Workspace"
      failed=1
    fi
  done < <(grep -rnE --include='*.cpp' --include='*.h' "(^|[^A-Za-z_.>])$pattern" analyzer bench tests || true)
done
if [ $failed -ne 0 ]; then
  echo "pipeline_in_one_place: FAILED (see docs/driver.md)" >&2
  exit 1
fi
echo "pipeline_in_one_place: the pipeline is spelled only in analyzer/driver"
