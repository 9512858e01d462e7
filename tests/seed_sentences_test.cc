// The founding article's sentence boundaries, including its PDF page breaks
// (one with a footnote between the halves of a sentence).
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/test_util.h"

namespace casus {
namespace {

TEST(SeedArticle, SentenceBoundaries) {
  std::string text = testing::ReadFileOrDie(testing::CorporaDir() +
                                            "/seed/000_3bba7e3ac465a281.txt");
  Document doc = testing::Process(text, "split");
  std::vector<std::string> got = testing::SentenceTexts(doc);
  std::vector<std::string> want = {
#include "tests/seed_sentences.inc"
  };
  EXPECT_THAT(got, ::testing::ElementsAreArray(want));
}

}  // namespace
}  // namespace casus
