// `casus merge`: combine claim sets written by `casus extract --claims-out`
// (the reducer of a sharded run), or export one as CSV, DOT, GraphML or JSON.
#ifndef CASUS_TOOLS_MERGE_COMMAND_H_
#define CASUS_TOOLS_MERGE_COMMAND_H_

#include <string>
#include <vector>

namespace casus {

struct MergeOptions {
  std::vector<std::string> inputs;  // claim set files; "-" (once): standard input
  std::string output;
  std::string format = "jsonl";  // jsonl | json | csv | dot | graphml
  std::string level = "fine";    // fine | concept (docs/claims.md, "Keys at two levels")
};

// Exit status: 0 written, 1 an unreadable or malformed input (FILE:LINE:
// message), 2 usage (an unknown format, '-' twice, an output that is an
// input).
int RunMerge(const MergeOptions& options);

}  // namespace casus

#endif  // CASUS_TOOLS_MERGE_COMMAND_H_
