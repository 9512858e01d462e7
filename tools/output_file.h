// OutputFile: where a command writes its results. A named file is written to
// a temporary file beside it and renamed into place by Commit(), so a failed
// or interrupted run never leaves a half-written file that looks complete.
// "" or "-" is standard output.
//
//   OutputFile out;
//   CASUS_RETURN_IF_ERROR(out.Open("out.jsonl"));
//   CASUS_RETURN_IF_ERROR(out.Write(line));
//   CASUS_RETURN_IF_ERROR(out.Commit());
//
// Not thread-safe. Destroying an uncommitted OutputFile removes the
// temporary file.
#ifndef CASUS_TOOLS_OUTPUT_FILE_H_
#define CASUS_TOOLS_OUTPUT_FILE_H_

#include <cstdio>
#include <string>
#include <string_view>

#include "absl/status/status.h"

namespace casus {

class OutputFile {
 public:
  OutputFile() = default;
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // `append_from`: when non-empty, the temporary file starts as a copy of
  // that file's first `keep_bytes` bytes (used by --resume).
  absl::Status Open(const std::string& path,
                    const std::string& append_from = "",
                    uint64_t keep_bytes = 0);
  absl::Status Write(std::string_view data);
  // Flushes per batch (streaming consumers see whole lines).
  absl::Status Flush();
  absl::Status Commit();
  const std::string& path() const { return path_; }
  bool is_stdout() const { return file_ == stdout; }

 private:
  absl::Status Error(const std::string& what);
  std::string path_;
  std::string temp_;
  FILE* file_ = nullptr;
  bool failed_ = false;
};

}  // namespace casus

#endif  // CASUS_TOOLS_OUTPUT_FILE_H_
