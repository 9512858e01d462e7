// Tag stage: word ids (the 16-byte fast path against the byte loop) and
// parts of speech in context.
#include "stages/tagger.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "stages/tokenizer.h"
#include "tests/test_util.h"

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

// The word ids Process gives (16-byte fast path for short ASCII words,
// prefetched in blocks) against Lookup's byte loop, for one token placed
// in a text.
WordId ProcessedId(const Tagger& t, const std::string& text, uint32_t b, uint32_t e) {
  Document d = Document::FromText("d", text);
  d.tokens.push_back(Token{b, e, TokenKind::kWord, 0});
  EXPECT_TRUE(t.Process(&d).ok());
  return d.word_ids.at(0);
}

TEST(Tagger, ProcessedWordIdsAgreeWithLookupAtEveryOffset) {
  auto tagger = Tagger::Create(SmallLexicon());
  ASSERT_TRUE(tagger.ok());
  const Tagger& t = **tagger;
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

std::vector<std::string> Tags(const std::string& text) {
  Document d = testing::Process(text, "tag");
  std::vector<std::string> out;
  for (size_t i = 0; i < d.tokens.size(); ++i) {
    out.push_back(std::string(d.TokenText(i)) + "/" + std::string(PosName(d.pos[i])));
  }
  return out;
}

TEST(Tagger, PartsOfSpeechInContext) {
  EXPECT_EQ(Tags("Sanctions led to a sharp fall in exports."),
            (std::vector<std::string>{"Sanctions/NOUN", "led/VERB", "to/ADP", "a/DET",
                                      "sharp/ADJ", "fall/NOUN", "in/ADP", "exports/NOUN",
                                      "./PUNCT"}));
  EXPECT_EQ(Tags("In 2019 Iran and Russia signed a deal because the sanctions hurt both."),
            (std::vector<std::string>{"In/ADP", "2019/NUM", "Iran/PROPN", "and/CCONJ",
                                      "Russia/PROPN", "signed/VERB", "a/DET", "deal/NOUN",
                                      "because/SCONJ", "the/DET", "sanctions/NOUN",
                                      "hurt/VERB", "both/DET", "./PUNCT"}));
}

}  // namespace
}  // namespace casus
