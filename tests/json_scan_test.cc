#include "pipeline/json_scan.h"

#include <string>

#include "gtest/gtest.h"

namespace casus {
namespace {

// Every special byte at every position of strings long enough to cross two
// 16-byte steps and a tail, over a background of bytes that are not special
// (ASCII letters, DEL, UTF-8 lead and continuation bytes, 0x20).
TEST(JsonStringStop, FindsEachSpecialByteAtEachPosition) {
  const std::string background = "ab \x7f\xc3\xa9\xe2\x80\x94z";
  for (unsigned char special : {'"', '\\', '\0', '\n', '\t', '\x1f', '\x01'}) {
    for (size_t n = 1; n <= 40; ++n) {
      for (size_t at = 0; at < n; ++at) {
        std::string s;
        for (size_t k = 0; k < n; ++k) s.push_back(background[k % background.size()]);
        s[at] = static_cast<char>(special);
        SCOPED_TRACE(testing::Message() << "byte " << int{special} << " n " << n << " at " << at);
        EXPECT_EQ(JsonStringStop(s, 0), at);
        EXPECT_EQ(JsonStringStop(s, at), at);
        EXPECT_EQ(JsonStringStop(s, at + 1), n);
      }
    }
  }
}

TEST(JsonStringStop, NoSpecialByteGivesTheSize) {
  std::string s;
  for (int c = 0x20; c < 0x100; ++c) {
    if (c != '"' && c != '\\') s.push_back(static_cast<char>(c));
  }
  EXPECT_EQ(JsonStringStop(s, 0), s.size());
  EXPECT_EQ(JsonStringStop("", 0), 0u);
  EXPECT_EQ(JsonStringStop("abc", 7), 3u);
}

TEST(JsonStringSpecial, IsExactlyQuoteBackslashAndControlBytes) {
  for (int c = 0; c < 0x100; ++c) {
    EXPECT_EQ(JsonStringSpecial(static_cast<unsigned char>(c)), c < 0x20 || c == '"' || c == '\\')
        << c;
  }
}

}  // namespace
}  // namespace casus
