#include "stages/sentence_splitter.h"

#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "pipeline/strings.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "pipeline/env.h"
#include "engine/abbreviations.h"
#include "tests/test_util.h"

namespace casus {
namespace {

using ::testing::ElementsAreArray;

std::vector<std::string> Split(const std::string& text) {
  return testing::SentenceTexts(testing::Process(text, "split"));
}

struct Case {
  const char* name;
  std::string text;
  std::vector<std::string> sentences;
};

TEST(SentenceSplitter, Table) {
  const Case cases[] = {
      {"basic", "Iran acted. Russia followed! Why? Nobody knows.",
       {"Iran acted.", "Russia followed!", "Why?", "Nobody knows."}},
      {"title abbreviation", "Dr. Azizi and Mr. Hamidfar wrote it. It helped.",
       {"Dr. Azizi and Mr. Hamidfar wrote it.", "It helped."}},
      {"U.S. mid-sentence", "The U.S. Army left. Then Russia came.",
       {"The U.S. Army left.", "Then Russia came."}},
      {"U.S. at the end", "It came from the U.S. The talks failed.",
       {"It came from the U.S.", "The talks failed."}},
      {"initials", "M. A. Smith wrote. J. R. R. Tolkien read.",
       {"M. A. Smith wrote.", "J. R. R. Tolkien read."}},
      {"quote after period", "He said \"no.\" Then he left.",
       {"He said \"no.\"", "Then he left."}},
      {"curly quote after period",
       "He said \xE2\x80\x9Cno.\xE2\x80\x9D Then he left.",
       {"He said \xE2\x80\x9Cno.\xE2\x80\x9D", "Then he left."}},
      {"bracket after period", "(It failed.) Then more.",
       {"(It failed.)", "Then more."}},
      {"lower case after period", "see p. 5 and e.g. this. Done.",
       {"see p. 5 and e.g. this.", "Done."}},
      {"heading lines", "Abstract\n\nThe article argues this.",
       {"Abstract", "The article argues this."}},
      {"title line then text", "Security in Asia\nThe article argues this.",
       {"Security in Asia", "The article argues this."}},
      {"wrapped prose", "The article argues that the\nUnited States left.",
       {"The article argues that the\nUnited States left."}},
      {"markdown heading", "# Findings\nIran acted.", {"# Findings", "Iran acted."}},
      {"bullets", "Factors:\n- poverty\n- war", {"Factors:", "- poverty", "- war"}},
      {"numbers", "It rose 3.5 percent in 2019. Then it fell.",
       {"It rose 3.5 percent in 2019.", "Then it fell."}},
      {"ellipsis", "It waited... Then it acted.", {"It waited...", "Then it acted."}},
      {"semicolons stay", "Iran acted; Russia followed.",
       {"Iran acted; Russia followed."}},
  };
  for (const Case& c : cases) {
    EXPECT_THAT(Split(c.text), ElementsAreArray(c.sentences)) << c.name;
  }
}

TEST(SentenceSplitter, PageBreakWithFootnoteIsSkipped) {
  std::string text =
      "Another development was the atmosphere that created new realities in "
      "the region. These\n\n* E-mail: hr_azizi@sbu.ac.ir (Corresponding "
      "author)\n\ndevelopments, on the one hand, created a power vacuum.";
  Document doc = testing::Process(text, "split");
  EXPECT_THAT(testing::SentenceTexts(doc),
              ElementsAreArray<std::string>(
                  {"Another development was the atmosphere that created new "
                   "realities in the region.",
                   "These developments, on the one hand, created a power "
                   "vacuum.",
                   "* E-mail: hr_azizi@sbu.ac.ir (Corresponding author)"}));
  ASSERT_EQ(doc.sentences.size(), 3u);
  const Sentence& joined = doc.sentences[1];
  ASSERT_TRUE(joined.HasSkip());
  EXPECT_EQ(doc.Text(doc.TokenSpan(joined.skip_begin, joined.skip_end)),
            "* E-mail: hr_azizi@sbu.ac.ir (Corresponding author)");
  // Tokens in the footnote map to the footnote sentence, not the joined one.
  EXPECT_EQ(doc.SentenceOfToken(joined.skip_begin), 2);
  EXPECT_EQ(doc.SentenceOfToken(joined.skip_end), 1);
}

TEST(SentenceSplitter, PageBreakWithoutFootnote) {
  EXPECT_THAT(Split("It grew after the US-led\n\ninvasion of Iraq. Then more."),
              ElementsAreArray<std::string>(
                  {"It grew after the US-led\n\ninvasion of Iraq.", "Then more."}));
  EXPECT_THAT(
      Split("Both countries oppose the presence of the trans-regional powers, "
            "especially the United States, in\n\nCentral Asia. To summarize."),
      ElementsAreArray<std::string>(
          {"Both countries oppose the presence of the trans-regional powers, "
           "especially the United States, in\n\nCentral Asia.",
           "To summarize."}));
}

TEST(SentenceSplitter, TitleParagraphsAreNotJoined) {
  EXPECT_THAT(Split("The Motives of Iranian-Russian Security Cooperation in "
                    "Central Asia\n\nHamidreza Azizi*\n\nAbstract"),
              ElementsAreArray<std::string>(
                  {"The Motives of Iranian-Russian Security Cooperation in "
                   "Central Asia",
                   "Hamidreza Azizi*", "Abstract"}));
}

TEST(SentenceSplitter, LongRunIsCut) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "word ";
  Document doc = testing::Process(text, "split");
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.sentences[0].token_end - doc.sentences[0].token_begin, 400u);
}

// Every `example` line of rules/abbreviations.txt: "||" marks the expected
// boundaries.
TEST(SentenceSplitter, RuleFileExamples) {
  RuleFiles files(Env::Default(), testing::RulesDir());
  auto abbrevs = Abbreviations::Load(files);
  ASSERT_TRUE(abbrevs.ok()) << abbrevs.status();
  ASSERT_FALSE((*abbrevs)->examples().empty());
  for (const RuleExample& ex : (*abbrevs)->examples()) {
    std::vector<std::string> expected;
    std::string text;
    for (absl::string_view part : absl::StrSplit(ex.text, "||")) {
      std::string p(StripWhitespace(FromAbsl(part)));
      expected.push_back(p);
      if (!text.empty()) text += " ";
      text += p;
    }
    EXPECT_THAT(Split(text), ElementsAreArray(expected))
        << ex.path << ":" << ex.line;
  }
}

TEST(Abbreviations, ErrorsNameFileLineColumn) {
  auto bad = Abbreviations::Parse({{"abbr.txt", "title Dr.\nfinal Dr.\n"}});
  EXPECT_EQ(bad.status().message(),
            "abbr.txt:2:7: abbreviation 'Dr.' listed under two classes");
  bad = Abbreviations::Parse({{"abbr.txt", "# c\nbogus Dr.\n"}});
  EXPECT_EQ(bad.status().message(),
            "abbr.txt:2:1: unknown class 'bogus' (expected title, inner, final, "
            "starter or example)");
  bad = Abbreviations::Parse({{"abbr.txt", "title  Dr"}});
  EXPECT_EQ(bad.status().message(),
            "abbr.txt:1:8: abbreviation 'Dr' must end with a period");
}

}  // namespace
}  // namespace casus
