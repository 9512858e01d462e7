// EntityRules: rules/entities/ compiled: the gazetteers (one trie over word
// ids), the entity patterns (entities/*.pat) with their index, and their
// `example` lines. What the entity stage (stages/entity_tagger.h) matches.
//
//   CASUS_ASSIGN_OR_RETURN(auto rules, EntityRules::Parse(files, abbrevs, &lexb));
//   ...  // the rest of the rules intern their words
//   std::shared_ptr<const Lexicon> lexicon = std::move(lexb).Build();
//   rules->BuildIndex(*lexicon, /*prefilter=*/true);
//
// Parse() errors are InvalidArgument "FILE:LINE:COLUMN: message", one line
// per broken line of the gazetteers and pattern files. Immutable
// once BuildIndex() has run (CompileRules does both); then thread-safe.
#ifndef CASUS_ENGINE_ENTITY_RULES_H_
#define CASUS_ENGINE_ENTITY_RULES_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/abbreviations.h"
#include "engine/gazetteer.h"
#include "engine/lexicon.h"
#include "engine/rule_example.h"
#include "engine/rule_index.h"
#include "engine/token_pattern.h"
#include "pipeline/rule_files.h"

namespace casus {

class EntityRules {
 public:
  struct Pattern {
    EntityType type;
    TokenPattern pattern;
    std::string rule;  // "names.pat:LINE:ID", what its entities report
  };

  // Reads entities/*.gaz and entities/*.pat, interning their words.
  static absl::StatusOr<std::unique_ptr<EntityRules>> Parse(
      const RuleFiles& files, const Abbreviations& abbreviations, LexiconBuilder* lexicon);
  // Indexes the patterns by the words they require (engine/rule_index.h);
  // `prefilter` false tries every pattern everywhere (the oracle).
  // REQUIRES: `lexicon` is the built lexicon the patterns interned into.
  void BuildIndex(const Lexicon& lexicon, bool prefilter);

  const Gazetteer& gazetteer() const { return *gazetteer_; }
  const std::vector<Pattern>& patterns() const { return patterns_; }
  // `conjunct` lines: patterns the entity stage tries after choosing the
  // mentions, with `<TYPE>` seeing them, to take in names joined to a
  // mention by a list separator ("Ansari and [Ahmed]"). Never indexed.
  const std::vector<Pattern>& conjuncts() const { return conjuncts_; }
  // The `joint:` lines: the separators that join a name to a mention (",",
  // "and", ", and"). The entity stage tries conjuncts only around a mention
  // with a joint right before or right after it (everywhere without any).
  const std::vector<TokenPattern>& joints() const { return joints_; }
  const RuleIndex& index() const { return index_; }
  // "countries.gaz:LINE" of a gazetteer entry.
  const std::string& entry_rule(uint32_t entry) const { return entry_rules_[entry]; }
  // Every `example` of the gazetteers and pattern files.
  std::vector<RuleExample> Examples() const;

 private:
  EntityRules() = default;
  // One line of a pattern file.
  absl::Status ParsePatternLine(const RuleFile& file, const RuleLine& line,
                                LexiconBuilder* lexicon);

  std::unique_ptr<Gazetteer> gazetteer_;
  std::vector<Pattern> patterns_;
  std::vector<Pattern> conjuncts_;
  std::vector<TokenPattern> joints_;
  std::vector<std::string> entry_rules_;
  std::vector<RuleExample> pattern_examples_;
  RuleIndex index_;
};

}  // namespace casus

#endif  // CASUS_ENGINE_ENTITY_RULES_H_
