#!/usr/bin/env bash
# The browser check must fail when it should: a console error, a resource the
# Content-Security-Policy blocks, a missing graph; and pass on a good page.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

expect() {  # expect pass|fail PAGE REASON-IN-STDERR
  local want=$1 page=$2 reason=$3
  "$here/check_page.sh" "$here/pages/$page" "$work/$page" '<table class="matrix"' '<svg class="graph"' \
    >"$work/out" 2>"$work/err"
  local got=$?
  if [ "$want" = pass ] && [ $got -ne 0 ]; then
    echo "FAIL: $page should pass:"; cat "$work/err"; status=1
  elif [ "$want" = fail ] && { [ $got -eq 0 ] || ! grep -q -- "$reason" "$work/err"; }; then
    echo "FAIL: $page should fail with '$reason' (exit $got):"; cat "$work/err"; status=1
  else
    echo "ok: $page ($want)"
  fi
}

expect pass good.html ""
expect fail console-error.html "a deliberate console error"
expect fail blocked-resource.html "Content Security Policy"
expect fail no-graph.html "missing from the DOM"
exit $status
