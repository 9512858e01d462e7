// "Did you mean" (tools/suggest.h): the edit distance, the choice of the
// closest name, and the unknown-command message.
#include "tools/suggest.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace casus {
namespace {

const std::vector<std::string> kCommands = {"extract", "eval",   "import", "explain",
                                            "merge",   "bench",  "report", "rules"};

TEST(Suggest, EditDistance) {
  EXPECT_EQ(EditDistance("", ""), 0);
  EXPECT_EQ(EditDistance("abc", ""), 3);
  EXPECT_EQ(EditDistance("extrct", "extract"), 1);   // a deletion
  EXPECT_EQ(EditDistance("exrtact", "extract"), 1);  // a swap (Damerau)
  EXPECT_EQ(EditDistance("chek", "check"), 1);
  EXPECT_EQ(EditDistance("merg", "merge"), 1);
  EXPECT_EQ(EditDistance("kitten", "sitting"), 3);
}

TEST(Suggest, ClosestName) {
  EXPECT_EQ(ClosestName("extrct", kCommands), "extract");
  EXPECT_EQ(ClosestName("exrtact", kCommands), "extract");
  EXPECT_EQ(ClosestName("reprot", kCommands), "report");
  EXPECT_EQ(ClosestName("rule", kCommands), "rules");
  EXPECT_EQ(ClosestName("evl", kCommands), "eval");
  // A prefix of one name only.
  EXPECT_EQ(ClosestName("impo", kCommands), "import");
  // Nothing close, or a prefix of two names.
  EXPECT_EQ(ClosestName("frobnicate", kCommands), "");
  EXPECT_EQ(ClosestName("ex", kCommands), "");
  EXPECT_EQ(ClosestName("", kCommands), "");
  // A short word is not "two edits from" every short name.
  EXPECT_EQ(ClosestName("x", {"ab", "cd"}), "");
}

TEST(Suggest, UnknownCommandMessage) {
  EXPECT_EQ(UnknownCommandMessage("", "extrct", kCommands),
            "unknown command 'extrct' (did you mean 'extract'?)");
  EXPECT_EQ(UnknownCommandMessage("rules", "chek", {"check", "classes"}),
            "unknown command 'rules chek' (did you mean 'rules check'?)");
  EXPECT_EQ(UnknownCommandMessage("rules", "zzz", {"check", "classes"}),
            "unknown command 'rules zzz' (commands: check, classes)");
}

}  // namespace
}  // namespace casus
