#include "tools/output_file.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <random>

#include "pipeline/strings.h"
#include "tools/input_source.h"

namespace casus {
namespace {

std::string DirName(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string BaseName(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string RandomHex() {
  std::random_device rd;
  uint64_t v = (static_cast<uint64_t>(rd()) << 32) ^ rd();
  static constexpr char kHex[] = "0123456789abcdef";
  std::string s;
  for (int i = 0; i < 12; ++i, v >>= 4) s.push_back(kHex[v & 15]);
  return s;
}

// A line of the per-document output that records a failed document: the
// writer puts "error" last, and `,"error":"` cannot occur inside a JSON
// string (its quotes would be escaped).
bool IsErrorLine(std::string_view line) {
  return line.find(",\"error\":\"") != std::string_view::npos;
}

// The path with its folder made canonical, for comparing outputs ("" when
// the folder does not exist).
std::string CanonicalPath(const std::string& path) {
  char buf[PATH_MAX];
  if (realpath(DirName(path).c_str(), buf) == nullptr) return "";
  std::string dir = buf;
  return dir == "/" ? "/" + BaseName(path) : dir + "/" + BaseName(path);
}

// Temporary files of earlier runs of `target` whose process is gone
// ("TARGET.tmp-PID-RANDOM"), largest first.
std::vector<std::string> DeadRunTemps(const std::string& target) {
  std::vector<std::pair<off_t, std::string>> found;
  std::string prefix = BaseName(target) + ".tmp-";
  DIR* dir = opendir(DirName(target).c_str());
  if (dir == nullptr) return {};
  while (struct dirent* e = readdir(dir)) {
    std::string_view name = e->d_name;
    if (!name.starts_with(prefix)) continue;
    std::string_view rest = name.substr(prefix.size());
    size_t dash = rest.find('-');
    if (dash == 0 || dash == std::string_view::npos) continue;
    long pid = 0;
    bool digits = true;
    for (char c : rest.substr(0, dash)) {
      if (c < '0' || c > '9' || pid > 1'000'000'000) {
        digits = false;
        break;
      }
      pid = pid * 10 + (c - '0');
    }
    if (!digits || pid <= 0) continue;
    if (kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;  // alive
    std::string path = DirName(target) + "/" + std::string(name);
    struct stat st;
    if (lstat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
      found.push_back({st.st_size, path});
    }
  }
  closedir(dir);
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  std::vector<std::string> out;
  for (auto& f : found) out.push_back(std::move(f.second));
  return out;
}

// Moves `from` to `to` unless `to` exists. False (errno set) otherwise.
bool RenameNoReplace(const std::string& from, const std::string& to) {
  if (link(from.c_str(), to.c_str()) != 0) return false;
  unlink(from.c_str());
  return true;
}

}  // namespace

absl::Status ResolveOutputPath(const std::string& path, std::string* target) {
  std::string p = path;
  for (int hops = 0; hops < 40; ++hops) {
    struct stat st;
    if (lstat(p.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) {
      *target = p;
      return absl::OkStatus();
    }
    char buf[PATH_MAX];
    ssize_t n = readlink(p.c_str(), buf, sizeof buf - 1);
    if (n < 0) {
      return absl::UnavailableError(
          StrCat(path, ": cannot read the link: ", std::strerror(errno)));
    }
    std::string to(buf, static_cast<size_t>(n));
    p = to.starts_with("/") ? to : DirName(p) + "/" + to;
  }
  return absl::UnavailableError(StrCat(path, ": too many levels of symbolic links"));
}

OutputFile::~OutputFile() { Abandon(); }

absl::Status OutputFile::Error(const std::string& what) {
  failed_ = true;
  return absl::UnavailableError(StrCat(path_.empty() ? "<stdout>" : path_, ": ", what));
}

absl::Status OutputFile::Open(const std::string& path, bool resumable) {
  path_ = path;
  resumable_ = resumable;
  if (path.empty() || path == "-") {
    file_ = stdout;
    path_.clear();
    return absl::OkStatus();
  }
  if (absl::Status s = ResolveOutputPath(path, &target_); !s.ok()) {
    failed_ = true;
    return s;
  }
  struct stat st;
  if (stat(target_.c_str(), &st) == 0) {
    const char* refused = S_ISDIR(st.st_mode)    ? "is a folder; give a file name"
                          : S_ISSOCK(st.st_mode) ? "is a socket; cannot write to it"
                          : S_ISBLK(st.st_mode)  ? "is a block device; refusing to write to it"
                                                 : nullptr;
    if (refused != nullptr) {
      failed_ = true;
      return absl::InvalidArgumentError(StrCat(path_, ": ", refused));
    }
    if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)) {
      int fd = open(target_.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
      if (fd < 0 || (file_ = fdopen(fd, "wb")) == nullptr) {
        if (fd >= 0) close(fd);
        return Error(StrCat("cannot write: ", std::strerror(errno)));
      }
      in_place_ = true;
      device_ = true;
      return absl::OkStatus();
    }
  }
  return OpenTemp(target_);
}

absl::Status OutputFile::OpenTemp(const std::string& target) {
  struct stat st;
  bool exists = stat(target.c_str(), &st) == 0 && S_ISREG(st.st_mode);
  for (int attempt = 0; attempt < 16; ++attempt) {
    std::string temp = StrCat(target, ".tmp-", getpid(), "-", RandomHex());
    int fd = open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) {
      if (errno == EEXIST) continue;
      return Error(StrCat("cannot write in ", DirName(target), ": ", std::strerror(errno)));
    }
    // The replacement keeps the mode of the file it replaces.
    if (exists) (void)fchmod(fd, st.st_mode & 07777);
    file_ = fdopen(fd, "wb");
    if (file_ == nullptr) {
      close(fd);
      unlink(temp.c_str());
      return Error(StrCat("cannot write: ", std::strerror(errno)));
    }
    temp_ = std::move(temp);
    return absl::OkStatus();
  }
  return Error("cannot create a unique temporary file beside it");
}

absl::Status OutputFile::Adopt(const std::string& file, ResumeState* state) {
  int fd = open(file.c_str(), O_RDWR | O_CLOEXEC);
  if (fd < 0) return Error(StrCat("cannot resume ", file, ": ", std::strerror(errno)));
  if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    int e = errno;
    close(fd);
    return Error(e == EWOULDBLOCK
                     ? StrCat(file, " is being continued by another casus run")
                     : StrCat("cannot lock ", file, ": ", std::strerror(e)));
  }
  FILE* in = fdopen(dup(fd), "rb");
  if (in == nullptr) {
    close(fd);
    return Error(StrCat("cannot resume ", file, ": ", std::strerror(errno)));
  }
  char* line = nullptr;
  size_t cap = 0;
  ssize_t n;
  uint64_t keep = 0;
  while ((n = getline(&line, &cap, in)) > 0) {
    if (line[n - 1] != '\n') break;  // a torn last line
    keep += static_cast<uint64_t>(n);
    ++state->lines;
    if (IsErrorLine(std::string_view(line, static_cast<size_t>(n)))) ++state->error_lines;
  }
  bool read_failed = std::ferror(in) != 0;
  std::free(line);
  std::fclose(in);
  if (read_failed || ftruncate(fd, static_cast<off_t>(keep)) != 0 ||
      lseek(fd, 0, SEEK_END) < 0 || (file_ = fdopen(fd, "wb")) == nullptr) {
    int e = errno;
    close(fd);
    return Error(StrCat("cannot resume ", file, ": ", std::strerror(e)));
  }
  temp_ = file;
  in_place_ = true;  // holds completed work: never removed
  state->from = file;
  return absl::OkStatus();
}

absl::Status OutputFile::OpenResume(const std::string& path, ResumeState* state) {
  *state = ResumeState();
  if (path.empty() || path == "-") {
    return absl::InvalidArgumentError("--resume needs an output file (-o FILE)");
  }
  path_ = path;
  resumable_ = true;
  if (absl::Status s = ResolveOutputPath(path, &target_); !s.ok()) {
    failed_ = true;
    return s;
  }
  struct stat st;
  bool exists = stat(target_.c_str(), &st) == 0;
  if (exists && !S_ISREG(st.st_mode)) {
    failed_ = true;
    return absl::InvalidArgumentError(
        StrCat(path, ": --resume needs a regular output file"));
  }
  std::string partial = target_ + ".partial";
  if (access(partial.c_str(), F_OK) == 0) return Adopt(partial, state);
  for (const std::string& temp : DeadRunTemps(target_)) {
    if (RenameNoReplace(temp, partial)) return Adopt(partial, state);
  }
  if (!exists) return OpenTemp(target_);
  // A finished output: continue a copy, so that the file stays whole until
  // the resumed run commits.
  FILE* in = std::fopen(target_.c_str(), "rb");
  if (in == nullptr) return Error(StrCat("cannot resume: ", std::strerror(errno)));
  absl::Status s = OpenTemp(target_);
  char buf[1 << 16];
  size_t n;
  while (s.ok() && (n = std::fread(buf, 1, sizeof buf, in)) > 0) {
    if (std::fwrite(buf, 1, n, file_) != n) s = Error(StrCat("write failed: ", std::strerror(errno)));
  }
  if (s.ok() && std::ferror(in)) s = Error("cannot resume: read error");
  std::fclose(in);
  if (!s.ok()) return s;
  if (std::fflush(file_) != 0) return Error(StrCat("write failed: ", std::strerror(errno)));
  std::fclose(file_);
  file_ = nullptr;
  std::string copy = temp_;
  temp_.clear();
  s = Adopt(copy, state);
  state->from = target_;
  in_place_ = false;  // a copy: renamed over the finished file on Commit
  return s;
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
  if (file_ == stdout) {
    committed_ = true;
    return absl::OkStatus();
  }
  if (!temp_.empty() && fsync(fileno(file_)) != 0 && errno != EINVAL) {
    return Error(StrCat("write failed: ", std::strerror(errno)));
  }
  int closed = std::fclose(file_);
  file_ = nullptr;
  if (closed != 0) {
    failed_ = true;
    file_ = nullptr;
    return Error(StrCat("write failed: ", std::strerror(errno)));
  }
  committed_ = true;
  if (temp_.empty()) return absl::OkStatus();  // a device or FIFO
  if (std::rename(temp_.c_str(), target_.c_str()) != 0) {
    committed_ = false;
    return Error(StrCat("cannot rename ", temp_, " into place: ", std::strerror(errno)));
  }
  return absl::OkStatus();
}

std::string OutputFile::Abandon() {
  if (committed_) return "";
  if (file_ == stdout) {
    std::fflush(stdout);
    file_ = nullptr;
    return "";
  }
  off_t size = 0;
  if (file_ != nullptr) {
    std::fflush(file_);
    struct stat st;
    if (fstat(fileno(file_), &st) == 0) size = st.st_size;
    std::fclose(file_);
    file_ = nullptr;
  } else {
    struct stat st;
    if (!temp_.empty() && stat(temp_.c_str(), &st) == 0) size = st.st_size;
  }
  std::string temp = std::move(temp_);
  temp_.clear();
  committed_ = true;  // nothing more to do on a second call
  if (temp.empty()) return "";
  std::string partial = target_ + ".partial";
  if (in_place_) {
    return StrCat("completed documents are kept in ", temp, "; --resume continues them");
  }
  if (!resumable_ || size == 0) {
    unlink(temp.c_str());
    return "";
  }
  if (RenameNoReplace(temp, partial)) {
    return StrCat("completed documents are kept in ", partial, "; --resume continues them");
  }
  return StrCat("completed documents are kept in ", temp, " (", partial,
                " exists already)");
}

absl::Status WriteWholeFile(const std::string& path, std::string_view data) {
  OutputFile file;
  absl::Status s = file.Open(path);
  if (s.ok()) s = file.Write(data);
  if (s.ok()) s = file.Commit();
  return s;
}

absl::Status CheckOutputs(const std::vector<std::string>& outputs,
                          const std::vector<std::string>& inputs) {
  struct Out {
    std::string given, canonical;
    bool exists = false, device = false;
    dev_t dev = 0;
    ino_t ino = 0;
  };
  std::vector<Out> outs;
  int to_stdout = 0;
  for (const std::string& o : outputs) {
    if (o.empty() || o == "-") {
      if (++to_stdout > 1) {
        return absl::InvalidArgumentError(
            "two outputs go to standard output; give one of them a file name");
      }
      continue;
    }
    Out out;
    out.given = o;
    std::string target;
    if (absl::Status s = ResolveOutputPath(o, &target); !s.ok()) return s;
    out.canonical = CanonicalPath(target);
    struct stat st;
    if (stat(target.c_str(), &st) == 0) {
      out.exists = true;
      out.device = S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode);
      out.dev = st.st_dev;
      out.ino = st.st_ino;
    }
    if (out.device) continue;
    for (const Out& other : outs) {
      bool same = (!out.canonical.empty() && out.canonical == other.canonical) ||
                  (out.exists && other.exists && out.dev == other.dev && out.ino == other.ino);
      if (same) {
        return absl::InvalidArgumentError(StrCat(
            "outputs ", other.given, " and ", o, " are the same file; give each its own"));
      }
    }
    outs.push_back(std::move(out));
  }
  for (const std::string& in : inputs) {
    if (in.empty() || in == "-") continue;
    struct stat st;
    if (stat(in.c_str(), &st) != 0) continue;
    if (S_ISDIR(st.st_mode)) {
      char buf[PATH_MAX];
      if (realpath(in.c_str(), buf) == nullptr) continue;
      std::string dir = std::string(buf) == "/" ? "/" : std::string(buf) + "/";
      for (const Out& out : outs) {
        if (out.canonical.starts_with(dir) && IsInputFileName(BaseName(out.canonical)) &&
            out.canonical.find("/.", dir.size() - 1) == std::string::npos) {
          return absl::InvalidArgumentError(
              StrCat("output ", out.given, " is inside the input folder ", in,
                     " and would be read as input; write it elsewhere"));
        }
      }
      continue;
    }
    for (const Out& out : outs) {
      if (out.exists && out.dev == st.st_dev && out.ino == st.st_ino) {
        return absl::InvalidArgumentError(
            StrCat("output ", out.given, " is also an input; write it elsewhere"));
      }
    }
  }
  return absl::OkStatus();
}

}  // namespace casus
