#include "tools/output_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "pipeline/strings.h"

namespace casus {

OutputFile::~OutputFile() {
  if (file_ != nullptr && file_ != stdout) {
    std::fclose(file_);
    std::remove(temp_.c_str());
  }
}

absl::Status OutputFile::Error(const std::string& what) {
  failed_ = true;
  return absl::UnavailableError(
      StrCat(path_.empty() ? "<stdout>" : path_, ": ", what));
}

absl::Status OutputFile::Open(const std::string& path) {
  path_ = path;
  if (path.empty() || path == "-") {
    file_ = stdout;
    path_.clear();
    return absl::OkStatus();
  }
  temp_ = StrCat(path, ".partial");
  file_ = std::fopen(temp_.c_str(), "wb");
  if (file_ == nullptr) {
    return Error(StrCat("cannot write: ", std::strerror(errno)));
  }
  return absl::OkStatus();
}

absl::Status OutputFile::OpenResume(const std::string& path, uint64_t* lines) {
  *lines = 0;
  if (path.empty() || path == "-") {
    return absl::InvalidArgumentError("--resume needs an output file (-o FILE)");
  }
  path_ = path;
  temp_ = StrCat(path, ".partial");
  struct stat st;
  if (stat(temp_.c_str(), &st) != 0 && stat(path.c_str(), &st) == 0) {
    // A finished run: continue from the complete file.
    if (std::rename(path.c_str(), temp_.c_str()) != 0) {
      return Error(StrCat("cannot resume: ", std::strerror(errno)));
    }
  }
  FILE* in = std::fopen(temp_.c_str(), "rb");
  uint64_t keep = 0;
  if (in != nullptr) {
    char buf[1 << 16];
    uint64_t pos = 0;
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, in)) > 0) {
      for (size_t i = 0; i < n; ++i) {
        if (buf[i] == '\n') {
          ++*lines;
          keep = pos + i + 1;
        }
      }
      pos += n;
    }
    std::fclose(in);
    if (truncate(temp_.c_str(), static_cast<off_t>(keep)) != 0) {
      return Error(StrCat("cannot resume: ", std::strerror(errno)));
    }
  }
  file_ = std::fopen(temp_.c_str(), in != nullptr ? "ab" : "wb");
  if (file_ == nullptr) {
    return Error(StrCat("cannot write: ", std::strerror(errno)));
  }
  return absl::OkStatus();
}

absl::Status OutputFile::Write(std::string_view data) {
  if (failed_) return Error("earlier write failed");
  if (std::fwrite(data.data(), 1, data.size(), file_) != data.size()) {
    return Error(StrCat("write failed: ", std::strerror(errno)));
  }
  return absl::OkStatus();
}

absl::Status OutputFile::Flush() {
  if (std::fflush(file_) != 0) {
    return Error(StrCat("write failed: ", std::strerror(errno)));
  }
  return absl::OkStatus();
}

absl::Status OutputFile::Commit() {
  if (failed_) return Error("not written: an earlier write failed");
  if (std::fflush(file_) != 0 || std::ferror(file_)) {
    return Error(StrCat("write failed: ", std::strerror(errno)));
  }
  if (file_ == stdout) return absl::OkStatus();
  if (fsync(fileno(file_)) != 0 && errno != EINVAL) {
    return Error(StrCat("write failed: ", std::strerror(errno)));
  }
  if (std::fclose(file_) != 0) {
    file_ = nullptr;
    std::remove(temp_.c_str());
    return Error(StrCat("write failed: ", std::strerror(errno)));
  }
  file_ = nullptr;
  if (std::rename(temp_.c_str(), path_.c_str()) != 0) {
    std::remove(temp_.c_str());
    return Error(StrCat("cannot rename into place: ",
                              std::strerror(errno)));
  }
  return absl::OkStatus();
}

absl::Status WriteWholeFile(const std::string& path, std::string_view data) {
  OutputFile file;
  absl::Status s = file.Open(path);
  if (s.ok()) s = file.Write(data);
  if (s.ok()) s = file.Commit();
  return s;
}

}  // namespace casus
