#include "pipeline/env.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "absl/status/status.h"
#include "pipeline/strings.h"

namespace casus {
namespace {

class PosixEnv : public Env {
 public:
  absl::StatusOr<std::string> ReadFile(const std::string& path) override {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (f == nullptr) {
      int err = errno;
      std::string msg = StrCat(path, ": ", std::strerror(err));
      return err == ENOENT ? absl::NotFoundError(msg)
                           : absl::PermissionDeniedError(msg);
    }
    // Sized once from the file's length (WordNet's files are megabytes:
    // growing by doubling copied and faulted them in again and again).
    std::string out;
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && st.st_size > 0) out.reserve(static_cast<size_t>(st.st_size));
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (failed) return absl::DataLossError(StrCat(path, ": read error"));
    return out;
  }

  absl::StatusOr<std::string> ReadFileRange(const std::string& path, uint64_t offset,
                                            size_t length) override {
    int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      int err = errno;
      std::string msg = StrCat(path, ": ", std::strerror(err));
      return err == ENOENT ? absl::NotFoundError(msg) : absl::PermissionDeniedError(msg);
    }
    std::string out(length, '\0');
    size_t got = 0;
    bool failed = false;
    while (got < length) {
      ssize_t r = pread(fd, out.data() + got, length - got, static_cast<off_t>(offset + got));
      if (r < 0 && errno == EINTR) continue;
      failed = r < 0;
      if (r <= 0) break;  // an error, or the end of the file
      got += static_cast<size_t>(r);
    }
    close(fd);
    if (failed) return absl::DataLossError(StrCat(path, ": read error"));
    out.resize(got);
    return out;
  }

  absl::StatusOr<std::vector<std::string>> ListFiles(
      const std::string& dir) override {
    DIR* d = opendir(dir.c_str());
    if (d == nullptr) {
      return absl::NotFoundError(
          StrCat(dir, ": ", std::strerror(errno)));
    }
    std::vector<std::string> names;
    while (dirent* e = readdir(d)) {
      std::string name = e->d_name;
      if (name == "." || name == "..") continue;
      struct stat st;
      std::string path = dir + "/" + name;
      if (stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
        names.push_back(std::move(name));
      }
    }
    closedir(d);
    std::sort(names.begin(), names.end());
    return names;
  }

  bool DirExists(const std::string& dir) override {
    struct stat st;
    return stat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
  }
};

}  // namespace

Env* Env::Default() {
  static Env* env = new PosixEnv;
  return env;
}

absl::StatusOr<std::string> Env::ReadFileRange(const std::string& path, uint64_t offset,
                                               size_t length) {
  absl::StatusOr<std::string> all = ReadFile(path);
  if (!all.ok()) return all.status();
  if (offset >= all->size()) return std::string();
  return all->substr(static_cast<size_t>(offset), length);
}

absl::StatusOr<std::string> MemEnv::ReadFile(const std::string& path) {
  auto it = files_.find(path);
  if (it == files_.end()) {
    return absl::NotFoundError(StrCat(path, ": No such file"));
  }
  return it->second;
}

absl::StatusOr<std::vector<std::string>> MemEnv::ListFiles(
    const std::string& dir) {
  std::string prefix = dir + "/";
  std::vector<std::string> names;
  for (const auto& [path, contents] : files_) {
    if (path.compare(0, prefix.size(), prefix) != 0) continue;
    std::string rest = path.substr(prefix.size());
    if (rest.find('/') == std::string::npos) names.push_back(rest);
  }
  if (names.empty() && !DirExists(dir)) {
    return absl::NotFoundError(StrCat(dir, ": No such directory"));
  }
  return names;
}

bool MemEnv::DirExists(const std::string& dir) {
  std::string prefix = dir + "/";
  auto it = files_.lower_bound(prefix);
  return it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
}

}  // namespace casus
