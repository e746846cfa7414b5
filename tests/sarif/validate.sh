#!/usr/bin/env bash
# The SARIF logs of `rasoat check --format sarif` must be valid for the SARIF
# Multitool (`sarif-multitool validate`, its SARIF and GitHub rule sets) and for
# the SARIF 2.1.0 JSON schema: no error, no warning. And the same validators must
# reject logs broken on purpose, or this test could not fail.
#
# The Multitool exits 0 whatever it finds: its findings are read from the report
# it writes with -o (verdict.js). Its 5.7.0 says nothing about a value outside an
# enum ("level": "fatal"), hence the schema check beside it.
#
# Usage: validate.sh RASOAT_BINARY SOURCE_DIR WORK_DIR
# Needs tests/sarif/node_modules (scripts/install-deps.sh: npm ci).
set -euo pipefail

rasoat=$1
source_dir=$(cd "$2" && pwd)
work=$3
here=$source_dir/tests/sarif

if [ ! -d "$here/node_modules/@microsoft/sarif-multitool" ] || [ ! -d "$here/node_modules/ajv" ]; then
  echo "FAIL: $here/node_modules is missing: run scripts/install-deps.sh (npm ci in tests/sarif)" >&2
  exit 1
fi
# The platform's binary, called directly: the package's bin.js runs it through a
# shell, which would split the ';' lists of --rule-kind.
multitool=$(cd "$here" && node -p "require('@microsoft/sarif-multitool')")

rm -rf "$work"
mkdir -p "$work/logs" "$work/broken" "$work/cycle"

# rasoat check in a language (vi, en): exit 0 or 1 (findings) is a run that
# worked; 2 is not.
check() {
  local out=$1 language=$2
  shift 2
  local status=0
  "$rasoat" --lang "$language" check --format sarif "$@" >"$out" || status=$?
  if [ "$status" -gt 1 ] || [ ! -s "$out" ]; then
    echo "FAIL: rasoat check $* exited $status" >&2
    exit 1
  fi
}

# Multitool + schema on some logs; prints the problems; returns verdict.js's bits.
validate() {
  local report=$1
  shift
  rm -f "$report"
  # The files first: a list option (--rule-kind) would take them as its values.
  "$multitool" validate "$@" -c "$here/multitool.config.xml" -o "$report" --rule-kind "Sarif;Gh;Ghas" \
    >"$report.out" 2>&1 || true
  if ! grep -q "Done. $# files scanned." "$report.out" || [ ! -s "$report" ]; then
    cat "$report.out" >&2
    echo "FAIL: the Multitool did not scan the $# logs" >&2
    return 4
  fi
  local status=0
  (cd "$here" && node verdict.js "$report" "$@") || status=$?
  return "$status"
}

# 1. Real logs: the corpus (relative paths, both languages), every check's
# fixture (absolute paths, with its parent), and a citation cycle (a notification).
mapfile -t wards < <(cd "$source_dir" && find corpus/quan-long-bien/phuong -name '*.qc' | sort)
(cd "$source_dir" && check "$work/logs/corpus-vi.sarif" vi --corpus corpus "${wards[@]}")
(cd "$source_dir" && check "$work/logs/corpus-en.sarif" en --corpus corpus "${wards[@]}")
for directory in "$source_dir"/tests/checks/*/; do
  directory=${directory%/}
  code=$(basename "$directory")
  against=()
  [ -f "$directory/parent.qc" ] && against=(--against "$directory/parent.qc")
  # An amending document (A003) is checked with the regulation it amends
  # (base.qc); a draft with the version it replaces (previous.qc).
  base=()
  [ -f "$directory/base.qc" ] && base=("$directory/base.qc")
  [ -f "$directory/previous.qc" ] && base=("$directory/previous.qc")
  check "$work/logs/fixture-$code.sarif" en "${against[@]}" "$directory/fires.qc" "${base[@]}"
done
printf 'Số 01-QC/ĐU\n- Căn cứ Quy chế số 02-QC/ĐU,\nĐiều 1. A\n1. Ban Thường vụ quyết định công tác dân vận.\n' \
  >"$work/cycle/a.qc"
printf 'Số 02-QC/ĐU\n- Căn cứ Quy chế số 01-QC/ĐU,\nĐiều 1. A\n1. Ban Thường vụ quyết định công tác dân vận.\n' \
  >"$work/cycle/b.qc"
check "$work/logs/cycle.sarif" vi "$work/cycle/a.qc"
# Accepted findings: a baseline of the G002 fixture, then the same run against
# it (every result with an external suppression), and an accept: entry of
# rasoat.yaml (a suppression with the group's reason).
mkdir -p "$work/accepted"
cp "$source_dir/tests/checks/G002/fires.qc" "$work/accepted/fires.qc"
check "$work/logs/baseline-taken.sarif" en "$work/accepted/fires.qc" --update-baseline "$work/accepted/b.json"
check "$work/logs/baseline-used.sarif" vi "$work/accepted/fires.qc" --baseline "$work/accepted/b.json"
node -e '
  const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const results = log.runs[0].results;
  if (results.length === 0 || !results.every((r) => r.suppressions && r.partialFingerprints)) process.exit(1);
' "$work/logs/baseline-used.sarif" || { echo "FAIL: the baseline run has results without suppressions" >&2; exit 1; }
# Old encodings: a Windows-1258 copy (a reading note) and text once converted
# wrongly (a warning without a check code), both as notifications.
mkdir -p "$work/encodings"
iconv -f UTF-8 -t WINDOWS-1258 "$source_dir/corpus/quan-long-bien/phuong/quy-che-phuong-giang-bien.qc" \
  >"$work/encodings/cp1258.qc"
printf 'Số 03-QC/ĐU\n\xc2\xa7i\xc3\x92u 1. Ban Th\xc2\xad\xc3\xaang v\xc3\xb4 quy\xc3\x95t \xc2\xae\xc3\x9enh\n' \
  >"$work/encodings/mojibake.qc"
(cd "$source_dir" && check "$work/logs/encoding-cp1258.sarif" vi --corpus corpus "$work/encodings/cp1258.qc")
check "$work/logs/encoding-mojibake.sarif" en "$work/encodings/mojibake.qc"

# The logs must say something, or their validity would prove little.
node -e '
  const logs = process.argv.slice(1).map((f) => JSON.parse(require("fs").readFileSync(f, "utf8")));
  const results = logs.flatMap((l) => l.runs[0].results);
  const codes = new Set(results.map((r) => r.ruleId));
  const related = results.filter((r) => r.relatedLocations).length;
  const witnesses = results.filter((r) => r.properties && r.properties.witness).length;
  const notes = logs.flatMap((l) => (l.runs[0].invocations || []).flatMap((i) => i.toolExecutionNotifications || []));
  console.log(`${logs.length} logs, ${results.length} results, ${codes.size} codes (${[...codes].sort().join(" ")}), ` +
              `${related} with related locations, ${witnesses} with a witness, ${notes.length} notifications`);
  if (codes.size < 10 || related === 0 || witnesses === 0 || notes.length === 0) process.exit(1);
' "$work"/logs/*.sarif || { echo "FAIL: the logs have too few kinds of findings" >&2; exit 1; }

failed=0
status=0
validate "$work/report.sarif" "$work"/logs/*.sarif || status=$?
if [ "$status" -ne 0 ]; then
  echo "FAIL: rasoat's SARIF logs are not valid (verdict $status)" >&2
  failed=1
else
  echo "ok: $(ls "$work"/logs | wc -l) rasoat SARIF logs valid for the Multitool and the schema"
fi

# 2. Broken logs: each defect must be rejected, by the validator named
# (1 the Multitool, 2 the schema); the base is a log that just validated.
base=$work/logs/fixture-G002.sarif
while read -r defect expected; do
  broken=$work/broken/$defect.sarif
  (cd "$here" && node break.js "$base" "$defect" "$broken")
  status=0
  validate "$work/broken/$defect.report.sarif" "$broken" >"$work/broken/$defect.verdict" || status=$?
  if [ $((status & 4)) -ne 0 ] || [ $((status & expected)) -ne "$expected" ]; then
    cat "$work/broken/$defect.verdict" >&2
    echo "FAIL: the broken log '$defect' was not rejected as expected (verdict $status, expected bits $expected)" >&2
    failed=1
  else
    echo "ok: broken log '$defect' rejected (verdict $status)"
  fi
done <<'EOF'
level-fatal 2
no-version 3
start-line-zero 3
no-rule-id 1
uri-with-leading-slash 1
EOF

exit "$failed"
