// The command line as a user meets it: an unknown command gets "did you
// mean", every error starts "casus: ", every command that writes takes
// -o/--output and every one that loads rules takes --rules, merge reads a
// claim set from standard input, and `rules classes` lists the classes.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/cli_util.h"
#include "tests/test_util.h"

namespace casus {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

TEST(CommandLine, UnknownCommandSuggestsTheClosest) {
  CliResult r = RunCasus({"extrct"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "casus: unknown command 'extrct' (did you mean 'extract'?)\n");
  EXPECT_EQ(r.out, "");
  r = RunCasus({"rules", "chek", "--quiet"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "casus: unknown command 'rules chek' (did you mean 'rules check'?)\n");
  r = RunCasus({"--version", "mrege", "a"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "casus: unknown command 'mrege' (did you mean 'merge'?)\n");
  // Nothing close: the commands instead.
  r = RunCasus({"frobnicate"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err,
            "casus: unknown command 'frobnicate' (commands: extract, eval, import, explain, "
            "merge, bench, report, rules)\n");
  // After a command, a word is its argument, not a command.
  r = RunCasus({"explain", "--rules", "/nonexistent", "extrct"});
  EXPECT_EQ(r.err, "casus: /nonexistent: rules folder not found\n");
}

TEST(CommandLine, ParseErrorsArePrefixed) {
  CliResult r = RunCasus({});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "casus: A subcommand is required\nRun 'casus --help' for more information.\n");
  r = RunCasus({"rules"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err,
            "casus: A subcommand is required\nRun 'casus rules --help' for more information.\n");
  r = RunCasus({"extract", "--bogus", "x"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err,
            "casus: The following argument was not expected: --bogus\n"
            "Run 'casus extract --help' for more information.\n");
  r = RunCasus({"bench", "--repeat", "0"});
  EXPECT_EQ(r.status, 2);
  EXPECT_THAT(r.err, StartsWith("casus: --repeat: Value 0 not in range"));
  EXPECT_THAT(r.err, HasSubstr("\nRun 'casus bench --help' for more information.\n"));
  r = RunCasus({"rules", "check", "--bogus"});
  EXPECT_EQ(r.status, 2);
  EXPECT_THAT(r.err, StartsWith("casus: The following argument was not expected: --bogus\n"
                                "Run 'casus rules check --help'"));
}

TEST(CommandLine, ImportWritesToOutputOrOut) {
  TempDir dir;
  std::string csv = dir.Write("x.csv", "index,text,label\nr1,Iran acted.,0\n");
  for (const char* flag : {"-o", "--output", "--out"}) {
    std::string out = dir.Path(std::string("out") + flag);
    CliResult r = RunCasus({"import", "cnc", csv, flag, out});
    ASSERT_EQ(r.status, 0) << flag << ": " << r.err;
    EXPECT_TRUE(std::filesystem::exists(out + "/x.jsonl")) << flag;
  }
  CliResult r = RunCasus({"import", "--help"});
  EXPECT_THAT(r.out, HasSubstr("-o,--output,--out TEXT REQUIRED"));
  r = RunCasus({"import", "cnc", csv});
  EXPECT_EQ(r.status, 2);
  EXPECT_THAT(r.err, StartsWith("casus: --output is required\n"));
}

// Every command that writes a file takes -o and --output.
TEST(CommandLine, EveryWritingCommandTakesOutput) {
  for (const char* cmd : {"extract", "eval", "merge", "report", "import"}) {
    CliResult r = RunCasus({cmd, "--help"});
    EXPECT_THAT(r.out, HasSubstr("  -o,--output")) << cmd;
  }
}

// Every command that loads rules takes --rules, and says when the folder is
// not there.
TEST(CommandLine, EveryRulesCommandTakesRules) {
  const std::vector<std::vector<std::string>> commands = {
      {"extract", "x.txt"}, {"eval", testing::CorporaDir() + "/seed"},
      {"explain", "Iran."}, {"bench", "x"},
      {"report", "x"},      {"rules", "check"},
      {"rules", "classes"}};
  for (std::vector<std::string> args : commands) {
    args.insert(args.end(), {"--rules", "/nonexistent"});
    CliResult r = RunCasus(args);
    EXPECT_EQ(r.status, 2) << args[0];
    EXPECT_EQ(r.err, "casus: /nonexistent: rules folder not found\n") << args[0];
  }
}

TEST(CommandLine, RulesCheckTakesDirOrRules) {
  std::string rules = testing::RulesDir();
  CliResult r = RunCasus({"rules", "check", "--rules", rules});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.out, StartsWith(rules + ": loaded in "));
  r = RunCasus({"rules", "check", rules, "--rules", rules + "/"});
  EXPECT_EQ(r.status, 0) << r.err;
  r = RunCasus({"rules", "check", rules, "--rules", "/nonexistent"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "casus: the rules folder is given twice: '" + rules +
                       "' and --rules '/nonexistent'\n");
}

TEST(CommandLine, MergeReadsStandardInputOnce) {
  TempDir dir;
  std::string a = dir.Path("a.claims.jsonl"), b = dir.Path("b.claims.jsonl");
  ASSERT_EQ(RunCasus({"extract", "-q", "-", "--claims-out", a},
                     "{\"id\":\"a\",\"text\":\"Sanctions fuelled inflation in Iran.\"}\n")
                .status,
            0);
  ASSERT_EQ(RunCasus({"extract", "-q", "-", "--claims-out", b},
                     "{\"id\":\"b\",\"text\":\"Sanctions fuelled inflation in Iran.\"}\n")
                .status,
            0);
  CliResult files = RunCasus({"merge", a, b});
  ASSERT_EQ(files.status, 0) << files.err;
  CliResult piped = RunCasus({"merge", a, "-"}, testing::ReadFileOrDie(b));
  ASSERT_EQ(piped.status, 0) << piped.err;
  EXPECT_EQ(piped.out, files.out);
  EXPECT_THAT(files.out, HasSubstr("\"doc_id\":\"b\""));
  CliResult twice = RunCasus({"merge", "-", a, "-"}, testing::ReadFileOrDie(b));
  EXPECT_EQ(twice.status, 2);
  EXPECT_EQ(twice.err, "casus: '-' (standard input) is given twice; it can be read once\n");
  EXPECT_EQ(twice.out, "");
}

// `rules classes`: every @class once, sorted, with its word count and the
// line defining it; the built-in classes after; the same output each run.
TEST(CommandLine, RulesClassesListsEveryClass) {
  TempDir dir;
  std::string root = dir.Path("rules");
  std::filesystem::copy(testing::RulesDir(), root, std::filesystem::copy_options::recursive);
  dir.Write("rules/lexicon/zz.lex",
            "# test classes\nclass zz_fruit\n  apple Pear\n  apple quince\n"
            "class zz_see verbs\n  see\n");
  CliResult r = RunCasus({"rules", "classes", "--rules", root});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  std::vector<std::string> lines = absl::StrSplit(r.out, '\n');
  std::vector<std::string> names;
  std::vector<std::string> fruit, see;
  for (const std::string& line : lines) {
    std::vector<std::string> f = absl::StrSplit(line, ' ', absl::SkipEmpty());
    if (f.empty() || f[0][0] != '@') continue;
    names.push_back(f[0]);
    if (f[0] == "@zz_fruit") fruit = f;
    if (f[0] == "@zz_see") see = f;
  }
  EXPECT_EQ(lines[0], "Word classes (lexicon files): " + std::to_string(names.size()));
  EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
  EXPECT_EQ(std::adjacent_find(names.begin(), names.end()), names.end());
  EXPECT_THAT(fruit, ::testing::ElementsAre("@zz_fruit", "3", root + "/lexicon/zz.lex:2"));
  // A verb class counts every form: see, sees, saw, seen, seeing (not
  // "seed", a verb of its own).
  EXPECT_THAT(see, ::testing::ElementsAre("@zz_see", "5", root + "/lexicon/zz.lex:5"));
  std::string grammar = testing::ReadFileOrDie(root + "/lexicon/grammar.lex");
  int line = 1 + static_cast<int>(std::count(
                     grammar.begin(), grammar.begin() + grammar.find("class time_prep"), '\n'));
  EXPECT_THAT(r.out, HasSubstr(" " + root + "/lexicon/grammar.lex:" + std::to_string(line) + "\n"));
  EXPECT_THAT(r.out, HasSubstr("\nBuilt-in classes (docs/rules.md, \"Token patterns\"): 36\n"));
  EXPECT_THAT(r.out, ::testing::ContainsRegex("\n  %NOUN +tagged NOUN \\(tag stage\\)\n"));
  EXPECT_THAT(r.out, ::testing::ContainsRegex("\n  <ENT> +inside an entity of any type"));
  EXPECT_THAT(r.out, ::testing::ContainsRegex("\n  CAP +a capitalized word\n"));
  EXPECT_EQ(RunCasus({"rules", "classes", "--rules", root}).out, r.out);
  // A profile's classes are listed too.
  r = RunCasus({"rules", "classes", "--rules", root, "--profile", "cnc"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("/profiles/cnc/lexicon/cnc.lex:"));
}

}  // namespace
}  // namespace casus
