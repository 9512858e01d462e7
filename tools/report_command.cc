#include "tools/report_command.h"

#include <chrono>
#include <cstdio>
#include <memory>

#include "pipeline/claim_set.h"
#include "pipeline/runner.h"
#include "pipeline/strings.h"
#include "casus/pipeline_factory.h"
#include "tools/common.h"
#include "tools/input_source.h"
#include "tools/report_html.h"

namespace casus {
namespace {

class KeepSink : public DocumentSink {
 public:
  explicit KeepSink(size_t max_docs) : max_docs_(max_docs) {}
  std::string Render(const Document&) const override { return ""; }
  absl::Status Write(const Document& doc, std::string) override {
    if (!doc.error.empty()) ReportError(doc.origin.empty() ? doc.id : doc.origin, doc.error);
    set_.Add(doc);
    if (docs_.size() < max_docs_) {
      docs_.push_back(std::make_unique<Document>(doc));
    } else {
      ++dropped_;
    }
    return absl::OkStatus();
  }
  size_t max_docs_;
  size_t dropped_ = 0;
  ClaimSet set_;
  std::vector<std::unique_ptr<Document>> docs_;
};

}  // namespace

int RunReport(const ReportCommandOptions& o) {
  auto built = BuildPipelineOrReport(o.rules_dir, o.profile);
  if (built == nullptr) return kExitUsage;
  const Pipeline* pipeline = built->pipeline.get();
  auto start = std::chrono::steady_clock::now();
  InputSource source(o.inputs, InputOptions{});
  KeepSink sink(o.max_documents);
  RunnerOptions ropts;
  ropts.threads = ThreadsOrAllCores(o.threads);
  auto stats = RunPipeline(*pipeline, &source, &sink, ropts);
  if (!stats.ok()) {
    ReportError("", FromAbsl(stats.status().message()));
    return kExitFailed;
  }
  std::vector<const Document*> docs;
  for (const auto& d : sink.docs_) docs.push_back(d.get());
  ReportOptions ropt;
  ropt.title = o.title;
  if (sink.dropped_ > 0) {
    ropt.subtitle = StrCat("the first ", docs.size(), " of ", docs.size() + sink.dropped_,
                           " documents are shown; the claim set covers all");
  }
  absl::Status s = WriteReportHtml(o.output, docs, sink.set_, ropt);
  if (!s.ok()) {
    ReportError("", FromAbsl(s.message()));
    return kExitFailed;
  }
  double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "casus: report of %zu documents, %zu normalized claims -> %s (%.2f s)\n",
               docs.size(), sink.set_.size(), o.output.c_str(), secs);
  return stats->failed > 0 ? kExitFailed : kExitOk;
}

}  // namespace casus
