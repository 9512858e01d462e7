// The whole pipeline and the JSON writer on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "fuzz_util.h"
#include "pipeline/json_output.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > casus::kMaxInput) return 0;
  casus::Document doc = casus::Document::FromText(
      "f", std::string(reinterpret_cast<const char*>(data), size));
  (void)casus::FuzzPipeline().Process(&doc);
  std::string out;
  casus::OutputOptions o;
  o.tokens = o.sentences = true;
  casus::AppendDocumentJson(doc, o, &out);
  if (out.empty() || out.back() != '\n') __builtin_trap();
  for (const casus::Claim& c : doc.claims) {
    if (c.cause.end > doc.text.size() || c.effect.end > doc.text.size()) __builtin_trap();
  }
  return 0;
}
