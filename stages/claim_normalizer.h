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
// Before 3, descriptions that point back to entities resolve to their norms
// (rules/normalize/references.txt: "the two countries" -> the two countries
// last named within the sentence and the two before it), and a capital
// stands for its state (rules/normalize/capitals.txt: "Tehran" -> IRN).
// A claim whose cause or effect is left with no word (a pronoun or deictic
// word alone) is kept out of the claim set (Claim::in_claim_set), unless
// the pronoun resolves to an earlier phrase (ResolvePronouns), whose
// grounding and norm it then carries.
//
// Each phrase is also grounded in the concept inventory (engine/concepts.h,
// docs/claims.md "Grounding"): the concept of its head (a listed phrase,
// else WordNet's nearest anchor), a direction stated by words such as
// "rising" or "the erosion of", and the entity norms inside it as
// qualifiers. A grounded phrase's norm is "@CONCEPT[/up|/down] QUALIFIER...";
// an ungrounded one keeps its word bag. key = cause norm + " |RELATION| " +
// effect norm; concept_key uses "@CONCEPT" alone. Then restatements in
// one document take the key of the claim they restate (MergeRestatements);
// its id (ClaimIdOf in
// pipeline/json_output.h) is "c" + 16 hex digits of the key's FNV-1a hash,
// the same on every run and machine.
//
//   CASUS_ASSIGN_OR_RETURN(auto norm, ClaimNormalizer::Create(rules->normalize(),
//                                                             rules->lexicon(),
//                                                             rules->classes()));
//   std::string n = norm->NormalizeSpan(doc, span);   // "IRN RUS cooperation"
//
// Immutable after Create(); thread-safe.
#ifndef CASUS_STAGES_CLAIM_NORMALIZER_H_
#define CASUS_STAGES_CLAIM_NORMALIZER_H_

#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "pipeline/rule_files.h"
#include "pipeline/stage.h"
#include "pipeline/strings.h"
#include "engine/concepts.h"
#include "engine/lexicon.h"
#include "engine/normalize_rules.h"
#include "engine/word_bits.h"
#include "engine/word_classes.h"

namespace casus {

// Restatements within one document: a claim whose cause and effect words
// are each contained in those of another claim with the same relation, and
// which lacks at most kMaxRestatementDetail of its words, restates it with
// less detail ("the cooperation of the two countries" after "...
// cooperation in Central Asia"); it takes that claim's norms and
// key when all the claims containing it lie within one most detailed claim
// (else it is ambiguous and keeps its own). Quadratic in the document's
// claims, so skipped above kMaxRestatementClaims of them.
inline constexpr size_t kMaxRestatementClaims = 4096;
inline constexpr size_t kMaxRestatementDetail = 1;
void MergeRestatements(std::vector<Claim>* claims);

class ClaimNormalizer : public Stage {
 public:
  static absl::StatusOr<std::unique_ptr<ClaimNormalizer>> Create(
      std::shared_ptr<const NormalizeRules> rules, std::shared_ptr<const Lexicon> lexicon,
      const WordClasses& classes, std::shared_ptr<const ConceptInventory> concepts = nullptr);

  std::string_view Name() const override { return "normalize"; }
  // Sets cause_norm, effect_norm and key on every claim. Never fails.
  // REQUIRES: claims, entities, pos filled.
  absl::Status Process(Document* doc) const override;

  // The normal form of a span of doc. When no word of it is left (only
  // light words: "it", "what", "we"), its lower-cased text, and
  // *names_nothing (if given) is true unless the span holds a digit.
  std::string NormalizeSpan(const Document& doc, Span span,
                            bool* names_nothing = nullptr) const;
  // Where a span of doc grounds (concept < 0: nowhere).
  Grounding Ground(const Document& doc, Span span) const;
  // A phrase's part of a key: "@concept/up Q1 Q2" at the fine level,
  // "@concept" at the concept level; `bag` (the word-bag norm) when
  // ungrounded.
  std::string FineNorm(const Grounding& g, const std::string& bag) const;
  std::string ConceptNorm(const Grounding& g, const std::string& bag) const;
  const ConceptInventory* concepts() const { return concepts_.get(); }
  const NormalizeRules& rules() const { return *rules_; }

 private:
  ClaimNormalizer() = default;
  // The norms a reference at token `at` stands for: walking back sentence by
  // sentence (its own, then up to two before), the first sentence that
  // brings the distinct entities of `type` to `count` or more decides;
  // exactly `count` resolves, more is ambiguous and gives none.
  std::vector<std::string> Resolve(const Document& doc, uint32_t at, EntityType type,
                                   int count) const;
  // Tokens of the reference phrase starting at token i (before e; `lower`
  // is its lower-case text), whose norms it appends to *units; 0 when none
  // matches or it does not resolve.
  uint32_t MatchReference(const Document& doc, uint32_t i, uint32_t e, std::string_view lower,
                          std::vector<std::string>* units) const;

  // One unit of a phrase: a word, an entity (its norm), or a preposition,
  // verb or break between groups. The word-bag norm and the grounding both
  // read the same walk of the span's tokens.
  struct Unit {
    enum Kind : uint8_t { kWord, kEntity, kPrep, kVerb, kBreak };
    Kind kind = kWord;
    bool light = false;     // @light_word
    bool in_bag = true;     // a unit of the word-bag norm
    bool in_ground = true;  // a unit grounding reads
    bool bag_entity = false;  // in the bag: an entity norm (concepts do not fold it)
    bool possessor = false;   // before "'s" ("the navy's control")
    Pos pos = Pos::kNoun;
    EntityType type = EntityType::kCountry;
    // Views into the lexicon, the rules, the document's entities or the
    // walk's own text (Walk::text): valid while the walk lives.
    std::string_view lower;  // the word as written, lower case (an entity: its norm)
    std::string_view lemma;
    WordId id = kUnknownWord;        // the lexicon's id of the word
    WordId lemma_id = kUnknownWord;  // ... and of `lemma`
  };
  // A span's walk: its units and the text of those no lexicon word or rule
  // holds (unknown words, their lemmas, resolved references). A deque, so
  // the units' views stay put as it grows.
  struct Walk {
    std::vector<Unit> units;
    std::deque<std::string> text;
    void clear() {
      units.clear();
      text.clear();
    }
  };
  // Which words may be keys of one of the rules' string maps, by WordId:
  // a bit test spares the string hash for the many words that are none.
  class KeyFilter {
   public:
    template <typename Map>
    void Build(const Map& map, const Lexicon& lexicon) {
      bits_ = WordBits();
      for (const auto& [key, value] : map) {
        WordId id = lexicon.Find(key);
        if (id == kUnknownWord) {
          unknown_keys_ = true;  // a key no word id names: look unknown words up
        } else {
          bits_.Set(id);
        }
      }
    }
    // False only when the word of `id` is surely no key.
    bool MayHold(WordId id) const {
      return id == kUnknownWord ? unknown_keys_ : bits_.Test(id);
    }

   private:
    WordBits bits_;
    bool unknown_keys_ = false;
  };
  // A span's units in order: entity norms (a capital as its state),
  // resolved references and words, cut before a relative clause, a comma or
  // a participle after the head. An issue's or event's words are units for
  // grounding, its norm for the bag.
  void WalkSpan(const Document& doc, Span span, Walk* walk) const;
  // The word-bag norm of walked units (light words out, concepts folded,
  // sorted); when nothing is left, the span's lower-case text, and
  // *names_nothing is true unless the text holds a digit.
  std::string BagOf(const Document& doc, Span span, const std::vector<Unit>& units,
                    bool* names_nothing) const;
  Grounding GroundUnits(const std::vector<Unit>& units) const;
  // A description that points back (a `refer:` determiner, modifiers and a
  // noun: "these weapons", "the higher rates") takes the grounding of the
  // nearest earlier mention of its head that has more words (in its
  // sentence or the two before: "nuclear weapons", "freight rates") when
  // that says more than *g: *g grounds nowhere, or the mention's concept
  // lies below *g's. The direction stays the description's own.
  void ResolveDescription(const Document& doc, Span span, const std::vector<Unit>& units,
                          Grounding* g) const;
  // Pronoun causes and effects in subject position (ConceptInventory::
  // PronounOf: "it", "they", "this") take the grounding and word-bag norm of
  // the phrase they stand for (Grounding::refers_to), keeping
  // names_nothing: a personal pronoun the nearest main-clause subject
  // before it of its number (NearestSubject); a demonstrative opening its
  // sentence a phrase of the last claim of the sentence before that states
  // an event (a PREVENT claim's effect stands for its fall: direction down
  // where the phrase states none). Unresolved pronouns stay out of the
  // claim set (docs/claims.md, "Pronouns").
  void ResolvePronouns(const Document& doc, std::vector<Claim>* claims) const;
  // The nearest subject before token `at`, back to token `floor`, that
  // `fits`: a noun phrase opening a main or coordinated clause (or, with
  // `subordinate`, any clause) up to its finite verb, at most kMaxSubject
  // tokens ("[Sanctions imposed by the bloc] hardened"); nullopt when a
  // pronoun subject comes first or there is none.
  std::optional<Span> NearestSubject(const Document& doc, uint32_t at, uint32_t floor,
                                     bool subordinate,
                                     const std::function<bool(Span)>& fits) const;
  static constexpr uint32_t kMaxSubject = 25;
  // The bag units (Unit::in_bag) folded to concepts (longest phrase first),
  // light words dropped, sorted, deduplicated and joined; "" when nothing is
  // left. A word unit reads as its lemma, an entity as its norm.
  std::string FoldUnits(const std::vector<Unit>& units) const;
  // The direction the word `w` (lexicon id `id`) states: +1, -1 or 0
  // (ConceptInventory::DirectionOf, after a bit test on the id).
  int DirectionOf(std::string_view w, WordId id) const {
    return direction_word_.MayHold(id) ? concepts_->DirectionOf(w) : 0;
  }
  // The lower-case text of token t (lexicon id `raw`): the lexicon's copy
  // of a lexicon word, else a copy kept in *text.
  std::string_view LowerOf(const Document& doc, uint32_t t, WordId raw,
                           std::deque<std::string>* text) const;
  // The lemma of the word of token id `raw` (its lower-case text `lower`),
  // a view into the lexicon or the rules where they hold it, else into
  // *text; *lemma_id (if given) is its lexicon id.
  std::string_view LemmaOf(std::string_view lower, Pos pos, WordId raw,
                           std::deque<std::string>* text, WordId* lemma_id = nullptr) const;

  std::shared_ptr<const NormalizeRules> rules_;
  std::shared_ptr<const Lexicon> lexicon_;
  std::shared_ptr<const ConceptInventory> concepts_;
  int light_word_ = -1;
  int aux_be_ = -1;
  KeyFilter reference_first_;  // rules_->references() keys
  KeyFilter lemma_form_;       // rules_->lemmas() keys
  KeyFilter concept_first_;    // rules_->concepts() keys
  KeyFilter phrase_first_;     // concepts_->phrases() keys
  KeyFilter direction_word_;   // concepts_->directions() keys
};

}  // namespace casus

#endif  // CASUS_STAGES_CLAIM_NORMALIZER_H_
