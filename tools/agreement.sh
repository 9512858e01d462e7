#!/usr/bin/env bash
# Agreement between the adjudicated gold of corpora/real/ and a second
# annotator's blind annotation of the passages listed in
# corpora/real/agreement.tsv (corpora/real/drafts/second.draft): the second
# annotation is scored as if it were casus output, with the corpus gold as
# the reference, so the figures read as in `casus eval` (strict and lenient
# F1 for entities and claims, modality accuracy over lenient matches).
#
# Usage: tools/agreement.sh [CASUS]   (CASUS defaults to build/casus)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
casus=${1:-$root/build/casus}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/second"
: > "$tmp/gold.jsonl"
while IFS=$'\t' read -r id _; do
  [ -z "$id" ] && continue
  src=$(find "$root/corpora/real/tune" "$root/corpora/real/check" -name "$id.txt" | head -1)
  [ -n "$src" ] || { echo "agreement: $id: no passage" >&2; exit 1; }
  cp "$src" "$tmp/second/"
  cat "${src%.txt}.gold.jsonl" >> "$tmp/gold.jsonl"
done < <(cut -f1 "$root/corpora/real/agreement.tsv")
python3 "$root/tools/gold_from_draft.py" "$root/corpora/real/drafts/second.draft" "$tmp/second" >/dev/null
cat "$tmp"/second/*.gold.jsonl > "$tmp/second.jsonl"
"$casus" eval --gold "$tmp/gold.jsonl" --pred "$tmp/second.jsonl" "${@:2}"
