#!/usr/bin/env bash
# The corpus regulations as Word files (python3-docx, tests/input/make_docx.py),
# with every number typed and with Word's automatic numbering, read by rasoat:
# `parse` gives the tree of the .qc and `check` exactly its findings (code,
# line, column, message, related clauses, witness), the paths aside.
# Usage: docx_corpus.sh RASOAT SOURCE_DIR
set -euo pipefail
rasoat=$1
source_dir=$2
python=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

# The JSON of a command with the document's path replaced by DOC.
normalised() {
  local file=$1
  shift
  "$rasoat" "$@" "$file" 2>/dev/null | $python -c '
import json, sys
path = sys.argv[1]
def strip(value):
    if isinstance(value, dict):
        return {k: strip(v) for k, v in value.items() if k not in ("paragraph",)}
    if isinstance(value, list):
        return [strip(v) for v in value]
    return "DOC" if value == path else value
print(json.dumps(strip(json.load(sys.stdin)), ensure_ascii=False, indent=1, sort_keys=True))' "$file" || true
}

while IFS= read -r qc; do
  name=$(basename "$qc" .qc)
  corpus="$work/corpus-$name"
  mkdir -p "$corpus" "$work/$name"
  (cd "$source_dir/corpus" && find . -name '*.qc' ! -path "./${qc#corpus/}" -exec cp --parents {} "$corpus/" \;)
  cp "$source_dir/$qc" "$work/$name/$name.qc"
  for mode in typed auto; do
    docx="$work/$name/$name-$mode.docx"
    $python "$source_dir/tests/input/make_docx.py" "$mode" "$source_dir/$qc" "$docx"
    for command in "parse" "check --format json --corpus $corpus"; do
      # shellcheck disable=SC2086
      expected=$(normalised "$work/$name/$name.qc" $command)
      # shellcheck disable=SC2086
      actual=$(normalised "$docx" $command)
      if [ "$expected" != "$actual" ] || [ -z "$expected" ]; then
        echo "FAIL: $qc as $mode .docx: rasoat $command differs from the .qc" >&2
        diff <(echo "$expected") <(echo "$actual") | head -20 >&2 || true
        failures=$((failures + 1))
      else
        echo "ok: $qc as $mode .docx: rasoat ${command%% *}"
      fi
    done
  done
# An amending document is checked with its base (rasoat check AMENDMENT BASE), not alone.
done < <(cd "$source_dir" && find corpus -name '*.qc' ! -path 'corpus/amendments/phuong-bo-de/sua-doi.qc' | sort)
[ "$failures" -eq 0 ]
