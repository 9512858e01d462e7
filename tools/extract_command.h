// `casus extract`: run the pipeline over files, folders or JSON Lines and
// write one JSON object per document (FORMAT.md).
#ifndef CASUS_TOOLS_EXTRACT_COMMAND_H_
#define CASUS_TOOLS_EXTRACT_COMMAND_H_

#include <cstdint>
#include <string>
#include <vector>

namespace casus {

struct ExtractOptions {
  std::vector<std::string> inputs;  // files, folders, .jsonl, "-"
  std::string output;               // "" or "-": standard output
  std::string rules_dir;            // "" = LocateRules()
  std::string profile;              // rule profile, "" = default
  int threads = 0;                  // 0 = all cores
  bool quiet = false;               // no progress bar, no summary
  bool summary = false;             // human-readable digest on stderr
  std::vector<std::string> layers;  // extra layers: tokens, sentences
  uint64_t max_document_bytes = 64ull << 20;
  bool resume = false;              // continue an interrupted -o FILE run
  std::string claims_out;           // claim set file (normalized claims)
  std::string html_out;             // HTML report file
  // Only documents [range_begin, range_end) of the input (0-based, input
  // order): one shard of a distributed run.
  uint64_t range_begin = 0;
  uint64_t range_end = UINT64_MAX;
  bool count = false;               // print the number of documents and exit
  bool check_ids = true;            // duplicate ids fail (memory per document)
};

// Returns the process exit status (tools/common.h).
int RunExtract(const ExtractOptions& options);

}  // namespace casus

#endif  // CASUS_TOOLS_EXTRACT_COMMAND_H_
