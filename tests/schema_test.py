#!/usr/bin/python3
"""Checks Casus's records against the JSON Schemas in docs/schema/.

Usage: /usr/bin/python3 tests/schema_test.py CASUS_BINARY SOURCE_DIR [unittest options]

- runs `CASUS_BINARY extract SOURCE_DIR/corpora/seed SOURCE_DIR/corpora/team`
  and validates every output record against document.schema.json, every
  claim-set record against claimset.schema.json and the OUT.meta.json
  sidecar against meta.schema.json (docs/format.md, "Format versions");
- runs it on a few made-up JSON Lines records that exercise metadata,
  warnings, errors and the debugging layers;
- validates every line of every *.gold.jsonl under SOURCE_DIR/corpora
  against gold.schema.json;
- checks that each schema is itself a valid draft 2020-12 schema.

Needs Debian's python3-jsonschema; without it the script exits 77 (the
conventional "skipped" status, ctest's SKIP_RETURN_CODE).
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

try:
    from jsonschema import Draft202012Validator
except ImportError:
    print("schema_test: skipped: the Python module jsonschema is not installed "
          "(apt-get install python3-jsonschema)", file=sys.stderr)
    sys.exit(77)

SCHEMAS = ("document", "claimset", "gold", "meta")
FIRST_KEY = {"document": "casus.document.v1", "claimset": "casus.claimset.v1"}
MAX_REPORTED = 10  # problems listed per failing check

CASUS = None
SOURCE_DIR = None


def load_schema(name):
    path = os.path.join(SOURCE_DIR, "docs", "schema", name + ".schema.json")
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def describe(error):
    where = "/".join(str(p) for p in error.absolute_path) or "(record)"
    return f"{where}: {error.message[:300]}"


def jsonl_records(path):
    """Yields (line number, parsed record) for every non-blank line."""
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.strip():
                yield number, json.loads(line)


class SchemaTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.validators = {name: Draft202012Validator(load_schema(name)) for name in SCHEMAS}
        cls.tmp = tempfile.TemporaryDirectory(prefix="casus_schema_test_")

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.tmp.name, name)

    def extract(self, inputs, out, extra=()):
        """Runs casus extract; returns the completed process."""
        cmd = [CASUS, "extract", *inputs, "-q", "-o", out, *extra]
        return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, timeout=600)

    def assert_jsonl_valid(self, path, schema):
        """Every record of `path` validates against `schema`; for output
        records, "format" is the first key."""
        validator = self.validators[schema]
        problems = []
        count = 0
        for number, record in jsonl_records(path):
            count += 1
            for error in validator.iter_errors(record):
                problems.append(f"{path}:{number}: {describe(error)}")
            if schema in FIRST_KEY and isinstance(record, dict):
                first = next(iter(record), None)
                if first != "format":
                    problems.append(f'{path}:{number}: first key is {first!r}, not "format"')
        self.assertTrue(count > 0, f"{path}: no records")
        if problems:
            self.fail(f"{len(problems)} problems against {schema}.schema.json:\n"
                      + "\n".join(problems[:MAX_REPORTED]))
        return count

    def assert_meta_valid(self, path):
        self.assertTrue(os.path.isfile(path), f"{path} was not written")
        with open(path, encoding="utf-8") as f:
            meta = json.load(f)
        problems = [describe(e) for e in self.validators["meta"].iter_errors(meta)]
        if problems:
            self.fail(f"{path} against meta.schema.json:\n" + "\n".join(problems))

    # (c) Each schema is a valid draft 2020-12 schema.
    def test_schemas_are_valid(self):
        for name in SCHEMAS:
            with self.subTest(schema=name):
                schema = load_schema(name)
                self.assertEqual(schema.get("$schema"),
                                 "https://json-schema.org/draft/2020-12/schema")
                Draft202012Validator.check_schema(schema)

    # (a) Real output of the team corpora.
    def test_extract_output_matches_schemas(self):
        out, claims = self.path("out.jsonl"), self.path("claims.jsonl")
        corpora = os.path.join(SOURCE_DIR, "corpora")
        run = self.extract([os.path.join(corpora, "seed"), os.path.join(corpora, "team")],
                           out, ["--claims-out", claims])
        self.assertEqual(run.returncode, 0, f"casus extract failed:\n{run.stderr}")
        with self.subTest(records="documents"):
            self.assert_jsonl_valid(out, "document")
        with self.subTest(records="claim set"):
            self.assert_jsonl_valid(claims, "claimset")
        with self.subTest(records="meta"):
            self.assert_meta_valid(out + ".meta.json")

    # (a, continued) Records the team corpora do not produce: metadata of
    # any JSON type, warnings, per-document errors, debugging layers, an
    # input field named "format".
    def test_edge_records_match_schemas(self):
        inputs = [
            {"id": "meta", "text": "Sanctions fuelled inflation in Iran.",
             "source": {"name": "wire", "n": 1}, "year": 2019, "tags": ["a"], "note": None},
            {"id": "reserved", "text": "Drought may drive migration.", "format": "v0",
             "publisher": "Reuters"},
            {"text": "A record without an id. Corruption breeds extremism."},
            {"id": "empty", "text": ""},
        ]
        source = self.path("edge.jsonl")
        with open(source, "w", encoding="utf-8") as f:
            for record in inputs:
                f.write(json.dumps(record) + "\n")
            f.write("not json\n")
            f.write("[1, 2]\n")
        out, claims = self.path("edge.out.jsonl"), self.path("edge.claims.jsonl")
        run = self.extract([source], out,
                           ["--claims-out", claims, "--layers", "tokens,sentences"])
        # Three records fail on purpose (empty, malformed, not an object).
        self.assertEqual(run.returncode, 1, f"casus extract:\n{run.stderr}")
        self.assertEqual(self.assert_jsonl_valid(out, "document"), 6)
        records = {r["doc_id"]: r for _, r in jsonl_records(out)}
        reserved = records["reserved"]
        self.assertEqual(reserved["format"], "casus.document.v1")
        self.assertIn('field "format" is an output field; dropped', reserved.get("warnings", []))
        self.assertEqual(records["meta"]["source"], {"name": "wire", "n": 1})
        self.assert_jsonl_valid(claims, "claimset")
        self.assert_meta_valid(out + ".meta.json")

    # (b) Every gold file in the repository.
    def test_gold_files_match_schema(self):
        validator = self.validators["gold"]
        problems = []
        lines = 0
        for root, dirs, files in os.walk(os.path.join(SOURCE_DIR, "corpora")):
            dirs.sort()
            for name in sorted(files):
                if not name.endswith(".gold.jsonl"):
                    continue
                path = os.path.join(root, name)
                for number, record in jsonl_records(path):
                    lines += 1
                    for error in validator.iter_errors(record):
                        problems.append(f"{path}:{number}: {describe(error)}")
        self.assertTrue(lines > 0, "no gold lines found under corpora/")
        if problems:
            self.fail(f"{len(problems)} problems against gold.schema.json:\n"
                      + "\n".join(problems[:MAX_REPORTED]))


def main():
    global CASUS, SOURCE_DIR
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    CASUS = os.path.abspath(sys.argv[1])
    SOURCE_DIR = os.path.abspath(sys.argv[2])
    program = unittest.main(argv=[sys.argv[0], *sys.argv[3:]], exit=False)
    return 0 if program.result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
