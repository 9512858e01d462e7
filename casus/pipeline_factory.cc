#include "casus/pipeline_factory.h"

#include <algorithm>

#include "absl/strings/str_join.h"
#include "pipeline/status_macros.h"
#include "pipeline/strings.h"

namespace casus {

const std::vector<std::string>& DefaultStageNames() {
  static const auto* names = new std::vector<std::string>{"tokenize", "split",  "tag",
                                                          "entities", "claims", "normalize"};
  return *names;
}

absl::StatusOr<BuiltPipeline> BuildPipeline(const BuildOptions& options, Env* env) {
  CASUS_ASSIGN_OR_RETURN(std::shared_ptr<const CompiledRules> rules,
                         CompiledRules::Compile(options, env));
  return BuildPipeline(std::move(rules), options.last_stage, options.max_document_bytes);
}

absl::StatusOr<BuiltPipeline> BuildPipeline(std::shared_ptr<const CompiledRules> rules,
                                            const std::string& last_stage,
                                            uint64_t max_document_bytes) {
  const std::vector<std::string>& names = DefaultStageNames();
  if (!last_stage.empty() && std::find(names.begin(), names.end(), last_stage) == names.end()) {
    return absl::InvalidArgumentError(StrCat("unknown stage '", last_stage,
                                             "' (stages: ", absl::StrJoin(names, ", "), ")"));
  }
  BuiltPipeline built;
  std::vector<std::unique_ptr<Stage>> stages;
  bool done = false;
  // Adds a stage unless the list was cut before it; returns it (or null).
  auto add = [&](auto stage) -> decltype(stage.get()) {
    if (done) return nullptr;
    auto* raw = stage.get();
    done = stage->Name() == last_stage;
    stages.push_back(std::move(stage));
    return raw;
  };
  const CompiledRules& r = *rules;
  CASUS_ASSIGN_OR_RETURN(auto tokenizer, Tokenizer::Create(r.abbreviations()));
  built.tokenizer = add(std::move(tokenizer));
  CASUS_ASSIGN_OR_RETURN(auto splitter, SentenceSplitter::Create(r.abbreviations()));
  built.splitter = add(std::move(splitter));
  CASUS_ASSIGN_OR_RETURN(auto tagger, Tagger::Create(r.lexicon(), r.classes()));
  built.tagger = add(std::move(tagger));
  CASUS_ASSIGN_OR_RETURN(auto entities,
                         EntityTagger::Create(r.entities(), r.lexicon(), r.classes()));
  built.entities = add(std::move(entities));
  CASUS_ASSIGN_OR_RETURN(auto claims, ClaimExtractor::Create(r.claims(), r.lexicon(), r.classes()));
  built.claims = add(std::move(claims));
  CASUS_ASSIGN_OR_RETURN(auto normalizer,
                         ClaimNormalizer::Create(r.normalize(), r.lexicon(), r.classes(),
                                                 r.concepts()));
  built.normalizer = add(std::move(normalizer));
  PipelineOptions popts;
  popts.max_document_bytes = max_document_bytes;
  built.pipeline = Pipeline::Create(std::move(stages), popts);
  built.rules = std::move(rules);
  return built;
}

}  // namespace casus
