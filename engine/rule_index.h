// RuleIndex: which token-pattern rules can match in a run of tokens, and at
// which tokens they can start, so a stage tries few rules at few places.
//   - A rule is a candidate in a run only when each of its required sets
//     (TokenPattern::required_all) occurs in it.
//   - It starts no later than the earliest of those sets' last occurrences:
//     a match holds one of each at or after its start.
//   - When TokenPattern::FirstTokenShapes gives its first tokens (words,
//     classes, parts of speech, capitalized words, acronyms, numbers), it
//     starts only at such a token.
//   - A pattern anchored with ^ starts only at the run's first token.
// Rules with no required set are candidates in every run; with `prefilter`
// off every rule is tried everywhere (the oracle the tests compare to).
// Probes (a rule's `unless` patterns) are tried only after a match; the
// index tracks the rarest required set of each, so a probe whose set does
// not occur from the match's start on is known to fail without running.
// Immutable after Build(); each thread keeps its own Scan.
//
//   RuleIndex index;
//   index.Build(patterns, lexicon, /*prefilter=*/true);
//   RuleIndex::Scan scan;                        // per thread, reused
//   if (scan.Start(index, doc, begin, end))
//     for (uint32_t i = begin; i < end; ++i)
//       for (uint32_t r : scan.StartingAt(doc, i)) ... patterns[r].MatchAt
#ifndef CASUS_ENGINE_RULE_INDEX_H_
#define CASUS_ENGINE_RULE_INDEX_H_

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "absl/base/attributes.h"
#include "absl/container/flat_hash_map.h"
#include "pipeline/document.h"
#include "engine/lexicon.h"
#include "engine/token_pattern.h"
#include "engine/word_bits.h"

namespace casus {

// Lists of numbers keyed by lexicon word, laid out for run-time scans: a
// dense offset table indexed by WordId, so a token costs an array read, not
// a hash lookup. Words past the last keyed one, or interned after loading,
// have none.
class WordRules {
 public:
  void Add(WordId w, uint32_t rule) { building_[w].push_back(rule); }
  // Adds `rule` for every word of class `cls` (done in Finish).
  void AddClass(int cls, uint32_t rule) { classes_.push_back({cls, rule}); }
  // Expands the classes over `lexicon`, sorts and dedups each word's list
  // and lays them out; adding is over.
  void Finish(const Lexicon& lexicon);
  // Whether w has any number: a bit test in a table of one bit per word,
  // which stays in the first-level cache where the offset table would not.
  bool Has(WordId w) const { return has_.Test(w); }
  // The numbers of w, ascending: [first, second).
  std::pair<const uint32_t*, const uint32_t*> Of(WordId w) const {
    if (!Has(w)) return {nullptr, nullptr};
    return {rules_.data() + offsets_[w], rules_.data() + offsets_[w + 1]};
  }

 private:
  absl::flat_hash_map<WordId, std::vector<uint32_t>> building_;
  std::vector<std::pair<int, uint32_t>> classes_;
  std::vector<uint32_t> offsets_;  // rules of w: [offsets_[w], offsets_[w + 1])
  std::vector<uint32_t> rules_;
  WordBits has_;  // the words that have numbers
};

class RuleIndex {
 public:
  // patterns[r] is rule r's pattern, probes[p] probe p's; `lexicon`
  // expands classes.
  void Build(const std::vector<const TokenPattern*>& patterns, const Lexicon& lexicon,
             bool prefilter, const std::vector<const TokenPattern*>& probes = {});
  size_t size() const { return num_rules_; }

  class Scan {
   public:
    // Prepares for the run [begin, end) of `doc` (document token indices);
    // false when no rule is a candidate in it.
    bool Start(const RuleIndex& index, const Document& doc, uint32_t begin, uint32_t end);
    // The candidate rules, ascending.
    const std::vector<uint32_t>& candidates() const { return candidates_; }
    // The last document token candidate rule r may start at.
    uint32_t LastStart(uint32_t r) const { return last_[r]; }
    // The candidate rules that may start at document token `at`,
    // ascending; valid until the next call. Called at every token of a
    // claim run: always inlined (a call per token cost 26M instructions
    // over the benchmark corpus).
    ABSL_ATTRIBUTE_ALWAYS_INLINE const std::vector<uint32_t>& StartingAt(const Document& doc,
                                                                         uint32_t at);
    // Whether candidate rule r may start at document token `at` (its first
    // tokens and last start): for a loop over one rule's starts, a few
    // instructions where a failed MatchAt costs hundreds.
    bool MayStartAt(uint32_t r, const Document& doc, uint32_t at) const {
      return last_[r] >= at && index_->FirstTokenAllows(r, doc, at);
    }
    // False when probe p surely matches nowhere starting at document token
    // `at` of this run: its key set does not occur at or after `at`.
    bool ProbeMayMatchFrom(uint32_t p, uint32_t at) const {
      const uint32_t s = index_->probe_set_[p];
      return s == kNoSet || (set_stamp_[s] == run_ && set_last_[s] >= at);
    }

   private:
    // StartingAt's rules keyed by the shape of token `at` (out of line, so
    // StartingAt stays small enough to inline); whether it took any.
    bool TakeShapes(const Document& doc, uint32_t at);

    const RuleIndex* index_ = nullptr;
    std::vector<uint32_t> candidates_, here_;
    std::vector<uint32_t> stamp_;      // stamp_[r] == run_: r is a candidate
    std::vector<uint32_t> last_;       // its last start
    std::vector<uint32_t> set_stamp_;  // set_stamp_[s] == run_: set s occurs
    std::vector<uint32_t> set_last_;   // its last occurrence
    std::vector<uint32_t> stamped_;    // the sets that occur in this run
    uint32_t run_ = 0;
  };

 private:
  static constexpr uint32_t kNoSet = UINT32_MAX;
  size_t num_rules_ = 0;
  uint32_t num_sets_ = 0;
  std::vector<uint32_t> probe_set_;  // by probe: its key set, or kNoSet
  WordRules sets_by_word_;                         // word -> required set ids
  std::vector<std::vector<uint32_t>> rule_sets_;   // rule -> its set ids
  std::vector<std::vector<uint32_t>> rules_by_key_set_;  // set -> rules it keys
  std::vector<uint32_t> always_;                   // rules without required sets
  WordRules start_by_word_;                        // first word -> rules
  std::vector<std::vector<uint32_t>> start_by_pos_;  // first Pos -> rules
  std::vector<uint32_t> start_anywhere_;
  std::vector<uint32_t> start_by_shape_;  // rules with a first-token shape
  std::vector<bool> anchored_;  // by rule: starts only at the run's start
  std::vector<uint8_t> anywhere_;    // by rule: no first-token keys
  std::vector<uint64_t> start_pos_;  // by rule: bit q, may start at Pos q
  std::vector<uint8_t> start_shape_;  // by rule: TokenPattern::Shape bits

  // Whether rule r's first-token keys allow a start at doc token `at`.
  bool FirstTokenAllows(uint32_t r, const Document& doc, uint32_t at) const {
    if (anywhere_[r]) return true;
    if (start_shape_[r] != 0 && (start_shape_[r] & TokenPattern::ShapeOf(doc.tokens[at]))) {
      return true;
    }
    if (at < doc.pos.size() && static_cast<size_t>(doc.pos[at]) < 64 &&
        (start_pos_[r] >> static_cast<size_t>(doc.pos[at])) & 1) {
      return true;
    }
    auto [b, e] = start_by_word_.Of(doc.word_ids[at]);
    return std::binary_search(b, e, r);
  }
};

inline const std::vector<uint32_t>& RuleIndex::Scan::StartingAt(const Document& doc, uint32_t at) {
  const RuleIndex& index = *index_;
  here_.clear();
  auto take = [&](uint32_t r) {
    if (stamp_[r] == run_ && last_[r] >= at) here_.push_back(r);
  };
  WordId w = doc.word_ids[at];
  for (auto [r, e] = index.start_by_word_.Of(w); r != e; ++r) take(*r);
  bool merged = false;
  for (uint32_t r : index.start_anywhere_) take(r), merged = true;
  if (!index.start_by_shape_.empty()) merged |= TakeShapes(doc, at);
  size_t q = at < doc.pos.size() ? static_cast<size_t>(doc.pos[at]) : SIZE_MAX;
  if (q < index.start_by_pos_.size()) {
    for (uint32_t r : index.start_by_pos_[q]) take(r), merged = true;
  }
  if (merged) {
    std::sort(here_.begin(), here_.end());
    here_.erase(std::unique(here_.begin(), here_.end()), here_.end());
  }
  return here_;
}

}  // namespace casus

#endif  // CASUS_ENGINE_RULE_INDEX_H_
