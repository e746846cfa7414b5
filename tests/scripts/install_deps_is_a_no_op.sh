#!/usr/bin/env bash
# When everything is installed, scripts/install-deps.sh (the first step of
# scripts/test.sh) says nothing and calls neither apt-get nor npm nor sudo:
# they are replaced here by stubs that record the call and fail.
# Usage: tests/scripts/install_deps_is_a_no_op.sh SOURCE_DIR
set -euo pipefail
source_dir=$1
stubs=$(mktemp -d)
trap 'rm -rf "$stubs"' EXIT
for tool in apt-get npm sudo; do
  printf '#!/bin/sh\necho "%s $*" >>"%s/called"\nexit 1\n' "$tool" "$stubs" >"$stubs/$tool"
  chmod +x "$stubs/$tool"
done
said=$(PATH="$stubs:$PATH" bash "$source_dir/scripts/install-deps.sh" 2>&1) || {
  echo "install-deps.sh failed with everything installed: $said" >&2
  [ -f "$stubs/called" ] && cat "$stubs/called" >&2
  exit 1
}
if [ -f "$stubs/called" ]; then
  echo "install-deps.sh called, with everything installed:" >&2
  cat "$stubs/called" >&2
  exit 1
fi
if [ -n "$said" ]; then
  echo "install-deps.sh said something with everything installed: $said" >&2
  exit 1
fi
echo "install-deps.sh: a silent no-op"
