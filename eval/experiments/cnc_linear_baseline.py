#!/usr/bin/env python3
"""A learned baseline for causal-sentence detection on the Causal News Corpus.

Logistic regression (plain SGD, standard library only) over one sentence's
features, trained on the `tune` part and scored on the `holdout` part that
`casus import cnc ... --holdout 25` writes. Features, chosen with --features:
  w  lower-cased word unigrams and bigrams of the sentence;
  r  the Casus rules that fired on it and their trigger words (from
     `casus extract --profile cnc` output), and whether any fired.
It answers one question: can a learned model over words and rule firings do
better than the rules alone (docs/evaluation.md)? It is not part of Casus.

Usage:
  build/casus extract /tmp/cnc/tune/cnc_train.jsonl --profile cnc -o /tmp/cnc_tune.pred.jsonl
  build/casus extract /tmp/cnc/holdout/cnc_train.jsonl --profile cnc -o /tmp/cnc_holdout.pred.jsonl
  python3 eval/experiments/cnc_linear_baseline.py /tmp/cnc --features wr
It also counts the causal sentences the rules miss whose gold claims have no
trigger (causation the annotators read without a signal word).
"""
import argparse
import json
import math
import random
import re


def load(root, split, pred):
    docs = {}
    with open(f"{root}/{split}/cnc_train.jsonl") as f:
        for line in f:
            d = json.loads(line)
            docs[d["id"]] = {"text": d["text"], "rules": [], "triggers": []}
    with open(f"{root}/{split}/cnc_train.gold.jsonl") as f:
        for line in f:
            d = json.loads(line)
            docs[d["doc_id"]]["y"] = 1 if d["causal"] else 0
            docs[d["doc_id"]]["signalled"] = any(c.get("trigger") for c in d["claims"])
    with open(pred.format(split=split)) as f:
        for line in f:
            d = json.loads(line)
            docs[d["doc_id"]]["rules"] = [c["rule"] for c in d["claims"]]
            docs[d["doc_id"]]["triggers"] = [c["trigger"]["text"].lower() for c in d["claims"]]
    return list(docs.values())


def features(doc, kinds):
    out = {"bias"}
    if "w" in kinds:
        words = re.findall(r"[a-z]+|[0-9]+|[^\sa-z0-9]", doc["text"].lower())
        for i, w in enumerate(words):
            out.add("u:" + w)
            if i + 1 < len(words):
                out.add("b:" + w + "_" + words[i + 1])
    if "r" in kinds:
        out.update("r:" + r for r in doc["rules"])
        out.update("t:" + t for t in doc["triggers"])
        out.add("any:%d" % (len(doc["rules"]) > 0))
    return out


def score(weights, data, kinds):
    tp = fp = fn = tn = 0
    for d in data:
        z = sum(weights.get(k, 0.0) for k in features(d, kinds))
        p = z > 0
        if p and d["y"]:
            tp += 1
        elif p:
            fp += 1
        elif d["y"]:
            fn += 1
        else:
            tn += 1
    prec = tp / max(1, tp + fp)
    rec = tp / max(1, tp + fn)
    f1 = 2 * prec * rec / max(1e-9, prec + rec)
    mcc = (tp * tn - fp * fn) / math.sqrt(max(1e-9, (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn)))
    return "P %.3f R %.3f F1 %.3f MCC %.3f" % (prec, rec, f1, mcc)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root", help="the folder `casus import cnc --holdout` wrote")
    ap.add_argument("--pred", default="/tmp/cnc_{split}.pred.jsonl",
                    help="casus extract output per part; {split} is tune or holdout")
    ap.add_argument("--features", default="wr")
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--epochs", type=int, default=30)
    args = ap.parse_args()
    train, test = load(args.root, "tune", args.pred), load(args.root, "holdout", args.pred)
    for name, part in (("tune", train), ("holdout", test)):
        missed = [d for d in part if d["y"] and not d["rules"]]
        unsignalled = sum(1 for d in missed if not d["signalled"])
        print("%s: the rules miss %d causal sentences; %d of them have no trigger in the gold"
              % (name, len(missed), unsignalled))
    x = [features(d, args.features) for d in train]
    weights = {}
    rng = random.Random(1)
    order = list(range(len(train)))
    for epoch in range(args.epochs):
        rng.shuffle(order)
        rate = 0.5 / (1 + 0.3 * epoch)
        for i in order:
            z = sum(weights.get(k, 0.0) for k in x[i])
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - train[i]["y"]
            for k in x[i]:
                weights[k] = weights.get(k, 0.0) * (1 - rate * args.l2) - rate * g
    print("features %s: tune %s; holdout %s" %
          (args.features, score(weights, train, args.features), score(weights, test, args.features)))


if __name__ == "__main__":
    main()
