#include "stages/word_rules.h"

#include <algorithm>

namespace casus {

void WordRules::Finish() {
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
  for (const auto& [w, rules] : building_) {
    std::copy(rules.begin(), rules.end(), rules_.begin() + offsets_[w]);
  }
  building_.clear();
}

}  // namespace casus
