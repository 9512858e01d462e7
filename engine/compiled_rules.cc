#include "engine/compiled_rules.h"

#include "pipeline/rule_files.h"
#include "pipeline/status_macros.h"

namespace casus {

absl::StatusOr<std::shared_ptr<const CompiledRules>> CompiledRules::Compile(
    const RuleOptions& options, Env* env) {
  RuleFiles files(env, options.rules_dir, options.profile);
  CASUS_RETURN_IF_ERROR(files.Validate());
  std::shared_ptr<CompiledRules> r(new CompiledRules);
  r->self_ = r;
  r->options_ = options;
  // Every file is read and checked whatever broke before it, so every rule
  // error is reported at once.
  RuleErrors errors;
  auto abbreviations = Abbreviations::Load(files);
  r->abbreviations_ = errors.Add(abbreviations.status()) ? *std::move(abbreviations)
                                                         : std::make_unique<Abbreviations>();
  // Every rule file interns its words into one lexicon, then the lexicon is
  // frozen and what depends on word ids or classes is finished over it.
  LexiconBuilder builder;
  // WordNet first: `class NAME verbs` lines expand lemmas to their forms.
  CASUS_RETURN_IF_ERROR(builder.LoadWordNet(options.wordnet_dir, env));
  errors.Add(builder.LoadClasses(files));
  auto entities = EntityRules::Parse(files, *r->abbreviations_, &builder);
  auto claims = ClaimRules::Parse(files, &builder);
  auto normalize = NormalizeRules::Parse(files, builder);
  auto concepts = ConceptInventory::Parse(files, options.wordnet_dir, env);
  errors.Add(entities.status());
  errors.Add(claims.status());
  errors.Add(normalize.status());
  errors.Add(concepts.status());
  CASUS_RETURN_IF_ERROR(errors.ToStatus());
  r->entities_ = *std::move(entities);
  r->claims_ = *std::move(claims);
  r->normalize_ = *std::move(normalize);
  r->concepts_ = *std::move(concepts);
  r->lexicon_ = std::move(builder).Build();
  CASUS_ASSIGN_OR_RETURN(r->classes_, WordClasses::Resolve(*r->lexicon_));
  r->entities_->BuildIndex(*r->lexicon_, options.rule_prefilter);
  r->claims_->Finish(r->lexicon_, r->classes_, options.rule_prefilter);
  return std::shared_ptr<const CompiledRules>(std::move(r));
}

}  // namespace casus
