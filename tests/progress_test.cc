// The progress line of `casus extract` (tools/progress.h) and the input
// size it is measured against (tools/input_source.h): exact strings, and a
// walk's consumed bytes ending at the size known up front.
#include "tools/progress.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/cli_util.h"
#include "tools/input_source.h"

namespace casus {
namespace {

TEST(Progress, ShortDuration) {
  EXPECT_EQ(ShortDuration(0), "0 s");
  EXPECT_EQ(ShortDuration(-3), "0 s");
  EXPECT_EQ(ShortDuration(59.9), "59 s");
  EXPECT_EQ(ShortDuration(65), "1 min 05 s");
  EXPECT_EQ(ShortDuration(3599), "59 min 59 s");
  EXPECT_EQ(ShortDuration(7620), "2 h 07 min");
}

TEST(Progress, EstimateFromBytesDoneTotalAndElapsed) {
  // A quarter in 10 s: 30 s to go at that rate.
  EXPECT_EQ(ProgressEstimate(250, 1000, 10), "25% done, 30 s left");
  EXPECT_EQ(ProgressEstimate(1, 3, 1), "33% done, 2 s left");
  EXPECT_EQ(ProgressEstimate(999, 1000, 90), "99% done, 0 s left");
  EXPECT_EQ(ProgressEstimate(100, 1000, 60), "10% done, 9 min 00 s left");
  EXPECT_EQ(ProgressEstimate(1000, 1000, 5), "100% done, 0 s left");
  // A file that grew while read: never past 100%.
  EXPECT_EQ(ProgressEstimate(1500, 1000, 5), "100% done, 0 s left");
  // Nothing done yet, or no time passed: no time left to tell.
  EXPECT_EQ(ProgressEstimate(0, 1000, 3), "0% done");
  EXPECT_EQ(ProgressEstimate(10, 1000, 0), "1% done");
  // The total unknown (standard input): no estimate.
  EXPECT_EQ(ProgressEstimate(500, 0, 3), "");
}

TEST(Progress, Line) {
  EXPECT_EQ(ProgressLine(12, 3400000, 2, ""), "12 documents, 3.4 MB, 1.7 MB/s");
  EXPECT_EQ(ProgressLine(0, 0, 0, ""), "0 documents, 0.0 MB, 0.0 MB/s");
  EXPECT_EQ(ProgressLine(12, 3400000, 2, ProgressEstimate(250, 1000, 2)),
            "12 documents, 3.4 MB, 1.7 MB/s, 25% done, 6 s left");
}

// The bytes an InputSource takes end at InputBytes(): the same files
// (hidden entries, gold files and other extensions left out).
TEST(Progress, InputBytesIsWhatTheSourceConsumes) {
  TempDir dir;
  dir.Write("in/a.txt", "Iran acted.");
  dir.Write("in/b/c.md", "Russia acted too.\n");
  dir.Write("in/d.jsonl", "{\"id\":\"x\",\"text\":\"Iran.\"}\n\n{\"id\":\"y\",\"text\":\"Oman.\"}\n");
  dir.Write("in/d.gold.jsonl", "{}\n");
  dir.Write("in/.hidden/h.txt", "hidden");
  dir.Write("in/notes.csv", "x,y");
  std::string single = dir.Write("e.txt", "Qatar.");
  std::vector<std::string> paths = {dir.Path("in"), single, dir.Path("missing.txt")};
  uint64_t want = 11 + 18 + 53 + 6;
  EXPECT_EQ(InputBytes(paths), want);
  InputSource source(paths, InputOptions());
  Document doc;
  int docs = 0;
  while (source.Next(&doc)) ++docs;
  EXPECT_EQ(docs, 6);
  EXPECT_EQ(source.consumed_bytes(), want);
  // Standard input, or a path that is no file or folder: unknown.
  EXPECT_EQ(InputBytes({single, "-"}), 0u);
  EXPECT_EQ(InputBytes({"/dev/null"}), 0u);
}

}  // namespace
}  // namespace casus
