// WordBits: a set of WordIds as one bit per id in 64-bit words. A test is a
// bounds check, a shift and a mask, and the set stays small enough for the
// first-level cache; std::vector<bool> cost several times the instructions
// per test on the hot paths (gazetteer starts, normalizer key filters:
// about 1% of the pipeline).
//
//   WordBits starts;
//   starts.Set(w);
//   if (!starts.Test(doc.word_ids[i])) continue;
//
// Ids past the largest one set test false. Not thread-safe while being set;
// read-only use is.
#ifndef CASUS_ENGINE_WORD_BITS_H_
#define CASUS_ENGINE_WORD_BITS_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "engine/lexicon.h"

namespace casus {

class WordBits {
 public:
  void Set(WordId w) {
    if (w >= size_) {
      size_ = static_cast<size_t>(w) + 1;
      bits_.resize((size_ + 63) / 64, 0);
    }
    bits_[w >> 6] |= uint64_t{1} << (w & 63);
  }
  bool Test(WordId w) const { return w < size_ && ((bits_[w >> 6] >> (w & 63)) & 1); }

 private:
  std::vector<uint64_t> bits_;
  size_t size_ = 0;  // one past the largest id set
};

}  // namespace casus

#endif  // CASUS_ENGINE_WORD_BITS_H_
