// `casus import cnc|conll`: convert annotated datasets to a Casus corpus
// folder (documents as .jsonl and their .gold.jsonl), ready for `casus eval`.
#ifndef CASUS_TOOLS_IMPORT_COMMAND_H_
#define CASUS_TOOLS_IMPORT_COMMAND_H_

#include <string>

namespace casus {

struct ImportOptions {
  std::string format;    // "cnc" or "conll"
  std::string input;     // CNC subtask 1 CSV, or the CoNLL file
  std::string grouped;   // CNC: train_subtask2_grouped.csv (optional)
  std::string map;       // CoNLL: type map file
  std::string out_dir;   // output folder
  std::string name;      // file stem ("" = from the input's name)
  int holdout = 0;       // percent held out into OUT/holdout (rest: OUT/tune)
};

// Exit status: 0 written, 2 bad input (FILE:LINE: message).
int RunImport(const ImportOptions& options);

}  // namespace casus

#endif  // CASUS_TOOLS_IMPORT_COMMAND_H_
