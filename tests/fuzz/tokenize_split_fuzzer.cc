// Tokenizer and sentence splitter on arbitrary bytes: no crash, tokens in
// order inside the text, sentences covering tokens in order.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > casus::kMaxInput) return 0;
  casus::Document doc = casus::Document::FromText(
      "f", std::string(reinterpret_cast<const char*>(data), size));
  (void)casus::FuzzPipeline("split").Process(&doc);
  uint32_t prev = 0;
  for (const casus::Token& t : doc.tokens) {
    if (t.begin < prev || t.end <= t.begin || t.end > doc.text.size()) __builtin_trap();
    prev = t.end;
  }
  for (const casus::Sentence& s : doc.sentences) {
    if (s.token_begin >= s.token_end || s.token_end > doc.tokens.size()) __builtin_trap();
  }
  return 0;
}
