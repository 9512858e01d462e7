#!/usr/bin/env bash
# Peers side by side with Casus on one corpus (default: the real-prose
# corpus from benchmarks/real_corpus.sh): wink-nlp, compromise and NLTK,
# each single-threaded, timing processing only (load time apart), then
# `casus bench -j 1 --repeat 3` (the median of three runs) on the same
# file. Prints one table with MB/s and the ratio Casus/peer.
#
# Usage: benchmarks/peers/run.sh [CORPUS.jsonl]
#        CASUS=build-release/casus benchmarks/peers/run.sh   (the `make
#        release` build, profile-guided; default build/casus)
# Needs: node + npm (peers installed by version into benchmarks/peers/
# node_modules, ignored by git), python3-nltk (installed with apt-get as
# root), a built casus (build/casus, or the binary CASUS names).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
corpus="${1:-$root/benchmarks/data/real.jsonl}"
casus="${CASUS:-$root/build/casus}"
[ -f "$corpus" ] || "$root/benchmarks/real_corpus.sh"
(cd "$here" && npm install --no-audit --no-fund --silent)
if ! /usr/bin/python3 -c 'import nltk' 2>/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y python3-nltk >/dev/null; else
    echo "peers: install python3-nltk: sudo apt-get install -y python3-nltk" >&2; exit 1; fi
fi
results=$(mktemp)
node "$here/wink.js" "$corpus" >> "$results"
node "$here/compromise.js" "$corpus" >> "$results"
/usr/bin/python3 "$here/nltk_peer.py" "$corpus" "$root/rules" >> "$results"
"$casus" bench -j 1 --no-scaling --repeat 3 --format json "$corpus" > "$results.casus"
/usr/bin/python3 - "$results" "$results.casus" "$corpus" "$(basename "$(dirname "$casus")")/casus" <<'PY'
import json, sys
peers = [json.loads(l) for l in open(sys.argv[1])]
casus = json.load(open(sys.argv[2]))
run = casus["runs"][0]
cmb = run["mb_per_s"]
print("Corpus: %s, %.1f MB, %d documents" % (sys.argv[3], casus["bytes"] / 1e6, casus["documents"]))
print("%-28s %10s %10s %10s %14s" % ("system", "load s", "process s", "MB/s", "Casus/peer"))
print("%-28s %10.2f %10.2f %10.2f %14s" % ("casus (%s)" % sys.argv[4], casus["rules_load_ms"] / 1e3,
                                         run["seconds"], cmb, "1.0x"))
for p in peers:
    mb = p["bytes"] / 1e6 / p["seconds"]
    print("%-28s %10.2f %10.2f %10.2f %13.1fx" % (p["peer"], p["load_s"], p["seconds"], mb, cmb / mb))
PY
rm -f "$results" "$results.casus"
