// Regression tests for the defects an independent audit of `casus` found
// (issue 21), one per defect, named for what broke. Each failed before its
// fix.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "tests/cli_util.h"
#include "tests/test_util.h"

namespace casus {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using Json = nlohmann::json;

std::string Corpus(int docs, const std::string& prefix = "d") {
  std::string out;
  for (int i = 0; i < docs; ++i) {
    out += "{\"id\":\"" + prefix + std::to_string(i) +
           "\",\"text\":\"Sanctions fuelled inflation in Iran because the rial fell.\"}\n";
  }
  return out;
}

std::vector<std::string> Lines(const std::string& s) {
  return absl::StrSplit(s, '\n', absl::SkipEmpty());
}

// Runs `casus ARGS` through bash with a file size limit in KiB (SIGXFSZ
// ignored, so writes fail with EFBIG); returns the exit status.
int RunWithFileLimit(int kib, const std::string& args, const std::string& err_path) {
  std::string cmd = "trap '' XFSZ; ulimit -f " + std::to_string(kib) + "; '" +
                    std::string(CASUS_BINARY) + "' " + args + " 2>'" + err_path + "'";
  int rc = std::system(("bash -c \"" + cmd + "\"").c_str());
  return WEXITSTATUS(rc);
}

bool IsCharDevice(const std::string& p) {
  struct stat st;
  return lstat(p.c_str(), &st) == 0 && S_ISCHR(st.st_mode);
}

// --- 1. Outputs that never harm what they replace -------------------------

TEST(Audit, OutputToCharacterDeviceIsWrittenThroughNotReplaced) {
  TempDir dir;
  std::string null = dir.Path("null");
  if (mknod(null.c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0) {
    GTEST_SKIP() << "mknod needs root: " << std::strerror(errno);
  }
  std::string in = dir.Write("a.txt", "Sanctions fuelled inflation in Iran.");
  CliResult r = RunCasus({"extract", "-q", in, "-o", null, "--claims-out", null});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(IsCharDevice(null)) << "the device was replaced by a regular file";
}

TEST(Audit, OutputToFifoIsWrittenThrough) {
  TempDir dir;
  std::string fifo = dir.Path("fifo");
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  std::string in = dir.Write("a.txt", "Sanctions fuelled inflation in Iran.");
  std::string got;
  std::thread reader([&] {
    std::ifstream f(fifo);
    got.assign(std::istreambuf_iterator<char>(f), {});
  });
  CliResult r = RunCasus({"extract", "-q", in, "-o", fifo});
  reader.join();
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(got, HasSubstr("\"doc_id\":\"a\""));
  struct stat st;
  ASSERT_EQ(lstat(fifo.c_str(), &st), 0);
  EXPECT_TRUE(S_ISFIFO(st.st_mode));
}

TEST(Audit, OutputThroughSymlinkWritesTheTargetAndKeepsTheLink) {
  TempDir dir;
  std::string in = dir.Write("a.txt", "Sanctions fuelled inflation in Iran.");
  dir.Write("real.jsonl", "old\n");
  ASSERT_EQ(symlink("real.jsonl", dir.Path("link.jsonl").c_str()), 0);
  ASSERT_EQ(symlink("new.jsonl", dir.Path("dangling.jsonl").c_str()), 0);
  CliResult r = RunCasus({"extract", "-q", in, "-o", dir.Path("link.jsonl")});
  ASSERT_EQ(r.status, 0) << r.err;
  struct stat st;
  ASSERT_EQ(lstat(dir.Path("link.jsonl").c_str(), &st), 0);
  EXPECT_TRUE(S_ISLNK(st.st_mode)) << "the link was replaced";
  EXPECT_THAT(testing::ReadFileOrDie(dir.Path("real.jsonl")), HasSubstr("\"doc_id\":\"a\""));
  r = RunCasus({"extract", "-q", in, "-o", dir.Path("dangling.jsonl")});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(testing::ReadFileOrDie(dir.Path("new.jsonl")), HasSubstr("\"doc_id\":\"a\""));
}

TEST(Audit, OutputsThatWouldHarmTheRunAreRefusedBeforeProcessing) {
  TempDir dir;
  std::string in = dir.Write("corpus/a.txt", "Sanctions fuelled inflation in Iran.");
  std::string jsonl = dir.Write("in.jsonl", Corpus(3));
  std::filesystem::create_directory(dir.Path("folder"));
  struct Case {
    std::vector<std::string> args;
    std::string message;
  } cases[] = {
      {{jsonl, "-o", jsonl}, "is also an input"},
      {{jsonl, "-o", dir.Path("x.jsonl"), "--claims-out", dir.Path("x.jsonl")},
       "are the same file"},
      {{dir.Path("corpus"), "-o", dir.Path("corpus/out.jsonl")},
       "is inside the input folder"},
      {{jsonl, "-o", dir.Path("folder")}, "is a folder"},
  };
  for (const Case& c : cases) {
    std::vector<std::string> args = {"extract", "-q"};
    args.insert(args.end(), c.args.begin(), c.args.end());
    CliResult r = RunCasus(args);
    EXPECT_EQ(r.status, 2) << c.message;
    EXPECT_THAT(r.err, HasSubstr(c.message));
  }
  EXPECT_EQ(testing::ReadFileOrDie(jsonl), Corpus(3)) << "the input was overwritten";
  // A folder that cannot be written fails at once, before any document.
  CliResult r = RunCasus({"extract", jsonl, "-o", dir.Path("missing/out.jsonl")});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("cannot write in"));
  EXPECT_THAT(r.err, Not(HasSubstr("documents,")));
}

TEST(Audit, TwoRunsWithTheSameOutputNeverMix) {
  TempDir dir;
  std::string a = dir.Write("a.jsonl", Corpus(4000, "a"));
  std::string b = dir.Write("b.jsonl", Corpus(4000, "b"));
  std::string out = dir.Path("out.jsonl");
  ASSERT_EQ(RunCasus({"extract", "-q", "-j", "1", a, "-o", dir.Path("a.out")}).status, 0);
  ASSERT_EQ(RunCasus({"extract", "-q", "-j", "1", b, "-o", dir.Path("b.out")}).status, 0);
  auto spawn = [&](const std::string& in) {
    pid_t pid = fork();
    if (pid == 0) {
      execl(CASUS_BINARY, "casus", "extract", "-q", "-j", "1", in.c_str(), "-o", out.c_str(),
            static_cast<char*>(nullptr));
      _exit(127);
    }
    return pid;
  };
  pid_t pa = spawn(a), pb = spawn(b);
  int sa = 0, sb = 0;
  waitpid(pa, &sa, 0);
  waitpid(pb, &sb, 0);
  EXPECT_EQ(WEXITSTATUS(sa), 0);
  EXPECT_EQ(WEXITSTATUS(sb), 0);
  std::string got = testing::ReadFileOrDie(out);
  EXPECT_TRUE(got == testing::ReadFileOrDie(dir.Path("a.out")) ||
              got == testing::ReadFileOrDie(dir.Path("b.out")))
      << "the output mixes the two runs";
}

// --- 2. A failed --resume never deletes saved work ------------------------

TEST(Audit, FailedResumeKeepsThePartialFile) {
  TempDir dir;
  std::string in = dir.Write("in.jsonl", Corpus(3000));
  std::string whole = dir.Path("whole.jsonl");
  ASSERT_EQ(RunCasus({"extract", "-q", in, "-o", whole}).status, 0);
  std::string full = testing::ReadFileOrDie(whole);
  size_t cut = 0;
  for (int i = 0; i < 100; ++i) cut = full.find('\n', cut) + 1;
  std::string out = dir.Path("out.jsonl");
  dir.Write("out.jsonl.partial", full.substr(0, cut));
  int rc = RunWithFileLimit(64, "extract -q '" + in + "' -o '" + out + "' --resume",
                            dir.Path("err"));
  EXPECT_EQ(rc, 1);
  std::string partial = testing::ReadFileOrDie(out + ".partial");
  EXPECT_EQ(partial.substr(0, cut), full.substr(0, cut)) << "saved work was lost";
  EXPECT_THAT(testing::ReadFileOrDie(dir.Path("err")), HasSubstr("--resume continues them"));
  // It resumes from there once the disk has room.
  CliResult r = RunCasus({"extract", "-q", in, "-o", out, "--resume"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(testing::ReadFileOrDie(out), full);
}

TEST(Audit, FailedResumeOfAFinishedOutputKeepsIt) {
  TempDir dir;
  std::string small = dir.Write("small.jsonl", Corpus(300));
  std::string big = dir.Write("big.jsonl", Corpus(3000));
  std::string out = dir.Path("out.jsonl");
  ASSERT_EQ(RunCasus({"extract", "-q", small, "-o", out}).status, 0);
  std::string finished = testing::ReadFileOrDie(out);
  int kib = static_cast<int>(finished.size() / 1024) + 24;
  int rc = RunWithFileLimit(kib, "extract -q '" + big + "' -o '" + out + "' --resume",
                            dir.Path("err"));
  EXPECT_EQ(rc, 1) << testing::ReadFileOrDie(dir.Path("err"));
  EXPECT_EQ(testing::ReadFileOrDie(out), finished) << "the finished file was harmed";
}

TEST(Audit, ResumedRunOverFailedDocumentsExitsOne) {
  TempDir dir;
  std::string in = dir.Write("in.jsonl", "{\"id\":\"bad\"}\n" + Corpus(5));
  std::string out = dir.Path("out.jsonl");
  EXPECT_EQ(RunCasus({"extract", "-q", in, "-o", out}).status, 1);
  std::string full = testing::ReadFileOrDie(out);
  dir.Write("out.jsonl.partial", full.substr(0, full.find('\n') + 1));  // the failed one
  std::filesystem::remove(out);
  CliResult r = RunCasus({"extract", "-q", in, "-o", out, "--resume"});
  EXPECT_EQ(r.status, 1) << "a failed document in the kept part counts";
  EXPECT_EQ(testing::ReadFileOrDie(out), full);
}

TEST(Audit, HtmlAfterResumeCoversEveryDocument) {
  TempDir dir;
  std::string in = dir.Write("in.jsonl", Corpus(50));
  std::string out = dir.Path("out.jsonl");
  ASSERT_EQ(RunCasus({"extract", "-q", in, "-o", out}).status, 0);
  std::string full = testing::ReadFileOrDie(out);
  size_t cut = 0;
  for (int i = 0; i < 20; ++i) cut = full.find('\n', cut) + 1;
  std::filesystem::remove(out);
  dir.Write("out.jsonl.partial", full.substr(0, cut));
  CliResult r = RunCasus({"extract", "-q", in, "-o", out, "--resume", "--html", dir.Path("r.html")});
  ASSERT_EQ(r.status, 0) << r.err;
  std::string page = testing::ReadFileOrDie(dir.Path("r.html"));
  EXPECT_THAT(page, HasSubstr("\"d0\""));
  EXPECT_THAT(page, HasSubstr("\"d49\""));
}

// --- 3. Deep nesting fails one record, not the run ------------------------

TEST(Audit, DeepNestingFailsOneRecordAndTheRunGoesOn) {
  TempDir dir;
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  std::string in = dir.Write("in.jsonl", "{\"id\":\"deep\",\"text\":\"x\",\"meta\":" + deep +
                                             "}\n" + Corpus(1));
  CliResult r = RunCasus({"extract", "-q", in});
  EXPECT_EQ(r.status, 1) << r.err;
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_THAT(lines[0], HasSubstr("JSON nested deeper than 256 levels"));
  EXPECT_THAT(lines[1], HasSubstr("\"doc_id\":\"d0\""));
  r = RunCasus({"report", in, "-o", dir.Path("r.html")});
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_TRUE(std::filesystem::exists(dir.Path("r.html")));

  std::string claims = dir.Write("c.claims.jsonl", "{\"key\":" + deep + "}\n");
  r = RunCasus({"merge", claims});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr(claims + ":1: JSON nested deeper than 256 levels"));

  dir.Write("g/a.txt", "Iran.");
  dir.Write("g/a.gold.jsonl", "{\"doc_id\":\"a\",\"entities\":[],\"claims\":[]}\n");
  std::string base = dir.Write("base.json", deep);
  r = RunCasus({"eval", dir.Path("g"), "--baseline", base});
  EXPECT_EQ(r.status, 2);
  EXPECT_THAT(r.err, HasSubstr("not a casus eval --format json result"));
}

// --- 4. merge: typed checks, exit 1 for bad data --------------------------

TEST(Audit, MergeRejectsBadDataWithFileLineAndExitOne) {
  TempDir dir;
  std::string bad = dir.Write(
      "bad.claims.jsonl",
      R"({"key":"k","relation":"CAUSE","cause":"a","effect":"b","evidence":[{"doc_id":"d","sentence":{"start":null}}]})"
      "\n");
  CliResult r = RunCasus({"merge", bad});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr(bad + ":1: \"evidence[0].sentence.start\" must be a whole number"));
  std::string text5 = dir.Write(
      "t.claims.jsonl",
      R"({"key":"k","relation":"CAUSE","cause":"a","effect":"b","evidence":[{"doc_id":"d","cause":5}]})"
      "\n");
  r = RunCasus({"merge", text5});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("\"evidence[0].cause\" must be a string"));
  // Standard input works as an input too.
  r = RunCasus({"merge", "-"}, testing::ReadFileOrDie(bad));
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("<stdin>:1:"));
}

// --- 7. A read error on standard input is an error ------------------------

TEST(Audit, StandardInputReadErrorIsReported) {
  TempDir dir;
  std::string cmd = "'" + std::string(CASUS_BINARY) + "' extract - < '" + dir.path() +
                    "' > '" + dir.Path("out") + "' 2>'" + dir.Path("err") + "'";
  int rc = std::system(("bash -c \"" + cmd + "\"").c_str());
  EXPECT_EQ(WEXITSTATUS(rc), 1);
  EXPECT_THAT(testing::ReadFileOrDie(dir.Path("out")), HasSubstr("read error: Is a directory"));
}

// --- 8. No id can end the report's data block -----------------------------

TEST(Audit, ReportDataBlockHoldsAnyId) {
  TempDir dir;
  std::string in = dir.Write(
      "in.jsonl",
      R"({"id":"<!--<script>","text":"Sanctions fuelled inflation in Iran."})" "\n"
      R"({"id":"</script><b>x","text":"Drought led to migration."})" "\n");
  CliResult r = RunCasus({"report", in, "-o", dir.Path("r.html")});
  ASSERT_EQ(r.status, 0) << r.err;
  std::string page = testing::ReadFileOrDie(dir.Path("r.html"));
  std::string open = "<script type=\"application/json\" id=\"casus-data\">";
  size_t b = page.find(open);
  ASSERT_NE(b, std::string::npos);
  b += open.size();
  size_t e = page.find("</script>", b);
  std::string data = page.substr(b, e - b);
  EXPECT_EQ(data.find('<'), std::string::npos);
  Json j = Json::parse(data);
  ASSERT_EQ(j["docs"].size(), 2u);
  EXPECT_EQ(j["docs"][0]["id"], "<!--<script>");
}

// --- 9. Duplicate ids are compared exactly --------------------------------

// Two different 16-byte printable ids with the same std::hash (libstdc++'s
// Murmur-style _Hash_bytes is invertible block by block), found by a fixed
// search; empty when the library hashes differently.
std::pair<std::string, std::string> StdHashCollision() {
  const uint64_t m = 0xc6a4a7935bd1e995ull, seed = 0xc70f6907ull;
  uint64_t m_inv = m;  // Newton iteration: m * m_inv == 1 (mod 2^64)
  for (int i = 0; i < 6; ++i) m_inv *= 2 - m * m_inv;
  auto mix = [&](uint64_t k) {
    k *= m;
    k ^= k >> 47;
    return k * m;
  };
  auto unmix = [&](uint64_t y) {
    uint64_t z = y * m_inv;
    z ^= z >> 47;
    return z * m_inv;
  };
  auto word = [](const std::string& s, int at) {
    uint64_t w;
    std::memcpy(&w, s.data() + at, 8);
    return w;
  };
  auto printable = [](uint64_t w) {
    for (int i = 0; i < 8; ++i) {
      unsigned char c = static_cast<unsigned char>(w >> (8 * i));
      if (c < 0x21 || c > 0x7E || c == '"' || c == '\\') return false;
    }
    return true;
  };
  const std::string a = "casus-id-0000000";
  const uint64_t h0 = seed ^ (16 * m);
  const uint64_t h1 = (h0 ^ mix(word(a, 0))) * m;
  const uint64_t target = h1 ^ mix(word(a, 8));
  for (uint64_t n = 0; n < 2000000; ++n) {
    std::string b = "casus-" + std::to_string(100 + n % 900) + "-xxxxxxx";
    uint64_t k1 = word(b, 0) + (n / 900);
    uint64_t h1b = (h0 ^ mix(k1)) * m;
    uint64_t k2 = unmix(target ^ h1b);
    if (!printable(k1) || !printable(k2)) continue;
    std::string id(16, ' ');
    std::memcpy(id.data(), &k1, 8);
    std::memcpy(id.data() + 8, &k2, 8);
    if (id != a && std::hash<std::string>()(id) == std::hash<std::string>()(a)) return {a, id};
  }
  return {};
}

TEST(Audit, DifferentIdsWithTheSameHashAreNotDuplicates) {
  auto [a, b] = StdHashCollision();
  if (a.empty()) GTEST_SKIP() << "no std::hash collision found for this standard library";
  ASSERT_NE(a, b);
  std::string in = "{\"id\":\"" + a + "\",\"text\":\"Iran.\"}\n{\"id\":\"" + b +
                   "\",\"text\":\"Iran.\"}\n{\"id\":\"" + a + "\",\"text\":\"Iran.\"}\n";
  CliResult r = RunCasus({"extract", "-q", "-"}, in);
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_THAT(lines[1], Not(HasSubstr("duplicate"))) << "a hash collision is not a duplicate";
  EXPECT_THAT(lines[2], HasSubstr("duplicate document id"));
}

TEST(Audit, DuplicateIdOfTwoTextFilesSaysWhy) {
  TempDir dir;
  dir.Write("c/a.md", "Iran.");
  dir.Write("c/a.txt", "Russia.");
  CliResult r = RunCasus({"extract", "-q", dir.Path("c")});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("a text file's id is its path without the extension"));
}

// --- 10. Standard input streams -------------------------------------------

TEST(Audit, CoprocessGetsEachAnswerWithoutSendingMore) {
  int to_child[2], from_child[2];
  ASSERT_EQ(pipe(to_child), 0);
  ASSERT_EQ(pipe(from_child), 0);
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    dup2(to_child[0], 0);
    dup2(from_child[1], 1);
    close(to_child[1]);
    close(from_child[0]);
    execl(CASUS_BINARY, "casus", "extract", "-q", "-j", "2", "-", static_cast<char*>(nullptr));
    _exit(127);
  }
  close(to_child[0]);
  close(from_child[1]);
  std::string got;
  for (int i = 0; i < 3; ++i) {
    std::string line = "{\"id\":\"q" + std::to_string(i) +
                       "\",\"text\":\"Sanctions fuelled inflation in Iran.\"}\n";
    ASSERT_EQ(write(to_child[1], line.data(), line.size()), static_cast<ssize_t>(line.size()));
    // The answer must come back while the input stays open.
    while (std::count(got.begin(), got.end(), '\n') < i + 1) {
      pollfd p{from_child[0], POLLIN, 0};
      ASSERT_EQ(poll(&p, 1, 20000), 1) << "no answer to line " << i;
      char buf[4096];
      ssize_t n = read(from_child[0], buf, sizeof buf);
      ASSERT_GT(n, 0);
      got.append(buf, static_cast<size_t>(n));
    }
    EXPECT_THAT(got, HasSubstr("\"doc_id\":\"q" + std::to_string(i) + "\""));
  }
  close(to_child[1]);
  int status = 0;
  waitpid(pid, &status, 0);
  close(from_child[0]);
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

// --- 11. Memory that does not grow with the number of documents -----------

// Peak resident memory (KiB) of `casus extract INPUT -o /dev/null ARGS...`.
long PeakKib(const std::string& input, const std::vector<std::string>& extra) {
  pid_t pid = fork();
  if (pid == 0) {
    std::vector<std::string> args = {"casus", "extract", "-q", "-j", "1", input, "-o", "-"};
    args.insert(args.end(), extra.begin(), extra.end());
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    int null = open("/dev/null", O_WRONLY);
    dup2(null, 1);
    execv(CASUS_BINARY, argv.data());
    _exit(127);
  }
  int status = 0;
  struct rusage ru;
  wait4(pid, &status, 0, &ru);
  return WEXITSTATUS(status) == 0 ? ru.ru_maxrss : -1;
}

TEST(Audit, MemoryStaysFlatWithoutTheIdCheck) {
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "under AddressSanitizer, resident memory holds its quarantine of freed blocks";
#endif
  TempDir dir;
  auto tiny = [&](const std::string& name, int n) {
    std::ofstream f(dir.Path(name));
    for (int i = 0; i < n; ++i) f << "{\"id\":\"d" << i << "\",\"text\":\"x\"}\n";
    return dir.Path(name);
  };
  std::string small = tiny("small.jsonl", 20000), large = tiny("large.jsonl", 400000);
  long flat_small = PeakKib(small, {"--no-id-check"});
  long flat_large = PeakKib(large, {"--no-id-check"});
  ASSERT_GT(flat_small, 0);
  ASSERT_GT(flat_large, 0);
  EXPECT_LT(flat_large - flat_small, 3 * 1024) << "memory grew with the document count";
  // With the check, the cost per document stays small (ids of 2-7 bytes).
  long checked_large = PeakKib(large, {});
  EXPECT_LT((checked_large - flat_large) * 1024.0 / 380000, 60.0);
}

// --- 12. Smaller defects ---------------------------------------------------

TEST(Audit, OptionValuesAreValidatedAtParseTime) {
  for (const char* v : {"-1", "nan", "-5M", "0", "1.5.2M", "inf", "12Q"}) {
    CliResult r = RunCasus({"extract", "-", "--max-doc-bytes", v}, "");
    EXPECT_EQ(r.status, 2) << v;
    EXPECT_THAT(r.err, HasSubstr("--max-doc-bytes")) << v;
  }
  for (const char* v : {"5:3", "-1:3", "a:b", "3"}) {
    CliResult r = RunCasus({"extract", "-", "--range", v}, "");
    EXPECT_EQ(r.status, 2) << v;
    EXPECT_THAT(r.err, HasSubstr("--range")) << v;
  }
}

TEST(Audit, EvalRejectsGoldOffsetsOutsideTheText) {
  TempDir dir;
  dir.Write("g/a.txt", "Iran acted.");
  dir.Write("g/a.gold.jsonl",
            R"({"doc_id":"a","entities":[{"start":0,"end":400,"type":"COUNTRY","norm":"IRN"}]})"
            "\n");
  CliResult r = RunCasus({"eval", dir.Path("g")});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("entity 0 ends at 400, past the end of the text of \"a\" (11 code points)"));
  dir.Write("g/a.gold.jsonl",
            R"({"doc_id":"a","entities":[{"start":4294967296,"end":4294967300,"type":"COUNTRY","norm":"IRN"}]})"
            "\n");
  r = RunCasus({"eval", dir.Path("g")});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("has an offset above 4294967295"));
}

TEST(Audit, ControlCharactersInIdsAreEscapedOnStandardError) {
  std::string line = "{\"id\":\"x\\u001b[2J\\nfake: line\",\"text\":\"Iran.\"}\n";
  CliResult r = RunCasus({"extract", "-q", "-"}, line + line);
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err.find('\x1b'), std::string::npos) << r.err;
  EXPECT_THAT(r.err, HasSubstr("x\\x1b[2J\\nfake: line"));
}

TEST(Audit, ExplainReadsABoundedStandardInput) {
  TempDir dir;
  std::string cmd = "head -c 70000000 /dev/zero | '" + std::string(CASUS_BINARY) +
                    "' explain - > /dev/null 2>'" + dir.Path("err") + "'";
  int rc = std::system(("bash -c \"" + cmd + "\"").c_str());
  EXPECT_EQ(WEXITSTATUS(rc), 2);
  EXPECT_THAT(testing::ReadFileOrDie(dir.Path("err")), HasSubstr("over 64 MiB"));
}

TEST(Audit, ImportGivesRepeatedIdsTheirOwnId) {
  TempDir dir;
  std::string csv = dir.Write("x.csv", "index,text,label\nr1,Iran acted.,0\nr1,Russia acted.,1\n");
  CliResult r = RunCasus({"import", "cnc", csv, "-o", dir.Path("out")});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("id \"r1\" repeats; written as \"r1~2\""));
  r = RunCasus({"eval", dir.Path("out")});
  EXPECT_EQ(r.status, 0) << r.err;
}

}  // namespace
}  // namespace casus
