// ConceptInventory: rules/concepts/ compiled for grounding (docs/claims.md,
// "Grounding"): a hierarchy of policy concepts, each with the phrases that
// name it and WordNet synsets that anchor it, plus the grounding words of
// grounding.txt (direction words, heads that pass to their complement,
// the actor concept of each entity type).
//
//   concept food_prices "food prices" < prices        (*.concepts)
//     words food price | price of food | bread price
//     wordnet food_price.n.01
//     example soaring food prices => food_prices up
//
// A noun that no phrase names grounds through WordNet: its first sense is
// walked up its hypernyms to the nearest anchored synset (precomputed here
// for every noun of index.noun, so grounding is a hash lookup).
//
//   CASUS_ASSIGN_OR_RETURN(auto inv, ConceptInventory::Parse(files, wordnet_dir, env));
//   int c = inv->Find("food_prices");     // index into concepts(), -1 if none
//
// Parse() errors are InvalidArgument "FILE:LINE:COLUMN: message", one line
// per broken line (an unknown parent, a phrase naming two concepts, an
// anchor WordNet lacks). Immutable after Parse(); thread-safe.
#ifndef CASUS_ENGINE_CONCEPTS_H_
#define CASUS_ENGINE_CONCEPTS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/lexicon.h"
#include "engine/rule_example.h"
#include "pipeline/document.h"
#include "pipeline/env.h"
#include "pipeline/rule_files.h"
#include "pipeline/strings.h"

namespace casus {

struct Concept {
  std::string id;     // snake_case, unique
  std::string label;  // what people read on the map
  int parent = -1;    // index into ConceptInventory::concepts()
  int depth = 0;      // 0 for a root
};

class ConceptInventory {
 public:
  struct Phrase {
    std::vector<std::string> words;  // lemmas
    int node = -1;
  };
  // A noun grounded through WordNet: its concept and how many hypernym
  // steps its first sense is from the anchor (0: the anchor itself).
  struct WordNetLink {
    int node = -1;
    int steps = 0;
  };

  static absl::StatusOr<std::unique_ptr<ConceptInventory>> Parse(const RuleFiles& files,
                                                                 const std::string& wordnet_dir,
                                                                 Env* env);

  const std::vector<Concept>& concepts() const { return concepts_; }
  // Index of concept `id`, or -1.
  int Find(std::string_view id) const;
  // True when concept a is b or lies below it.
  bool IsA(int a, int b) const;
  // Phrases by first lemma, longest first.
  const StringMap<std::vector<Phrase>>& phrases() const { return phrases_; }
  // WordNet's nouns below an anchor, by lemma.
  const StringMap<WordNetLink>& wordnet() const { return wordnet_; }
  // +1 for a word that states a rise ("rise", "grow", "more"), -1 for a fall
  // ("erosion", "fewer", "lack"), 0 otherwise.
  int DirectionOf(std::string_view lemma) const;
  // Every word DirectionOf() knows, with its direction.
  const StringMap<int>& directions() const { return direction_; }
  // A head that passes to its complement ("decision to", "level of").
  bool IsThrough(std::string_view lemma) const { return through_.contains(lemma); }
  // A determiner that makes a description point back to an earlier mention
  // ("these weapons", "the cuts").
  bool IsReferring(std::string_view lower) const { return refer_.contains(lower); }
  // What a pronoun standing alone as a cause or effect refers to
  // ("pronoun subject one: it" in grounding.txt): the nearest subject, or
  // the cause or effect of the claim of the sentence before; and the number
  // that phrase's head must have.
  enum class Number : uint8_t { kAny, kOne, kMany };
  enum class PronounTarget : uint8_t { kSubject, kCause, kEffect };
  struct PronounRule {
    PronounTarget target = PronounTarget::kSubject;
    Number number = Number::kAny;
  };
  // The rule of a lower-case pronoun, or nullptr.
  const PronounRule* PronounOf(std::string_view lower) const {
    auto it = pronouns_.find(lower);
    return it == pronouns_.end() ? nullptr : &it->second;
  }
  // The actor concept an entity of type t grounds to, or -1.
  int ActorOf(EntityType t) const { return actor_[static_cast<int>(t)]; }
  // True when concept c lies at or below the root of the hub concepts
  // ("hubs: actor" in grounding.txt): concepts a phrase grounds to only when
  // nothing else in it does, and that the report's graph leaves out ("a
  // state -> conflict" says little).
  bool IsHub(int c) const { return c >= 0 && hub_root_ >= 0 && IsA(c, hub_root_); }
  // "PHRASE => CONCEPT [up|down] [QUALIFIER ...]" lines.
  const std::vector<RuleExample>& examples() const { return examples_; }
  bool empty() const { return concepts_.empty(); }

 private:
  ConceptInventory() = default;
  absl::Status ParseConceptFile(const RuleFile& file, RuleErrors* errors);
  absl::Status ParseGroundingLine(const RuleFile& file, const RuleLine& line);
  // Anchors to synset offsets and the walk of every WordNet noun.
  absl::Status LoadWordNet(const std::string& dir, Env* env);

  std::vector<Concept> concepts_;
  StringMap<int> by_id_;
  StringMap<std::vector<Phrase>> phrases_;
  StringMap<std::string> phrase_origin_;  // joined phrase -> "FILE:LINE", for duplicates
  StringMap<WordNetLink> wordnet_;
  StringMap<int> direction_;
  StringSet through_;
  StringSet refer_;
  StringMap<PronounRule> pronouns_;
  int hub_root_ = -1;
  int actor_[16] = {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1};
  std::vector<RuleExample> examples_;
  // Unresolved references, checked once every file is read.
  struct Pending {
    std::string path;
    int line = 0, column = 0;
    std::string name;
    int node = -1;
  };
  std::vector<Pending> parents_;   // name = parent id
  std::vector<Pending> anchors_;   // name = LEMMA.n.NN
  std::vector<Pending> actors_;    // name = concept id, concept = entity type
  std::vector<Pending> hubs_;      // name = concept id (at most one)
};

}  // namespace casus

#endif  // CASUS_ENGINE_CONCEPTS_H_
