// Running the examples embedded in rule files: `example` lines in
// abbreviations.txt (sentence boundaries), entities/*.gaz and *.pat (marked
// mentions), claims/*.rules (marked claims). The test suite and
// `casus rules check` both call this, so a rule file that carries a failing
// example is caught either way.
//
//   for (const ExampleFailure& f : CheckRuleExamples(built)) Print(f);
#ifndef CASUS_CASUS_RULE_EXAMPLES_H_
#define CASUS_CASUS_RULE_EXAMPLES_H_

#include <string>
#include <vector>

#include "casus/pipeline_factory.h"

namespace casus {

struct ExampleFailure {
  std::string where;    // "FILE:LINE"
  std::string message;  // what was expected and what came out
};

struct ExampleCounts {
  int split = 0;
  int entities = 0;
  int claims = 0;
  int concepts = 0;
};

// Runs every example the rules carry through the built pipeline.
// REQUIRES: `built` has all stages (BuildPipeline with last_stage "").
// With `only_under` set, only examples from rule files whose path contains
// it are run (a profile's own files: a profile may change what the default
// rules' examples produce).
std::vector<ExampleFailure> CheckRuleExamples(const BuiltPipeline& built,
                                              ExampleCounts* counts = nullptr,
                                              const std::string& only_under = "");

}  // namespace casus

#endif  // CASUS_CASUS_RULE_EXAMPLES_H_
