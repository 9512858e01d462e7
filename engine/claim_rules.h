// ClaimRules: rules/claims/*.rules compiled (format: docs/rules.md, "Claim
// rules"): each rule a token pattern with a [trigger: ...] capture, its
// cause and effect captured or taken by a slot extractor, relation, modality
// floor, priority, examples and counter-examples; plus the index of the
// words each rule requires and the modality reader. What the claim stage
// (stages/claim_extractor.h) runs.
//
//   CASUS_ASSIGN_OR_RETURN(auto rules, ClaimRules::Parse(files, &lexb));
//   std::shared_ptr<const Lexicon> lexicon = std::move(lexb).Build();
//   rules->Finish(lexicon, classes, /*prefilter=*/true);
//
// Parse() errors are InvalidArgument "FILE:LINE:COLUMN: message", one line
// per broken line or rule (a broken 'rule' line: its properties are
// skipped). Immutable once Finish() has run (CompileRules does both); then
// thread-safe.
#ifndef CASUS_ENGINE_CLAIM_RULES_H_
#define CASUS_ENGINE_CLAIM_RULES_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/lexicon.h"
#include "engine/modality.h"
#include "engine/rule_example.h"
#include "engine/rule_index.h"
#include "engine/token_pattern.h"
#include "engine/word_classes.h"
#include "pipeline/document.h"
#include "pipeline/rule_files.h"

namespace casus {

enum class Slot : uint8_t {
  kCaptured,     // a [cause: ...] / [effect: ...] capture in the pattern
  kNpLeft,
  kNpRight,
  kSubject,
  kClauseLeft,
  kClauseRight,
  kCommaClause,  // the clause after the comma that ends the other slot
  kCommaPurpose,  // that clause's action, as a purpose's cause
  kPurpose,      // the action a purpose clause hangs on
};

struct ClaimRule {
  std::string id;
  std::string path;
  int line = 0;
  TokenPattern pattern;
  // Patterns tried at the same start: when one matches, the rule does not
  // fire there ("accounts for a share of").
  std::vector<TokenPattern> unless;
  uint32_t first_probe = 0;  // unless[k] is probe first_probe + k of the index
  int trigger_capture = -1;
  int cause_capture = -1;
  int effect_capture = -1;
  Slot cause = Slot::kCaptured;
  Slot effect = Slot::kCaptured;
  Relation relation = Relation::kCause;
  std::optional<Modality> modality;  // a floor ("regardless of": NEGATED)
  int priority = 0;
  std::vector<RuleExample> examples;  // must fire with these spans
  std::vector<RuleExample> counters;  // must not fire
};

class ClaimRules {
 public:
  // Reads claims/*.rules, interning their words. Rule ids are unique.
  static absl::StatusOr<std::unique_ptr<ClaimRules>> Parse(const RuleFiles& files,
                                                           LexiconBuilder* lexicon);
  // Indexes the rules by the words they require (`prefilter` false: every
  // rule everywhere, the oracle) and sets up the modality reader.
  // REQUIRES: `lexicon` is the built lexicon the rules interned into.
  void Finish(std::shared_ptr<const Lexicon> lexicon, const WordClasses& classes,
              bool prefilter);

  const std::vector<ClaimRule>& rules() const { return rules_; }
  const RuleIndex& index() const { return index_; }
  const ModalityReader& modality() const { return *modality_; }

 private:
  ClaimRules() = default;
  absl::Status ParseFile(const RuleFile& file, LexiconBuilder* lexicon);
  // A 'rule ID' line: appends the rule to rules_.
  absl::Status StartRule(const RuleFile& file, const RuleLine& line);
  // One "key: value" line of the current rule.
  absl::Status ParseProperty(const RuleFile& file, const RuleLine& line, ClaimRule* rule,
                             LexiconBuilder* lexicon, std::string_view* match_src,
                             int* match_line, int* match_col);
  // Compiles the rule's match and checks its captures and, with
  // `check_slots` (none of its properties was broken), its slots.
  absl::Status FinishRule(const RuleFile& file, ClaimRule* rule, std::string_view match_src,
                          int match_line, int match_col, LexiconBuilder* lexicon,
                          bool check_slots);

  std::vector<ClaimRule> rules_;
  std::shared_ptr<const Lexicon> lexicon_;
  std::unique_ptr<ModalityReader> modality_;
  RuleIndex index_;
};

}  // namespace casus

#endif  // CASUS_ENGINE_CLAIM_RULES_H_
