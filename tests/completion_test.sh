#!/usr/bin/env bash
# The bash completion file: it knows every command and every option that
# `casus COMMAND --help` lists (so it cannot fall behind the binary), and
# completes commands, options, fixed option values and file names.
#
# Usage: tests/completion_test.sh CASUS COMPLETION_FILE
set -euo pipefail
casus=$1 completion=$2
# shellcheck source=/dev/null
source "$completion"
fail=0

# COMPREPLY for the command line "$@" (the last word is the one completed),
# space-separated and sorted.
complete_line() {
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMPREPLY=()
  _casus
  printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}

expect() {  # WANT WORDS...
  local want=$1
  shift
  local got
  got=$(complete_line "$@")
  if [ "$got" != "$want" ]; then
    echo "completing '$*': got '$got', want '$want'"
    fail=1
  fi
}

# Options listed by a command's --help: the first field of the lines
# "  -x,--long TYPE ...", without a flag's default ("--no-scaling{false}").
help_options() {
  "$casus" "$@" --help | sed -n 's/^  \(-[^ ]*\).*/\1/p' | sed 's/{[^}]*}//' | tr ',' '\n'
}

commands=$("$casus" --help | sed -n '/^Subcommands:/,/^$/s/^  \([a-z]*\) .*/\1/p')
[ -n "$commands" ] || { echo "no commands in casus --help"; exit 1; }
for cmd in $commands; do
  [ "$(complete_line casus "${cmd:0:3}")" != "" ] || { echo "command $cmd not completed"; fail=1; }
  subs=$("$casus" "$cmd" --help | sed -n '/^Subcommands:/,/^$/s/^  \([a-z]*\) .*/\1/p')
  for path in "$cmd" $(for s in $subs; do echo "$cmd:$s"; done); do
    words=${path/:/ }
    # shellcheck disable=SC2086
    known=" $(_casus_options "$words" | tr -s ' \n' '  ') "
    # shellcheck disable=SC2086
    for opt in $(help_options $words); do
      [[ $known == *" $opt "* ]] || { echo "casus $words: $opt missing from the completion"; fail=1; }
    done
  done
done

expect "eval explain extract" casus e
expect "check classes" casus rules ""
expect "--rules" casus rules check --ru
expect "cnc conll" casus import ""
expect "csv" casus merge --format c
expect "json table" casus eval --format ""
expect "--out --output" casus import x y --ou
expect "exact" casus eval --relation e
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/dir"
touch "$tmp/a.jsonl"
expect "$tmp/a.jsonl $tmp/dir" casus extract "$tmp/"
expect "$tmp/dir" casus extract --rules "$tmp/"
expect "$tmp/dir" casus import cnc x -o "$tmp/"
expect "" casus extract -j ""
[ $fail -eq 0 ] && echo "completion test: ok"
exit $fail
