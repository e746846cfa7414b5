#!/usr/bin/env bash
# `cmake --install` into a temporary prefix gives a rasoat that runs on its own:
# it reads the rules installed beside it (not the source tree's), its man pages
# render, its bash completion loads and completes the commands (docs/install.md).
set -euo pipefail
build=$1
source_dir=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
fail() { echo "FAIL: $*" >&2; exit 1; }

# The installed binary gives the findings of the build's binary on the corpus.
expected=$("$build/rasoat" check --format json "$source_dir/corpus/quan-long-bien/quy-che-quan-uy-long-bien.qc" 2>/dev/null || true)
actual=$(env -u RASOAT_RULES "$prefix/bin/rasoat" check --format json "$source_dir/corpus/quan-long-bien/quy-che-quan-uy-long-bien.qc" 2>/dev/null || true)
[ -n "$actual" ] || fail "the installed rasoat printed nothing"
[ "$expected" = "$actual" ] || fail "the installed rasoat gives other findings than the build's"

# It reads the rules installed beside it first, not the source tree's.
echo "MARKER-OF-THE-INSTALLED-RULES" >>"$prefix/share/rasoat/rules/checks/C001.md"
env -u RASOAT_RULES "$prefix/bin/rasoat" explain C001 | grep -q MARKER-OF-THE-INSTALLED-RULES ||
  fail "the installed rasoat did not read the rules installed beside it"
# RASOAT_RULES wins over the installed rules: an empty directory makes the lexicon unreadable.
empty=$(mktemp -d)
if RASOAT_RULES=$empty "$prefix/bin/rasoat" check "$source_dir/corpus/quan-long-bien/quy-che-quan-uy-long-bien.qc" >/dev/null 2>"$prefix/err"; then
  rm -rf "$empty"
  fail "RASOAT_RULES pointing to an empty directory was not used"
fi
rm -rf "$empty"

# The man pages render (English, and Vietnamese under man/vi) and name every command.
for page in "$prefix/share/man/man1/rasoat.1" "$prefix/share/man/vi/man1/rasoat.1"; do
  [ -s "$page" ] || fail "no man page $page"
  rendered=$(MANWIDTH=100 man -l "$page" 2>/dev/null || groff -man -Tutf8 "$page" 2>/dev/null || cat "$page")
  for command in parse model check compare apply report comments import annotate explain rules; do
    grep -q "rasoat $command" <<<"$rendered" || fail "$page does not describe 'rasoat $command'"
  done
done
grep -q "share/rasoat/rules" "$prefix/share/man/man1/rasoat.1" || fail "the man page does not name the installed rules"

# The bash completion completes commands, and a command's options.
completion="$prefix/share/bash-completion/completions/rasoat"
words=$(bash -c "source '$completion'; COMP_WORDS=(rasoat ch); COMP_CWORD=1; _rasoat; echo \"\${COMPREPLY[*]}\"")
grep -qw check <<<"$words" || fail "completing 'rasoat ch' gives '$words'"
words=$(bash -c "source '$completion'; COMP_WORDS=(rasoat check --sel); COMP_CWORD=2; _rasoat; echo \"\${COMPREPLY[*]}\"")
[ "$words" = "--select" ] || fail "completing 'rasoat check --sel' gives '$words'"
echo "installed rasoat: runs on its own rules, man pages and completion work"
