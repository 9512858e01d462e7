// NormalizeRules: rules/normalize/ compiled for the normalize stage
// (stages/claim_normalizer.h): lemma exceptions and WordNet's verb forms
// (lemmas.txt), concept phrases (concepts.txt), references that point back
// to entities (references.txt), capitals that stand for their state
// (capitals.txt), and their `example` lines. Each file is optional.
//
//   CASUS_ASSIGN_OR_RETURN(auto rules, NormalizeRules::Parse(files, lexb));
//   auto it = rules->lemmas().find("fuelled");   // -> "fuel"
//
// Parse() errors are InvalidArgument "FILE:LINE:COLUMN: message", one line
// per broken line of every file. Immutable after Parse(); thread-safe.
#ifndef CASUS_ENGINE_NORMALIZE_RULES_H_
#define CASUS_ENGINE_NORMALIZE_RULES_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/lexicon.h"
#include "engine/rule_example.h"
#include "pipeline/document.h"
#include "pipeline/rule_files.h"
#include "pipeline/strings.h"

namespace casus {

class NormalizeRules {
 public:
  struct Reference {
    std::vector<std::string> words;  // lemmas, determiner included
    EntityType type;
    int count;
  };

  // Reads the normalize/ files; `lexicon` gives WordNet's verb forms.
  static absl::StatusOr<std::unique_ptr<NormalizeRules>> Parse(const RuleFiles& files,
                                                               const LexiconBuilder& lexicon);

  // form -> lemma (exceptions, verb forms)
  const StringMap<std::string>& lemmas() const { return lemmas_; }
  // Concept phrases: first lemma -> (phrase lemmas, concept), longest first.
  const StringMap<std::vector<std::pair<std::vector<std::string>, std::string>>>& concepts()
      const {
    return concepts_;
  }
  // Reference phrases by first word, longest first.
  const StringMap<std::vector<Reference>>& references() const { return references_; }
  // city norm -> country norm
  const StringMap<std::string>& capitals() const { return capitals_; }
  // "PHRASE => NORMAL FORM" examples; a phrase may carry context, the
  // normalized part in brackets: "Iran met Russia. [The two countries] =>
  // IRN RUS".
  const std::vector<RuleExample>& examples() const { return examples_; }

 private:
  NormalizeRules() = default;
  // One line (not an example) of each file.
  absl::Status ParseConcept(const RuleFile& file, const RuleLine& line);
  absl::Status ParseLemma(const RuleFile& file, const RuleLine& line);
  absl::Status ParseReference(const RuleFile& file, const RuleLine& line);
  absl::Status ParseCapital(const RuleFile& file, const RuleLine& line);
  // Takes "example ..." lines; true when the line was one.
  bool TakeExample(const RuleFile& file, const RuleLine& line);

  StringMap<std::string> lemmas_;
  StringMap<std::vector<std::pair<std::vector<std::string>, std::string>>> concepts_;
  StringMap<std::vector<Reference>> references_;
  StringMap<std::string> capitals_;
  std::vector<RuleExample> examples_;
};

}  // namespace casus

#endif  // CASUS_ENGINE_NORMALIZE_RULES_H_
