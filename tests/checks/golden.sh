#!/usr/bin/env bash
# One case of one check, as a user reads its diagnostics, against the goldens
# beside it (docs/check.md, "Fixtures and goldens"):
#   tests/checks/CODE/CASE.qc                the case
#   tests/checks/CODE/CASE.expected.vi.txt   what `rasoat --lang vi` says about it
#   tests/checks/CODE/CASE.expected.en.txt   what `rasoat --lang en` says about it
# How the case is run, from its directory (paths in the output are relative):
#   CASE.parent.qc or parent.qc     → rasoat check --select CODE --against PARENT CASE.qc
#   CASE.previous.qc or previous.qc → rasoat compare PREVIOUS CASE.qc  (the draft replaces it; A001, A002)
#   CASE.base.qc or base.qc         → rasoat check --select CODE BASE CASE.qc  (CASE amends BASE; A003)
#   none of them                    → rasoat check --select CODE CASE.qc
# `check` runs with an empty corpus, so that the other cases of the directory
# are not read as cited documents; its last line (the counts and the time
# taken) is left out. A case named fires* must raise CODE, one named quiet*
# must not.
# Usage: golden.sh [--update] RASOAT SOURCE_DIR CODE CASE
set -euo pipefail
update=0
if [ "${1:-}" = "--update" ]; then
  update=1
  shift
fi
rasoat=$(realpath "$1")
directory="$2/tests/checks/$3"
code=$3
case=$4
cd "$directory"
[ -f "$case.qc" ] || { echo "golden: no case $directory/$case.qc" >&2; exit 2; }

# The first of CASE.ROLE.qc and ROLE.qc that exists.
companion() {
  if [ -f "$case.$1.qc" ]; then echo "$case.$1.qc"; elif [ -f "$1.qc" ]; then echo "$1.qc"; fi
}

corpus=$(mktemp -d)
out=$(mktemp)
err=$(mktemp)
trap 'rm -rf "$corpus" "$out" "$err"' EXIT

# What a user reads in `language`, on stdout.
diagnostics() {
  local language=$1 previous parent base
  previous=$(companion previous)
  parent=$(companion parent)
  base=$(companion base)
  local common=(--color never --lang "$language")
  if [ -n "$previous" ]; then
    # The table goes to stdout; the findings are what compare says on stderr.
    "$rasoat" "${common[@]}" compare "$previous" "$case.qc" >/dev/null 2>"$err" || true
    cat "$err"
    return
  fi
  local files=("$case.qc") against=()
  [ -n "$base" ] && files=("$base" "$case.qc")
  [ -n "$parent" ] && against=(--against "$parent")
  "$rasoat" "${common[@]}" check --select "$code" --corpus "$corpus" "${against[@]}" "${files[@]}" >"$out" 2>"$err" ||
    true
  sed '$d' "$out"
  cat "$err"
}

failed=0
for language in vi en; do
  expected="$case.expected.$language.txt"
  actual=$(diagnostics "$language")
  case "$case" in
    fires*) grep -q "\[$code\]" <<<"$actual" || { echo "$directory/$case.qc ($language): $code does not fire" >&2; failed=1; } ;;
    quiet*) if grep -q "\[$code\]" <<<"$actual"; then echo "$directory/$case.qc ($language): $code fires" >&2; failed=1; fi ;;
  esac
  if [ $update -eq 1 ]; then
    printf '%s' "$actual" >"$expected"
    [ -s "$expected" ] && echo >>"$expected"
    continue
  fi
  if ! diff -u --label "$directory/$expected" --label "rasoat --lang $language" "$expected" \
    <(printf '%s' "$actual"; [ -n "$actual" ] && echo) >&2; then
    echo "$code/$case ($language): the diagnostics differ from the golden; scripts/update-goldens.sh rewrites" \
      "the goldens (review them by eye)" >&2
    failed=1
  fi
done
exit $failed
