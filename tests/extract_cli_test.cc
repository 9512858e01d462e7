// End-to-end tests of the casus binary: inputs, outputs, errors, exit codes.
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "tests/cli_util.h"
#include "tests/test_util.h"

namespace casus {
namespace {

using ::testing::HasSubstr;
using Json = nlohmann::json;

std::vector<Json> Lines(const std::string& out) {
  std::vector<Json> v;
  for (absl::string_view line : absl::StrSplit(out, '\n', absl::SkipEmpty())) {
    v.push_back(Json::parse(std::string(line)));
  }
  return v;
}

TEST(ExtractCli, SeedArticle) {
  CliResult r = RunCasus({"extract", "--quiet", "--layers", "sentences",
                          testing::CorporaDir() + "/seed"});
  ASSERT_EQ(r.status, 0) << r.err;
  auto docs = Lines(r.out);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0]["doc_id"], "000_3bba7e3ac465a281");
  EXPECT_TRUE(docs[0]["entities"].is_array());
  EXPECT_TRUE(docs[0]["claims"].is_array());
  // Code point offsets: the title starts after two newlines.
  EXPECT_EQ(docs[0]["sentences"][0]["start"], 2);
  EXPECT_EQ(docs[0]["sentences"][0]["text"],
            "The Motives of Iranian-Russian Security Cooperation in Central "
            "Asia");
}

TEST(ExtractCli, BadInputsAreReportedAndKept) {
  TempDir dir;
  dir.Write("a.txt", "Iran acted.");
  dir.Write("b.bin", std::string("\x7F" "ELF\0\0\0\0binary", 15));
  dir.Write("c.txt", "");
  dir.Write("d.jsonl",
            "{\"id\":\"d1\",\"text\":\"Russia acted.\",\"source\":\"x\"}\n"
            "\n"
            "{\"id\":\"d2\",\"text\":\"truncated\n"
            "{\"id\":\"d3\"}\n"
            "{\"id\":4,\"text\":\"x\"}\n"
            "{\"id\":\"d1\",\"text\":\"again\"}\n"
            "{\"id\":\"d6\",\"text\":\"fine\"}\n"
            "{\"id\":\"\",\"text\":\"no id\"}\n");
  CliResult r = RunCasus({"extract", "--quiet", dir.Path("a.txt"),
                          dir.Path("b.bin"), dir.Path("c.txt"),
                          dir.Path("missing.txt"), dir.Path("d.jsonl")});
  EXPECT_EQ(r.status, 1);
  auto docs = Lines(r.out);
  ASSERT_EQ(docs.size(), 11u) << r.out;
  EXPECT_EQ(docs[0]["doc_id"], "a");
  EXPECT_FALSE(docs[0].contains("error"));
  EXPECT_EQ(docs[1]["error"], "binary file, skipped");
  EXPECT_EQ(docs[2]["error"], "empty document");
  EXPECT_EQ(docs[3]["doc_id"], "missing");
  EXPECT_EQ(docs[3]["error"], "No such file or directory");
  EXPECT_EQ(docs[4]["doc_id"], "d1");
  EXPECT_EQ(docs[4]["source"], "x");  // metadata carried through
  EXPECT_EQ(docs[5]["doc_id"], "d:3");
  EXPECT_THAT(docs[5]["error"].get<std::string>(),
              HasSubstr("malformed JSON at column"));
  EXPECT_EQ(docs[6]["error"], "missing \"text\" field");
  EXPECT_EQ(docs[7]["error"], "\"id\" must be a string");
  EXPECT_EQ(docs[8]["error"],
            "duplicate document id 'd1' (document 5 of the input has it)");
  EXPECT_FALSE(docs[9].contains("error"));
  // Found by jsonl_reader_fuzzer: an empty id is refused, the line keeps
  // its FILE:LINE id.
  EXPECT_EQ(docs[10]["doc_id"], "d:8");
  EXPECT_EQ(docs[10]["error"], "\"id\" must not be empty");
  EXPECT_THAT(r.err, HasSubstr("casus: " + dir.Path("b.bin") +
                               ": binary file, skipped\n"));
  EXPECT_THAT(r.err, HasSubstr("casus: " + dir.Path("d.jsonl") +
                               ":4: missing \"text\" field\n"));
  EXPECT_THAT(r.err, HasSubstr("casus: " + dir.Path("missing.txt") +
                               ": No such file or directory\n"));
}

// Folders are walked one directory at a time, yet in the order of a sort
// of whole relative paths: "a-b" sorts before "a/" ('-' < '/'). Hidden
// entries, gold files and other extensions are not inputs; a link back up
// the tree is not followed.
TEST(ExtractCli, FolderWalkOrder) {
  TempDir dir;
  dir.Write("in/a/c.txt", "Iran.");
  dir.Write("in/a-b.txt", "Iran.");
  dir.Write("in/a/z/y.md", "Iran.");
  dir.Write("in/b.jsonl", "{\"id\":\"j\",\"text\":\"Iran.\"}\n");
  dir.Write("in/b.gold.jsonl", "{}\n");
  dir.Write("in/.hidden/h.txt", "Iran.");
  dir.Write("in/notes.csv", "x");
  ASSERT_EQ(symlink("..", dir.Path("in/a/up").c_str()), 0);
  CliResult r = RunCasus({"extract", "--quiet", dir.Path("in")});
  ASSERT_EQ(r.status, 0) << r.err;
  std::vector<std::string> ids;
  for (const Json& d : Lines(r.out)) ids.push_back(d["doc_id"]);
  EXPECT_THAT(ids, ::testing::ElementsAre("a-b", "a/c", "a/z/y", "j"));
}

TEST(ExtractCli, InvalidUtf8IsWarnedAndOffsetsKept) {
  TempDir dir;
  dir.Write("bad.txt", "caf\xE9 Iran.\n");
  CliResult r = RunCasus({"extract", "--quiet", "--layers", "tokens",
                          dir.Path("bad.txt")});
  ASSERT_EQ(r.status, 0) << r.err;
  auto docs = Lines(r.out);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0]["warnings"][0], "invalid UTF-8: 1 byte replaced by U+FFFD");
  // "caf" + one replaced byte + " " : "Iran" starts at code point 5.
  EXPECT_EQ(docs[0]["tokens"][2]["text"], "Iran");
  EXPECT_EQ(docs[0]["tokens"][2]["start"], 5);
  EXPECT_THAT(r.err, HasSubstr("warning: invalid UTF-8"));
}

TEST(ExtractCli, StdinAndOutputFile) {
  TempDir dir;
  std::string out = dir.Path("out.jsonl");
  CliResult r = RunCasus({"extract", "-", "-o", out, "--quiet"},
                         "{\"id\":\"x\",\"text\":\"Iran.\"}\n");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(testing::ReadFileOrDie(out),
              HasSubstr("{\"format\":\"casus.document.v1\",\"doc_id\":\"x\""));
  // The run's record beside it.
  EXPECT_THAT(testing::ReadFileOrDie(out + ".meta.json"),
              HasSubstr("{\"format\":\"casus.meta.v1\",\"casus_version\":"));
}

TEST(ExtractCli, UsageErrors) {
  CliResult r = RunCasus({"extract"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err,
            "casus: inputs is required\nRun 'casus extract --help' for more information.\n");
  r = RunCasus({"extract", "--layers", "bogus", "x"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err,
            "casus: --layers: unknown layer 'bogus' (known: tokens, sentences)\n");
  r = RunCasus({"extract", "--rules", "/nonexistent", "x"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "casus: /nonexistent: rules folder not found\n");
  r = RunCasus({"extract", "--profile", "nope", "x"});
  EXPECT_EQ(r.status, 2);
  EXPECT_THAT(r.err, HasSubstr("unknown profile 'nope'"));
  r = RunCasus({"--version"});
  EXPECT_EQ(r.status, 0);
  EXPECT_THAT(r.out, HasSubstr("casus "));
  r = RunCasus({"--help"});
  EXPECT_EQ(r.status, 0);
  EXPECT_THAT(r.out, HasSubstr("extract"));
}

TEST(ExtractCli, UnwritableOutputFailsCleanly) {
  CliResult r = RunCasus({"extract", "--quiet", "-o", "/nonexistent/dir/out.jsonl",
                          testing::CorporaDir() + "/seed"});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("/nonexistent/dir/out.jsonl: cannot write"));
}

}  // namespace
}  // namespace casus
