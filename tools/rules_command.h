// `casus rules check [DIR]`: load and validate a rules folder, run every
// example the rule files carry, and report what was loaded and how long it
// took. `casus rules classes`: list the word classes patterns can use.
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
// 2 a rule file is broken (every error, FILE:LINE:COLUMN, on standard
// error).
int RunRulesCheck(const RulesCheckOptions& options);

struct RulesClassesOptions {
  std::string rules_dir;  // "" = LocateRules()
  std::string profile;
};

// Prints "Word classes (lexicon files): N", then one line per @class of the
// loaded lexicon files, sorted by name: "  @NAME  WORDS  FILE:LINE" (words:
// distinct lower-cased forms, a verbs class with every form; FILE:LINE: the
// first 'class NAME' line); then a blank line, "Built-in classes (...): N"
// and one line per built-in class of the pattern language, sorted: "  NAME
// meaning". Names are padded to one width; the same rules give the same
// output. Exit status: 0, or 2 when the rules do not load (every error
// printed).
int RunRulesClasses(const RulesClassesOptions& options);

}  // namespace casus

#endif  // CASUS_TOOLS_RULES_COMMAND_H_
