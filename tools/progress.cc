#include "tools/progress.h"

#include <cmath>

#include "absl/strings/str_format.h"

namespace casus {

std::string ShortDuration(double seconds) {
  uint64_t s = seconds > 0 ? static_cast<uint64_t>(seconds) : 0;
  if (s < 60) return absl::StrFormat("%d s", s);
  if (s < 3600) return absl::StrFormat("%d min %02d s", s / 60, s % 60);
  return absl::StrFormat("%d h %02d min", s / 3600, s % 3600 / 60);
}

std::string ProgressEstimate(uint64_t done, uint64_t total, double seconds) {
  if (total == 0) return "";
  if (done > total) done = total;
  uint64_t percent = static_cast<uint64_t>(
      std::floor(100.0 * static_cast<double>(done) / static_cast<double>(total)));
  std::string out = absl::StrFormat("%d%% done", percent);
  if (done == 0 || seconds <= 0) return out;
  double left = seconds * static_cast<double>(total - done) / static_cast<double>(done);
  return out + ", " + ShortDuration(left) + " left";
}

std::string ProgressLine(uint64_t documents, uint64_t text_bytes, double seconds,
                         std::string_view estimate) {
  double mb = static_cast<double>(text_bytes) / 1e6;
  std::string line = absl::StrFormat("%d documents, %.1f MB, %.1f MB/s", documents, mb,
                                     seconds > 0 ? mb / seconds : 0.0);
  if (!estimate.empty()) {
    line += ", ";
    line += estimate;
  }
  return line;
}

}  // namespace casus
