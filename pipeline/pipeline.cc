#include "pipeline/pipeline.h"

#include <chrono>

#include "pipeline/strings.h"

namespace casus {

std::unique_ptr<Pipeline> Pipeline::Create(
    std::vector<std::unique_ptr<Stage>> stages,
    const PipelineOptions& options) {
  std::unique_ptr<Pipeline> p(new Pipeline);
  p->options_ = options;
  p->stages_ = std::move(stages);
  return p;
}

absl::Status Pipeline::Process(Document* doc, StageTimes* times) const {
  if (!doc->error.empty()) return absl::InvalidArgumentError(doc->error);
  if (doc->text.size() > options_.max_document_bytes) {
    doc->error = StrCat("document is ", doc->text.size(),
                              " bytes, over the limit of ",
                              options_.max_document_bytes,
                              " (--max-doc-bytes)");
    return absl::ResourceExhaustedError(doc->error);
  }
  if (times != nullptr && times->ns.size() < stages_.size()) {
    times->ns.resize(stages_.size(), 0);
  }
  for (size_t i = 0; i < stages_.size(); ++i) {
    auto start = std::chrono::steady_clock::now();
    absl::Status s = stages_[i]->Process(doc);
    if (times != nullptr) {
      times->ns[i] += std::chrono::duration_cast<std::chrono::nanoseconds>(
                          std::chrono::steady_clock::now() - start)
                          .count();
    }
    if (!s.ok()) {
      doc->error = StrCat(stages_[i]->Name(), ": ", s.message());
      return s;
    }
  }
  return absl::OkStatus();
}

}  // namespace casus
