#include "tools/suggest.h"

#include <algorithm>

#include "absl/strings/str_join.h"
#include "pipeline/strings.h"

namespace casus {

int EditDistance(std::string_view a, std::string_view b) {
  // Three rows of the dynamic-programming table: i-2, i-1 and i.
  const size_t n = b.size();
  std::vector<int> before(n + 1), prev(n + 1), row(n + 1);
  for (size_t j = 0; j <= n; ++j) prev[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    row[0] = static_cast<int>(i);
    for (size_t j = 1; j <= n; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        row[j] = std::min(row[j], before[j - 2] + 1);
      }
    }
    std::swap(before, prev);
    std::swap(prev, row);
  }
  return prev[n];
}

std::string ClosestName(std::string_view word, const std::vector<std::string>& names) {
  const std::string* best = nullptr;
  int best_distance = 3;
  for (const std::string& name : names) {
    int d = EditDistance(word, name);
    if (d < best_distance && d < static_cast<int>(name.size())) {
      best = &name;
      best_distance = d;
    }
  }
  if (best != nullptr) return *best;
  const std::string* prefixed = nullptr;
  for (const std::string& name : names) {
    if (word.empty() || !name.starts_with(word)) continue;
    if (prefixed != nullptr) return "";  // ambiguous
    prefixed = &name;
  }
  return prefixed == nullptr ? "" : *prefixed;
}

std::string UnknownCommandMessage(std::string_view parent, std::string_view word,
                                  const std::vector<std::string>& names) {
  std::string path = parent.empty() ? "" : StrCat(parent, " ");
  std::string closest = ClosestName(word, names);
  if (!closest.empty()) {
    return StrCat("unknown command '", path, word, "' (did you mean '", path, closest, "'?)");
  }
  return StrCat("unknown command '", path, word, "' (commands: ", absl::StrJoin(names, ", "),
                ")");
}

}  // namespace casus
