// The scorer: FORMAT.md's figures for entities, claims, causal sentences and
// claim-set merging, plus what an analyst needs to fix a rule (each error,
// per-rule precision, misses no prediction came near).
//
//   ScoreOptions opts;
//   EvalReport r = Score(gold_docs, predicted_docs, opts);
//   double f1 = r.entities_strict_micro.F1();
//
// Matching is one-to-one within a document: candidate pairs are taken in
// order of decreasing overlap (ties: gold order, then prediction order), each
// gold and each predicted item used at most once. Pure functions;
// thread-safe.
#ifndef CASUS_EVAL_SCORER_H_
#define CASUS_EVAL_SCORER_H_

#include <map>
#include <string>
#include <vector>

#include "eval/eval_data.h"

namespace casus::eval {

struct ScoreOptions {
  bool relation_any = false;  // claims match without comparing the relation
  bool coarse = false;        // COUNTRY/CITY/REGION -> LOC, ORGANIZATION ->
                              // ORG, PERSON -> PER, other types dropped
};

struct Prf {
  int64_t tp = 0, fp = 0, fn = 0;
  double P() const { return tp + fp == 0 ? 0 : double(tp) / (tp + fp); }
  double R() const { return tp + fn == 0 ? 0 : double(tp) / (tp + fn); }
  double F1() const {
    double p = P(), r = R();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
  void Add(const Prf& o) { tp += o.tp, fp += o.fp, fn += o.fn; }
};

struct Ratio {
  int64_t hit = 0, total = 0;
  double Value() const { return total == 0 ? 0 : double(hit) / total; }
};

// One false positive or false negative, for --errors.
struct EvalError {
  std::string doc_id;
  // "entity", "claim" (false positive or negative), "norm" (a lenient
  // entity match with another norm), "modality" (a lenient claim match with
  // another modality), "extent" (a lenient claim match whose cause or effect
  // span is not exact; detail gives both), "merge" (gold claims of one group whose predictions
  // do not share a key; or, false_positive, predictions sharing a key whose
  // gold claims are in different groups).
  std::string kind;
  bool false_positive = false;
  bool miss = false;  // a false negative no prediction overlapped at all
  std::string detail;  // e.g. "wrong type: gold COUNTRY, predicted REGION"
  const EvalEntity* entity = nullptr;  // points into the scored documents
  const EvalClaim* claim = nullptr;
};

struct RuleStats {
  int64_t fired = 0, tp = 0, fp = 0;
  double Precision() const { return fired == 0 ? 0 : double(tp) / fired; }
};

struct EvalReport {
  std::map<std::string, Prf> entities_strict;   // by type
  std::map<std::string, Prf> entities_lenient;  // by type
  Prf entities_strict_micro, entities_lenient_micro;
  Ratio norm_accuracy;  // lenient matches with equal norm, PERSON excluded
  Prf claims_lenient, claims_strict;
  // Strict on one role only: the cause (or effect) span exact, the other
  // role and the relation as for a lenient match. Not part of FORMAT.md's
  // scores; they say which side of a claim its span errors are on.
  Prf claims_strict_cause, claims_strict_effect;
  Ratio modality_accuracy;  // among lenient claim matches
  // Document-level causal detection.
  int64_t causal_tp = 0, causal_fp = 0, causal_fn = 0, causal_tn = 0;
  Prf CausalPrf() const { return {causal_tp, causal_fp, causal_fn}; }
  double CausalMcc() const;
  // Claim-set merging from gold `group` labels.
  int64_t merge_gold_pairs = 0;   // pairs of gold claims sharing a group
  int64_t merge_recalled = 0;     // ... whose matched predictions share a key
  int64_t merge_errors = 0;       // predicted same-key pairs, gold groups differ
  int64_t merge_predicted_pairs = 0;  // matched predicted pairs sharing a key
  double MergeRecall() const {
    return merge_gold_pairs ? double(merge_recalled) / merge_gold_pairs : 0;
  }
  double MergeErrorRate() const {
    return merge_predicted_pairs ? double(merge_errors) / merge_predicted_pairs : 0;
  }
  // The same at concept level (concept_key instead of key).
  int64_t concept_merge_recalled = 0, concept_merge_errors = 0, concept_merge_predicted_pairs = 0;
  double ConceptMergeRecall() const {
    return merge_gold_pairs ? double(concept_merge_recalled) / merge_gold_pairs : 0;
  }
  double ConceptMergeErrorRate() const {
    return concept_merge_predicted_pairs
               ? double(concept_merge_errors) / concept_merge_predicted_pairs
               : 0;
  }
  // Grounding: among lenient claim matches, gold phrases with a concept
  // label and how many the prediction grounds to that concept; and over
  // every predicted phrase, how many ground at all (coverage).
  int64_t grounding_labelled = 0, grounding_correct = 0;
  int64_t predicted_phrases = 0, grounded_phrases = 0;
  double GroundingAccuracy() const {
    return grounding_labelled ? double(grounding_correct) / grounding_labelled : 0;
  }
  double GroundingCoverage() const {
    return predicted_phrases ? double(grounded_phrases) / predicted_phrases : 0;
  }
  std::map<std::string, RuleStats> entity_rules, claim_rules;
  std::vector<EvalError> errors;
  int64_t documents = 0;
  std::vector<std::string> missing_predictions;  // gold docs with no prediction
  std::vector<std::string> unscored_predictions;  // predictions with no gold
  std::vector<std::string> failed_predictions;   // predictions with an error
};

// `gold` and `pred` must outlive the report (errors point into them).
EvalReport Score(const std::vector<EvalDoc>& gold,
                 const std::vector<EvalDoc>& pred, const ScoreOptions& options);

// Trims leading determiners and trailing punctuation from a span with text,
// adjusting its offsets (strict claim matching). Spans without text are
// returned unchanged.
CpSpan TrimForStrict(const CpSpan& s);

}  // namespace casus::eval

#endif  // CASUS_EVAL_SCORER_H_
