// BuildPipeline: the default Casus pipeline, its stages constructed in
// order from compiled rules (engine/compiled_rules.h), each given only what
// it reads:
//
//   tokenize   abbreviations
//   split      abbreviations
//   tag        lexicon, word classes
//   entities   entity rules, lexicon, word classes
//   claims     claim rules, lexicon, word classes
//   normalize  normalization tables, lexicon, word classes
//
//   BuildOptions opts;
//   opts.rules_dir = "rules";
//   CASUS_ASSIGN_OR_RETURN(BuiltPipeline built, BuildPipeline(opts, Env::Default()));
//   built.pipeline->Process(&doc);
//   for (const ClaimRule& r : built.claims->rules().rules()) ...
//
// Errors: those of CompiledRules::Compile; InvalidArgument for an unknown
// `last_stage`. The result is immutable; its pipeline is thread-safe.
#ifndef CASUS_CASUS_PIPELINE_FACTORY_H_
#define CASUS_CASUS_PIPELINE_FACTORY_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/compiled_rules.h"
#include "pipeline/env.h"
#include "pipeline/pipeline.h"
#include "stages/claim_extractor.h"
#include "stages/claim_normalizer.h"
#include "stages/entity_tagger.h"
#include "stages/sentence_splitter.h"
#include "stages/tagger.h"
#include "stages/tokenizer.h"

namespace casus {

struct BuildOptions : RuleOptions {
  // Run the stages up to and including this one ("" = all): "tokenize",
  // "split", "tag", "entities", "claims", "normalize".
  std::string last_stage;
  // Documents longer than this fail with an error instead of being
  // processed (memory is about 4x the text size while processing).
  uint64_t max_document_bytes = 64ull << 20;
};

// A built pipeline and typed access to its stages, for the tools that need
// a stage's own interface (its rules, a claim trace, a word lookup).
struct BuiltPipeline {
  std::shared_ptr<const CompiledRules> rules;
  std::unique_ptr<Pipeline> pipeline;
  // Owned by `pipeline`; null for a stage after `last_stage`.
  const Tokenizer* tokenizer = nullptr;
  const SentenceSplitter* splitter = nullptr;
  const Tagger* tagger = nullptr;
  const EntityTagger* entities = nullptr;
  const ClaimExtractor* claims = nullptr;
  const ClaimNormalizer* normalizer = nullptr;
};

// Stage names in pipeline order.
const std::vector<std::string>& DefaultStageNames();

// Compiles the rules and builds the pipeline.
absl::StatusOr<BuiltPipeline> BuildPipeline(const BuildOptions& options, Env* env);
// Builds the pipeline over rules compiled before (several pipelines, say cut
// at different stages, may share one compilation).
absl::StatusOr<BuiltPipeline> BuildPipeline(std::shared_ptr<const CompiledRules> rules,
                                            const std::string& last_stage,
                                            uint64_t max_document_bytes);

}  // namespace casus

#endif  // CASUS_CASUS_PIPELINE_FACTORY_H_
