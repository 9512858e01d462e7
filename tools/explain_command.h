// `casus explain "TEXT"`: everything a rule author needs to see why a
// sentence gave (or did not give) a claim: tokens with parts of speech,
// sentences, entities with their rules, every claim-rule candidate and its
// fate, and the claims with spans, relation, modality and attribution.
#ifndef CASUS_TOOLS_EXPLAIN_COMMAND_H_
#define CASUS_TOOLS_EXPLAIN_COMMAND_H_

#include <string>

namespace casus {

struct ExplainOptions {
  std::string text;  // the text; "-" reads standard input
  std::string rules_dir;
  std::string profile;
};

int RunExplain(const ExplainOptions& options);

}  // namespace casus

#endif  // CASUS_TOOLS_EXPLAIN_COMMAND_H_
