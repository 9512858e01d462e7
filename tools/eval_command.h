// `casus eval`: score predictions against gold (FORMAT.md "Scoring"), either
// from files (--gold/--pred) or by running the pipeline on a corpus folder
// whose texts sit next to their *.gold.jsonl files.
#ifndef CASUS_TOOLS_EVAL_COMMAND_H_
#define CASUS_TOOLS_EVAL_COMMAND_H_

#include <string>
#include <vector>

namespace casus {

struct EvalOptions {
  std::vector<std::string> corpora;  // corpus folders (pipeline is run)
  std::string gold;                  // or: a gold file ...
  std::string pred;                  // ... and a prediction file
  std::string rules_dir;
  std::string profile;
  int threads = 0;
  std::string format = "table";  // table | json
  bool errors = false;           // list errors, per-rule tables, misses
  std::string relation = "exact";  // exact | any
  bool coarse = false;
  std::string baseline;  // earlier --format json result to compare with
  std::string output;    // write the report here instead of stdout
  std::string html;      // evaluation view: errors marked in the documents
  // Gates: exit 1 when a figure is below its minimum (negative: no gate).
  double min_entity_f1 = -1;
  double min_norm_accuracy = -1;
  double min_claim_f1 = -1;
  double min_modality_accuracy = -1;
  double min_causal_f1 = -1;
  double min_merge_recall = -1;
  double min_grounding_accuracy = -1;
};

// Exit status: 0 ok, 1 below a --min-* threshold (or documents failed),
// 2 usage error or malformed gold/prediction file.
int RunEval(const EvalOptions& options);

}  // namespace casus

#endif  // CASUS_TOOLS_EVAL_COMMAND_H_
