#include "tools/bench_command.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "absl/strings/str_format.h"
#include "nlohmann/json.hpp"
#include "pipeline/json_output.h"
#include "pipeline/runner.h"
#include "pipeline/strings.h"
#include "casus/pipeline_factory.h"
#include "tools/common.h"
#include "tools/input_source.h"
#include "tools/synthetic_source.h"

namespace casus {
namespace {

// Renders every document (the JSON writer is part of the work) and drops it.
class CountingSink : public DocumentSink {
 public:
  std::string Render(const Document& doc) const override {
    std::string s;
    AppendDocumentJson(doc, OutputOptions{}, &s);
    return s;
  }
  absl::Status Write(const Document&, std::string rendered) override {
    bytes_out_ += rendered.size();
    return absl::OkStatus();
  }
  uint64_t bytes_out_ = 0;
};

double PeakRssMb() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;  // kilobytes on Linux
}

}  // namespace

int RunBench(const BenchOptions& o) {
  if (o.inputs.empty() && o.synthetic_bytes == 0) {
    ReportError("", "bench: give a corpus, or --synthetic SIZE");
    return kExitUsage;
  }
  BuildOptions popts;
  popts.max_document_bytes = 1ull << 30;
  double load_ms = 0;
  std::unique_ptr<BuiltPipeline> built = BuildPipelineOrReport(o.rules_dir, o.profile, popts, &load_ms);
  if (built == nullptr) return kExitUsage;
  const Pipeline* pipeline = built->pipeline.get();
  int max_threads = ThreadsOrAllCores(o.max_threads);
  std::vector<int> counts;
  if (o.scaling) {
    for (int t = 1; t <= max_threads; t *= 2) counts.push_back(t);
    if (counts.back() != max_threads) counts.push_back(max_threads);
  } else {
    counts.push_back(max_threads);
  }
  struct Row {
    int threads;
    RunStats stats;                // the median run
    std::vector<double> seconds;   // every run, in round order
  };
  std::vector<Row> rows;
  std::vector<std::vector<RunStats>> runs(counts.size());
  for (int round = 0; round < o.repeat; ++round) {
    for (size_t c = 0; c < counts.size(); ++c) {
      std::unique_ptr<DocumentSource> source;
      if (o.synthetic_bytes > 0) {
        source = std::make_unique<SyntheticSource>(*built, o.synthetic_bytes, o.seed);
      } else {
        InputOptions iopts;
        iopts.max_document_bytes = popts.max_document_bytes;
        source = std::make_unique<InputSource>(o.inputs, iopts);
      }
      CountingSink sink;
      RunnerOptions ropts;
      ropts.threads = counts[c];
      ropts.collect_stage_times = true;
      auto stats = RunPipeline(*pipeline, source.get(), &sink, ropts);
      if (!stats.ok()) {
        ReportError("", FromAbsl(stats.status().message()));
        return kExitFailed;
      }
      runs[c].push_back(*std::move(stats));
    }
  }
  for (size_t c = 0; c < counts.size(); ++c) {
    std::vector<RunStats>& rs = runs[c];
    Row row{counts[c], {}, {}};
    for (const RunStats& r : rs) row.seconds.push_back(r.seconds);
    // The median by time (the lower middle one for an even count).
    std::vector<size_t> order(rs.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return rs[a].seconds < rs[b].seconds; });
    row.stats = rs[order[(order.size() - 1) / 2]];
    rows.push_back(std::move(row));
  }
  const RunStats& one = rows.front().stats;
  const auto& stages = pipeline->stages();
  if (o.format == "json") {
    nlohmann::ordered_json j;
    j["corpus"] = o.synthetic_bytes > 0 ? StrCat("synthetic:", o.synthetic_bytes, ":seed", o.seed)
                                        : StrCat(o.inputs.size(), " inputs");
    j["rules_load_ms"] = load_ms;
    j["rounds"] = o.repeat;
    j["bytes"] = one.bytes;
    j["documents"] = one.documents;
    j["sentences"] = one.sentences;
    j["entities"] = one.entities;
    j["claims"] = one.claims;
    nlohmann::ordered_json st;
    for (size_t i = 0; i < stages.size() && i < one.stage_times.ns.size(); ++i) {
      st[std::string(stages[i]->Name())] = one.stage_times.ns[i] / 1e9;
    }
    j["stage_seconds_1_thread"] = st;
    nlohmann::ordered_json runs = nlohmann::ordered_json::array();
    for (const Row& r : rows) {
      runs.push_back({{"threads", r.threads},
                      {"seconds", r.stats.seconds},
                      {"mb_per_s", r.stats.bytes / 1e6 / r.stats.seconds},
                      {"docs_per_s", r.stats.documents / r.stats.seconds},
                      {"sentences_per_s", r.stats.sentences / r.stats.seconds},
                      {"speedup", one.seconds / r.stats.seconds},
                      {"seconds_all_rounds", r.seconds}});
    }
    j["runs"] = runs;
    j["peak_rss_mb"] = PeakRssMb();
    std::printf("%s\n", j.dump(2).c_str());
    return kExitOk;
  }
  std::printf("Casus bench: %s, %s in %llu documents\n",
              o.synthetic_bytes > 0 ? StrCat("synthetic corpus (seed ", o.seed, ")").c_str()
                                    : "corpus",
              HumanBytes(static_cast<double>(one.bytes)).c_str(),
              static_cast<unsigned long long>(one.documents));
  std::printf("rules loaded in %.0f ms; %llu sentences, %llu entities, %llu claims\n\n",
              load_ms, static_cast<unsigned long long>(one.sentences),
              static_cast<unsigned long long>(one.entities),
              static_cast<unsigned long long>(one.claims));
  if (o.repeat > 1) {
    std::printf("median of %d interleaved rounds (seconds of every round in --format json)\n\n",
                o.repeat);
  }
  std::printf("  %-8s %9s %9s %10s %12s %8s\n", "threads", "seconds", "MB/s", "docs/s",
              "sentences/s", "speedup");
  for (const Row& r : rows) {
    std::printf("  %-8d %9.2f %9.2f %10.0f %12.0f %7.2fx\n", r.threads, r.stats.seconds,
                r.stats.bytes / 1e6 / r.stats.seconds, r.stats.documents / r.stats.seconds,
                r.stats.sentences / r.stats.seconds, one.seconds / r.stats.seconds);
  }
  std::printf("\nTime per stage (1 thread%s):\n", o.repeat > 1 ? ", the median run" : "");
  double total = 0;
  for (int64_t ns : one.stage_times.ns) total += ns;
  for (size_t i = 0; i < stages.size() && i < one.stage_times.ns.size(); ++i) {
    double s = one.stage_times.ns[i] / 1e9;
    std::printf("  %-10s %7.2f s  %5.1f%%  %8.1f MB/s\n",
                std::string(stages[i]->Name()).c_str(), s, 100 * one.stage_times.ns[i] / total,
                one.bytes / 1e6 / s);
  }
  std::printf("  %-10s %7.2f s  (reading, JSON writing, threads)\n", "other",
              one.seconds - total / 1e9);
  std::printf("\nPeak resident memory: %.0f MB\n", PeakRssMb());
  return kExitOk;
}

}  // namespace casus
