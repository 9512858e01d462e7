// The HTML report opened in headless Chromium, as a person would: marks
// match the JSON output, selecting a claim marks its spans, the graph has one
// edge per claim, document text is escaped, no script errors. Skipped with
// a message where Chromium is not installed (.ci/run installs it).
#include <cstdio>
#include <cstdlib>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "tests/cli_util.h"
#include "tests/test_util.h"

namespace casus {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string Chromium() {
  for (const char* c : {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
    if (std::system((std::string("test -x ") + c).c_str()) == 0) return c;
  }
  return "";
}

size_t Count(const std::string& s, const std::string& needle) {
  size_t n = 0;
  for (size_t p = s.find(needle); p != std::string::npos; p = s.find(needle, p + 1)) ++n;
  return n;
}

// Runs headless Chromium on `url`; returns the DOM after scripts ran.
std::string DumpDom(const std::string& chromium, const std::string& url, const TempDir& dir,
                    std::string* log) {
  std::string flags =
      " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
      "--disable-background-networking --disable-component-update --disable-sync "
      "--enable-logging=stderr --v=0 --virtual-time-budget=3000 --user-data-dir=" +
      dir.Path("profile");
  std::string cmd = chromium + flags + " --dump-dom '" + url + "' >" + dir.Path("dom.html") +
                    " 2>" + dir.Path("chromium.log");
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  *log = testing::ReadFileOrDie(dir.Path("chromium.log"));
  return testing::ReadFileOrDie(dir.Path("dom.html"));
}

TEST(ReportBrowser, SeedAndHostileText) {
  std::string chromium = Chromium();
  if (chromium.empty()) GTEST_SKIP() << "Chromium is not installed (Debian package chromium)";
  TempDir dir;
  std::string hostile = dir.Write(
      "in/hostile.txt",
      "Sanctions fuelled inflation in Iran. <script>alert(1)</script> and "
      "</textarea><b>bold</b> & \"quotes\" 'single' stay text.\n");
  std::string seed = testing::CorporaDir() + "/seed/000_3bba7e3ac465a281.txt";
  std::string html = dir.Path("report.html");
  CliResult r = RunCasus({"report", seed, hostile, "-o", html});
  ASSERT_EQ(r.status, 0) << r.err;
  r = RunCasus({"extract", "-q", seed, hostile, "--claims-out", dir.Path("claims.jsonl")});
  ASSERT_EQ(r.status, 0) << r.err;
  size_t entities = 0, claims = 0;
  for (size_t p = 0, q; (q = r.out.find('\n', p)) != std::string::npos; p = q + 1) {
    auto j = nlohmann::json::parse(r.out.substr(p, q - p));
    entities += j["entities"].size();
    claims += j["claims"].size();
  }
  // The graph aggregates the claim set at concept level.
  CliResult concept_level = RunCasus({"merge", "--level", "concept", dir.Path("claims.jsonl")});
  ASSERT_EQ(concept_level.status, 0) << concept_level.err;
  // Edges: concept-level claims whose cause and effect both ground, actors aside.
  size_t records = 0;
  for (size_t p = 0, q; (q = concept_level.out.find('\n', p)) != std::string::npos; p = q + 1) {
    auto j = nlohmann::json::parse(concept_level.out.substr(p, q - p));
    auto on_map = [](const std::string& norm) {  // grounded, and not a bare actor
      std::string id = norm.substr(0, norm.find(' '));
      return norm.starts_with("@") && id != "@actor" && !id.ends_with("_actor") &&
             id.find("_actor/") == std::string::npos;
    };
    records += on_map(j["cause"].get<std::string>()) && on_map(j["effect"].get<std::string>());
  }
  ASSERT_GT(records, 5u);

  std::string log;
  std::string dom = DumpDom(chromium, "file://" + html + "#claim=0", dir, &log);
  EXPECT_THAT(dom, HasSubstr("data-ready=\"true\"")) << "the script did not finish";
  EXPECT_EQ(Count(dom, "<mark class=\"ent "), entities);
  EXPECT_EQ(Count(dom, "<li class=\"claim"), claims);
  // #claim=0 selected the first claim: its list item and its spans.
  EXPECT_THAT(dom, HasSubstr("class=\"claim selected\""));
  EXPECT_GE(Count(dom, " selected\" data-c=\"0"), 1u);
  // One graph edge per concept-level claim.
  EXPECT_EQ(Count(dom, "class=\"edge support_"), records);
  // The minimum-support control starts at 1: every edge shown.
  EXPECT_THAT(dom, HasSubstr(">" + std::to_string(records) + " of " + std::to_string(records) +
                             " edges<"));
  // Document text is text, never markup.
  EXPECT_THAT(dom, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt;"));
  EXPECT_THAT(dom, HasSubstr("&lt;/textarea&gt;&lt;b&gt;bold&lt;/b&gt;"));
  EXPECT_THAT(dom, Not(HasSubstr("<script>alert(1)")));
  EXPECT_THAT(log, Not(HasSubstr("Uncaught")));

  // A screenshot for people to look at.
  std::string shot = std::string(CASUS_BUILD_DIR) + "/report-seed.png";
  std::string cmd = chromium +
                    " --headless --no-sandbox --disable-gpu --no-first-run "
                    "--disable-background-networking --disable-component-update "
                    "--disable-sync --window-size=1300,1800 --user-data-dir=" +
                    dir.Path("profile2") + " --screenshot=" + shot + " 'file://" + html +
                    "' >/dev/null 2>&1";
  EXPECT_EQ(std::system(cmd.c_str()), 0);
  EXPECT_GT(testing::ReadFileOrDie(shot).size(), 10000u);
}

}  // namespace
}  // namespace casus
