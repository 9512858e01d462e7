// Entity stage: fills Document::entities as ANNOTATION.md section 1 defines
// (seven types, a norm on every mention, spans never overlapping).
//
// Sources of candidates, in priority order for equal lengths:
//   1. gazetteers (rules/entities/*.gaz), including NONE names that only
//      swallow what they contain;
//   2. acronym definitions in the text: "Collective Security Treaty
//      Organization (CSTO)" makes "CSTO" a mention of the same entity for the
//      rest of the document; a capitalized name whose initials spell the
//      bracketed acronym becomes an ORGANIZATION (norm: the acronym); a
//      capitalized short name in brackets ("Anglo American Platinum
//      (Amplats)") likewise, from the name's first letter, and its later
//      mentions outrank the patterns ("Amplats said" is no person);
//   3. entity patterns (rules/entities/*.pat) for names no list holds;
//   4. conjuncts: `conjunct` patterns, tried once the mentions above are
//      chosen and able to see them, take in names joined to a mention by a
//      list separator ("Ansari and Ahmed", "Kirti Kulhari, Neil Nitin
//      Mukesh, Anupam Kher"), round after round along a list, around
//      mentions with a `joint:` (",", "and") next to them;
//   5. document-level coreference: a person named in full ("Vladimir Putin")
//      gives later bare surnames ("Putin") the same norm, the fullest form.
// Longest match wins; spans never overlap; NONE names produce no mention.
// PERSON norms are the snake_case ASCII of the fullest form of the name in
// the document.
//
//   CASUS_ASSIGN_OR_RETURN(auto tagger,
//                          EntityTagger::Create(rules->entities(), rules->lexicon(),
//                                               rules->classes()));
//   tagger->Process(&doc);
//
// Immutable after Create(); thread-safe.
#ifndef CASUS_STAGES_ENTITY_TAGGER_H_
#define CASUS_STAGES_ENTITY_TAGGER_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/entity_rules.h"
#include "engine/lexicon.h"
#include "engine/word_classes.h"
#include "pipeline/stage.h"

namespace casus {

class EntityTagger : public Stage {
 public:
  // REQUIRES: `rules` indexed over `lexicon` (CompileRules).
  static absl::StatusOr<std::unique_ptr<EntityTagger>> Create(
      std::shared_ptr<const EntityRules> rules, std::shared_ptr<const Lexicon> lexicon,
      const WordClasses& classes);

  std::string_view Name() const override { return "entities"; }
  // Replaces doc->entities. Never fails.
  // REQUIRES: tokens, word_ids and sentences filled.
  absl::Status Process(Document* doc) const override;

  const EntityRules& rules() const { return *rules_; }

  struct Candidate;
  struct Definition;

 private:
  EntityTagger() = default;
  // 1 and 3: gazetteer matches and pattern matches, per sentence part.
  void ListCandidates(const Document& doc, std::vector<Candidate>* cands) const;
  // 2: acronyms defined by "NAME (ACRO)" after a candidate name, or after
  // capitalized words whose initials spell them (those become candidates).
  std::vector<Definition> FindDefinitions(const Document& doc,
                                          std::vector<Candidate>* cands) const;
  // A capitalized short name in brackets at token open + 1 ("Anglo
  // American Platinum (Amplats)"): a definition of the organization before
  // it, or of the capitalized words before it that start with its letter
  // (then a candidate too). `by_end` orders the first `listed` candidates
  // by end token.
  void AddShortName(const Document& doc, uint32_t open, std::vector<Candidate>* cands,
                    const std::vector<uint32_t>& by_end, size_t listed,
                    std::vector<Definition>* defs) const;
  // The first token of the capitalized words before token `open` ("(")
  // whose initials spell `acronym`, if they do.
  std::optional<uint32_t> SpelledAcronymStart(const Document& doc, uint32_t open,
                                              const std::string& acronym) const;
  // Later uses of each defined acronym.
  void AddAcronymMentions(const Document& doc, const std::vector<Definition>& defs,
                          std::vector<Candidate>* cands) const;
  // 4: names joined to chosen mentions (conjunct patterns).
  void AddConjuncts(const Document& doc, std::vector<uint8_t>* taken,
                    std::vector<Candidate>* chosen) const;
  // The token of a person mention that is its surname: the last, or the one
  // before a generational suffix (@name_suffix: "Jr.", "III").
  uint32_t SurnameToken(const Document& doc, const Candidate& c) const;
  // 5: bare surnames of people named in full, and the fullest norm for all.
  void AddPersonCoreference(const Document& doc, std::vector<uint8_t>* taken,
                            std::vector<Candidate>* chosen) const;
  // The chosen candidates as entities, in text order.
  void Emit(Document* doc, std::vector<Candidate>* chosen) const;
  // The norm a candidate stands for.
  std::string NormOf(const Document& doc, const Candidate& c) const;

  std::shared_ptr<const EntityRules> rules_;
  std::shared_ptr<const Lexicon> lexicon_;
  int connector_class_ = -1;  // @org_connector, for acronym initials
  int thing_class_ = -1;      // @thing_head: "... Agreement (EDCA)" is no org
  int suffix_class_ = -1;     // @name_suffix: not a surname ("Jr.")
};

}  // namespace casus

#endif  // CASUS_STAGES_ENTITY_TAGGER_H_
