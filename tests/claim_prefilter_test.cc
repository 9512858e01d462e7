// The rule index (claim rules and entity patterns tried only where their
// required words occur, from where they can start) against the slow oracle
// that tries every rule at every position: the same entities and claims on
// the seed, the team corpora and generated sentences.
#include <filesystem>
#include <random>

#include "gtest/gtest.h"
#include "pipeline/json_output.h"
#include "engine/lexicon.h"
#include "casus/pipeline_factory.h"
#include "engine/token_pattern.h"
#include "tests/test_util.h"

namespace casus {
namespace {

std::unique_ptr<Pipeline> Build(bool prefilter, const std::string& profile = "") {
  BuildOptions o;
  o.rules_dir = testing::RulesDir();
  o.profile = profile;
  o.rule_prefilter = prefilter;
  auto p = BuildPipeline(o, Env::Default());
  EXPECT_TRUE(p.ok()) << p.status();
  return std::move(p->pipeline);
}

std::string Out(const Pipeline& p, const std::string& text) {
  Document d = Document::FromText("d", text);
  EXPECT_TRUE(p.Process(&d).ok());
  std::string s;
  AppendDocumentJson(d, OutputOptions{}, &s);
  return s;
}

// `count` sentences of 5 to 29 words drawn from `words` with a fixed seed:
// the fast and the slow pipeline give the same output on each.
template <size_t N>
void SameOnRandomSentences(const Pipeline& fast, const Pipeline& slow,
                           const char* const (&words)[N], unsigned seed, int count) {
  std::mt19937 rng(seed);
  for (int i = 0; i < count; ++i) {
    std::string text;
    int n = 5 + rng() % 25;
    for (int k = 0; k < n; ++k) {
      text += words[rng() % N];
      text += " ";
    }
    EXPECT_EQ(Out(fast, text), Out(slow, text)) << text;
  }
}

TEST(ClaimPrefilter, SameClaimsAsTheOracle) {
  auto fast = Build(true), slow = Build(false);
  int docs = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(testing::CorporaDir())) {
    if (e.path().extension() != ".txt") continue;
    std::string text = testing::ReadFileOrDie(e.path().string());
    EXPECT_EQ(Out(*fast, text), Out(*slow, text)) << e.path();
    ++docs;
  }
  EXPECT_GE(docs, 12);
  // Generated sentences from a fixed seed mix triggers and distractors.
  const char* const words[] = {"Iran", "sanctions", "because", "of", "led", "to", "the", "war",
                         "due", "curbed", "inflation", "since", "after", "in", "order",
                         "prevent", ",", "which", "may", "not", "by", "driven", "making",
                         "more", "likely", "is", "a", "key", "driver", "impact", "on", "."};
  SameOnRandomSentences(*fast, *slow, words, 7, 300);
}

// The cnc profile's rules use look-behinds ("?<=(@harm_verb)"), whose words
// lie before the match: the index must not bound start positions by them.
TEST(ClaimPrefilter, ProfileSameClaimsAsTheOracle) {
  auto fast = Build(true, "cnc"), slow = Build(false, "cnc");
  for (const char* text : {"Farmers staged a protest over the new law.",
                           "Six protesters were injured when police opened fire.",
                           "Workers held a rally demanding higher wages."}) {
    std::string got = Out(*fast, text);
    EXPECT_EQ(got, Out(*slow, text)) << text;
    EXPECT_NE(got.find("\"rule\":\"cnc."), std::string::npos) << got;
  }
  const char* const words[] = {"police", "killed", "two", "protesters", "after", "the", "strike",
                         "following", "clashes", "over", "wages", "amid", "anger", ",",
                         "demanding", "injuring", "workers", "rally", "to", "protest",
                         "against", "because", "led", "were", "arrested", "for", "."};
  SameOnRandomSentences(*fast, *slow, words, 11, 400);
}

// An 'unless' pattern is skipped when its rarest required set does not
// occur from the match's start on; a word of it before the start does not
// count. The vetoes still hold, and the output is the oracle's.
TEST(ClaimPrefilter, UnlessPatternsSkippedOnlyWhenTheyCannotMatch) {
  auto fast = Build(true, "broad"), slow = Build(false, "broad");
  for (const char* text :
       {"The war drove up prices.", "Up north, the war drove prices higher.",
        "The plan requires the states to act.", "To act, the plan requires more money.",
        "The war would have ended sooner if Britain had joined, and prices would fall.",
        "Prices will fall if the war ends.", "They would say that prices will fall if it ends."}) {
    EXPECT_EQ(Out(*fast, text), Out(*slow, text)) << text;
  }
  // Vetoed: "drove up" is a phrasal verb, not verb.cause; the counterfactual
  // "if ... had ..., ... would" is no cond.if claim.
  EXPECT_EQ(Out(*fast, "The war drove up prices.").find("\"rule\":\"verb.cause\""),
            std::string::npos);
  EXPECT_NE(Out(*fast, "Up north, the war drove prices higher.").find("\"rule\":\"verb.cause\""),
            std::string::npos);
  const char* const words[] = {"if", "the", "war", "had", "ended", ",", "prices", "would",
                               "fall", "drove", "up", "requires", "states", "to", "act",
                               "could", "when", "was", "fuelled", "inflation", "."};
  SameOnRandomSentences(*fast, *slow, words, 13, 400);
}

// A branch of an alternation is keyed by its rarest word (the longest of
// the shortest): "in response to" by {response, reaction}, not {in}, so
// runs with "in" alone are not candidates.
TEST(ClaimPrefilter, RequiredWordsOfPatterns) {
  LexiconBuilder lex;
  auto p = TokenPattern::Compile(
      "np [(because of|due to|in (response|reaction) to|as a result of)] @cls", &lex);
  ASSERT_FALSE(p.ok());  // @cls is not a class
  lex.AddToClass("cls", "x");
  p = TokenPattern::Compile(
      "np [(because of|due to|in (response|reaction) to|as a result of)] @cls", &lex);
  ASSERT_TRUE(p.ok()) << p.status();
  ASSERT_EQ(p->required_all().size(), 3u);
  std::vector<std::string> words;
  for (WordId w : p->required_all()[1].words) words.push_back(lex.current().Word(w));
  EXPECT_EQ(words, (std::vector<std::string>{"because", "due", "response", "reaction",
                                             "result"}));
  EXPECT_TRUE(p->required_all()[1].classes.empty());
  EXPECT_EQ(lex.current().Word(p->required_all()[0].words.at(0)), "np");
  EXPECT_EQ(p->required_all()[2].classes.size(), 1u);

  // An exact-text word is required by its word id; other exact text
  // (punctuation, abbreviations) requires nothing.
  p = TokenPattern::Compile("\"Operation\" CAP+", &lex);
  ASSERT_TRUE(p.ok()) << p.status();
  ASSERT_EQ(p->required_all().size(), 1u);
  EXPECT_EQ(lex.current().Word(p->required_all()[0].words.at(0)), "operation");
  p = TokenPattern::Compile("\"U.S.\" CAP", &lex);
  ASSERT_TRUE(p.ok()) << p.status();
  EXPECT_TRUE(p->required_all().empty());
}

}  // namespace
}  // namespace casus
