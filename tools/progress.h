// The progress line `casus extract` keeps on a terminal's standard error:
// pure formatting, so it is testable apart from the run.
#ifndef CASUS_TOOLS_PROGRESS_H_
#define CASUS_TOOLS_PROGRESS_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace casus {

// A duration for people: "42 s", "3 min 05 s", "2 h 07 min" (rounded down
// to the unit shown; negative counts as 0).
std::string ShortDuration(double seconds);

// The share done and the time left for `done` of `total` input bytes after
// `seconds`: "41% done, 5 s left". The time left assumes the rate so far;
// it is left out while nothing is done or no time has passed ("0% done").
// The share is rounded down and at most 100%. "" when `total` is 0
// (unknown: standard input, a pipe).
std::string ProgressEstimate(uint64_t done, uint64_t total, double seconds);

// "12 documents, 3.4 MB, 1.2 MB/s" for `text_bytes` of document text
// processed in `seconds`, then ", " and `estimate` when it is not empty.
std::string ProgressLine(uint64_t documents, uint64_t text_bytes, double seconds,
                         std::string_view estimate);

}  // namespace casus

#endif  // CASUS_TOOLS_PROGRESS_H_
