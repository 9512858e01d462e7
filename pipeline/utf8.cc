#include "pipeline/utf8.h"

#include <algorithm>
#include <cstring>

namespace casus {
namespace {

inline bool IsCont(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the well-formed sequence starting at p (Unicode Table 3-7), or 0.
inline int WellFormedLength(const unsigned char* p, const unsigned char* end) {
  unsigned char c = p[0];
  size_t avail = static_cast<size_t>(end - p);
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;  // stray continuation or overlong lead C0/C1
  if (c < 0xE0) return (avail >= 2 && IsCont(p[1])) ? 2 : 0;
  if (c < 0xF0) {
    if (avail < 3) return 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;  // overlong
    if (c == 0xED) hi = 0x9F;  // surrogates
    if (p[1] < lo || p[1] > hi || !IsCont(p[2])) return 0;
    return 3;
  }
  if (c < 0xF5) {
    if (avail < 4) return 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xF0) lo = 0x90;  // overlong
    if (c == 0xF4) hi = 0x8F;  // above U+10FFFF
    if (p[1] < lo || p[1] > hi || !IsCont(p[2]) || !IsCont(p[3])) return 0;
    return 4;
  }
  return 0;
}

inline size_t AsciiPrefix(const unsigned char* p, size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ULL) break;
  }
  while (i < n && p[i] < 0x80) ++i;
  return i;
}

}  // namespace

size_t SanitizeUtf8(std::string* text) {
  auto* p = reinterpret_cast<unsigned char*>(text->data());
  const size_t n = text->size();
  const unsigned char* end = p + n;
  size_t replaced = 0;
  size_t i = AsciiPrefix(p, n);
  while (i < n) {
    if (p[i] < 0x80) {
      i += AsciiPrefix(p + i, n - i);
      continue;
    }
    int len = WellFormedLength(p + i, end);
    if (len == 0) {
      p[i] = static_cast<unsigned char>(kReplacementByte);
      ++replaced;
      ++i;
    } else {
      i += len;
    }
  }
  return replaced;
}

size_t RepairUtf8(std::string* text) {
  if (IsValidUtf8(*text)) return 0;
  const auto* p = reinterpret_cast<const unsigned char*>(text->data());
  const size_t n = text->size();
  std::string out;
  out.reserve(n + n / 8);
  size_t replaced = 0;
  size_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      size_t run = AsciiPrefix(p + i, n - i);
      out.append(text->data() + i, run);
      i += run;
      continue;
    }
    int len = WellFormedLength(p + i, p + n);
    if (len == 0) {
      out.append("\xEF\xBF\xBD");
      ++replaced;
      ++i;
    } else {
      out.append(text->data() + i, static_cast<size_t>(len));
      i += static_cast<size_t>(len);
    }
  }
  *text = std::move(out);
  return replaced;
}

bool IsValidUtf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      i += AsciiPrefix(p + i, n - i);
      continue;
    }
    int len = WellFormedLength(p + i, p + n);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

bool IsAscii(std::string_view text) {
  return AsciiPrefix(reinterpret_cast<const unsigned char*>(text.data()),
                     text.size()) == text.size();
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t CountCodePoints(std::string_view text) {
  size_t n = 0;
  for (unsigned char c : text) n += !IsCont(c);
  return n;
}

CodePointIndex::CodePointIndex(std::string_view text)
    : text_(text), ascii_(IsAscii(text)) {
  if (ascii_) {
    total_ = static_cast<uint32_t>(text.size());
    return;
  }
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  cp_before_block_.reserve(text.size() / kBlock + 1);
  uint32_t count = 0;
  size_t i = 0;
  static_assert(kBlock % 8 == 0);
  // Whole blocks eight bytes a step: a byte is a continuation byte when its
  // top bit is set and the next bit is not (bit 6 moved onto bit 7 by the
  // shift stays inside its byte).
  for (; i + kBlock <= text.size(); i += kBlock) {
    cp_before_block_.push_back(count);
    for (size_t k = i; k < i + kBlock; k += 8) {
      uint64_t w;
      std::memcpy(&w, p + k, 8);
      count += 8 - static_cast<uint32_t>(
                       __builtin_popcountll(w & ~(w << 1) & 0x8080808080808080ULL));
    }
  }
  for (; i < text.size(); ++i) {
    if (i % kBlock == 0) cp_before_block_.push_back(count);
    count += !IsCont(p[i]);
  }
  total_ = count;
}

uint32_t CodePointIndex::ToCodePoint(uint32_t byte) const {
  if (ascii_) return byte;
  if (byte >= text_.size()) return total_;
  const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
  uint32_t block = byte / kBlock;
  uint32_t cp = cp_before_block_[block];
  for (uint32_t i = block * kBlock; i < byte; ++i) cp += !IsCont(p[i]);
  // A byte in the middle of a sequence belongs to the code point before it.
  if (IsCont(p[byte]) && cp > 0) --cp;
  return cp;
}

uint32_t CodePointIndex::ToByte(uint32_t cp) const {
  if (cp > total_) return UINT32_MAX;
  if (ascii_) return cp;
  if (cp == total_) return static_cast<uint32_t>(text_.size());
  // Last block whose start has at most cp code points before it.
  auto it = std::upper_bound(cp_before_block_.begin(), cp_before_block_.end(),
                             cp);
  uint32_t block = static_cast<uint32_t>(it - cp_before_block_.begin()) - 1;
  const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
  uint32_t count = cp_before_block_[block];
  uint32_t i = block * kBlock;
  // Skip continuation bytes at the block start: they belong to an earlier
  // code point already counted.
  while (i < text_.size() && IsCont(p[i])) ++i;
  while (i < text_.size()) {
    if (count == cp) return i;
    ++i;
    while (i < text_.size() && IsCont(p[i])) ++i;
    ++count;
  }
  return static_cast<uint32_t>(text_.size());
}

}  // namespace casus
