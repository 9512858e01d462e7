#include "pipeline/utf8.h"

#include <string>

#include "gtest/gtest.h"
#include "pipeline/document.h"
#include "pipeline/json_output.h"

namespace casus {
namespace {

struct SanitizeCase {
  std::string in;
  std::string out;
  size_t replaced;
};

TEST(SanitizeUtf8, ReplacesEachInvalidByteOneForOne) {
  const SanitizeCase cases[] = {
      {"plain ASCII", "plain ASCII", 0},
      {"Erdo\xC4\x9F" "an", "Erdo\xC4\x9F" "an", 0},             // valid 2-byte
      {"a\xFF" "b", "a\x1A" "b", 1},                             // never valid
      {"\xC0\xAF", "\x1A\x1A", 2},                               // overlong '/'
      {"\xE0\x80\xAF", "\x1A\x1A\x1A", 3},                       // overlong 3-byte
      {"\xED\xA0\x80", "\x1A\x1A\x1A", 3},                       // lone surrogate
      {"\xF4\x90\x80\x80", "\x1A\x1A\x1A\x1A", 4},               // > U+10FFFF
      {"ab\xE2\x80", "ab\x1A\x1A", 2},                           // truncated
      {"\x80x", "\x1Ax", 1},                                     // stray continuation
      {"\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80", 0},               // emoji
      {std::string("a\0b", 3), std::string("a\0b", 3), 0},       // NUL is valid
  };
  for (const auto& c : cases) {
    std::string s = c.in;
    EXPECT_EQ(SanitizeUtf8(&s), c.replaced) << c.in;
    EXPECT_EQ(s, c.out);
    EXPECT_TRUE(IsValidUtf8(s));
  }
}

TEST(CodePointIndex, MapsBothWays) {
  // "Iran’s" has a 3-byte apostrophe: bytes 0-3 "Iran", 4-6 ’, 7 s.
  std::string text = "Iran\xE2\x80\x99s Erdo\xC4\x9F" "an";
  CodePointIndex index(text);
  EXPECT_EQ(index.ToCodePoint(0), 0u);
  EXPECT_EQ(index.ToCodePoint(4), 4u);
  EXPECT_EQ(index.ToCodePoint(7), 5u);
  EXPECT_EQ(index.ToCodePoint(text.size()), 14u);
  EXPECT_EQ(index.size_in_code_points(), 14u);
  for (uint32_t cp = 0; cp <= 14; ++cp) {
    EXPECT_EQ(index.ToCodePoint(index.ToByte(cp)), cp);
  }
  EXPECT_EQ(index.ToByte(15), UINT32_MAX);
}

TEST(CodePointIndex, LongTextCrossesBlocks) {
  std::string text;
  for (int i = 0; i < 500; ++i) text += (i % 3 == 0) ? "\xC3\xA9" : "a";
  CodePointIndex index(text);
  uint32_t cp = 0;
  for (uint32_t b = 0; b < text.size(); ++b) {
    if ((static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) {
      EXPECT_EQ(index.ToCodePoint(b), cp);
      EXPECT_EQ(index.ToByte(cp), b);
      ++cp;
    }
  }
  EXPECT_EQ(cp, 500u);
}

// One-, two-, three- and four-byte characters, at every length from 1 to 300
// characters: whole 64-byte blocks are counted eight bytes at a time and
// the rest byte by byte; both must agree with a plain count.
TEST(CodePointIndex, MixedWidthsAtEveryLength) {
  const char* chars[] = {"a", "\xC3\xA9", "\xE2\x80\x99", "\xF0\x9F\x98\x80", " "};
  std::string text;
  for (int n = 1; n <= 300; ++n) {
    text += chars[(n * 7) % 5];
    CodePointIndex index(text);
    uint32_t cp = 0;
    for (uint32_t b = 0; b < text.size(); ++b) {
      if ((static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) {
        ASSERT_EQ(index.ToCodePoint(b), cp) << "length " << n << " byte " << b;
        ASSERT_EQ(index.ToByte(cp), b) << "length " << n;
        ++cp;
      }
    }
    ASSERT_EQ(index.size_in_code_points(), static_cast<uint32_t>(n));
  }
}

TEST(Document, FromTextWarnsOnInvalidUtf8) {
  Document doc = Document::FromText("d", "ok \xFF\xFE here");
  EXPECT_EQ(doc.text, "ok \xEF\xBF\xBD\xEF\xBF\xBD here");
  ASSERT_EQ(doc.warnings.size(), 1u);
  EXPECT_EQ(doc.warnings[0], "invalid UTF-8: 2 bytes replaced by U+FFFD");
}

// Audit: a genuine U+001A was taken for a replaced byte and written as
// U+FFFD. It is text like any other character now.
TEST(Document, SubstituteCharacterIsKept) {
  Document doc = Document::FromText("d", "a\x1A b \xFF");
  EXPECT_EQ(doc.text, "a\x1A b \xEF\xBF\xBD");
  std::string json;
  AppendJsonString(doc.text, &json);
  EXPECT_EQ(json, "\"a\\u001a b \xEF\xBF\xBD\"");
}

TEST(Utf8, RepairReplacesEachInvalidByteByOneCodePoint) {
  std::string s = "\xC3\x28 x \xE2\x82 \xF0\x9F\x98\x80 \xED\xA0\x80";
  EXPECT_EQ(RepairUtf8(&s), 6u);
  EXPECT_TRUE(IsValidUtf8(s));
  EXPECT_EQ(s, "\xEF\xBF\xBD( x \xEF\xBF\xBD\xEF\xBF\xBD \xF0\x9F\x98\x80 "
               "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  std::string ok = "plain \xC3\xA9";
  EXPECT_EQ(RepairUtf8(&ok), 0u);
  EXPECT_EQ(ok, "plain \xC3\xA9");
}

}  // namespace
}  // namespace casus
