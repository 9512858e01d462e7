// One JSON Lines line: never throws or crashes, always a document with an
// id (and an error when the line is bad).
#include <cstddef>
#include <cstdint>
#include <string>

#include "tools/input_source.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (64 << 10)) return 0;
  casus::Document doc;
  casus::DocumentFromJsonLine(std::string(reinterpret_cast<const char*>(data), size),
                              "f.jsonl", "f", 1, false, 1 << 20, &doc);
  if (doc.id.empty()) __builtin_trap();
  casus::Document big;
  casus::DocumentFromJsonLine("", "f.jsonl", "f", 2, true, 1 << 20, &big);
  if (big.error.empty()) __builtin_trap();
  return 0;
}
