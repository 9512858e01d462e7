#include "stages/tokenizer.h"

#include <random>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "pipeline/utf8.h"
#include "gtest/gtest.h"
#include "tests/test_util.h"

namespace casus {
namespace {

using ::testing::ElementsAreArray;

std::vector<std::string> Tok(const std::string& text) {
  return testing::TokenTexts(testing::Process(text, "tokenize"));
}

struct Case {
  const char* name;
  std::string text;
  std::vector<std::string> tokens;
};

TEST(Tokenizer, Table) {
  const Case cases[] = {
      {"hyphen pair", "Iran-Russia cooperation",
       {"Iran", "-", "Russia", "cooperation"}},
      {"US-led", "the US-led invasion", {"the", "US", "-", "led", "invasion"}},
      {"post-Cold War", "post-Cold War period",
       {"post", "-", "Cold", "War", "period"}},
      {"U.S.", "the U.S. and the U.N. agreed",
       {"the", "U.S.", "and", "the", "U.N.", "agreed"}},
      {"U.S.-led", "a U.S.-led coalition", {"a", "U.S.", "-", "led", "coalition"}},
      {"e.g.", "e.g. oil", {"e.g.", "oil"}},
      {"initials", "M. A. in Relations", {"M.", "A.", "in", "Relations"}},
      {"title", "Dr. Azizi", {"Dr.", "Azizi"}},
      {"month", "24 Jul. 2019", {"24", "Jul.", "2019"}},
      {"sentence period", "in Iran.", {"in", "Iran", "."}},
      {"9/11", "post 9/11 era", {"post", "9/11", "era"}},
      {"thousands", "2,300 troops", {"2,300", "troops"}},
      {"percent", "rose 3.5% in", {"rose", "3.5%", "in"}},
      {"decade", "the 1990s", {"the", "1990s"}},
      {"year range en dash", "in 2022\xE2\x80\x93" "23", {"in", "2022\xE2\x80\x93" "23"}},
      {"year range hyphen", "1990-1995", {"1990-1995"}},
      {"ordinal", "21st century", {"21st", "century"}},
      {"possessive", "Russia's role", {"Russia", "'s", "role"}},
      {"curly possessive", "Russia\xE2\x80\x99s role", {"Russia", "\xE2\x80\x99s", "role"}},
      {"plural possessive", "the countries' interests",
       {"the", "countries", "'", "interests"}},
      {"negation clitic", "they don't agree", {"they", "do", "n't", "agree"}},
      {"name apostrophe", "O'Brien said", {"O'Brien", "said"}},
      {"en dash spaced", "issues \xE2\x80\x93 especially", {"issues", "\xE2\x80\x93", "especially"}},
      {"em dash", "threat\xE2\x80\x94" "from", {"threat", "\xE2\x80\x94", "from"}},
      {"en dash pair", "Iran\xE2\x80\x93Russia", {"Iran", "\xE2\x80\x93", "Russia"}},
      {"double hyphen", "a -- b", {"a", "--", "b"}},
      // '_' joins words but is no letter of the 16-byte fast path.
      {"underscores", "_id and hr_azizi_ said", {"_id", "and", "hr_azizi_", "said"}},
      {"email", "E-mail: hr_azizi@sbu.ac.ir (Corresponding",
       {"E", "-", "mail", ":", "hr_azizi@sbu.ac.ir", "(", "Corresponding"}},
      {"url", "see https://www.un.org/en/about-us. Then",
       {"see", "https://www.un.org/en/about-us", ".", "Then"}},
      {"url in brackets", "(www.sco.int/news)", {"(", "www.sco.int/news", ")"}},
      {"url wiki parens", "https://en.wikipedia.org/wiki/SCO_(org) x",
       {"https://en.wikipedia.org/wiki/SCO_(org)", "x"}},
      {"ellipsis", "wait... then", {"wait", "...", "then"}},
      {"quotes", "\"the best\" option", {"\"", "the", "best", "\"", "option"}},
      {"curly quotes", "\xE2\x80\x9Cthe best\xE2\x80\x9D", {"\xE2\x80\x9C", "the", "best", "\xE2\x80\x9D"}},
      {"footnote star", "Azizi*", {"Azizi", "*"}},
      {"cyrillic", "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 and", {"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", "and"}},
      {"persian zwnj", "\xD9\x85\xDB\x8C\xE2\x80\x8C\xD8\xB1\xD9\x88\xD9\x85 x",
       {"\xD9\x85\xDB\x8C\xE2\x80\x8C\xD8\xB1\xD9\x88\xD9\x85", "x"}},
      {"accents", "Erdo\xC4\x9F" "an's party", {"Erdo\xC4\x9F" "an", "'s", "party"}},
      {"combining mark", "Cafe\xCC\x81 x", {"Cafe\xCC\x81", "x"}},
      {"chinese", "\xE4\xB8\xAD\xE5\x9B\xBD\xE3\x80\x82", {"\xE4\xB8\xAD\xE5\x9B\xBD", "\xE3\x80\x82"}},
      {"bom and nbsp", "\xEF\xBB\xBFIran\xC2\xA0" "and", {"Iran", "and"}},
      {"replaced bytes", "Iran\xEF\xBF\xBD\xEF\xBF\xBD" "and",
       {"Iran", "\xEF\xBF\xBD", "\xEF\xBF\xBD", "and"}},
      {"control characters", "Iran\x1A\x01" "and", {"Iran", "and"}},
      {"nul", std::string("a\0b", 3), {"a", "b"}},
      {"crlf", "one\r\ntwo", {"one", "two"}},
      {"COVID-19", "COVID-19 pandemic", {"COVID", "-", "19", "pandemic"}},
      {"G7", "the G7 summit", {"the", "G7", "summit"}},
      {"currency", "$5 billion", {"$", "5", "billion"}},
      // Words longer than the tokenizer's 16-byte vector window, and the
      // ASCII neighbours of letters and digits ending a word inside it.
      {"long word", "internationalization's scope",
       {"internationalization", "'s", "scope"}},
      {"long alnum", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abc.",
       {"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abc", "."}},
      {"long then accent", "Mmmmmmmmmmmmmmmmm\xC3\xA9 x",
       {"Mmmmmmmmmmmmmmmmm\xC3\xA9", "x"}},
      {"letter neighbours", "abcdefghijklmnop[q]`r{s}@ Z/9:0",
       {"abcdefghijklmnop", "[", "q", "]", "`", "r", "{", "s", "}", "@", "Z", "/", "9:0"}},
  };
  for (const Case& c : cases) {
    EXPECT_THAT(Tok(c.text), ElementsAreArray(c.tokens)) << c.name;
  }
}

TEST(Tokenizer, CompoundFlagsMarkPartsAndWhole) {
  Document doc = testing::Process("the Iran-Russia-China axis", "tokenize");
  ASSERT_EQ(doc.tokens.size(), 7u);
  EXPECT_FALSE(doc.tokens[0].Has(kInCompound));
  for (int i = 1; i <= 5; ++i) EXPECT_TRUE(doc.tokens[i].Has(kInCompound)) << i;
  EXPECT_EQ(doc.tokens[2].kind, TokenKind::kHyphen);
  EXPECT_FALSE(doc.tokens[6].Has(kInCompound));
}

TEST(Tokenizer, KindsAndShapes) {
  Document doc = testing::Process("NATO's U.S. 9/11 Iran", "tokenize");
  ASSERT_EQ(doc.tokens.size(), 5u);
  EXPECT_EQ(doc.tokens[0].kind, TokenKind::kWord);
  EXPECT_TRUE(doc.tokens[0].Has(kAllUpper));
  EXPECT_EQ(doc.tokens[1].kind, TokenKind::kClitic);
  EXPECT_EQ(doc.tokens[2].kind, TokenKind::kAbbrev);
  EXPECT_EQ(doc.tokens[3].kind, TokenKind::kNumber);
  EXPECT_TRUE(doc.tokens[4].Has(kUpperInitial));
  EXPECT_FALSE(doc.tokens[4].Has(kAllUpper));
}

// Shape flags against their definition, for ASCII words of every length
// around the 16-byte fast path, at the start, middle and very end of the
// text, in mixed case with digits.
TEST(Tokenizer, ShapeFlagsMatchTheirDefinition) {
  std::mt19937 rng(5);
  const std::string alphabet = "aZbYc09xQ_";
  for (int round = 0; round < 400; ++round) {
    std::string text;
    int words = 1 + static_cast<int>(rng() % 4);
    for (int w = 0; w < words; ++w) {
      if (w > 0) text += ' ';
      int len = 1 + static_cast<int>(rng() % 22);
      for (int k = 0; k < len; ++k) text += alphabet[rng() % alphabet.size()];
    }
    Document doc = testing::Process(text, "tokenize");
    for (const Token& t : doc.tokens) {
      std::string_view w = doc.Text(t.span());
      bool digit = false, upper = false, lower = false, first_upper = false, seen = false;
      for (char c : w) {
        bool u = c >= 'A' && c <= 'Z', l = c >= 'a' && c <= 'z';
        digit |= c >= '0' && c <= '9';
        upper |= u;
        lower |= l;
        if ((u || l) && !seen) first_upper = u, seen = true;
      }
      EXPECT_EQ(t.Has(kHasDigit), digit) << w;
      EXPECT_EQ(t.Has(kHasAlpha), upper || lower) << w;
      EXPECT_EQ(t.Has(kAllUpper), upper && !lower) << w;
      EXPECT_EQ(t.Has(kUpperInitial), first_upper) << w;
      EXPECT_FALSE(t.Has(kNonAscii)) << w;
    }
  }
}

TEST(Tokenizer, LineAndParagraphFlags) {
  Document doc = testing::Process("a b\nc\n\nd\r\n\r\ne", "tokenize");
  ASSERT_EQ(doc.tokens.size(), 5u);
  EXPECT_TRUE(doc.tokens[1].Has(kSpaceBefore));
  EXPECT_FALSE(doc.tokens[1].Has(kNewlineBefore));
  EXPECT_TRUE(doc.tokens[2].Has(kNewlineBefore));
  EXPECT_FALSE(doc.tokens[2].Has(kBlankLineBefore));
  EXPECT_TRUE(doc.tokens[3].Has(kBlankLineBefore));
  EXPECT_TRUE(doc.tokens[4].Has(kBlankLineBefore));
}

TEST(Tokenizer, InvalidBytesCountOneCodePointEach) {
  // Each invalid byte becomes one U+FFFD, so code point offsets are those of
  // the input decoded with one code point per bad byte.
  Document doc = Document::FromText("d", "ab \xFF cd");
  ASSERT_TRUE(testing::SharedPipeline("tokenize").Process(&doc).ok());
  ASSERT_EQ(doc.tokens.size(), 3u);
  CodePointIndex index(doc.text);
  EXPECT_EQ(index.ToCodePoint(doc.tokens[1].begin), 3u);
  EXPECT_EQ(index.ToCodePoint(doc.tokens[2].begin), 5u);
  EXPECT_EQ(index.ToCodePoint(doc.tokens[2].end), 7u);
  EXPECT_EQ(doc.warnings.size(), 1u);
}

// The tokens never overlap, never contain whitespace at their edges, and
// cover every non-space character: checked on the seed article.
TEST(Tokenizer, CoversSeedArticle) {
  std::string text = testing::ReadFileOrDie(testing::CorporaDir() +
                                            "/seed/000_3bba7e3ac465a281.txt");
  Document doc = testing::Process(text, "tokenize");
  uint32_t prev_end = 0;
  for (const Token& t : doc.tokens) {
    ASSERT_GE(t.begin, prev_end);
    ASSERT_LT(t.begin, t.end);
    for (uint32_t i = prev_end; i < t.begin; ++i) {
      ASSERT_TRUE(text[i] == ' ' || text[i] == '\n' || text[i] == '\t')
          << "uncovered byte at " << i;
    }
    prev_end = t.end;
  }
  EXPECT_GT(doc.tokens.size(), 1400u);
}

}  // namespace
}  // namespace casus
