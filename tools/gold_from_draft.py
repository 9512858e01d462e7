#!/usr/bin/env python3
"""Turns an annotator's draft (spans written as text) into a gold file.

Usage: tools/gold_from_draft.py DRAFT.jsonl CORPUS_DIR
       (writes DOC_ID.gold.jsonl beside DOC_ID.txt, found anywhere below
        CORPUS_DIR, for each draft record, then runs
        tools/check_gold.py's checks on what it wrote)

A draft record names spans by their text, so an annotator never counts
code points:

  {"doc_id": "sotu_1962_john_f_kennedy_d_004",
   "entities": [["Congress", "ORGANIZATION", "us_congress"],
                ["Soviet", "COUNTRY", "SUN"]],
   "claims": [{"cause": "the tax cut", "trigger": "boosted",
               "effect": "growth#2", "relation": "CAUSE",
               "modality": "ASSERTED"}]}

- Entities are listed in text order. Each is found at its first occurrence
  (as a whole word: no letter or digit just before or after it) at or after
  the end of the entity before it. An optional fourth element gives the
  start offset explicitly.
- A claim span is the text of its only whole-word occurrence in the
  document, or "TEXT#N" for the N-th (1-based). A span that occurs more
  than once without #N is an error that lists where it occurs.
- `group` on a claim is carried through.

Exits 1 and writes nothing for a draft record with any problem (each
printed as DRAFT:LINE: message).
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_gold  # noqa: E402


def occurrences(text, needle):
    out, i = [], text.find(needle)
    while i >= 0:
        end = i + len(needle)
        before = text[i - 1] if i > 0 else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() and needle[0].isalnum()) and \
           not (after.isalnum() and needle[-1].isalnum()):
            out.append(i)
        i = text.find(needle, i + 1)
    return out


def resolve_claim_span(text, spec, problems, where):
    m = re.fullmatch(r"(.*?)#(\d+)", spec, re.S)
    needle, nth = (m.group(1), int(m.group(2))) if m else (spec, None)
    if not needle or needle != needle.strip():
        problems.append(f"{where}: span {spec!r} is empty or has whitespace at an edge")
        return None
    occ = occurrences(text, needle)
    if not occ:
        problems.append(f"{where}: {needle!r} does not occur in the text")
        return None
    if nth is None and len(occ) > 1:
        ctx = "; ".join(f"#{k + 1} at {s}: ...{text[max(0, s - 25):s + len(needle) + 25]!r}..."
                        for k, s in enumerate(occ))
        problems.append(f"{where}: {needle!r} occurs {len(occ)} times, add #N ({ctx})")
        return None
    if nth is not None and not 1 <= nth <= len(occ):
        problems.append(f"{where}: {needle!r} occurs {len(occ)} times, not #{nth}")
        return None
    s = occ[(nth or 1) - 1]
    return {"start": s, "end": s + len(needle), "text": needle}


def convert(rec, text, problems, where):
    out = {"doc_id": rec["doc_id"], "entities": [], "claims": []}
    pos = 0
    for i, ent in enumerate(rec.get("entities", [])):
        if not isinstance(ent, list) or len(ent) not in (3, 4):
            problems.append(f"{where}: entity {i}: expected [TEXT, TYPE, NORM(, START)]")
            continue
        needle, etype, norm = ent[:3]
        if len(ent) == 4:
            s = ent[3]
            if text[s:s + len(needle)] != needle:
                problems.append(f"{where}: entity {i} {needle!r} is not at {s}")
                continue
        else:
            occ = [s for s in occurrences(text, needle) if s >= pos]
            if not occ:
                problems.append(f"{where}: entity {i} {needle!r} not found after offset {pos}"
                                " (entities must be listed in text order)")
                continue
            s = occ[0]
        pos = s + len(needle)
        out["entities"].append({"start": s, "end": pos, "text": needle,
                                "type": etype, "norm": norm})
    for i, cl in enumerate(rec.get("claims", [])):
        c = {}
        for part in ("cause", "trigger", "effect"):
            spec = cl.get(part)
            if not isinstance(spec, str):
                problems.append(f"{where}: claim {i}: {part} missing")
                continue
            span = resolve_claim_span(text, spec, problems, f"{where}: claim {i} {part}")
            if span:
                c[part] = span
        for k in ("relation", "modality", "group"):
            if k in cl:
                c[k] = cl[k]
        out["claims"].append(c)
    return out


def find_folder(corpus, doc_id):
    """The folder below CORPUS that holds DOC_ID.txt (or .md), or None."""
    if not isinstance(doc_id, str) or not doc_id:
        return None
    for dirpath, _, names in sorted(os.walk(corpus)):
        if doc_id + ".txt" in names or doc_id + ".md" in names:
            return dirpath
    return None


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    draft, corpus = argv[1], argv[2]
    bad = 0
    written = []
    with open(draft, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{draft}:{n}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"{where}: malformed JSON: {e}")
                bad += 1
                continue
            folder = find_folder(corpus, rec.get("doc_id", ""))
            text = check_gold.find_text(folder, rec["doc_id"]) if folder else None
            if text is None:
                print(f"{where}: no text file for doc_id {rec.get('doc_id')!r} in {corpus}")
                bad += 1
                continue
            problems = []
            gold = convert(rec, text, problems, where)
            if problems:
                print("\n".join(problems))
                bad += 1
                continue
            path = os.path.join(folder, rec["doc_id"] + ".gold.jsonl")
            with open(path, "w", encoding="utf-8") as g:
                g.write(json.dumps(gold, ensure_ascii=False) + "\n")
            written.append(path)
    problems = []
    for path in written:
        check_gold.check_file(path, problems)
    for p in problems:
        print(p)
    print(f"{len(written)} gold files written, {bad} draft records refused, "
          f"{len(problems)} problems in what was written", file=sys.stderr)
    return 1 if bad or problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
