// BuildPipeline: the default Casus pipeline from a rules folder.
//
//   PipelineOptions opts;
//   opts.rules_dir = "rules";
//   CASUS_ASSIGN_OR_RETURN(auto pipeline, BuildPipeline(opts, Env::Default()));
//
// Loads and validates every rule file the stages need. Errors in rule files
// are InvalidArgumentError("FILE:LINE:COLUMN: message"); a missing rules
// folder or profile is NotFoundError; an unknown `last_stage`
// InvalidArgumentError.
#ifndef CASUS_STAGES_PIPELINE_FACTORY_H_
#define CASUS_STAGES_PIPELINE_FACTORY_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "pipeline/env.h"
#include "pipeline/pipeline.h"

namespace casus {

// Stage names in pipeline order.
const std::vector<std::string>& DefaultStageNames();

absl::StatusOr<std::unique_ptr<Pipeline>> BuildPipeline(
    const PipelineOptions& options, Env* env);

}  // namespace casus

#endif  // CASUS_STAGES_PIPELINE_FACTORY_H_
