// Env: the file system as the library sees it. Library code never opens files
// itself; it reads rule files through an Env, so tests can hand it an
// in-memory one (MemEnv) and tools the real one (Env::Default()).
//
//   Env* env = Env::Default();
//   absl::StatusOr<std::string> text = env->ReadFile("rules/abbreviations.txt");
#ifndef CASUS_PIPELINE_ENV_H_
#define CASUS_PIPELINE_ENV_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace casus {

class Env {
 public:
  virtual ~Env() = default;

  // The whole file. NotFoundError when it does not exist, other errors with
  // the path and the system's reason.
  virtual absl::StatusOr<std::string> ReadFile(const std::string& path) = 0;
  // Up to `length` bytes from `offset` (fewer at the end of the file). The
  // default reads the whole file; the real file system reads only the range.
  virtual absl::StatusOr<std::string> ReadFileRange(const std::string& path, uint64_t offset,
                                                    size_t length);
  // Names (not paths) of the regular files directly in `dir`, sorted
  // bytewise. NotFoundError when `dir` does not exist.
  virtual absl::StatusOr<std::vector<std::string>> ListFiles(
      const std::string& dir) = 0;
  virtual bool DirExists(const std::string& dir) = 0;

  // The process's real file system. Never deleted; thread-safe.
  static Env* Default();
};

// An Env over an in-memory map from path to contents. A directory exists
// when some file's path starts with it and a '/'. Thread-compatible.
class MemEnv : public Env {
 public:
  void AddFile(std::string path, std::string contents) {
    files_[std::move(path)] = std::move(contents);
  }
  absl::StatusOr<std::string> ReadFile(const std::string& path) override;
  absl::StatusOr<std::vector<std::string>> ListFiles(
      const std::string& dir) override;
  bool DirExists(const std::string& dir) override;

 private:
  std::map<std::string, std::string> files_;
};

}  // namespace casus

#endif  // CASUS_PIPELINE_ENV_H_
