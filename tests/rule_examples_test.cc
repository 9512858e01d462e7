// Every `example` and `counter` line of every rule file under rules/ (the
// default set and each profile) must hold. A failure names FILE:LINE.
#include <filesystem>

#include "gtest/gtest.h"
#include "pipeline/env.h"
#include "casus/pipeline_factory.h"
#include "casus/rule_examples.h"
#include "tests/test_util.h"

namespace casus {
namespace {

void CheckProfile(const std::string& profile) {
  BuildOptions opts;
  opts.rules_dir = testing::RulesDir();
  opts.profile = profile;
  auto pipeline = BuildPipeline(opts, Env::Default());
  ASSERT_TRUE(pipeline.ok()) << pipeline.status();
  ExampleCounts counts;
  std::string under = profile.empty() ? "" : "/profiles/" + profile + "/";
  for (const ExampleFailure& f : CheckRuleExamples(*pipeline, &counts, under)) {
    ADD_FAILURE() << f.where << ": " << f.message;
  }
  EXPECT_GT(counts.split, 5);
  EXPECT_GT(counts.entities, 50);
  EXPECT_GT(counts.claims, 30);
}

TEST(RuleExamples, DefaultRulesHold) { CheckProfile(""); }

TEST(RuleExamples, EveryProfileHolds) {
  std::filesystem::path dir = std::filesystem::path(testing::RulesDir()) / "profiles";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no profiles";
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (!e.is_directory()) continue;
    SCOPED_TRACE(e.path().filename().string());
    CheckProfile(e.path().filename().string());
  }
}

}  // namespace
}  // namespace casus
