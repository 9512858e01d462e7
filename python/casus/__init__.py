"""Casus: entities and causal claims from policy and international-relations text.

    import casus
    nlp = casus.Pipeline()                      # the bundled rules, loaded once
    doc = nlp("Sanctions fuelled inflation in Iran.")
    for claim in doc.claims:
        print(claim.cause.text, claim.relation, claim.effect.text)
    for doc in nlp.pipe(texts, threads=4):      # streamed, in input order
        ...
    merged = casus.merge(["a.claims.jsonl", "b.claims.jsonl"])   # as `casus merge`

Offsets are indices into the Python string (code points). The native work
runs without the GIL, so threads help.
"""

import json
import os
from itertools import islice

from ._casus import NativePipeline as _NativePipeline
from ._casus import __version__
from ._casus import merge_texts as _merge_texts

__all__ = ["Pipeline", "Doc", "Entity", "Claim", "Span", "merge", "__version__"]


class Span:
    """A piece of the text: start and end (code points, half-open) and the text."""

    __slots__ = ("start", "end", "text")

    def __init__(self, d):
        self.start, self.end, self.text = d["start"], d["end"], d["text"]

    def __repr__(self):
        return f"Span({self.start}, {self.end}, {self.text!r})"


class Entity(Span):
    """A mention: its span, type (COUNTRY, CITY, ...), norm and the rule that found it."""

    __slots__ = ("type", "norm", "rule")

    def __init__(self, d):
        super().__init__(d)
        self.type, self.norm, self.rule = d["type"], d["norm"], d["rule"]

    def __repr__(self):
        return f"Entity({self.text!r}, {self.type}, {self.norm!r}, {self.start}:{self.end})"


class Claim:
    """A causal claim: cause, trigger and effect spans, relation, modality, key, rule."""

    __slots__ = ("cause", "trigger", "effect", "relation", "modality", "attribution",
                 "key", "id", "rule", "sentence")

    def __init__(self, d):
        self.cause, self.trigger, self.effect = Span(d["cause"]), Span(d["trigger"]), Span(d["effect"])
        self.relation, self.modality = d["relation"], d["modality"]
        self.attribution = Span(d["attribution"]) if d["attribution"] is not None else None
        self.key, self.id, self.rule, self.sentence = d["key"], d["id"], d["rule"], d["sentence"]

    def __repr__(self):
        return (f"Claim({self.cause.text!r} --[{self.trigger.text}]--> {self.effect.text!r}, "
                f"{self.relation}, {self.modality})")


class Doc:
    """One processed text: entities, claims, warnings, error, and the JSON record."""

    def __init__(self, text, native):
        self.text = text
        self.entities = [Entity(e) for e in native["entities"]]
        self.claims = [Claim(c) for c in native["claims"]]
        self.warnings = list(native["warnings"])
        self.error = native["error"] or None
        self._json = native["json"]

    def to_json(self):
        """The record `casus extract` writes for this text, as a dict."""
        return json.loads(self._json)

    def to_displacy(self, title=None):
        """Entities in displaCy's manual format: displacy.render(doc.to_displacy(), style="ent", manual=True)."""
        out = {"text": self.text,
               "ents": [{"start": e.start, "end": e.end, "label": e.type} for e in self.entities]}
        if title is not None:
            out["title"] = title
        return out

    def __repr__(self):
        return f"Doc({len(self.entities)} entities, {len(self.claims)} claims)"


class Pipeline:
    """The Casus pipeline over a rules folder (default: the bundled rules).

    rules: a rules folder; profile: a profile name ("cnc") or a folder of extra rules.
    Raises ValueError for broken rules (FILE:LINE:COLUMN: message).
    """

    def __init__(self, rules=None, profile=None):
        self._native = _NativePipeline(os.fspath(rules) if rules else "", profile or "")

    @property
    def rules_dir(self):
        return self._native.rules_dir

    def __call__(self, text):
        return Doc(text, self._native.process(text))

    def pipe(self, texts, threads=0, batch_size=256):
        """Processes an iterable of texts, yielding Docs in input order as batches complete."""
        it = iter(texts)
        while True:
            batch = list(islice(it, batch_size))
            if not batch:
                return
            for text, native in zip(batch, self._native.process_all(batch, threads)):
                yield Doc(text, native)


def merge(claim_sets, texts=False):
    """Merges claim sets (paths to `--claims-out` files, or their texts with texts=True)
    into one JSON Lines text, exactly as `casus merge` does."""
    if texts:
        contents, names = list(claim_sets), [f"claim set {i + 1}" for i in range(len(claim_sets))]
    else:
        names = [os.fspath(p) for p in claim_sets]
        contents = []
        for p in names:
            with open(p, encoding="utf-8", errors="surrogateescape") as f:
                contents.append(f.read())
    return _merge_texts(contents, names)
