// Entity stage: fills Document::entities as ANNOTATION.md section 1 defines
// (seven types, a norm on every mention, spans never overlapping).
//
// Sources of candidates, in priority order for equal lengths:
//   1. gazetteers (rules/entities/*.gaz), including NONE names that only
//      swallow what they contain;
//   2. acronym definitions in the text: "Collective Security Treaty
//      Organization (CSTO)" makes "CSTO" a mention of the same entity for the
//      rest of the document; a capitalized name whose initials spell the
//      bracketed acronym becomes an ORGANIZATION (norm: the acronym);
//   3. entity patterns (rules/entities/*.pat) for names no list holds;
//   4. document-level coreference: a person named in full ("Vladimir Putin")
//      gives later bare surnames ("Putin") the same norm, the fullest form.
// Longest match wins; spans never overlap; NONE names produce no mention.
// PERSON norms are the snake_case ASCII of the fullest form of the name in
// the document.
//
//   CASUS_ASSIGN_OR_RETURN(auto tagger, EntityTagger::Create(files, tok, &lexb));
//   tagger->Process(&doc);
//
// Immutable after Create(); thread-safe.
#ifndef CASUS_STAGES_ENTITY_TAGGER_H_
#define CASUS_STAGES_ENTITY_TAGGER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "pipeline/rule_files.h"
#include "pipeline/stage.h"
#include "stages/gazetteer.h"
#include "stages/lexicon.h"
#include "stages/token_pattern.h"
#include "stages/rule_index.h"
#include "stages/tokenizer.h"

namespace casus {

class EntityTagger : public Stage {
 public:
  // Loads entities/*.gaz and entities/*.pat. Errors as FILE:LINE:COLUMN.
  // The lexicon must be complete before Process() is first called.
  // `prefilter` false tries every pattern at every position (the oracle).
  static absl::StatusOr<std::unique_ptr<EntityTagger>> Create(
      const RuleFiles& files, const Tokenizer& tokenizer,
      LexiconBuilder* lexicon, bool prefilter = true);

  std::string_view Name() const override { return "entities"; }
  // Replaces doc->entities. Never fails.
  // REQUIRES: tokens, word_ids and sentences filled.
  absl::Status Process(Document* doc) const override;

  // Every `example` of the gazetteers and pattern files.
  std::vector<RuleExample> Examples() const;
  const Gazetteer& gazetteer() const { return *gazetteer_; }

  struct Pattern {
    EntityType type;
    TokenPattern pattern;
    std::string rule;  // "names.pat:LINE:ID", what its entities report
  };

 private:
  EntityTagger() = default;
  absl::Status ParsePatternFile(const RuleFile& file, LexiconBuilder* lexicon);

  std::unique_ptr<Gazetteer> gazetteer_;
  std::shared_ptr<const Lexicon> lexicon_;
  std::vector<Pattern> patterns_;
  std::vector<std::string> entry_rules_;  // "countries.gaz:LINE" per entry
  std::vector<RuleExample> pattern_examples_;
  // Which patterns to try in a sentence, and up to where
  // (stages/rule_index.h).
  RuleIndex index_;
  int connector_class_ = -1;  // @org_connector, for acronym initials
  int thing_class_ = -1;      // @thing_head: "... Agreement (EDCA)" is no org
};

// Parses an example's marks "[surface]{TYPE norm}" into the plain text and
// the expected mentions (code point offsets into the plain text). For claim
// examples the braces hold a role instead ("{cause}"); `type` then carries
// it verbatim and `norm` is empty.
struct MarkedSpan {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string type;
  std::string norm;
};
absl::StatusOr<std::pair<std::string, std::vector<MarkedSpan>>> ParseMarkedText(
    std::string_view marked);

}  // namespace casus

#endif  // CASUS_STAGES_ENTITY_TAGGER_H_
