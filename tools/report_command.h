// `casus report INPUT... -o report.html`: run the pipeline and write the
// HTML report (tools/report_html.h) for one article or a corpus.
#ifndef CASUS_TOOLS_REPORT_COMMAND_H_
#define CASUS_TOOLS_REPORT_COMMAND_H_

#include <string>
#include <vector>

namespace casus {

struct ReportCommandOptions {
  std::vector<std::string> inputs;
  std::string output = "report.html";
  std::string rules_dir;
  std::string profile;
  std::string title = "Casus report";
  int threads = 0;
  size_t max_documents = 5000;  // larger corpora: report a sample, say so
};

int RunReport(const ReportCommandOptions& options);

}  // namespace casus

#endif  // CASUS_TOOLS_REPORT_COMMAND_H_
