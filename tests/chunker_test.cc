// The chunker's slots (engine/chunker.h) on single sentences, with exact
// spans: each behaviour with a counter-example that must stay as it was.
#include "engine/chunker.h"

#include <optional>
#include <string>

#include "gtest/gtest.h"
#include "tests/test_util.h"

namespace casus {
namespace {

// One sentence tagged (entities too, as the claim stage sees it), with a
// Chunker over it and no trigger marks.
class Chunked {
 public:
  explicit Chunked(const std::string& text) : doc_(testing::Process(text, "entities")) {
    const BuiltPipeline& built = testing::SharedBuilt("entities");
    uint32_t end = doc_.sentences.empty() ? 0 : doc_.sentences[0].token_end;
    ch_.emplace(doc_, *built.rules->lexicon(), built.rules->classes(), 0, end, nullptr);
  }
  // The index of the n-th token whose text is `word`.
  uint32_t At(std::string_view word, int n = 0) const {
    for (uint32_t i = 0; i < doc_.tokens.size(); ++i) {
      if (doc_.TokenText(i) == word && n-- == 0) return i;
    }
    ADD_FAILURE() << "no token '" << word << "'";
    return 0;
  }
  std::string Text(TokenRange r) const {
    if (r.empty()) return "";
    return std::string(doc_.Text(doc_.TokenSpan(r.begin, r.end)));
  }
  const Chunker& ch() const { return *ch_; }

 private:
  Document doc_;
  std::optional<Chunker> ch_;
};

std::string SubjectOf(const std::string& text, std::string_view verb, int n = 0) {
  Chunked c(text);
  return c.Text(c.ch().Subject(c.At(verb, n)));
}

TEST(ChunkerSubject, CoordinatedVerbPhrasesShareTheSubject) {
  EXPECT_EQ(SubjectOf("It lowered revenues and raised costs.", "raised"), "It");
  EXPECT_EQ(SubjectOf("We must continue to support and strengthen the United Nations.",
                      "strengthen"),
            "We");
  EXPECT_EQ(SubjectOf("Responsible members of the world community do not threaten or "
                      "intimidate their neighbors.",
                      "intimidate"),
            "Responsible members of the world community");
  // A list of verb phrases: the subject of the first.
  EXPECT_EQ(SubjectOf("We must strengthen our partnerships, maintain our alliances and "
                      "make the United Nations more effective.",
                      "make"),
            "We");
  // A relative clause's verb phrases: its antecedent.
  EXPECT_EQ(SubjectOf("They built a reserve that will protect the market and protect the "
                      "consumer.",
                      "protect", 1),
            "a reserve");
}

TEST(ChunkerSubject, CoordinatedSubjectsStay) {
  // Counter-examples: the conjunction joins noun phrases, not verb phrases.
  EXPECT_EQ(SubjectOf("The recession and the end of inflation withered the wage base.",
                      "withered"),
            "The recession and the end of inflation");
  EXPECT_EQ(SubjectOf("Poverty and corruption fuel unrest.", "fuel"), "Poverty and corruption");
}

}  // namespace
}  // namespace casus
