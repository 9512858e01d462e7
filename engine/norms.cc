#include "engine/norms.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "pipeline/utf8.h"

namespace casus {

std::string AsciiFold(std::string_view text) {
  bool ascii = true;
  for (unsigned char c : text) ascii &= c < 0x80;
  if (ascii) return std::string(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString decomposed =
      U_SUCCESS(status) ? nfd->normalize(in, status) : in;
  std::string out;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 cp = decomposed.char32At(i);
    i += U16_LENGTH(cp);
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
      continue;
    }
    if (u_getCombiningClass(cp) != 0 || u_charType(cp) == U_NON_SPACING_MARK) {
      continue;
    }
    switch (cp) {
      case 0xF8: out += "o"; break;   // ø
      case 0xD8: out += "O"; break;
      case 0xDF: out += "ss"; break;  // ß
      case 0x142: out += "l"; break;  // ł
      case 0x141: out += "L"; break;
      case 0x111: out += "d"; break;  // đ
      case 0x110: out += "D"; break;
      case 0xE6: out += "ae"; break;  // æ
      case 0xC6: out += "AE"; break;
      case 0x153: out += "oe"; break;  // œ
      case 0x152: out += "OE"; break;
      case 0x131: out += "i"; break;  // ı
      case 0xFE: out += "th"; break;  // þ
      case 0xDE: out += "TH"; break;
      case 0x2019: case 0x2018: out += "'"; break;
      case 0x2013: case 0x2014: case 0x2010: case 0x2011: out += "-"; break;
      default: break;  // other scripts: dropped
    }
  }
  return out;
}

std::string SnakeCase(std::string_view text) {
  std::string folded = AsciiFold(text);
  std::string out;
  bool sep = false;
  for (char c : folded) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c + 32);
      alnum = true;
    }
    if (c == '\'') continue;  // "Xi'an" -> "xian", "O'Brien" -> "obrien"
    if (alnum) {
      if (sep && !out.empty()) out.push_back('_');
      out.push_back(c);
      sep = false;
    } else {
      sep = true;
    }
  }
  return out;
}

}  // namespace casus
