#include "engine/rule_index.h"

#include <algorithm>
#include <map>

namespace casus {

void WordRules::Finish(const Lexicon& lexicon) {
  if (!classes_.empty()) {
    for (WordId w = 1; w < lexicon.size(); ++w) {
      const ClassSet& cs = lexicon.Classes(w);
      if (cs.Empty()) continue;
      for (auto [cls, rule] : classes_) {
        if (cs.Has(cls)) building_[w].push_back(rule);
      }
    }
    classes_.clear();
  }
  WordId last = 0;
  for (const auto& [w, rules] : building_) last = std::max(last, w);
  offsets_.assign(building_.empty() ? 0 : last + 2, 0);
  for (auto& [w, rules] : building_) {
    std::sort(rules.begin(), rules.end());
    rules.erase(std::unique(rules.begin(), rules.end()), rules.end());
    offsets_[w + 1] = static_cast<uint32_t>(rules.size());
  }
  for (size_t i = 1; i < offsets_.size(); ++i) offsets_[i] += offsets_[i - 1];
  rules_.resize(offsets_.empty() ? 0 : offsets_.back());
  has_ = WordBits();
  for (const auto& [w, rules] : building_) {
    std::copy(rules.begin(), rules.end(), rules_.begin() + offsets_[w]);
    if (!rules.empty()) has_.Set(w);
  }
  building_.clear();
}

void RuleIndex::Build(const std::vector<const TokenPattern*>& patterns,
                      const Lexicon& lexicon, bool prefilter,
                      const std::vector<const TokenPattern*>& probes) {
  num_rules_ = patterns.size();
  rule_sets_.assign(num_rules_, {});
  anchored_.assign(num_rules_, false);
  anywhere_.assign(num_rules_, 1);
  start_pos_.assign(num_rules_, 0);
  start_shape_.assign(num_rules_, 0);
  std::map<std::pair<std::vector<WordId>, std::vector<int>>, uint32_t> set_ids;
  // Rules share equal sets ("to" is required by dozens), so a word stamps
  // each of its sets once whatever the number of rules.
  auto set_of = [&](const TokenPattern::Required& req) {
    std::pair<std::vector<WordId>, std::vector<int>> key{req.words, req.classes};
    std::sort(key.first.begin(), key.first.end());
    std::sort(key.second.begin(), key.second.end());
    auto [it, fresh] = set_ids.try_emplace(std::move(key), num_sets_);
    if (fresh) {
      ++num_sets_;
      for (WordId w : req.words) sets_by_word_.Add(w, it->second);
      for (int cls : req.classes) sets_by_word_.AddClass(cls, it->second);
    }
    return it->second;
  };
  // How likely a set is to occur: its shortest word's length (a class
  // counts as a three-letter word); the key is the least likely.
  auto rarity_of = [&lexicon](const TokenPattern::Required& req) {
    size_t rarity = req.classes.empty() ? SIZE_MAX : 3;
    for (WordId w : req.words) rarity = std::min(rarity, lexicon.Word(w).size());
    return rarity;
  };
  for (uint32_t r = 0; r < num_rules_; ++r) {
    const TokenPattern& p = *patterns[r];
    anchored_[r] = prefilter && p.anchored();
    std::vector<WordId> words;
    std::vector<int> classes, pos;
    uint8_t shapes = 0;
    if (prefilter && p.FirstTokenShapes(&words, &classes, &pos, &shapes)) {
      anywhere_[r] = 0;
      start_shape_[r] = shapes;
      // A rule that may start at a shape is listed apart for StartingAt;
      // its word and class keys below serve both.
      if (shapes != 0) start_by_shape_.push_back(r);
      for (WordId w : words) start_by_word_.Add(w, r);
      for (int cls : classes) start_by_word_.AddClass(cls, r);
      for (int q : pos) {
        if (static_cast<size_t>(q) >= start_by_pos_.size()) start_by_pos_.resize(q + 1);
        if (q < 64) start_pos_[r] |= uint64_t{1} << q; else anywhere_[r] = 1;
        auto& list = start_by_pos_[q];
        if (list.empty() || list.back() != r) list.push_back(r);
      }
    } else {
      start_anywhere_.push_back(r);
    }
    if (!prefilter || p.required_all().empty()) {
      always_.push_back(r);
      continue;
    }
    uint32_t key_set = 0;
    size_t key_rarity = 0;
    for (const TokenPattern::Required& req : p.required_all()) {
      uint32_t set = set_of(req);
      std::vector<uint32_t>& mine = rule_sets_[r];
      if (std::find(mine.begin(), mine.end(), set) == mine.end()) mine.push_back(set);
      size_t rarity = rarity_of(req);
      if (mine.size() == 1 || rarity > key_rarity) {
        key_rarity = rarity;
        key_set = set;
      }
    }
    if (rules_by_key_set_.size() < num_sets_) rules_by_key_set_.resize(num_sets_);
    rules_by_key_set_[key_set].push_back(r);
  }
  probe_set_.assign(probes.size(), kNoSet);
  for (size_t q = 0; q < probes.size() && prefilter; ++q) {
    const TokenPattern::Required* key = nullptr;
    for (const TokenPattern::Required& req : probes[q]->required_all()) {
      if (key == nullptr || rarity_of(req) > rarity_of(*key)) key = &req;
    }
    if (key != nullptr) probe_set_[q] = set_of(*key);
  }
  rules_by_key_set_.resize(num_sets_);
  sets_by_word_.Finish(lexicon);
  start_by_word_.Finish(lexicon);
}

bool RuleIndex::Scan::Start(const RuleIndex& index, const Document& doc, uint32_t begin,
                            uint32_t end) {
  index_ = &index;
  if (stamp_.size() < index.num_rules_ || set_stamp_.size() < index.num_sets_ ||
      ++run_ == 0) {
    stamp_.assign(std::max(index.num_rules_, stamp_.size()), 0);
    last_.resize(stamp_.size());
    set_stamp_.assign(std::max<size_t>(index.num_sets_, set_stamp_.size()), 0);
    set_last_.resize(set_stamp_.size());
    run_ = 1;
  }
  // One pass over the words stamps the required sets that occur (rules
  // share equal sets, so a word stamps few); then each keyed rule checks
  // its sets.
  candidates_.clear();
  for (uint32_t r : index.always_) {
    stamp_[r] = run_;
    last_[r] = index.anchored_[r] ? begin : end;
    candidates_.push_back(r);
  }
  const size_t always = candidates_.size();
  stamped_.clear();
  for (uint32_t i = begin; i < end; ++i) {
    for (auto [s, e] = index.sets_by_word_.Of(doc.word_ids[i]); s != e; ++s) {
      if (set_stamp_[*s] != run_) stamped_.push_back(*s);
      set_stamp_[*s] = run_;
      set_last_[*s] = i;  // rising: ends at the last
    }
  }
  // Only rules whose key set occurred can be candidates; each checks its
  // other sets. A match holds one of each set at or after its start: the
  // earliest of their last occurrences bounds it.
  for (uint32_t key : stamped_) {
    for (uint32_t r : index.rules_by_key_set_[key]) {
      uint32_t bound = end;
      bool all = true;
      for (uint32_t set : index.rule_sets_[r]) {
        if (set_stamp_[set] != run_) {
          all = false;
          break;
        }
        bound = std::min(bound, set_last_[set]);
      }
      if (!all) continue;
      stamp_[r] = run_;
      last_[r] = index.anchored_[r] ? std::min(bound, begin) : bound;
      candidates_.push_back(r);
    }
  }
  std::sort(candidates_.begin() + always, candidates_.end());
  // Both lists are ascending.
  std::inplace_merge(candidates_.begin(), candidates_.begin() + always, candidates_.end());
  return !candidates_.empty();
}

bool RuleIndex::Scan::TakeShapes(const Document& doc, uint32_t at) {
  const RuleIndex& index = *index_;
  const uint8_t shape = TokenPattern::ShapeOf(doc.tokens[at]);
  if (shape == 0) return false;
  bool took = false;
  for (uint32_t r : index.start_by_shape_) {
    if ((index.start_shape_[r] & shape) && stamp_[r] == run_ && last_[r] >= at) {
      here_.push_back(r);
      took = true;
    }
  }
  return took;
}

}  // namespace casus
