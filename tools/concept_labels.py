#!/usr/bin/env python3
"""Gold concept labels for causes and effects (docs/evaluation.md, "Grounding").

  tools/concept_labels.py sample CORPUS_DIR N SEED > phrases.tsv
      N gold claims of the corpus, drawn by a seeded hash of doc id and
      offsets (not by what Casus grounds), as rows to label: corpus, doc_id,
      role, start, end, text, concept (empty), sentence.
  tools/concept_labels.py apply labels.tsv
      Writes each labelled row's concept into its gold file: the claim's
      cause or effect object gets "concept": ID (or "none" for a phrase that
      names no concept of the inventory).
"""
import csv, glob, hashlib, json, os, sys


def gold_files(corpus):
    return sorted(glob.glob(os.path.join(corpus, "*.gold.jsonl")))


def sentence_around(text, start, end):
    b = max(text.rfind(". ", 0, start) + 2, 0)
    e = text.find(". ", end)
    return text[b:e + 1 if e >= 0 else len(text)].replace("\n", " ").replace("\t", " ")


def sample(corpus, n, seed):
    rows = []
    for path in gold_files(corpus):
        txt_path = path[: -len(".gold.jsonl")] + ".txt"
        text = open(txt_path, encoding="utf-8").read() if os.path.exists(txt_path) else ""
        for line in open(path, encoding="utf-8"):
            if not line.strip():
                continue
            doc = json.loads(line)
            for c in doc.get("claims", []):
                h = hashlib.sha256(f"{seed}:{doc['doc_id']}:{c['cause']['start']}:{c['effect']['start']}".encode()).hexdigest()
                rows.append((h, doc["doc_id"], c, text))
    rows.sort(key=lambda r: r[0])
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["corpus", "doc_id", "role", "start", "end", "text", "concept", "sentence"])
    for _, doc_id, c, text in rows[:n]:
        for role in ("cause", "effect"):
            s = c[role]
            phrase = s.get("text") or text[s["start"]:s["end"]]
            out.writerow([corpus, doc_id, role, s["start"], s["end"], phrase, "",
                          sentence_around(text, s["start"], s["end"])])


def apply(labels):
    want = {}
    for row in csv.DictReader(open(labels, encoding="utf-8"), delimiter="\t"):
        if row["concept"].strip():
            want[(row["corpus"], row["doc_id"], row["role"], int(row["start"]), int(row["end"]))] = row["concept"].strip()
    done = 0
    for corpus in sorted({k[0] for k in want}):
        for path in gold_files(corpus):
            lines = open(path, encoding="utf-8").read().splitlines()
            changed = False
            for i, line in enumerate(lines):
                if not line.strip():
                    continue
                doc = json.loads(line)
                for c in doc.get("claims", []):
                    for role in ("cause", "effect"):
                        k = (corpus, doc["doc_id"], role, c[role]["start"], c[role]["end"])
                        if k in want and c[role].get("concept") != want[k]:
                            c[role]["concept"] = want[k]
                            changed = True
                        if k in want:
                            done += 1
                lines[i] = json.dumps(doc, ensure_ascii=False)
            if changed:
                open(path, "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print(f"{done} labelled phrases written ({len(want)} labels)", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "sample":
        sample(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    elif len(sys.argv) == 3 and sys.argv[1] == "apply":
        apply(sys.argv[2])
    else:
        sys.exit(__doc__)
