#include "tools/extract_command.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>

#include "pipeline/strings.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "pipeline/claim_set.h"
#include "pipeline/json_output.h"
#include "pipeline/runner.h"
#include "casus/pipeline_factory.h"
#include "tools/common.h"
#include "tools/input_source.h"
#include "tools/output_file.h"
#include "tools/progress.h"
#include "tools/report_html.h"
#include "tools/run_meta.h"
#include "tools/sinks.h"

namespace casus {
namespace {

// Keeps the progress line on standard error: documents, text, rate, and
// the share done with the time left when the input's size is known
// (`total` > 0) and read from the start (no --range or --resume skip).
void PrintProgress(const RunProgress& p, const InputSource& source, uint64_t total) {
  std::string estimate = ProgressEstimate(source.consumed_bytes(), total, p.seconds);
  std::fprintf(stderr, "\r\033[K%s",
               ProgressLine(p.documents, p.bytes, p.seconds, estimate).c_str());
}

}  // namespace

int RunExtract(const ExtractOptions& options) {
  if (options.inputs.empty()) {
    ReportError("", "extract: no input (give files, folders, .jsonl or -)");
    return kExitUsage;
  }
  OutputOptions layers;
  for (const std::string& l : options.layers) {
    if (l == "tokens") {
      layers.tokens = true;
    } else if (l == "sentences") {
      layers.sentences = true;
    } else {
      ReportError("", StrCat("--layers: unknown layer '", l,
                                   "' (known: tokens, sentences)"));
      return kExitUsage;
    }
  }
  BuildOptions popts;
  popts.max_document_bytes = options.max_document_bytes;
  auto built = BuildPipelineOrReport(options.rules_dir, options.profile, popts);
  if (built == nullptr) return kExitUsage;
  const Pipeline* pipeline = built->pipeline.get();

  if (options.count) {
    InputOptions iopts;
    iopts.max_document_bytes = options.max_document_bytes;
    InputSource counter(options.inputs, iopts);
    std::printf("%llu\n", static_cast<unsigned long long>(counter.CountAll()));
    return kExitOk;
  }
  // Every output is checked, and opened, before any document is processed.
  std::vector<std::string> outputs = {options.output.empty() ? "-" : options.output};
  for (const std::string* o : {&options.claims_out, &options.html_out}) {
    if (!o->empty()) outputs.push_back(*o);
  }
  if (absl::Status s = CheckOutputs(outputs, options.inputs); !s.ok()) {
    ReportError("", FromAbsl(s.message()));
    return kExitUsage;
  }
  OutputFile out, claims_file, html_file;
  ResumeState resumed;
  absl::Status opened = options.resume ? out.OpenResume(options.output, &resumed)
                                       : out.Open(options.output, /*resumable=*/true);
  if (opened.ok() && !options.claims_out.empty()) opened = claims_file.Open(options.claims_out);
  if (opened.ok() && !options.html_out.empty()) opened = html_file.Open(options.html_out);
  if (!opened.ok()) {
    ReportError("", FromAbsl(opened.message()));
    return absl::IsInvalidArgument(opened) ? kExitUsage : kExitFailed;
  }
  const uint64_t done = resumed.lines;
  InputOptions iopts;
  iopts.max_document_bytes = options.max_document_bytes;
  iopts.check_ids = options.check_ids;
  // Resuming: the first `done` documents are in the output already. Without
  // a claim set or report they are skipped unread; with one they are
  // processed again (for their claims and pages) but not written twice.
  bool want_set = !options.claims_out.empty() || !options.html_out.empty();
  uint64_t drop = 0;
  if (!want_set) {
    iopts.skip = options.range_begin + done;
  } else {
    iopts.skip = options.range_begin;
    drop = done;
  }
  iopts.end = options.range_end;
  if (options.resume && done > 0 && !options.quiet) {
    std::fprintf(stderr, "casus: resuming after %llu documents already in %s\n",
                 static_cast<unsigned long long>(done), resumed.from.c_str());
  }
  InputSource source(options.inputs, iopts);
  // What the run does with each document; a resumed run's first `drop`
  // documents (already in the output) only feed the claim set and report.
  ClaimSet claim_set;
  WriteLines write(&out, out.is_stdout() ? &source : nullptr);
  ReportProblems report;
  CollectClaims claims(&claim_set);
  KeepDocuments keep(options.html_out.empty() ? 0 : 5000);
  Digest digest;
  SkipFirst new_report(drop, &report), new_write(drop, &write), new_digest(drop, &digest);
  std::vector<DocumentUse*> uses = {&new_report, &new_write, &new_digest};
  if (want_set) {
    uses.push_back(&claims);
    uses.push_back(&keep);
  }
  ComposedSink sink(layers, /*render=*/true, uses);

  RunnerOptions ropts;
  ropts.threads = ThreadsOrAllCores(options.threads);
  // Standard input may be a pipe fed as documents arrive: no batching, so
  // each result is written as soon as it is ready.
  if (std::find(options.inputs.begin(), options.inputs.end(), "-") != options.inputs.end()) {
    ropts.batch_bytes = 0;
  }
  bool progress = !options.quiet && isatty(STDERR_FILENO);
  if (progress) {
    bool whole = iopts.skip == 0 && iopts.end == UINT64_MAX;
    uint64_t total = whole ? InputBytes(options.inputs) : 0;
    ropts.progress = [&source, total](const RunProgress& p) { PrintProgress(p, source, total); };
  }

  // On any failure the completed documents stay on disk (OutputFile).
  auto fail = [&](std::string_view message) {
    ReportError("", message);
    if (std::string kept = out.Abandon(); !kept.empty()) ReportError(options.output, kept);
    return kExitFailed;
  };
  absl::StatusOr<RunStats> stats =
      RunPipeline(*pipeline, &source, &sink, ropts);
  if (progress) std::fprintf(stderr, "\r\033[K");
  if (!stats.ok()) return fail(FromAbsl(stats.status().message()));
  if (absl::Status s = out.Commit(); !s.ok()) return fail(FromAbsl(s.message()));
  // Which casus, rules and WordNet produced the file, beside it.
  if (out.replaces_file()) {
    absl::Status s = WriteWholeFile(
        options.output + ".meta.json",
        RunMetaJson(LocateRules(options.rules_dir), options.profile, LocateWordNet()));
    if (!s.ok()) {
      ReportError("", FromAbsl(s.message()));
      return kExitFailed;
    }
  }
  if (!options.html_out.empty()) {
    ReportOptions ropt;
    ropt.hub_concepts = HubConceptIds(built->rules->concepts().get());
    absl::Status s = html_file.Write(RenderReportHtml(keep.kept(), claim_set, ropt));
    if (s.ok()) s = html_file.Commit();
    if (!s.ok()) {
      ReportError("", FromAbsl(s.message()));
      return kExitFailed;
    }
  }
  if (!options.claims_out.empty()) {
    absl::Status s = claims_file.Write(claim_set.ToJsonl());
    if (s.ok()) s = claims_file.Commit();
    if (!s.ok()) {
      ReportError("", FromAbsl(s.message()));
      return kExitFailed;
    }
  }
  if (!options.quiet) {
    const RunStats& st = *stats;
    std::fprintf(
        stderr,
        "casus: %llu document%s, %llu ok, %llu failed; %s; %llu sentences, "
        "%llu entities, %llu claims; %.2f s (%.1f MB/s)%s%s\n",
        static_cast<unsigned long long>(st.documents),
        st.documents == 1 ? "" : "s",
        static_cast<unsigned long long>(st.documents - st.failed),
        static_cast<unsigned long long>(st.failed),
        HumanBytes(static_cast<double>(st.bytes)).c_str(),
        static_cast<unsigned long long>(st.sentences),
        static_cast<unsigned long long>(st.entities),
        static_cast<unsigned long long>(st.claims), st.seconds,
        st.seconds > 0 ? st.bytes / 1e6 / st.seconds : 0.0,
        out.is_stdout() ? "" : " -> ",
        out.is_stdout() ? "" : options.output.c_str());
    if (!options.claims_out.empty()) {
      std::fprintf(stderr, "casus: claim set: %zu normalized claims -> %s\n",
                   claim_set.size(), options.claims_out.c_str());
    }
    if (options.summary) digest.Print(st.claims);
  }
  // Documents that failed in the part a resumed run kept count too.
  return stats->failed > 0 || resumed.error_lines > 0 ? kExitFailed : kExitOk;
}

}  // namespace casus
