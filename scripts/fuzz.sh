#!/usr/bin/env bash
# Fuzzes the analyser with libFuzzer (docs/fuzzing.md).
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
#   SECONDS  run time of each target (default 600)
#   TARGET   normaliser, layout, clause, model, check, word (default: all, one after another)
# Builds build-fuzz/ with clang (ASan + UBSan + libFuzzer), seeds each target's
# working corpus in build-fuzz/fuzz-corpus/<target>/ from the corpus and the test
# fixtures, runs it, and copies every crash, timeout, leak or out-of-memory input
# into tests/fuzz/regressions/<target>/, where the replay tests pick it up.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-600}
[ $# -gt 0 ] && shift
all_targets=(normaliser layout clause model check word)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")
for target in "${targets[@]}"; do
  case " ${all_targets[*]} " in *" $target "*) ;; *) echo "fuzz.sh: unknown target $target" >&2; exit 2 ;; esac
done

scripts/install-deps.sh --fuzz
build=build-fuzz
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
  -DRASOAT_FUZZ=ON -DRASOAT_BUILD_TESTS=OFF -DCMAKE_CXX_COMPILER_LAUNCHER="$(command -v ccache || true)" >/dev/null
cmake --build "$build" --parallel 2 --target "${targets[@]/#/rasoat_fuzz_}"

# One clause per file: the clauses of the reference table and every line of the corpus.
seed_clauses() {
  local out=$1 n=0
  sed -n 's/^  clause: "\(.*\)"$/\1/p' tests/fixtures/clauses/table.yaml | sed 's/\\"/"/g' |
    while IFS= read -r line; do n=$((n + 1)); printf '%s' "$line" >"$out/table-$n"; done
  find corpus -name '*.qc' -print0 | xargs -0 cat | grep -v '^[[:space:]]*$' | sort -u |
    while IFS= read -r line; do n=$((n + 1)); printf '%s' "$line" >"$out/corpus-$n"; done
}

seed_documents() {
  local out=$1
  find corpus tests/fixtures tests/checks -name '*.qc' | while IFS= read -r file; do
    cp "$file" "$out/$(echo "$file" | tr '/' '_')"
  done
}

# Word files made by python3-docx from the corpus: whole .docx files and their XML parts.
seed_word() {
  /usr/bin/python3 tests/fuzz/seed_word.py "$1" $(find corpus -name '*.qc' | sort)
}

max_len_of() {
  case $1 in
    word) echo 65536 ;;
    normaliser) echo 65536 ;;
    clause) echo 20000 ;;  # longer clauses are not read (model::kMaxClauseBytes)
    layout) echo 32768 ;;  # above the largest regulation of the corpus (25 KB)
    # A whole regulation costs seconds under ASan in these two: seeds are cut
    # to their first 4 KB (a truncated file is a hostile input too) so that
    # the fuzzer gets more than one execution a second.
    *) echo 4096 ;;
  esac
}

export ASAN_OPTIONS=detect_leaks=1:symbolize=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
command -v llvm-symbolizer-14 >/dev/null && export ASAN_SYMBOLIZER_PATH=$(command -v llvm-symbolizer-14)
summary=()
for target in "${targets[@]}"; do
  corpus_dir=$build/fuzz-corpus/$target
  artifacts=$build/fuzz-artifacts/$target
  log=$build/fuzz-logs/$target.log
  mkdir -p "$corpus_dir" "$artifacts" "$(dirname "$log")" "tests/fuzz/regressions/$target"
  if [ -z "$(ls -A "$corpus_dir")" ]; then
    case $target in
      clause) seed_clauses "$corpus_dir" ;;
      word) seed_word "$corpus_dir" ;;
      *) seed_documents "$corpus_dir" ;;
    esac
  fi
  echo "fuzz.sh: $target for ${seconds}s (log: $log)" >&2
  # A hang is a bug (-timeout 10 s); fork mode keeps going after a crash so
  # that one run finds more than one.
  nice -n 10 "$build/fuzz/rasoat_fuzz_$target" "$corpus_dir" \
    -max_total_time="$seconds" -max_len="$(max_len_of "$target")" -timeout=10 -rss_limit_mb=4096 \
    -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1 || true
  found=0
  for artefact in "$artifacts"/crash-* "$artifacts"/timeout-* "$artifacts"/oom-* "$artifacts"/leak-*; do
    [ -e "$artefact" ] || continue
    if [ ! -e "tests/fuzz/regressions/$target/$(basename "$artefact")" ]; then
      cp "$artefact" "tests/fuzz/regressions/$target/"
      found=$((found + 1))
    fi
  done
  stats=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
  summary+=("$target: $found new artefact(s); last: ${stats:-no stats}")
done
printf '%s\n' "${summary[@]}"
