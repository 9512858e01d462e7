// Names defined in the text by a bracketed short form (stage 2 of
// stages/entity_tagger.h): "Collective Security Treaty Organization (CSTO)"
// and "Anglo American Platinum (Amplats)" make the short form a mention of
// the same body for the rest of the document, ahead of the person patterns.
#include <regex>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/cli_util.h"

namespace casus {
namespace {

// "TYPE text norm rule" for each mention `casus explain` lists, in text order.
std::vector<std::string> Mentions(const std::string& text) {
  CliResult r = RunCasus({"explain", text});
  EXPECT_EQ(r.status, 0) << r.err;
  std::vector<std::string> out;
  static const std::regex kLine(R"(^  ([A-Z]+) +(.+?)  +(\S+) +(\S+)$)");
  size_t pos = r.out.find("\nEntities:\n");
  if (pos == std::string::npos) return out;
  while (pos < r.out.size()) {
    size_t nl = r.out.find('\n', pos);
    if (nl == std::string::npos) nl = r.out.size();
    std::smatch m;
    std::string line = r.out.substr(pos, nl - pos);
    if (std::regex_match(line, m, kLine)) {
      out.push_back(m.str(1) + " " + m.str(2) + " " + m.str(3) + " " + m.str(4));
    }
    pos = nl + 1;
  }
  return out;
}

TEST(ShortNames, CapitalizedWordsBeforeTheirShortName) {
  // No list knows the company; its bracketed short name defines it, and the
  // later "Amplats said" is the company, not a person who speaks.
  EXPECT_EQ(Mentions("The strike at Anglo American Platinum (Amplats) will continue. "
                     "Amplats said it had offered to reinstate workers."),
            (std::vector<std::string>{
                "ORGANIZATION Anglo American Platinum amplats short-name-definition",
                "ORGANIZATION Amplats amplats short-name-coreference",
                "ORGANIZATION Amplats amplats short-name-coreference"}));
}

TEST(ShortNames, AKnownBodyLendsItsNorm) {
  EXPECT_EQ(Mentions("The Tarvel Farmers Union (Tarfu) met. Tarfu said no."),
            (std::vector<std::string>{
                "ORGANIZATION Tarvel Farmers Union tarvel_farmers_union names.pat:19:org.head",
                "ORGANIZATION Tarfu tarvel_farmers_union short-name-coreference",
                "ORGANIZATION Tarfu tarvel_farmers_union short-name-coreference"}));
}

TEST(ShortNames, NoDefinitionWithoutTheName) {
  // A place or source in brackets, a short name of another letter, and a
  // person's nickname define nothing.
  EXPECT_EQ(Mentions("Officials in Moscow (Reuters) said so. The Anglo Mining Company "
                     "(Platco) met. He met Vladimir Putin (Vova)."),
            (std::vector<std::string>{
                "CITY Moscow moscow cities.gaz:172",
                "ORGANIZATION Reuters reuters organizations.gaz:704",
                "ORGANIZATION Anglo Mining Company anglo_mining_company names.pat:19:org.head",
                "PERSON Vladimir Putin vladimir_putin people.gaz:335"}));
}

}  // namespace
}  // namespace casus
