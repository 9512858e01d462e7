// A bound on the nesting of JSON text, checked before any recursive parser
// (nlohmann's) sees it: every JSON reader of Casus (documents, claim sets,
// gold files, baselines) refuses a record nested deeper than kMaxJsonDepth
// with a clear error, so crafted input cannot exhaust the stack.
//
//   if (absl::Status s = CheckJsonDepth(line); !s.ok()) Fail(path, line_no, s);
//
// Thread-safe (pure).
#ifndef CASUS_PIPELINE_JSON_DEPTH_H_
#define CASUS_PIPELINE_JSON_DEPTH_H_

#include <string_view>

#include "absl/status/status.h"

namespace casus {

inline constexpr int kMaxJsonDepth = 256;

// InvalidArgument ("JSON nested deeper than 256 levels at column C") when
// arrays and objects nest deeper than `limit`; OK otherwise, malformed text
// included (the parser words those errors). Linear in the text's length.
absl::Status CheckJsonDepth(std::string_view json, int limit = kMaxJsonDepth);

}  // namespace casus

#endif  // CASUS_PIPELINE_JSON_DEPTH_H_
