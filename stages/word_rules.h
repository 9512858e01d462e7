// WordRules: lists of rule numbers keyed by lexicon word, laid out for the
// run-time scans of the claim and entity stages. A dense offset table
// indexed by WordId: a token costs an array read, not a hash lookup. Words
// past the last keyed one, or interned after loading, have no rules.
//
//   WordRules index;
//   index.Add(word, rule);            // while loading
//   index.Finish();
//   for (const uint32_t* r = index.begin(w); r != index.end(w); ++r) ...
#ifndef CASUS_STAGES_WORD_RULES_H_
#define CASUS_STAGES_WORD_RULES_H_

#include <cstdint>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "stages/lexicon.h"

namespace casus {

class WordRules {
 public:
  void Add(WordId w, uint32_t rule) { building_[w].push_back(rule); }
  // Sorts and dedups each word's list and lays them out; Add() is over.
  void Finish();
  bool empty() const { return rules_.empty(); }
  const uint32_t* begin(WordId w) const {
    return w + 1 < offsets_.size() ? rules_.data() + offsets_[w] : nullptr;
  }
  const uint32_t* end(WordId w) const {
    return w + 1 < offsets_.size() ? rules_.data() + offsets_[w + 1] : nullptr;
  }

 private:
  absl::flat_hash_map<WordId, std::vector<uint32_t>> building_;
  std::vector<uint32_t> offsets_;  // rules of w: [offsets_[w], offsets_[w + 1])
  std::vector<uint32_t> rules_;
};

}  // namespace casus

#endif  // CASUS_STAGES_WORD_RULES_H_
