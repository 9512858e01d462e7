// OutputFile: where a command writes its results, without ever harming what
// the output replaces.
//
// - "" or "-": standard output.
// - A regular file, or a name that does not exist yet: written to a unique
//   temporary file beside it (FILE.tmp-PID-RANDOM, created with O_EXCL) and
//   renamed over it by Commit(), so a failed run never leaves a half-written
//   file that looks complete and two runs with the same output never mix.
// - A symbolic link: followed; its final target is written as above and the
//   link itself is kept.
// - A character device or a FIFO ("/dev/null", a named pipe): written
//   straight through, never renamed, replaced or removed.
// - A folder, a socket or a block device: refused by Open().
//
// A resumable output (`casus extract -o`) keeps completed work on every
// failure path: when it is abandoned holding complete lines, the temporary
// file becomes FILE.partial (or keeps its own name when a FILE.partial is
// there already), and OpenResume() continues it. A resumed run appends to
// FILE.partial under an exclusive lock and never deletes it.
//
//   OutputFile out;
//   CASUS_RETURN_IF_ERROR(out.Open("out.jsonl"));
//   CASUS_RETURN_IF_ERROR(out.Write(line));
//   CASUS_RETURN_IF_ERROR(out.Commit());
//
// Not thread-safe. Not copyable. The destructor abandons an uncommitted
// output (see Abandon()).
#ifndef CASUS_TOOLS_OUTPUT_FILE_H_
#define CASUS_TOOLS_OUTPUT_FILE_H_

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"

namespace casus {

// What OpenResume() found in the output it continues.
struct ResumeState {
  uint64_t lines = 0;        // complete lines kept
  uint64_t error_lines = 0;  // of them, documents that failed ("error")
  std::string from;          // the file continued, "" when starting afresh
};

class OutputFile {
 public:
  OutputFile() = default;
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // Opens `path` as described above. `resumable`: on failure, complete lines
  // are kept as FILE.partial for --resume. Fails (nothing created):
  // InvalidArgument for a folder, socket or block device; Unavailable for a
  // symlink loop or a folder that cannot be written.
  absl::Status Open(const std::string& path, bool resumable = false);
  // Opens for --resume: continues FILE.partial (or the temporary file of a
  // run that no longer lives, or a copy of a complete FILE) after its last
  // complete line, cutting a torn last line. Without any of them, starts
  // afresh. InvalidArgument for standard output or a device.
  absl::Status OpenResume(const std::string& path, ResumeState* state);
  absl::Status Write(std::string_view data);
  // Flushes (streaming consumers see whole lines).
  absl::Status Flush();
  // Makes the output final: renames the temporary file over the target.
  absl::Status Commit();
  // Ends an uncommitted output. A resumable output holding complete lines
  // is kept (as FILE.partial where possible); other temporary files are
  // removed; devices and standard output are left alone. Returns a sentence
  // naming what was kept, or "". Idempotent.
  std::string Abandon();

  // The path as given ("" for standard output).
  const std::string& path() const { return path_; }
  // True when the output replaces a regular file (not standard output, a
  // device or a FIFO).
  bool replaces_file() const { return !path_.empty() && !device_; }
  bool is_stdout() const { return file_ == stdout; }

 private:
  absl::Status Error(const std::string& what);
  absl::Status OpenTemp(const std::string& target);
  absl::Status Adopt(const std::string& file, ResumeState* state);

  std::string path_;    // as given
  std::string target_;  // the file the output replaces (links followed)
  std::string temp_;    // the file written, when not written in place
  bool in_place_ = false;   // a device, FIFO or FILE.partial: never renamed away
  bool device_ = false;     // a character device or FIFO
  bool resumable_ = false;
  bool committed_ = false;
  bool failed_ = false;
  FILE* file_ = nullptr;
};

// Writes `data` as the whole of `path` through an OutputFile.
absl::Status WriteWholeFile(const std::string& path, std::string_view data);

// The file a path names once symbolic links are followed (the path itself
// when it is not a link; a dangling link gives the name it points to).
// Fails on a link loop.
absl::Status ResolveOutputPath(const std::string& path, std::string* target);

// Refuses outputs that would harm the run's own inputs or each other: an
// output that is an input file, an output inside an input folder that the
// folder walk would read (.txt, .md, .jsonl), and two outputs naming the
// same regular file. Devices may repeat ("-o /dev/null --claims-out
// /dev/null"). "" and "-" in `outputs` are standard output: at most one.
absl::Status CheckOutputs(const std::vector<std::string>& outputs,
                          const std::vector<std::string>& inputs);

}  // namespace casus

#endif  // CASUS_TOOLS_OUTPUT_FILE_H_
