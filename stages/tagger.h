// Tag stage: looks every token up in the shared Lexicon once and stores its
// WordId in Document::word_ids, so the entity and claim stages compare
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
//   CASUS_ASSIGN_OR_RETURN(auto tagger, Tagger::Create(lexicon));
//   tagger->Process(&doc);   // doc.word_ids.size() == doc.tokens.size()
//
// Immutable after Create(); thread-safe.
#ifndef CASUS_STAGES_TAGGER_H_
#define CASUS_STAGES_TAGGER_H_

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "pipeline/stage.h"
#include "stages/lexicon.h"

namespace casus {

class Tagger : public Stage {
 public:
  // REQUIRES: lexicon != nullptr.
  static absl::StatusOr<std::unique_ptr<Tagger>> Create(
      std::shared_ptr<const Lexicon> lexicon);

  std::string_view Name() const override { return "tag"; }
  // Replaces doc->word_ids. Never fails. REQUIRES: tokens filled.
  absl::Status Process(Document* doc) const override;

  // The WordId of one token's text.
  WordId Lookup(std::string_view token_text) const;
  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  explicit Tagger(std::shared_ptr<const Lexicon> lexicon);
  // prev: the previous token's tag; prev2: the last tag that was not an
  // adverb; clause_verb: a finite verb was seen in the current clause.
  // info: Has()/Bits() values by token.
  Pos TagOne(const Document& doc, const uint32_t* info, uint32_t i, bool sentence_start,
             Pos prev, Pos prev2, bool clause_verb) const;
  // The key of text[begin, end) for the short-word table when the word is
  // ASCII, at most 16 bytes, and 16 bytes from begin lie inside the text:
  // lower-cased and zero-padded into k0, k1.
  static bool ShortKey(std::string_view text, uint32_t begin, uint32_t end, uint64_t* k0,
                       uint64_t* k1);
  struct ShortSlot {
    uint64_t k0 = 0, k1 = 0;
    WordId id = kUnknownWord;  // kUnknownWord: empty
    uint32_t info = 0;         // info_[id], kept here to save a cache miss
  };
  // A short word's slot from its key (an empty slot when unknown).
  const ShortSlot& LookupShort(uint64_t k0, uint64_t k1) const;
  // Fills doc->word_ids, and (*info)[i] = info_[doc->word_ids[i]].
  void LookupAll(Document* doc, std::vector<uint32_t>* info) const;
  std::shared_ptr<const Lexicon> lexicon_;
  std::vector<ShortSlot> short_;  // power-of-two size; linear probing
  int short_shift_ = 0;           // hash >> short_shift_: home slot
  // Closed classes of grammar.lex, as bits of a per-word mask.
  enum : uint16_t {
    kDet = 1 << 0, kPossDet = 1 << 1, kQuant = 1 << 2, kPron = 1 << 3,
    kPrep = 1 << 4, kCconj = 1 << 5, kSconj = 1 << 6, kAuxBe = 1 << 7,
    kAuxHave = 1 << 8, kAuxDo = 1 << 9, kModal = 1 << 10, kNeg = 1 << 11,
    kTo = 1 << 12, kRelPron = 1 << 13,
  };
  // On an info value (info_[w]): whether the word is in one of the closed
  // classes `bits`; its lexicon PosBit set.
  static bool Has(uint32_t info, uint16_t bits) { return (info & bits) != 0; }
  static uint32_t Bits(uint32_t info) { return info >> 16; }
  // By WordId: closed-class mask in the low half, PosBit set in the high
  // half, so a word costs one load (one cache miss for a rare word, not
  // two); words interned later have none.
  std::vector<uint32_t> info_;
};

}  // namespace casus

#endif  // CASUS_STAGES_TAGGER_H_
