#!/usr/bin/python3
"""NLTK (Debian's python3-nltk): Punkt sentence splitting (untrained: no
data download), Treebank word tokenization, and a lookup of Casus's own
gazetteer aliases (rules/entities/*.gaz) over every 1..5-gram of tokens.
Prints JSON like wink.js. Usage: nltk_peer.py CORPUS.jsonl RULES_DIR"""
import glob
import json
import sys
import time

t0 = time.time()
from nltk.tokenize import TreebankWordTokenizer
from nltk.tokenize.punkt import PunktSentenceTokenizer

aliases = set()
for path in glob.glob(sys.argv[2] + "/entities/*.gaz"):
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#") or ":" not in line or line.startswith(("type", "norms:", "example")):
            continue
        for a in line.split(":", 1)[1].split("|"):
            a = a.strip().lstrip("!")
            if a.endswith("(s)"):
                aliases.add(tuple(a[:-3].split()))
                a = a[:-3] + "s"
            aliases.add(tuple(a.split()))
splitter = PunktSentenceTokenizer()
words = TreebankWordTokenizer()
load = time.time() - t0
docs = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
nbytes = sentences = tokens = entities = 0
t1 = time.time()
for text in docs:
    nbytes += len(text.encode("utf-8"))
    for sent in splitter.tokenize(text):
        sentences += 1
        toks = words.tokenize(sent)
        tokens += len(toks)
        for i in range(len(toks)):
            for n in range(5, 0, -1):
                if tuple(toks[i:i + n]) in aliases:
                    entities += 1
                    break
secs = time.time() - t1
print(json.dumps({"peer": "NLTK (python3-nltk)", "load_s": load, "seconds": secs,
                  "bytes": nbytes, "sentences": sentences, "tokens": tokens,
                  "entities": entities}))
