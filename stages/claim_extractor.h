// Claim stage: fills Document::claims as ANNOTATION.md section 2 defines:
// cause, trigger, effect, relation (CAUSE/PREVENT), modality and, beyond the
// guideline, the named source of an attributed claim.
//
// Rules live in rules/claims/*.rules (docs/rules.md, "Claim rules"),
// compiled as ClaimRules (engine/claim_rules.h). A rule is a token pattern
// with a [trigger: ...] capture; its cause and effect are either captured in
// the pattern or taken by a slot extractor relative to the match (np_left,
// np_right, subject, clause_left, clause_right, comma_clause, comma_purpose, purpose;
// engine/chunker.h). The rules' index (engine/rule_index.h) scans each
// sentence once: only rules whose required words occur in it are tried.
//
// Overlapping triggers: the longer trigger wins, then the higher priority,
// then the earlier rule. A noun-phrase cause or effect made of two
// multi-word conjuncts with no shared modifier is split into two claims.
// Modality is read from the claim's clause (modality.h). Each claim keeps
// the id of the rule that produced it.
//
//   CASUS_ASSIGN_OR_RETURN(auto claims, ClaimExtractor::Create(rules->claims(),
//                                                              rules->lexicon(),
//                                                              rules->classes()));
//   claims->Process(&doc);
//
// Immutable after Create(); thread-safe.
#ifndef CASUS_STAGES_CLAIM_EXTRACTOR_H_
#define CASUS_STAGES_CLAIM_EXTRACTOR_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/chunker.h"
#include "engine/claim_rules.h"
#include "engine/lexicon.h"
#include "engine/word_classes.h"
#include "pipeline/stage.h"

namespace casus {

class ClaimExtractor : public Stage {
 public:
  // REQUIRES: `rules` finished over `lexicon` (CompileRules).
  static absl::StatusOr<std::unique_ptr<ClaimExtractor>> Create(
      std::shared_ptr<const ClaimRules> rules, std::shared_ptr<const Lexicon> lexicon,
      const WordClasses& classes);

  std::string_view Name() const override { return "claims"; }
  // Replaces doc->claims (and doc->claim_trace when doc->trace_claims).
  // Never fails. REQUIRES: tokens, word_ids, pos, sentences and entities
  // filled.
  absl::Status Process(Document* doc) const override;

  const ClaimRules& rules() const { return *rules_; }

  struct Candidate;
  struct Filled;
  struct Run;

 private:
  ClaimExtractor() = default;
  // Extracts the claims of one contiguous sentence part [begin, end):
  // candidates, triggers accepted, slots filled, claims emitted.
  void ExtractRun(Document* doc, uint32_t sentence, uint32_t begin, uint32_t end,
                  const std::vector<int8_t>& entity_type, std::vector<uint8_t>* blocked,
                  std::vector<Claim>* out, std::vector<ClaimTrace>* trace) const;
  // Every rule match in the run that no 'unless' pattern vetoes.
  std::vector<Candidate> FindCandidates(const Run& run, RuleIndex::Scan& scan) const;
  // Candidates whose triggers win (longer, then higher priority, then the
  // earlier rule); their tokens are marked in *blocked.
  std::vector<const Candidate*> AcceptTriggers(const Run& run, std::vector<Candidate>* found,
                                               std::vector<uint8_t>* blocked) const;
  // Cause and effect of each accepted candidate, with what went wrong.
  std::vector<Filled> FillSlots(const Run& run, const Chunker& ch,
                                const std::vector<const Candidate*>& accepted) const;
  // One slot of a candidate; `other` is the slot filled first, if any.
  TokenRange FillSlot(const Run& run, const Chunker& ch, const Candidate& c, Slot slot,
                      int capture, const TokenRange* other) const;
  // The claims of one filled candidate: conjuncts split, modality read.
  void EmitClaims(const Run& run, const Chunker& ch, const Filled& f,
                  std::vector<Claim>* out) const;

  std::shared_ptr<const ClaimRules> rules_;
  std::shared_ptr<const Lexicon> lexicon_;
  WordClasses classes_;
};

}  // namespace casus

#endif  // CASUS_STAGES_CLAIM_EXTRACTOR_H_
