// `casus rules check [DIR]`: load and validate a rules folder, run every
// example the rule files carry, and report what was loaded and how long it
// took.
#ifndef CASUS_TOOLS_RULES_COMMAND_H_
#define CASUS_TOOLS_RULES_COMMAND_H_

#include <string>

namespace casus {

struct RulesCheckOptions {
  std::string rules_dir;  // "" = LocateRules()
  std::string profile;
  bool quiet = false;
};

// Exit status: 0 valid and every example passes, 1 some example fails,
// 2 a rule file is broken (FILE:LINE:COLUMN on standard error).
int RunRulesCheck(const RulesCheckOptions& options);

}  // namespace casus

#endif  // CASUS_TOOLS_RULES_COMMAND_H_
