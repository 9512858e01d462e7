// Runner: streams documents from a source through a pipeline into a sink,
// on several threads, writing results in input order.
//
//   RunnerOptions opts;
//   opts.threads = 4;
//   CASUS_ASSIGN_OR_RETURN(RunStats stats,
//                          RunPipeline(*pipeline, &source, &sink, opts));
//
// Output is byte-identical for any thread count: sinks see documents in
// source order. Every thread (the caller's included) takes the next batch
// of documents from the source (about `batch_bytes` of text, at most
// kMaxBatchDocuments), processes it, and writes it when the output has
// reached it, with any later batches already done; so there is no reader
// or writer thread to wake, and threads meet once per batch. Memory is
// bounded: at most `max_in_flight` batches are held between source and
// sink. A document that fails (read error, size
// limit, stage error) still reaches the sink, with Document::error set.
#ifndef CASUS_PIPELINE_RUNNER_H_
#define CASUS_PIPELINE_RUNNER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "pipeline/document.h"
#include "pipeline/pipeline.h"

namespace casus {

// Produces documents. A document whose `error` is already set (unreadable
// file, malformed JSON line) is passed to the sink without processing.
// Called from one thread at a time.
class DocumentSource {
 public:
  virtual ~DocumentSource() = default;
  // Fills *doc and returns true, or returns false at the end.
  virtual bool Next(Document* doc) = 0;
};

// Consumes processed documents.
class DocumentSink {
 public:
  virtual ~DocumentSink() = default;
  // Renders a document to bytes; called on worker threads concurrently, so
  // it must be thread-safe (e.g. a pure function of the document).
  virtual std::string Render(const Document& doc) const = 0;
  // Takes a document and its rendering, in source order, one call at a
  // time (from any of the runner's threads).
  // An error stops the run (e.g. the output disk is full).
  virtual absl::Status Write(const Document& doc, std::string rendered) = 0;
};

struct RunProgress {
  uint64_t documents = 0;
  uint64_t failed = 0;
  uint64_t bytes = 0;
  double seconds = 0;
};

inline constexpr size_t kMaxBatchDocuments = 32;

struct RunnerOptions {
  int threads = 1;            // worker threads; <= 1 runs inline
  size_t max_in_flight = 0;   // batches; 0: 4 per thread
  // Text per batch. 0 hands documents over one at a time (for a source that
  // may wait for input, such as a pipe, where a batch would hold back
  // output).
  size_t batch_bytes = 64 << 10;
  // Called by whichever thread is writing (one at a time) about every
  // `progress_interval_ms`.
  std::function<void(const RunProgress&)> progress;
  int progress_interval_ms = 200;
  bool collect_stage_times = false;
};

struct RunStats {
  uint64_t documents = 0;
  uint64_t failed = 0;
  uint64_t bytes = 0;
  uint64_t tokens = 0;
  uint64_t sentences = 0;
  uint64_t entities = 0;
  uint64_t claims = 0;
  double seconds = 0;
  StageTimes stage_times;  // summed over threads, when collected
};

// Returns the sink's first error, if any; otherwise the stats.
absl::StatusOr<RunStats> RunPipeline(const Pipeline& pipeline,
                                     DocumentSource* source,
                                     DocumentSink* sink,
                                     const RunnerOptions& options);

}  // namespace casus

#endif  // CASUS_PIPELINE_RUNNER_H_
