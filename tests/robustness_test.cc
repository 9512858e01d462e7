// Runs that survive interruption, full disks and huge inputs.
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/cli_util.h"
#include "tests/test_util.h"

namespace casus {
namespace {

using ::testing::HasSubstr;

std::string Corpus(int docs) {
  std::string out;
  for (int i = 0; i < docs; ++i) {
    out += "{\"id\":\"d" + std::to_string(i) +
           "\",\"text\":\"Sanctions fuelled inflation in Iran because the rial fell. "
           "The drought in Syria led to migration to Damascus.\"}\n";
  }
  return out;
}

TEST(Robustness, ResumeAfterKillGivesTheSameFile) {
  TempDir dir;
  std::string in = dir.Write("in.jsonl", Corpus(40000));
  std::string whole = dir.Path("whole.jsonl");
  CliResult r = RunCasus({"extract", "-q", "-j", "1", in, "-o", whole});
  ASSERT_EQ(r.status, 0) << r.err;

  std::string out = dir.Path("out.jsonl");
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    execl(CASUS_BINARY, "casus", "extract", "-q", "-j", "1", in.c_str(), "-o",
          out.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  // Kill it once part of the output is on disk, in the run's own temporary
  // file (out.jsonl.tmp-PID-RANDOM).
  std::string temp_prefix = "out.jsonl.tmp-" + std::to_string(pid) + "-";
  for (int i = 0; i < 1000; ++i) {
    bool enough = false;
    for (const auto& e : std::filesystem::directory_iterator(dir.path())) {
      if (e.path().filename().string().starts_with(temp_prefix) &&
          e.file_size() > (64 << 10)) {
        enough = true;
      }
    }
    if (enough) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  kill(pid, SIGKILL);
  int wstatus = 0;
  waitpid(pid, &wstatus, 0);
  ASSERT_TRUE(WIFSIGNALED(wstatus)) << "the run ended before it could be interrupted";
  // Interrupted: no output file that looks complete.
  EXPECT_NE(access(out.c_str(), F_OK), 0);
  r = RunCasus({"extract", "-j", "2", in, "-o", out, "--resume"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(testing::ReadFileOrDie(out), testing::ReadFileOrDie(whole));
  // Resuming a finished run changes nothing.
  r = RunCasus({"extract", "-q", in, "-o", out, "--resume"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(testing::ReadFileOrDie(out), testing::ReadFileOrDie(whole));
}

TEST(Robustness, ResumeRebuildsTheClaimSet) {
  TempDir dir;
  std::string in = dir.Write("in.jsonl", Corpus(50));
  CliResult r = RunCasus({"extract", "-q", in, "-o", dir.Path("a.jsonl"),
                          "--claims-out", dir.Path("a.claims")});
  ASSERT_EQ(r.status, 0) << r.err;
  // A partial output with 20 complete lines and a torn one.
  std::string full = testing::ReadFileOrDie(dir.Path("a.jsonl"));
  size_t cut = 0;
  for (int i = 0; i < 20; ++i) cut = full.find('\n', cut) + 1;
  dir.Write("b.jsonl.partial", full.substr(0, cut + 17));
  r = RunCasus({"extract", "-q", in, "-o", dir.Path("b.jsonl"), "--resume",
                "--claims-out", dir.Path("b.claims")});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(testing::ReadFileOrDie(dir.Path("b.jsonl")), full);
  EXPECT_EQ(testing::ReadFileOrDie(dir.Path("b.claims")),
            testing::ReadFileOrDie(dir.Path("a.claims")));
}

TEST(Robustness, FullDiskFailsCleanly) {
  TempDir dir;
  std::string in = dir.Write("in.jsonl", Corpus(3000));
  std::string out = dir.Path("out.jsonl");
  // ulimit -f 64: files may not grow past 64 KiB; SIGXFSZ is ignored so the
  // write fails with EFBIG.
  std::string cmd = "trap '' XFSZ; ulimit -f 64; '" + std::string(CASUS_BINARY) +
                    "' extract -q '" + in + "' -o '" + out + "' 2>'" +
                    dir.Path("err") + "'";
  int rc = std::system(("bash -c \"" + cmd + "\"").c_str());
  EXPECT_NE(WEXITSTATUS(rc), 0);
  EXPECT_THAT(testing::ReadFileOrDie(dir.Path("err")),
              HasSubstr(out + ": write failed: File too large"));
  EXPECT_NE(access(out.c_str(), F_OK), 0) << "no half-written file in place";
}

TEST(Robustness, HugeSingleLineDocumentIsLinear) {
  TempDir dir;
  // 16 MB on one line, sentences without line breaks, a claim in every
  // other sentence.
  std::string text;
  text.reserve(16 << 20);
  while (text.size() < (16u << 20)) {
    text += "Sanctions fuelled inflation in Iran. The minister met the envoy. ";
  }
  std::string f = dir.Write("big.txt", text);
  auto start = std::chrono::steady_clock::now();
  CliResult r = RunCasus({"extract", "-q", f, "-o", dir.Path("out.jsonl")});
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_LT(s, 120);  // a generous bound; linear time is ~10 s here
  // Over the limit: refused with a clear message, not read.
  r = RunCasus({"extract", "-q", "--max-doc-bytes", "1M", f});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("document is 16777"));
  EXPECT_THAT(r.err, HasSubstr("over the limit of 1048576 (--max-doc-bytes); not read"));
}

TEST(Robustness, MegabyteSentenceWithoutPunctuation) {
  TempDir dir;
  std::string text;
  while (text.size() < (1u << 20)) text += "the minister met the envoy and the delegation ";
  std::string f = dir.Write("run.txt", text);
  CliResult r = RunCasus({"extract", "-q", "--layers", "sentences", f});
  EXPECT_EQ(r.status, 0) << r.err;
  // Cut every 400 tokens: about 200,000 tokens give about 500 sentences.
  EXPECT_GT(std::count(r.out.begin(), r.out.end(), '{'), 400);
}

}  // namespace
}  // namespace casus
