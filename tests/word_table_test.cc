// WordTable: the ids LookupAll gives against Lookup's byte loop at every
// offset, near the end of the text and on words holding a zero byte. The
// same source is built twice: with SSE2 (word_table_test) and with the
// portable path (word_table_portable_test, -DCASUS_PORTABLE), so both paths
// run in CI.
#include "engine/word_table.h"
#include "engine/word_bits.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace casus {
namespace {

std::shared_ptr<const Lexicon> SmallLexicon() {
  LexiconBuilder b;
  for (const char* w : {"iran", "russia", "sanctions", "a", "abcdefghijklmnop",
                        "abcdefghijklmnopq", "g7", "côte", "o'brien", "post-war"}) {
    b.Intern(w);
  }
  return std::move(b).Build();
}

// The word id LookupAll gives (the 16-byte path for short ASCII words,
// prefetched in blocks) against Lookup's byte loop, for one token placed in
// a text.
WordId ProcessedId(const WordTable& t, const std::string& text, uint32_t b, uint32_t e) {
  Document d = Document::FromText("d", text);
  d.tokens.push_back(Token{b, e, TokenKind::kWord, 0});
  std::vector<uint32_t> info;
  t.LookupAll(&d, &info);
  return d.word_ids.at(0);
}

TEST(WordTable, LookupAllAgreesWithLookupAtEveryOffset) {
  std::shared_ptr<const Lexicon> lexicon = SmallLexicon();
  const WordTable t(lexicon, std::vector<uint32_t>(lexicon->size(), 0));
  // Words of every length around 16, mixed case, digits, non-ASCII, at the
  // start, the middle and the very end of the text (where the fast path
  // must not read past it).
  const std::vector<std::string> words = {
      "Iran",  "IRAN", "iran", "RuSsIa", "sanctions", "A", "a", "G7", "g7", "Côte", "CÔTE",
      "ABCDEFGHIJKLMNOP", "abcdefghijklmnop", "AbcdefghijklmnoPQ", "abcdefghijklmnopq",
      "O'Brien", "Post-war", "unknown", "Z", "[", "@"};
  int known = 0;
  for (const std::string& w : words) {
    for (const std::string& text : {w, "x " + w, w + " tail of the text here", "pad " + w + "!"}) {
      uint32_t b = static_cast<uint32_t>(text.find(w));
      uint32_t e = b + static_cast<uint32_t>(w.size());
      WordId slow = t.Lookup(w);
      EXPECT_EQ(ProcessedId(t, text, b, e), slow) << "'" << w << "' in '" << text << "'";
      known += slow != kUnknownWord;
    }
  }
  // Iran x3, RuSsIa, sanctions, A/a, G7/g7, Côte/CÔTE, the 16- and 17-byte
  // words x2 each, O'Brien, Post-war: 17 words in 4 texts each.
  EXPECT_EQ(known, 4 * 17);
  // Ids come from the lexicon, case-folded.
  EXPECT_EQ(t.Lookup("IRAN"), t.Lookup("iran"));
  EXPECT_NE(t.Lookup("iran"), kUnknownWord);
  EXPECT_EQ(t.Lookup("unknown"), kUnknownWord);
  // Zero bytes pad the short keys; a word holding one is not its prefix.
  const std::string nul("iran\0", 5);
  EXPECT_EQ(t.Lookup(nul), kUnknownWord);
  EXPECT_EQ(ProcessedId(t, nul + " and more text", 0, 5), kUnknownWord);
}

TEST(WordTable, BuiltWithThePathItClaims) {
#if defined(CASUS_PORTABLE) || !defined(__SSE2__)
  EXPECT_FALSE(WordTable::Vectorized());
#else
  EXPECT_TRUE(WordTable::Vectorized());
#endif
}

TEST(WordBits, SetIdsTestTrueAndOthersFalse) {
  WordBits bits;
  EXPECT_FALSE(bits.Test(0));
  EXPECT_FALSE(bits.Test(1000));
  for (WordId w : {1u, 63u, 64u, 127u, 4096u}) bits.Set(w);
  for (WordId w : {1u, 63u, 64u, 127u, 4096u}) EXPECT_TRUE(bits.Test(w)) << w;
  for (WordId w : {0u, 2u, 62u, 65u, 128u, 4095u, 4097u, 1u << 30}) {
    EXPECT_FALSE(bits.Test(w)) << w;
  }
}

}  // namespace
}  // namespace casus
