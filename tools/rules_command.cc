#include "tools/rules_command.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "pipeline/strings.h"
#include "casus/pipeline_factory.h"
#include "casus/rule_examples.h"
#include "engine/token_pattern.h"
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
    int total = counts.split + counts.entities + counts.claims + counts.concepts;
    const ConceptInventory& inv = *built->rules->concepts();
    StrAppend(&what, "; ", inv.concepts().size(), " concepts (", inv.wordnet().size(),
              " WordNet nouns below their anchors)");
    std::printf("%s: loaded in %.0f ms: %s; %d examples, %d failing\n",
                LocateRules(options.rules_dir).c_str(), ms, what.c_str(), total,
                static_cast<int>(failures.size()));
  }
  return failures.empty() ? kExitOk : kExitFailed;
}

int RunRulesClasses(const RulesClassesOptions& options) {
  std::unique_ptr<BuiltPipeline> built = BuildPipelineOrReport(options.rules_dir, options.profile);
  if (built == nullptr) return kExitUsage;
  std::vector<ClassInfo> classes = built->rules->lexicon()->class_infos();
  std::sort(classes.begin(), classes.end(),
            [](const ClassInfo& a, const ClassInfo& b) { return a.name < b.name; });
  std::vector<BuiltinClass> builtins = BuiltinClasses();
  std::sort(builtins.begin(), builtins.end(),
            [](const BuiltinClass& a, const BuiltinClass& b) { return a.name < b.name; });
  int width = 0;
  for (const ClassInfo& c : classes) width = std::max(width, static_cast<int>(c.name.size()) + 1);
  for (const BuiltinClass& b : builtins) width = std::max(width, static_cast<int>(b.name.size()));
  std::printf("Word classes (lexicon files): %zu\n", classes.size());
  for (const ClassInfo& c : classes) {
    std::printf("  %-*s %6zu  %s:%d\n", width, ("@" + c.name).c_str(), c.size, c.path.c_str(),
                c.line);
  }
  std::printf("\nBuilt-in classes (docs/rules.md, \"Token patterns\"): %zu\n", builtins.size());
  for (const BuiltinClass& b : builtins) {
    std::printf("  %-*s %6s  %s\n", width, b.name.c_str(), "", b.meaning.c_str());
  }
  return kExitOk;
}

}  // namespace casus
