// Pipeline: an ordered list of stages run on one document at a time. The
// default stage list is built from a rules folder by BuildPipeline()
// (casus/pipeline_factory.h); this core knows no concrete stage.
//
//   CASUS_ASSIGN_OR_RETURN(auto pipeline, BuildPipeline(opts, Env::Default()));
//   Document doc = Document::FromText("a", text);
//   pipeline->Process(&doc);  // on failure doc.error is set
//
// Immutable after Create(); Process() is thread-safe for distinct documents.
#ifndef CASUS_PIPELINE_PIPELINE_H_
#define CASUS_PIPELINE_PIPELINE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "pipeline/stage.h"

namespace casus {

struct PipelineOptions {
  // Documents longer than this fail with an error instead of being
  // processed (memory is about 4x the text size while processing).
  uint64_t max_document_bytes = 64ull << 20;
};

// Per-stage wall time in nanoseconds, in stage order.
struct StageTimes {
  std::vector<int64_t> ns;
};

class Pipeline {
 public:
  // Takes ownership of the stages, run in the order given.
  static std::unique_ptr<Pipeline> Create(
      std::vector<std::unique_ptr<Stage>> stages,
      const PipelineOptions& options);

  // Runs every stage. On failure sets doc->error and returns the status;
  // layers added so far stay. Thread-safe for distinct documents. When
  // `times` is given, adds each stage's wall time to it.
  absl::Status Process(Document* doc, StageTimes* times = nullptr) const;

  const std::vector<std::unique_ptr<Stage>>& stages() const { return stages_; }
  const PipelineOptions& options() const { return options_; }

 private:
  Pipeline() = default;
  PipelineOptions options_;
  std::vector<std::unique_ptr<Stage>> stages_;
};

}  // namespace casus

#endif  // CASUS_PIPELINE_PIPELINE_H_
