#include "pipeline/json_depth.h"

#include "pipeline/strings.h"

namespace casus {

absl::Status CheckJsonDepth(std::string_view json, int limit) {
  int depth = 0;
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (c == '"') {
      // Skip the string: an escaped character never ends it.
      for (++i; i < json.size() && json[i] != '"'; ++i) {
        if (json[i] == '\\') ++i;
      }
    } else if (c == '[' || c == '{') {
      if (++depth > limit) {
        return absl::InvalidArgumentError(StrCat("JSON nested deeper than ", limit,
                                                 " levels at column ", i + 1));
      }
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return absl::OkStatus();
}

}  // namespace casus
