// Normalize stage: gives every claim its normalized cause and effect and its
// key, the identity under which the claim set merges claims
// (docs/claims.md).
//
// A phrase is reduced to a sorted set of concept words:
//   1. entity mentions become their norms ("US", "American" -> USA);
//   2. the phrase is cut before a relative clause, a comma or a participle
//      that modifies a noun ("threats [arising from ...]");
//   3. words are lemmatized (rules/normalize/lemmas.txt, WordNet's verb
//      forms, regular plural rules);
//   4. near-synonyms fold to their concept (rules/normalize/concepts.txt:
//      "close tie", "alignment" -> cooperation), longest phrase first;
//   5. light words (@light_word: determiners, prepositions, degree words
//      such as "growing") are dropped; what is left is sorted and joined.
// key = cause_norm + " |RELATION| " + effect_norm; its id (ClaimIdOf in
// pipeline/json_output.h) is "c" + 16 hex digits of the key's FNV-1a hash,
// the same on every run and machine.
//
//   CASUS_ASSIGN_OR_RETURN(auto norm, ClaimNormalizer::Create(files, lexb));
//   std::string n = norm->NormalizeSpan(doc, span);   // "IRN RUS cooperation"
//
// Immutable after Create(); thread-safe.
#ifndef CASUS_STAGES_CLAIM_NORMALIZER_H_
#define CASUS_STAGES_CLAIM_NORMALIZER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "pipeline/rule_files.h"
#include "pipeline/stage.h"
#include "pipeline/strings.h"
#include "stages/gazetteer.h"
#include "stages/lexicon.h"

namespace casus {

class ClaimNormalizer : public Stage {
 public:
  // Reads normalize/concepts.txt and normalize/lemmas.txt; `lexicon` gives
  // WordNet's verb forms and the @light_word class.
  static absl::StatusOr<std::unique_ptr<ClaimNormalizer>> Create(
      const RuleFiles& files, const LexiconBuilder& lexicon);

  std::string_view Name() const override { return "normalize"; }
  // Sets cause_norm, effect_norm and key on every claim. Never fails.
  // REQUIRES: claims, entities, pos filled.
  absl::Status Process(Document* doc) const override;

  // The normal form of a span of doc.
  std::string NormalizeSpan(const Document& doc, Span span) const;
  // The lemma of one lower-case word.
  std::string Lemma(std::string_view lower, Pos pos) const;

  // "concepts.txt" examples: phrase => expected normal form.
  const std::vector<RuleExample>& examples() const { return examples_; }

 private:
  ClaimNormalizer() = default;
  absl::Status ParseConcepts(const RuleFile& file);
  absl::Status ParseLemmas(const RuleFile& file);

  std::shared_ptr<const Lexicon> lexicon_;
  StringMap<std::string> lemmas_;  // form -> lemma (exceptions, verb forms)
  // Concept phrases: first lemma -> (phrase lemmas, concept), longest first.
  StringMap<std::vector<std::pair<std::vector<std::string>, std::string>>> concepts_;
  int light_ = -1;
  std::vector<RuleExample> examples_;
};

}  // namespace casus

#endif  // CASUS_STAGES_CLAIM_NORMALIZER_H_
