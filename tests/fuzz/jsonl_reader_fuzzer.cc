// One JSON Lines line: never throws or crashes, always a document with an
// id (and an error when the line is bad); the fast path for flat string
// objects accepts only what nlohmann accepts, with the same fields.
#include <cstddef>
#include <cstdint>
#include <string>

#include "nlohmann/json.hpp"
#include "pipeline/utf8.h"
#include "tools/input_source.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 20)) return 0;
  casus::Document doc;
  casus::DocumentFromJsonLine(std::string(reinterpret_cast<const char*>(data), size),
                              "f.jsonl", "f", 1, false, 1 << 20, &doc);
  if (doc.id.empty()) __builtin_trap();
  casus::Document big;
  casus::DocumentFromJsonLine("", "f.jsonl", "f", 2, true, 1 << 20, &big);
  if (big.error.empty()) __builtin_trap();
  std::string_view line(reinterpret_cast<const char*>(data), size);
  std::vector<std::pair<std::string, std::string>> flat;
  if (casus::IsValidUtf8(line) && casus::ParseFlatStringObject(line, &flat)) {
    auto j = nlohmann::ordered_json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object() || j.size() != flat.size()) __builtin_trap();
    size_t k = 0;
    for (auto it = j.begin(); it != j.end(); ++it, ++k) {
      if (it.key() != flat[k].first || !it.value().is_string() ||
          it.value().get<std::string>() != flat[k].second) {
        __builtin_trap();
      }
    }
  }
  return 0;
}
