// UTF-8 utilities: validation with replacement, decoding, and the byte <->
// code point offset map that output and gold reading use.
//
// A document's invalid bytes become U+FFFD one for one (RepairUtf8), so each
// invalid byte counts as one code point: the code point offsets Python gives
// for `bytes.decode("utf-8", errors="surrogateescape")`. SanitizeUtf8 keeps
// byte offsets instead (one kReplacementByte per bad byte), for messages
// that point into a file.
//
//   size_t bad = RepairUtf8(&text);        // text is now valid UTF-8
//   CodePointIndex index(text);
//   uint32_t cp = index.ToCodePoint(byte_offset);
#ifndef CASUS_PIPELINE_UTF8_H_
#define CASUS_PIPELINE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace casus {

inline constexpr char kReplacementByte = '\x1A';

// Replaces every byte that is not part of a well-formed UTF-8 sequence
// (overlong forms, surrogates, code points above U+10FFFF, truncated or stray
// continuation bytes) with kReplacementByte. Returns how many were replaced.
size_t SanitizeUtf8(std::string* text);

// Replaces every byte that is not part of a well-formed UTF-8 sequence with
// U+FFFD (three bytes), leaving everything else, U+001A included, as it was.
// Returns how many bytes were replaced.
size_t RepairUtf8(std::string* text);

// True when `text` is well-formed UTF-8.
bool IsValidUtf8(std::string_view text);

// True when every byte is < 0x80.
bool IsAscii(std::string_view text);

// Decodes the code point starting at text[i] and stores its byte length in
// *len. REQUIRES: text is valid UTF-8 (as after SanitizeUtf8), i < size.
inline char32_t DecodeUtf8At(std::string_view text, size_t i, int* len) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + i;
  unsigned char c = p[0];
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  if (c < 0xE0) {
    *len = 2;
    return ((c & 0x1F) << 6) | (p[1] & 0x3F);
  }
  if (c < 0xF0) {
    *len = 3;
    return ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  }
  *len = 4;
  return ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) |
         (p[3] & 0x3F);
}

// Appends the UTF-8 encoding of cp to *out.
void AppendUtf8(char32_t cp, std::string* out);

// Number of code points in valid (sanitized) UTF-8 text.
size_t CountCodePoints(std::string_view text);

// Maps byte offsets to code point offsets and back in O(1) amortized time
// with 1/16 of the text's size in memory (identity for ASCII text).
// The text must outlive the index. Thread-compatible (const methods safe).
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);

  // REQUIRES: byte <= text.size(). A byte inside a multi-byte sequence maps
  // to the code point that contains it.
  uint32_t ToCodePoint(uint32_t byte) const;
  // Byte offset of code point `cp`; cp == number of code points gives
  // text.size(). Returns UINT32_MAX when cp is beyond the end.
  uint32_t ToByte(uint32_t cp) const;
  uint32_t size_in_code_points() const { return total_; }

 private:
  static constexpr uint32_t kBlock = 64;
  std::string_view text_;
  bool ascii_;
  uint32_t total_ = 0;
  std::vector<uint32_t> cp_before_block_;  // code points before byte kBlock*k
};

}  // namespace casus

#endif  // CASUS_PIPELINE_UTF8_H_
