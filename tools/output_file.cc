#include "tools/output_file.h"

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

absl::Status OutputFile::Open(const std::string& path,
                              const std::string& append_from,
                              uint64_t keep_bytes) {
  path_ = path;
  if (path.empty() || path == "-") {
    file_ = stdout;
    path_.clear();
    return absl::OkStatus();
  }
  temp_ = StrCat(path, ".tmp-", getpid());
  file_ = std::fopen(temp_.c_str(), "wb");
  if (file_ == nullptr) {
    return Error(StrCat("cannot write: ", std::strerror(errno)));
  }
  if (!append_from.empty()) {
    FILE* in = std::fopen(append_from.c_str(), "rb");
    if (in == nullptr) {
      return Error(StrCat("cannot read ", append_from, ": ",
                                std::strerror(errno)));
    }
    char buf[1 << 16];
    uint64_t left = keep_bytes;
    while (left > 0) {
      size_t n = std::fread(buf, 1, std::min<uint64_t>(sizeof buf, left), in);
      if (n == 0) break;
      if (std::fwrite(buf, 1, n, file_) != n) {
        std::fclose(in);
        return Error(std::strerror(errno));
      }
      left -= n;
    }
    std::fclose(in);
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

}  // namespace casus
