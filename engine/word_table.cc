#include "engine/word_table.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__) && !defined(CASUS_PORTABLE)
#define CASUS_WORD_TABLE_SSE2 1
#include <emmintrin.h>
#endif

namespace casus {
namespace {

// Hash of a short word's two key words.
inline uint64_t ShortHash(uint64_t k0, uint64_t k1) {
  return (k0 ^ (k1 * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull;
}

}  // namespace

WordTable::WordTable(std::shared_ptr<const Lexicon> lexicon, std::vector<uint32_t> info)
    : lexicon_(std::move(lexicon)), info_(std::move(info)) {
  const Lexicon& l = *lexicon_;
  // Every ASCII word of at most 16 bytes, by its zero-padded bytes, in an
  // open-addressing table at most 5/8 full: one probe is one cache line,
  // where the lexicon's string map costs two or three for a rare word.
  size_t capacity = 1024;
  while (capacity * 5 < l.size() * 8) capacity *= 2;
  short_.assign(capacity, ShortSlot{});
  short_shift_ = 64 - __builtin_ctzll(capacity);
  for (WordId w = 1; w < l.size(); ++w) {
    const std::string& word = l.Word(w);
    if (word.empty() || word.size() > 16) continue;
    bool ascii = true;
    for (char c : word) ascii &= static_cast<unsigned char>(c) < 0x80 && c != 0;
    if (!ascii) continue;
    uint64_t k[2] = {0, 0};
    std::memcpy(k, word.data(), word.size());
    size_t i = ShortHash(k[0], k[1]) >> short_shift_;
    while (short_[i].id != kUnknownWord) i = (i + 1) & (capacity - 1);
    short_[i] = {k[0], k[1], w, info_[w]};
  }
}

bool WordTable::Vectorized() {
#if defined(CASUS_WORD_TABLE_SSE2)
  return true;
#else
  return false;
#endif
}

WordId WordTable::Lookup(std::string_view text) const {
  // ASCII fast path: lower-case into a stack buffer.
  char buf[64];
  if (text.size() <= sizeof buf) {
    bool ascii = true;
    for (size_t i = 0; i < text.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      if (c >= 0x80 || c == 0) {  // zero pads the short keys
        ascii = false;
        break;
      }
      buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32)
                                      : static_cast<char>(c);
    }
    if (ascii) {
      if (text.size() > 16) return lexicon_->Find(std::string_view(buf, text.size()));
      uint64_t k[2] = {0, 0};
      std::memcpy(k, buf, text.size());
      return LookupShort(k[0], k[1]).id;
    }
  }
  return lexicon_->Find(LowerWord(text));
}

const WordTable::ShortSlot& WordTable::LookupShort(uint64_t k0, uint64_t k1) const {
  const size_t mask = short_.size() - 1;
  for (size_t i = ShortHash(k0, k1) >> short_shift_;; i = (i + 1) & mask) {
    const ShortSlot& slot = short_[i];
    // An empty slot ends the probe and stands for an unknown word.
    if ((slot.k0 == k0 && slot.k1 == k1) || slot.id == kUnknownWord) return slot;
  }
}

bool WordTable::ShortKey(std::string_view text, uint32_t begin, uint32_t end, uint64_t* k0,
                      uint64_t* k1) {
#if defined(CASUS_WORD_TABLE_SSE2)
  // Sixteen bytes at once when they lie inside the text: lower-case the
  // ASCII letters and zero the bytes past the word. The same key as
  // Lookup's byte loop.
  const size_t n = end - begin;
  if (n <= 16 && begin + 16 <= text.size()) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + begin));
    const __m128i lane = _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    __m128i inside = _mm_cmplt_epi8(lane, _mm_set1_epi8(static_cast<char>(n)));
    __m128i zero = _mm_and_si128(_mm_cmpeq_epi8(v, _mm_setzero_si128()), inside);
    v = _mm_and_si128(v, inside);
    // No byte >= 0x80 and no zero byte (zeros pad the keys) in the word.
    if (_mm_movemask_epi8(_mm_or_si128(v, zero)) == 0) {
      // 'A' <= c <= 'Z' as a signed compare of c - 'A' - 128 < 26 - 128.
      __m128i upper = _mm_cmplt_epi8(
          _mm_add_epi8(_mm_sub_epi8(v, _mm_set1_epi8('A')), _mm_set1_epi8(-128)),
          _mm_set1_epi8(-128 + 26));
      v = _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
      alignas(16) uint64_t k[2];
      _mm_store_si128(reinterpret_cast<__m128i*>(k), v);
      *k0 = k[0];
      *k1 = k[1];
      return true;
    }
  }
#endif
  (void)text, (void)begin, (void)end, (void)k0, (void)k1;
  return false;
}

void WordTable::LookupAll(Document* doc, std::vector<uint32_t>* info) const {
  // In blocks: the keys of a block first, each home slot prefetched, then
  // the probes, so the table's cache misses overlap instead of queueing.
  constexpr uint32_t kBlock = 32;
  const uint32_t n = static_cast<uint32_t>(doc->tokens.size());
  doc->word_ids.resize(n);
  info->resize(n);
  uint64_t keys[kBlock][2];
  bool fast[kBlock];
  for (uint32_t base = 0; base < n; base += kBlock) {
    const uint32_t m = std::min(kBlock, n - base);
    for (uint32_t j = 0; j < m; ++j) {
      const Token& t = doc->tokens[base + j];
      fast[j] = t.kind != TokenKind::kUrl && t.kind != TokenKind::kEmail &&
                t.kind != TokenKind::kSymbol &&
                ShortKey(doc->text, t.begin, t.end, &keys[j][0], &keys[j][1]);
      if (fast[j]) {
        __builtin_prefetch(&short_[ShortHash(keys[j][0], keys[j][1]) >> short_shift_]);
      }
    }
    for (uint32_t j = 0; j < m; ++j) {
      const Token& t = doc->tokens[base + j];
      WordId id = kUnknownWord;
      uint32_t word_info = 0;
      if (fast[j]) {
        const ShortSlot& slot = LookupShort(keys[j][0], keys[j][1]);
        id = slot.id;
        word_info = slot.info;
      } else if (t.kind != TokenKind::kUrl && t.kind != TokenKind::kEmail &&
                 t.kind != TokenKind::kSymbol) {
        id = Lookup(doc->Text(t.span()));
        word_info = id < info_.size() ? info_[id] : 0;
      }
      doc->word_ids[base + j] = id;
      (*info)[base + j] = word_info;
    }
  }
}

}  // namespace casus
