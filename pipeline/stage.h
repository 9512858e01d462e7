// Stage: one step of the pipeline. A stage reads the layers earlier stages
// added to a Document and adds its own; it never removes or rewrites another
// stage's layer.
//
//   class Tokenizer : public Stage { ... };
//   CASUS_RETURN_IF_ERROR(stage.Process(&doc));
//
// Stages are immutable after their factory (`Create`) returns, so one
// instance serves every thread: Process() is const and thread-safe for
// distinct documents.
#ifndef CASUS_PIPELINE_STAGE_H_
#define CASUS_PIPELINE_STAGE_H_

#include <string_view>

#include "absl/status/status.h"
#include "pipeline/document.h"

namespace casus {

class Stage {
 public:
  virtual ~Stage() = default;

  // Short stable name: "tokenize", "split", "tag", "entities", "claims",
  // "normalize" (casus/pipeline_factory.h lists them in order).
  virtual std::string_view Name() const = 0;

  // Adds this stage's layer to *doc. An error means the document cannot be
  // processed (e.g. over a size limit); the runner records it on the
  // document and carries on with the next one.
  // REQUIRES: the layers of the stages before this one are present.
  virtual absl::Status Process(Document* doc) const = 0;
};

}  // namespace casus

#endif  // CASUS_PIPELINE_STAGE_H_
