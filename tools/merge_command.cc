#include "tools/merge_command.h"

#include <fstream>
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
  ClaimSet set;
  for (const std::string& path : o.inputs) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      ReportError(path, "cannot read");
      return kExitUsage;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    ClaimSet one;
    absl::Status s = one.ParseJsonl(ss.str(), path);
    if (!s.ok()) {
      ReportError("", FromAbsl(s.message()));
      return kExitUsage;
    }
    set.Merge(one);
  }
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
