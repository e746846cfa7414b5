#!/usr/bin/env bash
# Installs the Debian packages rasoat needs to build and test, only those that
# are missing. Runs `apt-get update` at most once. Needs root (or sudo).
# Usage: scripts/install-deps.sh [--fuzz]
#   --fuzz   also clang, libFuzzer and llvm-symbolizer, for scripts/fuzz.sh only
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  default-jre-headless antlr4 libantlr4-runtime-dev
  libz3-dev libyaml-cpp-dev catch2
  libcli11-dev nlohmann-json3-dev libfmt-dev libutf8proc-dev
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

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "rasoat: installing missing packages: ${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
