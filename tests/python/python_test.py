"""The Python module: offsets on non-ASCII text, threads and order in pipe,
merge equal to `casus merge`, displaCy output, errors.

Usage: python_test.py PYTHONPATH CASUS_BINARY SOURCE_DIR
Exits 77 (skipped) when the module was not built (no pybind11).
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, sys.argv[1])
try:
    import casus
except ImportError as e:
    print(f"skipped: the casus module is not built ({e}); install pybind11-dev python3-dev",
          file=sys.stderr)
    sys.exit(77)

CASUS, SOURCE = sys.argv[2], sys.argv[3]
NLP = casus.Pipeline()


def texts():
    folder = os.path.join(SOURCE, "corpora", "team")
    for name in sorted(os.listdir(folder)):
        if name.endswith(".txt"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                yield f.read()


class OffsetsTest(unittest.TestCase):
    def check(self, text):
        doc = NLP(text)
        for e in doc.entities:
            self.assertEqual(text[e.start:e.end], e.text)
        for c in doc.claims:
            for s in (c.cause, c.trigger, c.effect):
                self.assertEqual(text[s.start:s.end], s.text)
        return doc

    def test_non_ascii(self):
        text = ("Déjà vu — “Moscow’s” curbs on Türkiye 🙂 reduced trade. "
                "Sanctions fuelled inflation in Iran, Erdoğan said.")
        doc = self.check(text)
        self.assertEqual([(e.text, e.type) for e in doc.entities][:2],
                         [("Moscow", "CITY"), ("Türkiye", "COUNTRY")])
        self.assertEqual(doc.claims[0].effect.text, "trade")
        # Code points, not bytes: the emoji counts once.
        self.assertEqual(doc.entities[1].start, text.index("Türkiye"))

    def test_team_articles(self):
        for t in texts():
            self.check(t)

    def test_same_as_the_command(self):
        text = next(texts())
        out = subprocess.run([CASUS, "extract", "-q", "-"], input=json.dumps({"id": "x", "text": text}) + "\n",
                             capture_output=True, text=True, check=True).stdout
        want, got = json.loads(out), NLP(text).to_json()
        self.assertEqual(got["entities"], want["entities"])
        self.assertEqual(got["claims"], want["claims"])


class PipeTest(unittest.TestCase):
    def test_order_and_threads(self):
        docs = list(texts()) * 3
        one = [d.to_json() for d in NLP.pipe(docs, threads=1, batch_size=5)]
        four = [d.to_json() for d in NLP.pipe(iter(docs), threads=4, batch_size=7)]
        self.assertEqual(len(one), len(docs))
        self.assertEqual([d["claims"] for d in one], [d["claims"] for d in four])
        self.assertEqual([d["claims"] for d in one], [NLP(t).to_json()["claims"] for t in docs])

    def test_streams_lazily(self):
        def endless():
            while True:
                yield "Sanctions fuelled inflation."
        first = next(NLP.pipe(endless(), batch_size=3))
        self.assertEqual(len(first.claims), 1)


class MergeTest(unittest.TestCase):
    def test_equal_to_casus_merge(self):
        with tempfile.TemporaryDirectory() as tmp:
            a, b = os.path.join(tmp, "a.claims.jsonl"), os.path.join(tmp, "b.claims.jsonl")
            subprocess.run([CASUS, "extract", "-q", os.path.join(SOURCE, "corpora", "seed"),
                            "-o", os.path.join(tmp, "a.jsonl"), "--claims-out", a], check=True)
            subprocess.run([CASUS, "extract", "-q", os.path.join(SOURCE, "corpora", "team"),
                            "-o", os.path.join(tmp, "b.jsonl"), "--claims-out", b], check=True)
            want = subprocess.run([CASUS, "merge", a, b], capture_output=True, text=True,
                                  check=True).stdout
            self.assertEqual(casus.merge([a, b]), want)
            with open(a) as fa, open(b) as fb:
                self.assertEqual(casus.merge([fa.read(), fb.read()], texts=True), want)

    def test_bad_record(self):
        with self.assertRaisesRegex(ValueError, r"claim set 1:1: \"relation\" is missing"):
            casus.merge(['{"key": "k"}'], texts=True)


class MiscTest(unittest.TestCase):
    def test_displacy(self):
        d = NLP("Iran and Russia met in Moscow.").to_displacy(title="t")
        self.assertEqual(d["ents"][0], {"start": 0, "end": 4, "label": "COUNTRY"})
        self.assertEqual(d["title"], "t")

    def test_broken_rules(self):
        with tempfile.TemporaryDirectory() as tmp:
            with self.assertRaisesRegex(ValueError, "rules folder not found"):
                casus.Pipeline(rules=os.path.join(tmp, "none"))

    def test_profile(self):
        self.assertTrue(casus.Pipeline(profile="cnc").rules_dir)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1])
