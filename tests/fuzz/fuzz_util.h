// Shared pieces of the fuzz targets: the real pipeline over the bundled
// rules, built once. Inputs are bounded by each target (kMaxInput).
#ifndef CASUS_TESTS_FUZZ_FUZZ_UTIL_H_
#define CASUS_TESTS_FUZZ_FUZZ_UTIL_H_

#include <cstdlib>
#include <memory>

#include "pipeline/pipeline.h"
#include "casus/pipeline_factory.h"

namespace casus {

inline constexpr size_t kMaxInput = 1 << 20;

inline const Pipeline& FuzzPipeline(const std::string& last_stage = "") {
  static std::map<std::string, std::unique_ptr<Pipeline>>* cache =
      new std::map<std::string, std::unique_ptr<Pipeline>>;
  auto& slot = (*cache)[last_stage];
  if (!slot) {
    BuildOptions o;
    o.rules_dir = CASUS_RULES_DIR;
    o.last_stage = last_stage;
    auto p = BuildPipeline(o, Env::Default());
    if (!p.ok()) std::abort();
    slot = std::move(p->pipeline);
  }
  return *slot;
}

}  // namespace casus

#endif  // CASUS_TESTS_FUZZ_FUZZ_UTIL_H_
