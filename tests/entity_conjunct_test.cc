// Conjunct patterns (`conjunct` and `joint:` lines of rules/entities/*.pat,
// docs/rules.md "Entity patterns"): names joined to a person by a list
// separator become people, one list member per round, and only around a
// mention with a joint next to it.
#include <regex>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/cli_util.h"

namespace casus {
namespace {

constexpr char kList[] = "The cast includes Anna Apte, Neeraj Kabi, Jatin Sarna and Kubbra Sait.";

// The PERSON mentions `casus explain` lists, in text order.
std::vector<std::string> People(const std::vector<std::string>& args) {
  CliResult r = RunCasus(args);
  EXPECT_EQ(r.status, 0) << r.err;
  std::vector<std::string> out;
  static const std::regex kLine(R"(^  PERSON +(.+?)  +\S+ +\S+$)");
  size_t pos = 0;
  while (pos < r.out.size()) {
    size_t nl = r.out.find('\n', pos);
    if (nl == std::string::npos) nl = r.out.size();
    std::smatch m;
    std::string line = r.out.substr(pos, nl - pos);
    if (std::regex_match(line, m, kLine)) out.push_back(m[1]);
    pos = nl + 1;
  }
  return out;
}

TEST(Conjuncts, ListIsTakenInFromOneName) {
  // Only "Anna" is a listed given name; the other three come in round by
  // round, the last one after "and".
  EXPECT_EQ(People({"explain", kList}),
            (std::vector<std::string>{"Anna Apte", "Neeraj Kabi", "Jatin Sarna", "Kubbra Sait"}));
}

TEST(Conjuncts, OnlyAroundAJoint) {
  RulesCopy rules;
  std::string pat = rules.Original("entities/names.pat");
  size_t at = pat.find("\njoint:");
  ASSERT_NE(at, std::string::npos);
  size_t end = pat.find('\n', at + 1);
  // A joint that never stands beside a name: the list stays unknown.
  rules.Put("entities/names.pat", pat.substr(0, at) + "\njoint: \"+\"" + pat.substr(end));
  EXPECT_EQ(People({"explain", "--rules", rules.root(), kList}),
            (std::vector<std::string>{"Anna Apte"}));
  // No joint line at all: conjuncts are tried around every mention.
  rules.Put("entities/names.pat", pat.substr(0, at) + pat.substr(end));
  EXPECT_EQ(People({"explain", "--rules", rules.root(), kList}).size(), 4u);
}

}  // namespace
}  // namespace casus
