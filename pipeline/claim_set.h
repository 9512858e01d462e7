// ClaimSet: the normalized claim set. One record per claim key, with every
// piece of evidence for it and counts derived from the evidence: mentions,
// documents, distinct sources, and how many mentions assert, hedge, pose as
// a hypothesis or negate it.
//
//   ClaimSet set;
//   for (const Document& d : docs) set.Add(d);
//   std::string jsonl = set.ToJsonl();            // sorted by key
//   ClaimSet other;  other.ParseJsonl(text, "b.claims.jsonl");
//   set.Merge(other);
//
// Merging is exact and order-free: a record is a function of its set of
// evidence (duplicates collapse, evidence is kept sorted), so merging shards
// in any order or grouping gives byte-identical output. Not thread-safe.
#ifndef CASUS_PIPELINE_CLAIM_SET_H_
#define CASUS_PIPELINE_CLAIM_SET_H_

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "pipeline/document.h"

namespace casus {

// The version of a claim-set record ("format", its first key; records
// without one are read as this version).
inline constexpr std::string_view kClaimSetFormat = "casus.claimset.v1";

struct Evidence {
  std::string doc_id;
  std::string source;  // document metadata "source" or "publisher" (raw JSON), or ""
  uint32_t sentence_start = 0;  // code points
  uint32_t sentence_end = 0;
  // The mention's cause and effect offsets in its document (code points).
  uint32_t cause_start = 0, cause_end = 0, effect_start = 0, effect_end = 0;
  std::string sentence;
  std::string cause;
  std::string trigger;
  std::string effect;
  std::string modality;
  std::string attribution;
  std::string rule;

  friend bool operator<(const Evidence& a, const Evidence& b);
  friend bool operator==(const Evidence& a, const Evidence& b);
};

struct ClaimRecord {
  std::string key;
  std::string concept_key;  // the key at concept level (= key when ungrounded)
  std::string relation;
  std::string cause;   // normalized: "@concept/up QUALIFIER..." or a word bag
  std::string effect;  // normalized
  std::string cause_label;   // the concept's label, "" when ungrounded
  std::string effect_label;
  std::set<Evidence> evidence;
};

// The level a claim set aggregates at (docs/claims.md, "Keys at two
// levels"): fine (concepts, directions, qualifiers and relation) or
// concept (concepts and relation).
enum class ClaimLevel { kFine, kConcept };

// Support and opposition for a claim across the set: evidence for its key
// not NEGATED, or NEGATED evidence for the opposite relation, supports it;
// the rest of the two opposes it. Contested when both are there.
struct Consensus {
  size_t support = 0, oppose = 0;
  size_t support_sources = 0, oppose_sources = 0;
  bool contested() const { return support > 0 && oppose > 0; }
};

class ClaimSet {
 public:
  // Adds the claims of a processed document (skipped when it failed), but
  // not those that name nothing (Claim::in_claim_set false).
  void Add(const Document& doc);
  // Adds every record of `other`.
  void Merge(const ClaimSet& other);
  // The set aggregated at `level`: at concept level one record per concept
  // key, with the evidence of every fine record under it. A function of
  // this set's records, so it commutes with Merge.
  ClaimSet AtLevel(ClaimLevel level) const;
  // Support and opposition for the record under `key` (docs/claims.md).
  Consensus ConsensusOf(const ClaimRecord& r) const;
  // Reads records written by ToJsonl. InvalidArgument "NAME:LINE: message"
  // for malformed JSON, nesting deeper than kMaxJsonDepth, a missing or
  // mistyped field, a relation or modality outside its enumeration, or an
  // offset outside 0..2^32-1; records before the bad line are kept.
  absl::Status ParseJsonl(std::string_view contents, const std::string& name);

  // One JSON object per key, sorted by key (format: docs/claims.md).
  std::string ToJsonl() const;
  // Exports (docs/claims.md): spreadsheet rows, Graphviz, GraphML, one JSON
  // array.
  std::string ToCsv() const;
  std::string ToDot() const;
  // The graph of the records whose keys are in `keys` only.
  // Without edge_labels the relation shows by line style alone (the
  // report's graph, where labels crowd a large map).
  std::string ToDotSubset(const std::set<std::string>& keys, bool edge_labels = true) const;
  std::string ToGraphml() const;
  std::string ToJsonArray() const;

  size_t size() const { return records_.size(); }
  ClaimLevel level() const { return level_; }
  const std::map<std::string, ClaimRecord>& records() const { return records_; }

 private:
  std::map<std::string, ClaimRecord> records_;  // by key
  ClaimLevel level_ = ClaimLevel::kFine;
};

// What a graph node of a normalized phrase shows: the concept's label with
// its direction and qualifiers ("food prices \u2191 (USA)"), or the word bag.
std::string NodeLabel(const std::string& norm, const std::string& label);

}  // namespace casus

#endif  // CASUS_PIPELINE_CLAIM_SET_H_
