// Early-return helpers for absl::Status and absl::StatusOr (Abseil 20220623
// ships none publicly).
//
//   CASUS_RETURN_IF_ERROR(ReadRules(path));
//   CASUS_ASSIGN_OR_RETURN(auto rules, LoadRules(path));
#ifndef CASUS_PIPELINE_STATUS_MACROS_H_
#define CASUS_PIPELINE_STATUS_MACROS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define CASUS_RETURN_IF_ERROR(expr)                \
  do {                                             \
    ::absl::Status casus_status_ = (expr);         \
    if (!casus_status_.ok()) return casus_status_; \
  } while (0)

#define CASUS_CONCAT_INNER_(a, b) a##b
#define CASUS_CONCAT_(a, b) CASUS_CONCAT_INNER_(a, b)

#define CASUS_ASSIGN_OR_RETURN(lhs, rexpr) \
  CASUS_ASSIGN_OR_RETURN_IMPL_(CASUS_CONCAT_(casus_statusor_, __LINE__), lhs, rexpr)

#define CASUS_ASSIGN_OR_RETURN_IMPL_(statusor, lhs, rexpr) \
  auto statusor = (rexpr);                                 \
  if (!statusor.ok()) return statusor.status();            \
  lhs = std::move(statusor).value()

#endif  // CASUS_PIPELINE_STATUS_MACROS_H_
