// The JSON Lines reader: its fast path for flat string objects agrees with
// nlohmann on what it accepts and on every field, and falls back on
// everything else; documents and errors come out as docs/format.md says.
#include <string>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "tools/input_source.h"

namespace casus {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

TEST(FlatStringObject, AgreesWithNlohmann) {
  const char* lines[] = {
      R"({"id":"a","text":"Sanctions fuelled inflation."})",
      R"(  { "id" : "a" , "text" : "x" , "source" : "Reuters" }  )",
      R"({})",
      R"({"text":"tab\tquote\" slash\/ back\\ \u00e9 \ud83d\ude00 \b\f\n\r"})",
      R"({"k":"\u0041\u00DF"})",
      R"({"":""})",
  };
  for (const char* line : lines) {
    Fields flat;
    ASSERT_TRUE(ParseFlatStringObject(line, &flat)) << line;
    auto j = nlohmann::ordered_json::parse(line);
    Fields want;
    for (auto it = j.begin(); it != j.end(); ++it) {
      want.push_back({it.key(), it.value().get<std::string>()});
    }
    EXPECT_EQ(flat, want) << line;
  }
}

TEST(FlatStringObject, FallsBackOnAnythingElse) {
  const char* lines[] = {
      R"({"id":"a","year":1990})",       // a number
      R"({"id":"a","tags":["x"]})",      // an array
      R"({"id":"a","id":"b"})",          // a duplicate key
      R"({"id":"a"} x)",                 // trailing text
      R"({"id":"a",})",                  // trailing comma
      R"({"id":"\ud800"})",              // a lone surrogate
      R"({"id":"\x"})",                  // a bad escape
      "{\"id\":\"a\tb\"}",               // a raw control byte
      R"(["id"])",                       // not an object
      R"({"id":"a")",                    // unterminated
      "\xEF\xBB\xBF{\"id\":\"a\"}",      // a byte-order mark
  };
  for (const char* line : lines) {
    Fields flat;
    EXPECT_FALSE(ParseFlatStringObject(line, &flat)) << line;
  }
}

Document Read(const std::string& line) {
  Document d;
  DocumentFromJsonLine(line, "in.jsonl", "in", 3, false, 1 << 20, &d);
  return d;
}

TEST(DocumentFromJsonLine, BothPathsGiveTheSameDocument) {
  // The first line takes the fast path, the second nlohmann's (a number).
  Document fast = Read(R"({"id":"a","text":"Iran.","source":"R\u00e9uters"})");
  Document slow = Read(R"({"id":"a","text":"Iran.","source":"R\u00e9uters","n":1})");
  EXPECT_EQ(fast.error, "");
  EXPECT_EQ(fast.id, "a");
  EXPECT_EQ(fast.text, "Iran.");
  ASSERT_EQ(fast.metadata.size(), 1u);
  ASSERT_EQ(slow.metadata.size(), 2u);
  EXPECT_EQ(fast.metadata[0].name, "source");
  EXPECT_EQ(fast.metadata[0].json_value, slow.metadata[0].json_value);
  EXPECT_EQ(fast.metadata[0].json_value, "\"R\xC3\xA9uters\"");
  EXPECT_EQ(slow.metadata[1].json_value, "1");
}

TEST(DocumentFromJsonLine, ErrorsNameTheProblem) {
  EXPECT_EQ(Read(R"({"id":"a"})").error, "missing \"text\" field");
  EXPECT_EQ(Read(R"({"id":"","text":"x"})").error, "\"id\" must not be empty");
  EXPECT_EQ(Read(R"({"id":7,"text":"x"})").error, "\"id\" must be a string");
  EXPECT_EQ(Read(R"({"id":"a","text":""})").error, "empty document");
  EXPECT_EQ(Read(R"(["x"])").error, "a JSON Lines record must be an object");
  EXPECT_THAT(Read(R"({"id":"a",)").error, ::testing::StartsWith("malformed JSON at column "));
  Document no_id = Read(R"({"text":"x"})");
  EXPECT_EQ(no_id.id, "in:3");
  EXPECT_THAT(no_id.warnings, ::testing::ElementsAre("no \"id\": using 'in:3'"));
}

}  // namespace
}  // namespace casus
