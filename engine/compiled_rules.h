// CompiledRules: a rules folder (and profile) compiled once into everything
// the stages read: abbreviations, the lexicon with WordNet's parts of
// speech, the word classes the code reads, entity rules, claim rules and
// normalization tables. Immutable once built; every stage of every thread
// reads the same bundle.
//
//   RuleOptions opts;
//   opts.rules_dir = "rules";
//   CASUS_ASSIGN_OR_RETURN(std::shared_ptr<const CompiledRules> rules,
//                          CompiledRules::Compile(opts, Env::Default()));
//   const Lexicon& lexicon = *rules->lexicon();
//
// Compile() loads and validates every rule file, whichever stages will run,
// so a broken file is reported by any command: InvalidArgument with one
// "FILE:LINE:COLUMN: message" line per broken line of every rule file (a
// broken line does not stop the files after it; docs/rules.md), or, when
// every file parses, one line per word class the code reads that the
// lexicon lacks (engine/word_classes.h); NotFound for a missing rules
// folder, profile or WordNet. Thread-safe once built.
#ifndef CASUS_ENGINE_COMPILED_RULES_H_
#define CASUS_ENGINE_COMPILED_RULES_H_

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "engine/abbreviations.h"
#include "engine/claim_rules.h"
#include "engine/concepts.h"
#include "engine/entity_rules.h"
#include "engine/lexicon.h"
#include "engine/normalize_rules.h"
#include "engine/word_classes.h"
#include "pipeline/env.h"

namespace casus {

struct RuleOptions {
  std::string rules_dir = "rules";  // the rules folder
  std::string profile;              // "" = default rules only; else profiles/NAME
  // WordNet's data files (Debian package wordnet-base), the source of the
  // open-class parts of speech.
  std::string wordnet_dir = "/usr/share/wordnet";
  // Claim rules and entity patterns are tried only where the words they
  // require occur (engine/rule_index.h). false: every rule at every
  // position, the slow oracle the tests and benchmarks compare against.
  bool rule_prefilter = true;
};

class CompiledRules {
 public:
  static absl::StatusOr<std::shared_ptr<const CompiledRules>> Compile(const RuleOptions& options,
                                                                      Env* env);

  // Each piece shares ownership of the bundle, so a stage that keeps one
  // keeps the bundle alive.
  std::shared_ptr<const Abbreviations> abbreviations() const { return Piece(abbreviations_); }
  std::shared_ptr<const Lexicon> lexicon() const { return lexicon_; }
  const WordClasses& classes() const { return classes_; }
  std::shared_ptr<const EntityRules> entities() const { return Piece(entities_); }
  std::shared_ptr<const ClaimRules> claims() const { return Piece(claims_); }
  std::shared_ptr<const NormalizeRules> normalize() const { return Piece(normalize_); }
  std::shared_ptr<const ConceptInventory> concepts() const { return Piece(concepts_); }
  const RuleOptions& options() const { return options_; }

 private:
  CompiledRules() = default;
  template <typename T>
  std::shared_ptr<const T> Piece(const std::unique_ptr<T>& p) const {
    return std::shared_ptr<const T>(self_.lock(), p.get());
  }

  std::weak_ptr<const CompiledRules> self_;
  RuleOptions options_;
  std::unique_ptr<Abbreviations> abbreviations_;
  std::shared_ptr<const Lexicon> lexicon_;
  WordClasses classes_;
  std::unique_ptr<EntityRules> entities_;
  std::unique_ptr<ClaimRules> claims_;
  std::unique_ptr<NormalizeRules> normalize_;
  std::unique_ptr<ConceptInventory> concepts_;
};

}  // namespace casus

#endif  // CASUS_ENGINE_COMPILED_RULES_H_
