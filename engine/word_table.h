// WordTable: the lexicon's WordId of every document token, fast. Short ASCII
// words (most tokens) are lower-cased 16 bytes at a time (SSE2 where the
// build has it; a byte loop otherwise, the portable path) and looked up in an
// open-addressing table of their 16-byte keys, one cache line per probe, in
// blocks of 32 tokens with the home slots prefetched; other words go through
// the lexicon's string map. Each slot carries a caller's 32-bit value per
// word (the tagger's closed-class mask and part-of-speech bits), so a
// lookup also yields it.
//
//   WordTable table(lexicon, info_by_word_id);
//   std::vector<uint32_t> info;
//   table.LookupAll(&doc, &info);   // doc.word_ids and info, one per token
//
// Both paths give the same ids (tests/word_table_test.cc checks every offset
// of a text, built once with SSE2 and once portable). Immutable after
// construction; thread-safe.
#ifndef CASUS_ENGINE_WORD_TABLE_H_
#define CASUS_ENGINE_WORD_TABLE_H_

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "engine/lexicon.h"
#include "pipeline/document.h"

namespace casus {

class WordTable {
 public:
  // `info`: a value per WordId of `lexicon` (info.size() == lexicon->size()).
  WordTable(std::shared_ptr<const Lexicon> lexicon, std::vector<uint32_t> info);

  // The WordId of one token's text (any case), or kUnknownWord.
  WordId Lookup(std::string_view token_text) const;
  // Fills doc->word_ids and (*info)[i] = the value of the token's word (0
  // for unknown words). URLs, e-mail addresses and symbols are unknown.
  void LookupAll(Document* doc, std::vector<uint32_t>* info) const;
  // True when this build lower-cases short words with SSE2.
  static bool Vectorized();

 private:
  struct ShortSlot {
    uint64_t k0 = 0, k1 = 0;
    WordId id = kUnknownWord;  // kUnknownWord: empty
    uint32_t info = 0;         // info_[id], kept here to save a cache miss
  };
  // The key of text[begin, end) when the word is ASCII, at most 16 bytes,
  // and 16 bytes from begin lie inside the text: lower-cased and
  // zero-padded into k0, k1 (the vector path; false otherwise).
  static bool ShortKey(std::string_view text, uint32_t begin, uint32_t end, uint64_t* k0,
                       uint64_t* k1);
  // A short word's slot from its key (an empty slot when unknown).
  const ShortSlot& LookupShort(uint64_t k0, uint64_t k1) const;

  std::shared_ptr<const Lexicon> lexicon_;
  std::vector<uint32_t> info_;     // by WordId
  std::vector<ShortSlot> short_;   // power-of-two size; linear probing
  int short_shift_ = 0;            // hash >> short_shift_: home slot
};

}  // namespace casus

#endif  // CASUS_ENGINE_WORD_TABLE_H_
