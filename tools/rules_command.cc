#include "tools/rules_command.h"

#include <cstdio>

#include "pipeline/strings.h"
#include "casus/pipeline_factory.h"
#include "casus/rule_examples.h"
#include "tools/common.h"

namespace casus {

int RunRulesCheck(const RulesCheckOptions& options) {
  double ms = 0;
  std::unique_ptr<BuiltPipeline> built =
      BuildPipelineOrReport(options.rules_dir, options.profile, {}, &ms);
  if (built == nullptr) return kExitUsage;
  ExampleCounts counts;
  // With a profile, its own files' examples (it may change what the
  // default rules' examples produce).
  std::vector<ExampleFailure> failures = CheckRuleExamples(
      *built, &counts,
      options.profile.empty() ? ""
      : options.profile.find('/') == std::string::npos ? "/profiles/" + options.profile + "/"
                                                           : options.profile);
  for (const ExampleFailure& f : failures) {
    ReportError(f.where, StrCat("example fails: ", f.message));
  }
  if (!options.quiet) {
    const Gazetteer& g = built->rules->entities()->gazetteer();
    std::string what = StrCat(g.num_entries(), " gazetteer entries (", g.num_aliases(), " aliases)");
    int total = counts.split + counts.entities + counts.claims;
    std::printf("%s: loaded in %.0f ms: %s; %d examples, %d failing\n",
                LocateRules(options.rules_dir).c_str(), ms, what.c_str(), total,
                static_cast<int>(failures.size()));
  }
  return failures.empty() ? kExitOk : kExitFailed;
}

}  // namespace casus
