#!/usr/bin/env bash
# Installs the Debian packages rasoat needs to build and test, only those that
# are missing, and the npm packages of the SARIF test (tests/sarif). Runs
# `apt-get update` at most once. Needs root (or sudo).
# Usage: scripts/install-deps.sh [--fuzz]
#   --fuzz   also clang, libFuzzer and llvm-symbolizer, for scripts/fuzz.sh only
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  default-jre-headless antlr4 libantlr4-runtime-dev
  libz3-dev libyaml-cpp-dev catch2
  libcli11-dev nlohmann-json3-dev libfmt-dev libutf8proc-dev
  libicu72  # the SARIF Multitool (a .NET program) needs ICU
  libgraphviz-dev  # the report's graph, laid out by dot in process
  libicu-dev  # Windows-1258 and Windows-1252 for old-encoding files (text/legacy_encodings.cpp)
  libzip-dev libpugixml-dev libxlsxwriter-dev libreoffice-writer-nogui libreoffice-calc-nogui
  libpoppler-cpp-dev  # the text layer of PDF regulations (analyzer/input)
  poppler-utils       # pdfinfo, pdftoppm: the LibreOffice print test (tests/office)
  fonts-liberation2   # Liberation Serif, Times New Roman's metric twin: printed tables lay out as in Word
  python3-docx        # Word fixtures made at test time (tests/input)
  chromium
  clang-format clang-tidy  # scripts/lint.sh, run by .ci/run
)
if [ "${1:-}" = "--fuzz" ]; then
  packages+=(clang-14 libclang-rt-14-dev llvm-14)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

# Node.js and npm run the SARIF test's validators (tests/sarif). Asked for only
# when the commands are missing: a machine may have them from another source
# (NodeSource's nodejs, which conflicts with Debian's npm package).
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)

if [ ${#missing[@]} -gt 0 ]; then
  echo "rasoat: installing missing packages: ${missing[*]}" >&2
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The npm packages of the SARIF test (the SARIF Multitool, ajv), pinned by
# tests/sarif/package-lock.json, from the npm registry, only when missing or
# older than the lock file (npm ci records what it installed in
# node_modules/.package-lock.json); npm is not run otherwise.
sarif_dir="$(cd "$(dirname "$0")/.." && pwd)/tests/sarif"
if [ ! -d "$sarif_dir/node_modules/@microsoft/sarif-multitool" ] || [ ! -d "$sarif_dir/node_modules/ajv-formats" ] ||
  [ "$sarif_dir/package-lock.json" -nt "$sarif_dir/node_modules/.package-lock.json" ]; then
  echo "rasoat: installing the npm packages of tests/sarif" >&2
  (cd "$sarif_dir" && npm ci --no-audit --no-fund)
fi
