#include "tools/merge_command.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "pipeline/claim_set.h"
#include "pipeline/strings.h"
#include "tools/common.h"
#include "tools/output_file.h"

namespace casus {

int RunMerge(const MergeOptions& o) {
  if (o.format != "jsonl" && o.format != "json" && o.format != "csv" &&
      o.format != "dot" && o.format != "graphml") {
    ReportError("", StrCat("--format: unknown format '", o.format,
                           "' (jsonl, json, csv, dot, graphml)"));
    return kExitUsage;
  }
  if (std::count(o.inputs.begin(), o.inputs.end(), "-") > 1) {
    ReportError("", "'-' (standard input) is given twice; it can be read once");
    return kExitUsage;
  }
  if (absl::Status s = CheckOutputs({o.output.empty() ? "-" : o.output}, o.inputs); !s.ok()) {
    ReportError("", FromAbsl(s.message()));
    return kExitUsage;
  }
  // Bad data (an unreadable or malformed claim file) exits 1, like a failed
  // document; 2 is kept for bad arguments.
  ClaimSet set;
  for (const std::string& path : o.inputs) {
    std::string contents;
    bool is_stdin = path == "-";
    std::ifstream file;
    if (!is_stdin) file.open(path, std::ios::binary);
    std::istream& in = is_stdin ? std::cin : file;
    if (!is_stdin && !file) {
      ReportError(path, StrCat("cannot read: ", std::strerror(errno)));
      return kExitFailed;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    if (in.bad()) {
      ReportError(path, "read error");
      return kExitFailed;
    }
    ClaimSet one;
    absl::Status s = one.ParseJsonl(ss.str(), is_stdin ? "<stdin>" : path);
    if (!s.ok()) {
      ReportError("", FromAbsl(s.message()));
      return kExitFailed;
    }
    set.Merge(one);
  }
  if (o.level == "concept") set = set.AtLevel(ClaimLevel::kConcept);
  std::string out = o.format == "jsonl"  ? set.ToJsonl()
                    : o.format == "json" ? set.ToJsonArray()
                    : o.format == "csv"  ? set.ToCsv()
                    : o.format == "dot"  ? set.ToDot()
                                         : set.ToGraphml();
  if (absl::Status s = WriteWholeFile(o.output, out); !s.ok()) {
    ReportError("", FromAbsl(s.message()));
    return kExitFailed;
  }
  return kExitOk;
}

}  // namespace casus
