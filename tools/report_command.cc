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
#include "tools/output_file.h"
#include "tools/report_html.h"
#include "tools/sinks.h"

namespace casus {

int RunReport(const ReportCommandOptions& o) {
  // The page is checked and opened before any document is processed.
  if (absl::Status s = CheckOutputs({o.output}, o.inputs); !s.ok()) {
    ReportError("", FromAbsl(s.message()));
    return kExitUsage;
  }
  OutputFile page;
  if (absl::Status s = page.Open(o.output); !s.ok()) {
    ReportError("", FromAbsl(s.message()));
    return absl::IsInvalidArgument(s) ? kExitUsage : kExitFailed;
  }
  auto built = BuildPipelineOrReport(o.rules_dir, o.profile);
  if (built == nullptr) return kExitUsage;
  const Pipeline* pipeline = built->pipeline.get();
  auto start = std::chrono::steady_clock::now();
  InputSource source(o.inputs, InputOptions{});
  ReportProblems report;
  ClaimSet claim_set;
  CollectClaims claims(&claim_set);
  KeepDocuments keep(o.max_documents);
  ComposedSink sink(OutputOptions{}, /*render=*/false, {&report, &claims, &keep});
  RunnerOptions ropts;
  ropts.threads = ThreadsOrAllCores(o.threads);
  auto stats = RunPipeline(*pipeline, &source, &sink, ropts);
  if (!stats.ok()) {
    ReportError("", FromAbsl(stats.status().message()));
    return kExitFailed;
  }
  std::vector<const Document*> docs = keep.kept();
  ReportOptions ropt;
  ropt.title = o.title;
  ropt.hub_concepts = HubConceptIds(built->rules->concepts().get());
  if (keep.dropped() > 0) {
    ropt.subtitle = StrCat("the first ", docs.size(), " of ", docs.size() + keep.dropped(),
                           " documents are shown; the claim set covers all");
  }
  absl::Status s = page.Write(RenderReportHtml(docs, claim_set, ropt));
  if (s.ok()) s = page.Commit();
  if (!s.ok()) {
    ReportError("", FromAbsl(s.message()));
    return kExitFailed;
  }
  double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "casus: report of %zu documents, %zu normalized claims -> %s (%.2f s)\n",
               docs.size(), claim_set.size(), o.output.c_str(), secs);
  return stats->failed > 0 ? kExitFailed : kExitOk;
}

}  // namespace casus
