#!/usr/bin/env python3
"""Checks gold files against their texts (FORMAT.md, ANNOTATION.md).

Usage: tools/check_gold.py CORPUS_DIR...   (every *.gold.jsonl below each)

For every record: the doc_id names a .txt/.md file next to the gold file;
every span's offsets are code points inside the text and, when the span has a
"text", it equals the text there; entity types and claim relations and
modalities are the spec's; entity spans do not overlap; norms are ASCII
(COUNTRY: three capital letters; others snake_case; ISSUE: the spec's ids).
Prints FILE:LINE: message for each problem; exits 1 when there is any.
"""
import json
import os
import re
import sys

TYPES = {"COUNTRY", "CITY", "REGION", "ORGANIZATION", "PERSON", "ISSUE", "EVENT"}
RELATIONS = {"CAUSE", "PREVENT"}
MODALITIES = {"ASSERTED", "HEDGED", "HYPOTHESIS", "NEGATED"}
ISSUES = set("""terrorism extremism radicalism separatism drug_trafficking
organized_crime human_trafficking arms_trafficking smuggling
nuclear_proliferation weapons_of_mass_destruction energy_security
food_security water_security climate_change migration refugees sanctions
cyber_attacks insurgency piracy corruption money_laundering poverty
unemployment pandemic""".split())
SNAKE = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*$")


def find_text(folder, doc_id):
    for ext in (".txt", ".md"):
        path = os.path.join(folder, doc_id + ext)
        if os.path.exists(path):
            with open(path, encoding="utf-8", errors="surrogateescape") as f:
                return f.read()
    return None


def check_span(where, span, text, name, problems):
    if not isinstance(span, dict):
        problems.append(f"{where}: {name} is not an object")
        return None
    s, e = span.get("start"), span.get("end")
    if not isinstance(s, int) or not isinstance(e, int) or not 0 <= s < e <= len(text):
        problems.append(f"{where}: {name} has bad offsets {s}..{e}")
        return None
    if "text" in span and span["text"] != text[s:e]:
        problems.append(f"{where}: {name} text {span['text']!r} != {text[s:e]!r} at {s}..{e}")
    got = text[s:e]
    if got != got.strip():
        problems.append(f"{where}: {name} {got!r} has whitespace at an edge")
    return (s, e)


def check_file(path, problems):
    folder = os.path.dirname(path)
    seen = set()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = f"{path}:{n}"
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{where}: malformed JSON: {e}")
                continue
            doc_id = rec.get("doc_id")
            if doc_id in seen:
                problems.append(f"{where}: duplicate doc_id {doc_id!r}")
            seen.add(doc_id)
            text = find_text(folder, doc_id) if isinstance(doc_id, str) else None
            if text is None:
                problems.append(f"{where}: no text file for doc_id {doc_id!r}")
                continue
            spans = []
            for i, ent in enumerate(rec.get("entities", [])):
                w = f"{where}: entity {i}"
                sp = check_span(w, ent, text, "span", problems)
                t, norm = ent.get("type"), ent.get("norm")
                if t not in TYPES:
                    problems.append(f"{w}: unknown type {t!r}")
                if not isinstance(norm, str) or not norm.isascii() or not norm:
                    problems.append(f"{w}: norm {norm!r} must be non-empty ASCII")
                elif t == "COUNTRY" and not re.fullmatch(r"[A-Z]{3}", norm):
                    problems.append(f"{w}: COUNTRY norm {norm!r} is not alpha-3")
                elif t in TYPES - {"COUNTRY"} and not SNAKE.match(norm):
                    problems.append(f"{w}: norm {norm!r} is not snake_case")
                if t == "ISSUE" and norm not in ISSUES:
                    problems.append(f"{w}: {norm!r} is not an ISSUE id")
                if sp:
                    spans.append((sp, i))
            spans.sort()
            for (a, i), (b, j) in zip(spans, spans[1:]):
                if b[0] < a[1]:
                    problems.append(f"{where}: entities {i} and {j} overlap")
            for i, cl in enumerate(rec.get("claims", [])):
                w = f"{where}: claim {i}"
                for part in ("cause", "trigger", "effect"):
                    check_span(w, cl.get(part), text, part, problems)
                if cl.get("relation") not in RELATIONS:
                    problems.append(f"{w}: bad relation {cl.get('relation')!r}")
                if cl.get("modality", "ASSERTED") not in MODALITIES:
                    problems.append(f"{w}: bad modality {cl.get('modality')!r}")


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    problems = []
    files = 0
    for root in argv[1:]:
        for dirpath, _, names in sorted(os.walk(root)):
            for name in sorted(names):
                if name.endswith(".gold.jsonl"):
                    files += 1
                    check_file(os.path.join(dirpath, name), problems)
    for p in problems:
        print(p)
    print(f"{files} gold files, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
