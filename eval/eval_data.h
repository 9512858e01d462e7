// Evaluation data: gold files and prediction files in FORMAT.md's shape,
// read into one structure so the scorer treats both alike.
//
//   CASUS_ASSIGN_OR_RETURN(std::vector<EvalDoc> gold, ReadEvalFile("a.gold.jsonl"));
//
// Offsets stay in code points, as in the files. Reading never throws; a
// malformed line is an InvalidArgumentError "FILE:LINE: message".
#ifndef CASUS_EVAL_EVAL_DATA_H_
#define CASUS_EVAL_EVAL_DATA_H_

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace casus::eval {

// A span in code points; start < 0 means absent (e.g. a gold claim from a
// corpus that marks no trigger).
struct CpSpan {
  int64_t start = -1;
  int64_t end = -1;
  std::string text;  // may be empty when the file gives none

  bool present() const { return start >= 0; }
  int64_t Overlap(const CpSpan& o) const {
    int64_t b = std::max(start, o.start), e = std::min(end, o.end);
    return present() && o.present() && e > b ? e - b : 0;
  }
};

struct EvalEntity {
  CpSpan span;
  std::string type;
  std::string norm;
  std::string rule;  // predictions: the rule that produced it
};

struct EvalClaim {
  CpSpan cause;
  CpSpan trigger;
  CpSpan effect;
  std::string relation;  // CAUSE / PREVENT
  std::string modality = "ASSERTED";
  std::string group;  // gold only
  std::string key;    // predictions: normalized identity
  std::string concept_key;  // predictions: the key at concept level
  // The concept each side grounds to: gold "concept" labels, predicted
  // grounding; "none" grounds nowhere, "" not given.
  std::string cause_concept, effect_concept;
  // Predictions: the side names nothing by itself (a pronoun: the claim is
  // left out of the claim set); not counted in grounding coverage.
  bool cause_bare = false, effect_bare = false;
  std::string rule;
};

struct EvalDoc {
  std::string doc_id;
  std::vector<EvalEntity> entities;
  std::vector<EvalClaim> claims;
  // Gold for sentence-level data: the document is (not) causal even when no
  // claim spans are given. Unset: causal iff it has claims.
  std::optional<bool> causal;
  std::string error;   // predictions: the document failed
  std::string origin;  // "FILE:LINE"
};

// Reads a JSON Lines file of documents (gold or predictions). Duplicate
// doc_ids are an error.
absl::StatusOr<std::vector<EvalDoc>> ReadEvalFile(const std::string& path);
// The same from contents, `name` used in messages.
absl::StatusOr<std::vector<EvalDoc>> ParseEvalJsonl(std::string_view contents,
                                                    const std::string& name);

// Writes documents back as JSON Lines (importers use it).
std::string EvalDocToJson(const EvalDoc& doc);

}  // namespace casus::eval

#endif  // CASUS_EVAL_EVAL_DATA_H_
