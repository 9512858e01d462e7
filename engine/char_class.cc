#include "engine/char_class.h"

#include <unicode/uchar.h>

namespace casus::chars {

CharClass ClassifyNonAscii(char32_t cp) {
  switch (cp) {
    case 0x2019: return kApos;
    case 0x2010: case 0x2011: return kHyphenC;
    case 0x2013: return kEnDash;
    case 0x2012: case 0x2014: case 0x2015: case 0x2212: return kDashC;
    case 0x2026: case 0x3002: case 0xFF01: case 0xFF1F: case 0x061F:
      return kFinal;
    case 0x0085: case 0x2028: case 0x2029: return kNewline;
    case 0x200C: case 0x200D: case 0x00AD: return kJoiner;
    default: break;
  }
  switch (u_charType(cp)) {
    case U_UPPERCASE_LETTER:
    case U_TITLECASE_LETTER:
      return kUpper;
    case U_LOWERCASE_LETTER:
      return kLower;
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
      return kLetter;
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return kDigit;
    case U_SPACE_SEPARATOR:
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:  // BOM, zero-width space: invisible separators
      return kSpace;
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
      return kNewline;
    case U_DASH_PUNCTUATION:
      return kDashC;
    case U_START_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
      return kOpen;
    case U_END_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return kClose;
    case U_OTHER_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
      return kPunctC;
    default:
      return kSymbolC;
  }
}

}  // namespace casus::chars
