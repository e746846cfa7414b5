#!/usr/bin/env bash
# The parse benchmark of issue 14: a 2 MB regulation (the articles of a corpus
# regulation repeated, bench/make_regulation.py) read by the Python
# regular-expression splitter (bench/splitter.py) and by rasoat parse, model
# and check, in the same run; prints a Markdown table.
#
#   bench/parse_speed.sh [RASOAT] [SIZE_BYTES] [RUNS] [STAGES]
#
# RASOAT defaults to build/rasoat, SIZE_BYTES to 2000000, RUNS to 3, STAGES to
# "parse model check". Times are CPU seconds (user + system) of the whole
# process, the least of RUNS runs: the machine is shared, and wall-clock time
# there measures the other jobs as much as ours. MB/s is SIZE/CPU time.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rasoat=${1:-$root/build/rasoat}
size=${2:-2000000}
runs=${3:-3}
stages=${4:-parse model check}
# The interpreter itself, not a wrapper script (pyenv shims start a shell and pyenv first).
python=$("${PYTHON:-python3}" -c "import sys; print(sys.executable)")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
file=$work/regulation.qc
"$python" "$root/bench/make_regulation.py" "$root/corpus/quan-long-bien/quy-che-quan-uy-long-bien.qc" "$size" "$file"
bytes=$(stat -c %s "$file")
limits=(--max-provisions 10000000 --max-file-size $((bytes * 2)))

# best CMD...: the least CPU time of $runs runs, and the peak resident memory.
best() {
  local cpu="" peak=0
  for _ in $(seq "$runs"); do
    local status=0
    /usr/bin/time -f "%U %S %M" -o "$work/time" "$@" > /dev/null 2> "$work/err" || status=$?
    # rasoat check exits 1 when it finds errors in the document: that is not a failure here.
    if [ "$status" -gt 1 ]; then
      echo "failed ($status): $*" >&2
      cat "$work/err" >&2
      exit 1
    fi
    read -r user system memory < <(tail -n 1 "$work/time")
    local this
    this=$(echo "$user + $system" | bc)
    if [ -z "$cpu" ] || [ "$(echo "$this < $cpu" | bc)" = 1 ]; then cpu=$this; fi
    [ "$memory" -gt "$peak" ] && peak=$memory
  done
  echo "$cpu $peak"
}

row() {  # row NAME CPU PEAK_KB BASE_CPU
  local name=$1 cpu=$2 peak=$3 base=$4
  printf '| %s | %.2f s | %.1f MB/s | %s | %d MB |\n' "$name" "$cpu" "$(echo "$bytes / 1000000 / $cpu" | bc -l)" \
    "$(printf '%.2f' "$(echo "$base / $cpu" | bc -l)")" "$((peak / 1024))"
}

read -r splitter splitterPeak < <(best "$python" "$root/bench/splitter.py" "$file")
echo "$(printf '%.1f' "$(echo "$bytes / 1000000" | bc -l)") MB, $(grep -c '^Điều ' "$file") articles; CPU time, best of $runs"
echo
echo "| run | CPU time | speed | splitter's time ÷ this | peak memory |"
echo "| --- | --- | --- | --- | --- |"
row "Python regular-expression splitter" "$splitter" "$splitterPeak" "$splitter"
for stage in $stages; do
  case $stage in
    parse) read -r cpu peak < <(best "$rasoat" parse --format summary "${limits[@]}" "$file") ;;
    parse-json) read -r cpu peak < <(best "$rasoat" parse "${limits[@]}" "$file") ;;
    model) read -r cpu peak < <(best "$rasoat" model "${limits[@]}" "$file") ;;
    check) read -r cpu peak < <(best "$rasoat" check "${limits[@]}" "$file") ;;
    *) echo "unknown stage $stage" >&2; exit 2 ;;
  esac
  row "rasoat $stage" "$cpu" "$peak" "$splitter"
done
