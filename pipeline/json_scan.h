// The one byte search JSON strings need, reading and writing: where the next
// byte that cannot stand for itself inside a JSON string is ('"', '\\' or a
// control byte below 0x20). Reading a JSON Lines record and writing output
// both copy the runs between such bytes whole; on prose they are the whole
// string.
//
//   size_t stop = JsonStringStop(s, i);   // s.size() when there is none
//
// Sixteen bytes a step with SSE2; byte by byte with CASUS_PORTABLE or
// without SSE2 (tests/CMakeLists.txt builds the test both ways).
#ifndef CASUS_PIPELINE_JSON_SCAN_H_
#define CASUS_PIPELINE_JSON_SCAN_H_

#include <cstddef>
#include <string_view>

#if defined(__SSE2__) && !defined(CASUS_PORTABLE)
#include <emmintrin.h>
#endif

namespace casus {

// True for the bytes a JSON string must escape ('"', '\\', below 0x20).
inline bool JsonStringSpecial(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

// The first position at or after `from` holding a byte JsonStringSpecial
// accepts; s.size() when there is none (also when from >= s.size()).
inline size_t JsonStringStop(std::string_view s, size_t from) {
  size_t i = from;
  const size_t n = s.size();
#if defined(__SSE2__) && !defined(CASUS_PORTABLE)
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i control_max = _mm_set1_epi8(0x1F);
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    // v <= 0x1F (unsigned) exactly when min(v, 0x1F) == v.
    const __m128i hit = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
        _mm_cmpeq_epi8(_mm_min_epu8(v, control_max), v));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hit));
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(mask));
  }
#endif
  for (; i < n; ++i) {
    if (JsonStringSpecial(static_cast<unsigned char>(s[i]))) return i;
  }
  return n;
}

}  // namespace casus

#endif  // CASUS_PIPELINE_JSON_SCAN_H_
