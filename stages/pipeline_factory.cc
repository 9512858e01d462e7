#include "stages/pipeline_factory.h"

#include <algorithm>

#include "pipeline/strings.h"
#include "absl/strings/str_join.h"
#include "pipeline/rule_files.h"
#include "pipeline/status_macros.h"
#include "stages/abbreviations.h"
#include "stages/claim_extractor.h"
#include "stages/claim_normalizer.h"
#include "stages/entity_tagger.h"
#include "stages/lexicon.h"
#include "stages/tagger.h"
#include "stages/sentence_splitter.h"
#include "stages/tokenizer.h"

namespace casus {

const std::vector<std::string>& DefaultStageNames() {
  static const auto* names =
      new std::vector<std::string>{"tokenize", "split", "tag", "entities",
                                   "claims", "normalize"};
  return *names;
}

absl::StatusOr<std::unique_ptr<Pipeline>> BuildPipeline(
    const PipelineOptions& options, Env* env) {
  const auto& names = DefaultStageNames();
  size_t last = names.size() - 1;
  if (!options.last_stage.empty()) {
    auto it = std::find(names.begin(), names.end(), options.last_stage);
    if (it == names.end()) {
      return absl::InvalidArgumentError(
          StrCat("unknown stage '", options.last_stage,
                       "' (stages: ", absl::StrJoin(names, ", "), ")"));
    }
    last = static_cast<size_t>(it - names.begin());
  }
  RuleFiles files(env, options.rules_dir, options.profile);
  CASUS_RETURN_IF_ERROR(files.Validate());

  std::vector<std::unique_ptr<Stage>> stages;
  CASUS_ASSIGN_OR_RETURN(std::shared_ptr<const Abbreviations> abbrevs,
                         Abbreviations::Load(files));
  CASUS_ASSIGN_OR_RETURN(auto tokenizer, Tokenizer::Create(abbrevs));
  const Tokenizer& tok = *tokenizer;
  stages.push_back(std::move(tokenizer));
  CASUS_ASSIGN_OR_RETURN(auto splitter, SentenceSplitter::Create(abbrevs));
  stages.push_back(std::move(splitter));

  // Every rule file is loaded and validated whatever `last_stage` says, so a
  // broken file is reported by any command.
  LexiconBuilder lexicon;
  // WordNet first: `class NAME verbs` lines expand lemmas to their forms.
  CASUS_RETURN_IF_ERROR(lexicon.LoadWordNet(options.wordnet_dir, env));
  CASUS_RETURN_IF_ERROR(lexicon.LoadClasses(files));
  CASUS_ASSIGN_OR_RETURN(auto entities,
                         EntityTagger::Create(files, tok, &lexicon, options.rule_prefilter));
  CASUS_ASSIGN_OR_RETURN(
      auto claims, ClaimExtractor::Create(files, &lexicon, options.rule_prefilter));
  CASUS_ASSIGN_OR_RETURN(auto normalizer, ClaimNormalizer::Create(files, lexicon));
  std::shared_ptr<const Lexicon> lex = std::move(lexicon).Build();
  CASUS_ASSIGN_OR_RETURN(auto tagger, Tagger::Create(lex));
  stages.push_back(std::move(tagger));
  stages.push_back(std::move(entities));
  stages.push_back(std::move(claims));
  stages.push_back(std::move(normalizer));

  stages.resize(last + 1);
  return Pipeline::Create(std::move(stages), options);
}

}  // namespace casus
