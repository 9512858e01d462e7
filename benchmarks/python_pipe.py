#!/usr/bin/env python3
"""Python module against the command line, on the same corpus, in one run.

Times `casus extract CORPUS -j T -o FILE` and, in the same process tree,
`casus.Pipeline().pipe(texts, threads=T)` over the texts of the same JSON
Lines corpus, alternating the two for --rounds rounds; prints the median of
each and their ratio. Both timings include loading the rules; the Python
one also includes reading the corpus and building a Doc (entities and claims
as Python objects) per text, which is what a user of the module pays.

Usage (from the repository root, after `make build`):
  PYTHONPATH=build/python python3 benchmarks/python_pipe.py \
      benchmarks/data/real.jsonl --casus build/casus --threads 1 --rounds 5
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time


def time_cli(casus, corpus, threads, out):
    start = time.perf_counter()
    subprocess.run([casus, "extract", corpus, "-j", str(threads), "-q", "-o", out],
                   check=True)
    return time.perf_counter() - start


def time_module(module, corpus, threads):
    start = time.perf_counter()
    nlp = module.Pipeline()
    with open(corpus, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    entities = claims = 0
    for doc in nlp.pipe(texts, threads=threads):
        entities += len(doc.entities)
        claims += len(doc.claims)
    return time.perf_counter() - start, len(texts), entities, claims


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--casus", default="build/casus")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    import casus  # the module built beside the binary (PYTHONPATH=build/python)

    size = os.path.getsize(args.corpus)
    cli, py = [], []
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.jsonl")
        for _ in range(args.rounds):
            cli.append(time_cli(args.casus, args.corpus, args.threads, out))
            seconds, docs, entities, claims = time_module(casus, args.corpus, args.threads)
            py.append(seconds)
    c, p = statistics.median(cli), statistics.median(py)
    mb = size / 1e6
    print(f"corpus: {args.corpus} ({mb:.1f} MB, {docs} documents; module saw "
          f"{entities} entities, {claims} claims)")
    print(f"threads: {args.threads}, rounds: {args.rounds} (medians)")
    print(f"casus extract     {c:7.2f} s  {mb / c:6.1f} MB/s")
    print(f"casus.Pipeline    {p:7.2f} s  {mb / p:6.1f} MB/s")
    print(f"module / command  {p / c:7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
