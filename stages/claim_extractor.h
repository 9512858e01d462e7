// Claim stage: fills Document::claims as ANNOTATION.md section 2 defines:
// cause, trigger, effect, relation (CAUSE/PREVENT), modality and, beyond the
// guideline, the named source of an attributed claim.
//
// Rules live in rules/claims/*.rules (docs/rules.md, "Claim rules"). A rule
// is a token pattern with a [trigger: ...] capture; its cause and effect are
// either captured in the pattern or taken by a slot extractor relative to
// the match (np_left, np_right, subject, clause_left, clause_right,
// comma_clause, purpose). The whole rule set is compiled into one index from
// required words and classes to rules, so each sentence is scanned once:
// only rules whose required words occur in it are tried.
//
// Overlapping triggers: the longer trigger wins, then the higher priority,
// then the earlier rule. A noun-phrase cause or effect made of two
// multi-word conjuncts with no shared modifier is split into two claims.
// Modality is read from the claim's clause (modality.h). Each claim keeps
// the id of the rule that produced it.
//
//   CASUS_ASSIGN_OR_RETURN(auto claims, ClaimExtractor::Create(files, &lexb));
//   claims->Process(&doc);
//
// Immutable after Create(); thread-safe.
#ifndef CASUS_STAGES_CLAIM_EXTRACTOR_H_
#define CASUS_STAGES_CLAIM_EXTRACTOR_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "pipeline/rule_files.h"
#include "pipeline/stage.h"
#include "stages/chunker.h"
#include "stages/gazetteer.h"
#include "stages/lexicon.h"
#include "stages/modality.h"
#include "stages/token_pattern.h"
#include "stages/rule_index.h"

namespace casus {

enum class Slot : uint8_t {
  kCaptured,     // a [cause: ...] / [effect: ...] capture in the pattern
  kNpLeft,
  kNpRight,
  kSubject,
  kClauseLeft,
  kClauseRight,
  kCommaClause,  // the clause after the comma that ends the other slot
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

// Why a candidate did or did not become a claim (casus explain).
struct ClaimTrace {
  std::string rule;
  uint32_t sentence = 0;
  Span match;
  Span trigger;
  std::string outcome;  // "claim", "lost to a longer trigger", "no cause" ...
};

class ClaimExtractor : public Stage {
 public:
  // `prefilter` false tries every rule everywhere (a slow oracle for tests
  // and benchmarks; same output).
  static absl::StatusOr<std::unique_ptr<ClaimExtractor>> Create(
      const RuleFiles& files, LexiconBuilder* lexicon, bool prefilter = true);

  std::string_view Name() const override { return "claims"; }
  // Replaces doc->claims. Never fails.
  // REQUIRES: tokens, word_ids, pos, sentences and entities filled.
  absl::Status Process(Document* doc) const override;
  // As Process, also recording every candidate rule match and its fate.
  void Extract(Document* doc, std::vector<ClaimTrace>* trace) const;

  const std::vector<ClaimRule>& rules() const { return rules_; }
  const ModalityReader& modality() const { return *modality_; }

 private:
  ClaimExtractor() = default;
  absl::Status ParseFile(const RuleFile& file, LexiconBuilder* lexicon);
  void ExtractRun(Document* doc, uint32_t sentence, uint32_t begin,
                  uint32_t end, const std::vector<int8_t>& entity_type,
                  std::vector<uint8_t>* blocked, std::vector<Claim>* out,
                  std::vector<ClaimTrace>* trace) const;

  std::vector<ClaimRule> rules_;
  std::shared_ptr<const Lexicon> lexicon_;
  std::unique_ptr<ModalityReader> modality_;
  ChunkerClasses chunker_classes_;
  // Which rules to try where (stages/rule_index.h).
  RuleIndex index_;
};

}  // namespace casus

#endif  // CASUS_STAGES_CLAIM_EXTRACTOR_H_
