// casus merge's reader: a claim file never crashes it; what it accepts
// survives a round trip (ToJsonl, read again, the same text) and every
// export renders.
#include <cstddef>
#include <cstdint>
#include <string>

#include "pipeline/claim_set.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 20)) return 0;
  casus::ClaimSet set;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  if (!set.ParseJsonl(in, "f.claims.jsonl").ok()) return 0;
  std::string once = set.ToJsonl();
  casus::ClaimSet again;
  if (!again.ParseJsonl(once, "round").ok() || again.ToJsonl() != once) __builtin_trap();
  (void)set.ToCsv();
  (void)set.ToDot();
  (void)set.ToGraphml();
  (void)set.ToJsonArray();
  return 0;
}
