// SyntheticSource: a deterministic generator of policy-style prose for
// benchmarks, built from the loaded rules (gazetteer names, causal and
// preventive verbs from the lexicons), so it exercises entities and claims.
// Documents are generated one at a time (never the whole corpus in memory);
// the same seed and size give the same documents on every machine
// (std::mt19937_64 is fully specified; no distribution classes are used).
//
//   SyntheticSource src(built, /*bytes=*/100 << 20, /*seed=*/1);
//   RunPipeline(*built.pipeline, &src, &sink, opts);
#ifndef CASUS_TOOLS_SYNTHETIC_SOURCE_H_
#define CASUS_TOOLS_SYNTHETIC_SOURCE_H_

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "casus/pipeline_factory.h"
#include "pipeline/runner.h"

namespace casus {

class SyntheticSource : public DocumentSource {
 public:
  // Draws names and verbs from `pipeline`'s compiled rules.
  SyntheticSource(const BuiltPipeline& pipeline, uint64_t total_bytes, uint64_t seed);
  bool Next(Document* doc) override;

 private:
  const std::string& Pick(const std::vector<std::string>& v);
  std::string Sentence();

  uint64_t total_bytes_;
  uint64_t produced_bytes_ = 0;
  uint64_t docs_ = 0;
  std::mt19937_64 rng_;
  std::vector<std::string> countries_, cities_, regions_, orgs_, issues_,
      cause3_, causePast_, prevent3_, preventPast_, nouns_;
};

}  // namespace casus

#endif  // CASUS_TOOLS_SYNTHETIC_SOURCE_H_
