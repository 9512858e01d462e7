#!/usr/bin/env bash
# Compares the output of two casus builds on the corpora a change must not
# alter: the seed and team corpora (with the token and sentence layers), the
# real-prose passages, the CNC holdout under --profile cnc, and the 16.1 MB
# benchmark corpus. Prints one line per corpus and exits 1 on any difference.
#
# Usage: tools/compare_outputs.sh OLD_CASUS NEW_CASUS
#   Each binary finds its rules as casus always does ($CASUS_RULES, its install
#   prefix, then the source tree it was built from): a copy of a build keeps
#   reading that tree's rules/, so to compare rule changes, wrap the old binary
#   in a script that sets CASUS_RULES to an export of the old rules/.
#   (benchmarks/real_corpus.sh builds the benchmark corpus; the CNC holdout
#   is imported from ../shared when it is there, and skipped otherwise)
set -uo pipefail
old=$1 new=$2
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
compare() {  # NAME ARGS...
  local name=$1
  shift
  "$old" extract -q "$@" > "$tmp/old" 2>/dev/null
  "$new" extract -q "$@" > "$tmp/new" 2>/dev/null
  if cmp -s "$tmp/old" "$tmp/new"; then
    echo "identical  $name ($(wc -l < "$tmp/new") documents, $(wc -c < "$tmp/new") bytes)"
  else
    echo "DIFFERENT  $name"
    status=1
  fi
}
compare "seed+team (tokens, sentences)" "$root/corpora/seed" "$root/corpora/team" --layers tokens,sentences
[ -d "$root/corpora/real" ] && compare "real passages" "$root/corpora/real"
cnc="$root/../shared/datasets/causal-news-corpus"
if [ -f "$cnc/train_subtask1.csv" ]; then
  "$new" import cnc "$cnc/train_subtask1.csv" --grouped "$cnc/train_subtask2_grouped.csv" \
    -o "$tmp/cnc" --holdout 25 --name cnc_train 2>/dev/null
  compare "CNC holdout (--profile cnc)" --profile cnc "$tmp/cnc/holdout"
fi
bench="$root/benchmarks/data/real.jsonl"
[ -f "$bench" ] && compare "benchmark corpus (16.1 MB)" "$bench"
exit $status
