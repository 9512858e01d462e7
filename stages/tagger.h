// Tag stage: looks every token up in the shared Lexicon once
// (engine/word_table.h) and stores its WordId in Document::word_ids, so the entity and claim stages compare
// integers and class bits instead of strings; then gives each token a coarse
// part of speech in context (Document::pos).
//
// Parts of speech: closed classes from rules/lexicon/grammar.lex (det, prep,
// aux_be, modal ...) decide first; open-class words carry WordNet's noun,
// verb, adjective and adverb bits, and an ambiguous word is resolved by the
// words before it (after a determiner: noun or adjective; after a modal,
// infinitival "to" or "do": verb; after a pronoun: verb; after "be": -ing
// and participles are verbs ...). Unknown capitalized words inside a
// sentence are proper nouns; other unknown words nouns.
//
//   CASUS_ASSIGN_OR_RETURN(auto tagger, Tagger::Create(rules->lexicon(), rules->classes()));
//   tagger->Process(&doc);   // doc.word_ids, doc.pos: one per token
//
// Immutable after Create(); thread-safe.
#ifndef CASUS_STAGES_TAGGER_H_
#define CASUS_STAGES_TAGGER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/lexicon.h"
#include "engine/word_classes.h"
#include "engine/word_table.h"
#include "pipeline/stage.h"

namespace casus {

class Tagger : public Stage {
 public:
  // REQUIRES: lexicon != nullptr; `classes` resolved in it.
  static absl::StatusOr<std::unique_ptr<Tagger>> Create(std::shared_ptr<const Lexicon> lexicon,
                                                        const WordClasses& classes);

  std::string_view Name() const override { return "tag"; }
  // Replaces doc->word_ids and doc->pos. Never fails.
  // REQUIRES: tokens and sentences filled.
  absl::Status Process(Document* doc) const override;

  // The WordId of one token's text.
  WordId Lookup(std::string_view token_text) const;
  const Lexicon& lexicon() const { return *lexicon_; }

  struct Ctx;

 private:
  Tagger(std::shared_ptr<const Lexicon> lexicon, const WordClasses& classes);
  // By WordId: closed-class mask in the low half, PosBit set in the high
  // half, so a word costs one load; the word table carries it per slot.
  static std::vector<uint32_t> Info(const Lexicon& lexicon, const WordClasses& classes);

  // The tag of token c.i in its context (c.prev: the previous token's tag;
  // c.prev2: the last tag that was not an adverb; c.clause_verb: a finite
  // verb was seen in the current clause). Fills c.w, c.bits, c.text.
  Pos TagOne(Ctx& c) const;
  // Closed-class words, a few decided by context; nullopt for open-class
  // words.
  std::optional<Pos> TagClosed(const Ctx& c) const;
  // "that": complementizer, relative pronoun or determiner.
  Pos TagThat(const Ctx& c) const;
  // "since", "after", "as": a clause follows a conjunction, a noun phrase a
  // preposition.
  Pos TagPrepOrSconj(const Ctx& c) const;
  // Open-class words: WordNet's bits resolved by the words before.
  Pos TagOpen(const Ctx& c) const;
  // After a noun: compound noun or the clause's verb; nullopt: undecided.
  std::optional<Pos> TagAfterNominal(const Ctx& c) const;
  // The tag of a verb-tagged word i right after a hyphen: the second part
  // of a compound after a noun, adjective or adverb of three letters or
  // more is a noun, or an adjective before a noun ("decision-making",
  // "state-owned firms"); otherwise kVerb ("re-elected").
  Pos CompoundPart(const Document& doc, const uint32_t* info, uint32_t i) const;

  // Closed classes of grammar.lex, as bits of a per-word mask.
  enum : uint16_t {
    kDet = 1 << 0, kPossDet = 1 << 1, kQuant = 1 << 2, kPron = 1 << 3,
    kPrep = 1 << 4, kCconj = 1 << 5, kSconj = 1 << 6, kAuxBe = 1 << 7,
    kAuxHave = 1 << 8, kAuxDo = 1 << 9, kModal = 1 << 10, kNeg = 1 << 11,
    kTo = 1 << 12, kRelPron = 1 << 13,
  };
  // On an info value: whether the word is in one of the closed classes
  // `bits`; its lexicon PosBit set.
  static bool Has(uint32_t info, uint16_t bits) { return (info & bits) != 0; }
  static uint32_t Bits(uint32_t info) { return info >> 16; }

  std::shared_ptr<const Lexicon> lexicon_;
  int demonstrative_ = -1;  // @demonstrative
  WordTable table_;
  // "that" and "what", decided by their text: their ids test first, so
  // other tokens skip the string compares.
  WordId that_id_ = kUnknownWord, what_id_ = kUnknownWord;
};

}  // namespace casus

#endif  // CASUS_STAGES_TAGGER_H_
