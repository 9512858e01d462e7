// OutputFile: where a command writes its results. A named file is written to
// FILE.partial beside it and renamed into place by Commit(), so a failed or
// interrupted run never leaves a half-written file that looks complete; the
// partial file is what --resume continues. "" or "-" is standard output.
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

  absl::Status Open(const std::string& path);
  // Opens for --resume: continues FILE.partial (or a complete FILE) after
  // its last complete line, cutting a torn last line, and stores how many
  // complete lines it holds in *lines. Without either file, starts afresh.
  absl::Status OpenResume(const std::string& path, uint64_t* lines);
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

// Writes `data` as the whole of `path` through an OutputFile (temporary file
// renamed into place; "" or "-" is standard output).
absl::Status WriteWholeFile(const std::string& path, std::string_view data);

}  // namespace casus

#endif  // CASUS_TOOLS_OUTPUT_FILE_H_
