// The reference documentation keeps up with the rule files: every word
// class a lexicon defines (`class NAME` in rules/**/*.lex) is named in
// docs/rules.md, which says what each is for.
#include <filesystem>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "gtest/gtest.h"
#include "tests/test_util.h"

namespace casus {
namespace {

namespace fs = std::filesystem;

// The class names defined under `dir`, with the file that defines each.
std::set<std::pair<std::string, std::string>> DefinedClasses(const fs::path& dir) {
  std::set<std::pair<std::string, std::string>> out;
  for (const fs::directory_entry& e : fs::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file() || e.path().extension() != ".lex") continue;
    std::istringstream in(testing::ReadFileOrDie(e.path().string()));
    std::string line;
    while (std::getline(in, line)) {
      if (line.rfind("class ", 0) != 0) continue;
      std::istringstream words(line.substr(6));
      std::string name;
      words >> name;
      out.insert({name, fs::relative(e.path(), dir).string()});
    }
  }
  return out;
}

TEST(Docs, EveryWordClassIsDocumented) {
  const fs::path rules = testing::RulesDir();
  const std::string doc =
      testing::ReadFileOrDie((rules.parent_path() / "docs" / "rules.md").string());
  const auto classes = DefinedClasses(rules);
  ASSERT_GT(classes.size(), 50u);  // the lexicons were found
  for (const auto& [name, file] : classes) {
    // The name as a whole word: "aux_be" does not count for "aux".
    const std::regex word("(^|[^A-Za-z0-9_])" + name + "([^A-Za-z0-9_]|$)");
    EXPECT_TRUE(std::regex_search(doc, word))
        << "class " << name << " (" << file << ") is not in docs/rules.md";
  }
}

}  // namespace
}  // namespace casus
