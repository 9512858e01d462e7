// RuleExample: an `example` line of a rule file, which the rule-example
// checker (casus/rule_examples.h) runs: sentence boundaries marked "||" in
// abbreviations.txt, mentions marked "[surface]{TYPE norm}" in gazetteers
// and patterns, claims marked "[cause]{cause}" in claim rules, "PHRASE =>
// NORMAL FORM" in normalize/ files.
//
//   auto parsed = ParseMarkedText("[Iran]{COUNTRY IRN} acted.");
//   // parsed->first == "Iran acted.", parsed->second[0] = {0, 4, "COUNTRY", "IRN"}
#ifndef CASUS_ENGINE_RULE_EXAMPLE_H_
#define CASUS_ENGINE_RULE_EXAMPLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"

namespace casus {

struct RuleExample {
  std::string path;  // the rule file
  int line = 0;      // 1-based
  std::string text;  // after "example "
};

// A marked span of an example, in code points of the plain text. For claim
// examples the braces hold a role ("{cause}"): `type` carries it verbatim
// and `norm` is empty.
struct MarkedSpan {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string type;
  std::string norm;
};

// Parses an example's marks "[surface]{TYPE norm}" into the plain text and
// the marked spans. InvalidArgument naming the byte of a broken mark.
absl::StatusOr<std::pair<std::string, std::vector<MarkedSpan>>> ParseMarkedText(
    std::string_view marked);

}  // namespace casus

#endif  // CASUS_ENGINE_RULE_EXAMPLE_H_
