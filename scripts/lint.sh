#!/usr/bin/env bash
# Lints our own sources (the files git tracks under analyzer/, tests/ and bench/;
# never the ANTLR-generated parser, which lives in the build tree):
#   1. clang-format --dry-run -Werror  (the style: .clang-format)
#   2. clang-tidy with the build's compile_commands.json (the checks: .clang-tidy)
# Usage: scripts/lint.sh [--format | --tidy] [--build DIR] [FILE...]
#   --format / --tidy   only that half;  --build DIR   (default build; configure it first)
#   FILE...             only these files (default: every source); e.g.
#                       scripts/lint.sh $(git diff --name-only main -- '*.cpp' '*.h')
# Exits 1 on any finding, naming the file and line.
set -euo pipefail
cd "$(dirname "$0")/.."
format=1
tidy=1
build=build
while [ $# -gt 0 ]; do
  case "$1" in
    --format) tidy=0 ;;
    --tidy) format=0 ;;
    --build) build=$2; shift ;;
    *) break ;;
  esac
  shift
done

if [ $# -gt 0 ]; then
  files=("$@")
else
  mapfile -t files < <(git ls-files 'analyzer/*.cpp' 'analyzer/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h')
fi
[ ${#files[@]} -gt 0 ] || { echo "lint: no files" >&2; exit 0; }

status=0
if [ $format -eq 1 ]; then
  echo "lint: clang-format on ${#files[@]} files" >&2
  clang-format --dry-run -Werror "${files[@]}" || status=1
fi

if [ $tidy -eq 1 ]; then
  [ -f "$build/compile_commands.json" ] || {
    echo "lint: $build/compile_commands.json is missing: configure first (scripts/build.sh)" >&2
    exit 2
  }
  # clang-tidy reads translation units: the .cpp files the build compiles
  # (headers are checked through them, .clang-tidy's HeaderFilterRegex).
  mapfile -t units < <(python3 - "$build/compile_commands.json" "${files[@]}" <<'PY'
import json, os, sys
compiled = {os.path.realpath(entry["file"]) for entry in json.load(open(sys.argv[1]))}
for name in sys.argv[2:]:
    if name.endswith(".cpp") and os.path.realpath(name) in compiled:
        print(name)
PY
  )
  # g++'s warning options that clang does not know are not findings.
  args=(-p "$build" --quiet --extra-arg=-Wno-unknown-warning-option)
  # clang 14 rejects ANTLR 4.9's misc/InterpreterDataReader.h with libstdc++ 12 (its InterpreterData()
  # calls dfa::Vocabulary's default constructor, which clang deletes for a const std::vector member; g++
  # accepts it): a clang-diagnostic-error in every unit that includes antlr4-runtime.h. clang-tidy reads
  # a copy of that umbrella header without it instead (we never use the interpreter data reader).
  antlr=$(grep -o -- '-isystem [^ "]*antlr4-runtime' "$build/compile_commands.json" | head -n 1 | cut -d ' ' -f 2 || true)
  if [ -n "$antlr" ] && grep -q '"misc/InterpreterDataReader.h"' "$antlr/antlr4-runtime.h" 2>/dev/null; then
    shim=$(mktemp -d)
    trap 'rm -rf "$shim"' EXIT
    grep -v '"misc/InterpreterDataReader.h"' "$antlr/antlr4-runtime.h" >"$shim/antlr4-runtime.h"
    args+=("--extra-arg-before=-isystem$shim")
  fi
  if [ ${#units[@]} -gt 0 ]; then
    echo "lint: clang-tidy on ${#units[@]} translation units" >&2
    printf '%s\n' "${units[@]}" |
      xargs -P "$(nproc 2>/dev/null || echo 2)" -n 4 clang-tidy "${args[@]}" || status=1
  fi
fi
[ $status -eq 0 ] && echo "lint: clean" >&2
exit $status
