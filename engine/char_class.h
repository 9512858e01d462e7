// Character classes of the tokenizer: an ASCII table and ICU's general
// categories for other code points, plus the shape bits of ASCII bytes.
// Internal to the engine's scanner (engine/scanner.cc) and its tests.
//
//   uint8_t k = c < 0x80 ? chars::kAscii[c] : chars::ClassifyNonAscii(cp);
//
// Pure data and functions; thread-safe.
#ifndef CASUS_ENGINE_CHAR_CLASS_H_
#define CASUS_ENGINE_CHAR_CLASS_H_

#include <array>
#include <cstdint>

namespace casus::chars {

// Character classes. ASCII uses a table; other code points ICU properties.
enum CharClass : uint8_t {
  kSpace,
  kNewline,
  kUpper,
  kLower,
  kLetter,  // letter without case, or a combining mark
  kDigit,
  kJoiner,  // format character inside words (ZWNJ, ZWJ, soft hyphen)
  kApos,    // ' and ’
  kHyphenC, // - U+2010 U+2011
  kEnDash,  // U+2013: a hyphen between word parts, a dash otherwise
  kDashC,   // U+2012 U+2014 U+2015 U+2212
  kPeriod,
  kFinal,    // ! ? U+2026 (…) and other sentence terminals
  kOpen,     // ( [ { U+2018 U+201C « and other Ps/Pi
  kClose,    // ) ] } U+201D » and other Pe/Pf
  kQuote,    // " (direction from context)
  kPunctC,   // , ; : and other punctuation
  kSymbolC,  // everything else
};

constexpr std::array<uint8_t, 128> MakeAsciiTable() {
  std::array<uint8_t, 128> t{};
  for (int c = 0; c < 128; ++c) {
    uint8_t k = kSymbolC;
    if (c == '\n' || c == '\v' || c == '\f') k = kNewline;
    else if (c == ' ' || c == '\t' || c == '\r') k = kSpace;
    else if (c < 0x20) k = kSpace;  // other controls, NUL, U+001A
    else if (c == 0x7F) k = kSpace;
    else if (c >= 'A' && c <= 'Z') k = kUpper;
    else if (c >= 'a' && c <= 'z') k = kLower;
    else if (c >= '0' && c <= '9') k = kDigit;
    else if (c == '_') k = kLower;  // joins words ("hr_azizi")
    else if (c == '\'') k = kApos;
    else if (c == '-') k = kHyphenC;
    else if (c == '.') k = kPeriod;
    else if (c == '!' || c == '?') k = kFinal;
    else if (c == '(' || c == '[' || c == '{') k = kOpen;
    else if (c == ')' || c == ']' || c == '}') k = kClose;
    else if (c == '"') k = kQuote;
    else if (c == ',' || c == ';' || c == ':') k = kPunctC;
    t[c] = k;
  }
  return t;
}
inline constexpr std::array<uint8_t, 128> kAscii = MakeAsciiTable();

// Shape bits of ASCII bytes, for ShapeFlags' fast path.
inline constexpr uint8_t kBitUpper = 1, kBitLower = 2, kBitDigit = 4;
constexpr std::array<uint8_t, 128> MakeShapeTable() {
  std::array<uint8_t, 128> t{};
  for (int c = 0; c < 128; ++c) {
    if (c >= 'A' && c <= 'Z') t[c] = kBitUpper;
    else if (c >= 'a' && c <= 'z') t[c] = kBitLower;
    else if (c >= '0' && c <= '9') t[c] = kBitDigit;
  }
  return t;
}
inline constexpr std::array<uint8_t, 128> kShapeBits = MakeShapeTable();

// The class of a code point at or above U+0080 (ICU general category, with
// the typographic apostrophe, hyphens, dashes and terminals singled out).
CharClass ClassifyNonAscii(char32_t cp);

inline bool IsWordClass(uint8_t k) {
  return k == kUpper || k == kLower || k == kLetter || k == kDigit;
}
inline bool IsAsciiAlpha(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }

}  // namespace casus::chars

#endif  // CASUS_ENGINE_CHAR_CLASS_H_
