// Every gold file in corpora/ checks against its text: offsets inside the
// document, span texts equal to the text there, known types, relations and
// modalities, ASCII norms, entities not overlapping.
#include <filesystem>
#include <set>

#include "eval/eval_data.h"
#include "gtest/gtest.h"
#include "pipeline/utf8.h"
#include "tests/test_util.h"

namespace casus {
namespace {

namespace fs = std::filesystem;

void CheckSpan(const eval::CpSpan& s, const std::string& text, const CodePointIndex& index,
               const std::string& where) {
  ASSERT_TRUE(s.present()) << where;
  ASSERT_LE(s.end, index.size_in_code_points()) << where;
  uint32_t b = index.ToByte(static_cast<uint32_t>(s.start));
  uint32_t e = index.ToByte(static_cast<uint32_t>(s.end));
  if (!s.text.empty()) {
    EXPECT_EQ(text.substr(b, e - b), s.text) << where;
  }
}

TEST(GoldCorpus, SpansMatchTheirTexts) {
  const std::set<std::string> types = {"COUNTRY", "CITY", "REGION", "ORGANIZATION",
                                       "PERSON", "ISSUE", "EVENT"};
  int files = 0, entities = 0, claims = 0;
  for (const auto& e : fs::recursive_directory_iterator(testing::CorporaDir())) {
    std::string path = e.path().string();
    if (!path.ends_with(".gold.jsonl")) continue;
    ++files;
    auto docs = eval::ReadEvalFile(path);
    ASSERT_TRUE(docs.ok()) << docs.status();
    for (const eval::EvalDoc& d : *docs) {
      fs::path txt = e.path().parent_path() / (d.doc_id + ".txt");
      ASSERT_TRUE(fs::exists(txt)) << d.origin << ": no " << txt;
      std::string text = testing::ReadFileOrDie(txt.string());
      CodePointIndex index(text);
      int64_t prev_end = 0;
      for (const eval::EvalEntity& en : d.entities) {
        std::string where = d.origin + " entity " + en.span.text;
        CheckSpan(en.span, text, index, where);
        EXPECT_TRUE(types.count(en.type)) << where;
        EXPECT_TRUE(IsAscii(en.norm) && !en.norm.empty()) << where;
        EXPECT_GE(en.span.start, prev_end) << where << " overlaps the one before";
        prev_end = en.span.end;
        ++entities;
      }
      for (const eval::EvalClaim& c : d.claims) {
        std::string where = d.origin + " claim " + c.cause.text + " -> " + c.effect.text;
        CheckSpan(c.cause, text, index, where);
        CheckSpan(c.effect, text, index, where);
        if (c.trigger.present()) CheckSpan(c.trigger, text, index, where);
        ++claims;
      }
    }
  }
  EXPECT_GE(files, 12);
  EXPECT_GT(entities, 1000);
  EXPECT_GT(claims, 300);
}

}  // namespace
}  // namespace casus
