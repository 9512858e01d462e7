// casus eval's gold and prediction reader, and the scorer on what it reads
// (scored against itself: every figure must be perfect or empty).
#include <cstddef>
#include <cstdint>
#include <string>

#include "eval/eval_data.h"
#include "eval/scorer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 20)) return 0;
  auto docs = casus::eval::ParseEvalJsonl(
      std::string_view(reinterpret_cast<const char*>(data), size), "f.gold.jsonl");
  if (!docs.ok()) return 0;
  casus::eval::EvalReport r = casus::eval::Score(*docs, *docs, {});
  if (r.entities_strict_micro.fp != 0 || r.entities_strict_micro.fn != 0) __builtin_trap();
  return 0;
}
