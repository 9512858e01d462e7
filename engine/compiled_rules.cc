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
  CASUS_ASSIGN_OR_RETURN(r->abbreviations_, Abbreviations::Load(files));
  // Every rule file interns its words into one lexicon, then the lexicon is
  // frozen and what depends on word ids or classes is finished over it.
  LexiconBuilder builder;
  // WordNet first: `class NAME verbs` lines expand lemmas to their forms.
  CASUS_RETURN_IF_ERROR(builder.LoadWordNet(options.wordnet_dir, env));
  CASUS_RETURN_IF_ERROR(builder.LoadClasses(files));
  CASUS_ASSIGN_OR_RETURN(r->entities_, EntityRules::Parse(files, *r->abbreviations_, &builder));
  CASUS_ASSIGN_OR_RETURN(r->claims_, ClaimRules::Parse(files, &builder));
  CASUS_ASSIGN_OR_RETURN(r->normalize_, NormalizeRules::Parse(files, builder));
  r->lexicon_ = std::move(builder).Build();
  CASUS_ASSIGN_OR_RETURN(r->classes_, WordClasses::Resolve(*r->lexicon_));
  r->entities_->BuildIndex(*r->lexicon_, options.rule_prefilter);
  r->claims_->Finish(r->lexicon_, r->classes_, options.rule_prefilter);
  return std::shared_ptr<const CompiledRules>(std::move(r));
}

}  // namespace casus
