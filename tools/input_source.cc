#include "tools/input_source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <functional>

#include "absl/strings/match.h"
#include "pipeline/strings.h"
#include "pipeline/utf8.h"

namespace casus {
namespace fs = std::filesystem;
namespace {

constexpr size_t kBufSize = 1 << 20;

bool IsJsonl(const std::string& path) { return path.ends_with(".jsonl"); }

std::string StripExtension(const std::string& rel) {
  size_t slash = rel.rfind('/');
  size_t dot = rel.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash) ||
      dot == 0 || (slash != std::string::npos && dot == slash + 1)) {
    return rel;
  }
  return rel.substr(0, dot);
}

}  // namespace

bool IsInputFileName(std::string_view name) {
  if (name.ends_with(".gold.jsonl")) return false;
  return name.ends_with(".txt") || name.ends_with(".md") || name.ends_with(".jsonl");
}

uint64_t InputBytes(const std::vector<std::string>& paths) {
  uint64_t total = 0;
  for (const std::string& path : paths) {
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (path == "-" || (!ec && fs::exists(st) && !fs::is_regular_file(st) &&
                        !fs::is_directory(st))) {
      return 0;
    }
    if (fs::is_regular_file(st)) {
      uintmax_t size = fs::file_size(path, ec);
      if (!ec) total += size;
      continue;
    }
    if (!fs::is_directory(st)) continue;  // missing: an error document
    // As PushLevel: no hidden entries, no links to folders, input names.
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::string name = it->path().filename().string();
      std::error_code fec;
      if (name.empty() || name[0] == '.') {
        if (it->is_directory(fec)) it.disable_recursion_pending();
        continue;
      }
      if (!it->is_directory(fec) && it->is_regular_file(fec) && IsInputFileName(name)) {
        uintmax_t size = it->file_size(fec);
        if (!fec) total += size;
      }
    }
  }
  return total;
}

bool LooksBinary(std::string_view head) {
  static constexpr std::string_view kMagic[] = {
      "%PDF-", "PK\x03\x04", "\x1F\x8B", "\x89PNG", "\x7F" "ELF", "GIF8",
      "\xFF\xD8\xFF", std::string_view("\xD0\xCF\x11\xE0", 4)};
  for (std::string_view m : kMagic) {
    if (head.substr(0, m.size()) == m) return true;
  }
  head = head.substr(0, 8192);
  if (head.empty()) return false;
  size_t control = 0;
  for (unsigned char c : head) {
    if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' &&
         c != '\v' && c != 0x1B) ||
        c == 0x7F) {
      ++control;
    }
  }
  // Text with a stray NUL or two is text (warned); a tenth control bytes is
  // not.
  return control * 10 > head.size();
}

InputSource::InputSource(std::vector<std::string> paths, InputOptions options)
    : options_(options), buf_(new char[kBufSize]) {
  for (const std::string& path : paths) {
    if (path == "-") {
      items_.push_back({"-", "", ""});
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      std::string base = fs::path(path).filename().string();
      items_.push_back({path, StripExtension(base),
                        ec ? ec.message() : "No such file or directory"});
      continue;
    }
    if (!fs::is_directory(st)) {
      std::string base = fs::path(path).filename().string();
      items_.push_back({path, StripExtension(base), ""});
      continue;
    }
    std::string dir = path;
    while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
    items_.push_back({dir, dir, "", true});
  }
}

bool InputSource::PushLevel(std::string dir, std::string rel, std::string* error) {
  Level level{std::move(dir), std::move(rel), {}, 0};
  std::error_code ec;
  fs::directory_iterator it(level.dir, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name.empty() || name[0] == '.') continue;  // hidden
    std::error_code fec;
    if (it->is_directory(fec) && !it->is_symlink(fec)) {  // no link cycles
      level.entries.emplace_back(std::move(name), true);
    } else if (it->is_regular_file(fec) && IsInputFileName(name)) {
      level.entries.emplace_back(std::move(name), false);
    }
  }
  if (ec) {
    *error = StrCat("cannot list folder: ", ec.message());
    return false;
  }
  // A folder sorts as its name plus '/', so the walk visits files in the
  // order of a sort of full relative paths ("a-b.txt" before "a/c.txt").
  auto key = [](const std::pair<std::string, bool>& e) {
    return e.second ? e.first + '/' : e.first;
  };
  std::sort(level.entries.begin(), level.entries.end(),
            [&](const auto& a, const auto& b) { return key(a) < key(b); });
  walk_.push_back(std::move(level));
  return true;
}

bool InputSource::NextInFolder(Item* item) {
  while (!walk_.empty()) {
    Level& top = walk_.back();
    if (top.next == top.entries.size()) {
      walk_.pop_back();
      continue;
    }
    auto& [name, is_folder] = top.entries[top.next++];
    std::string path = StrCat(top.dir, "/", name);
    std::string rel = StrCat(top.rel, name);
    if (!is_folder) {
      *item = {std::move(path), StripExtension(rel), "", false};
      return true;
    }
    std::string error;
    if (!PushLevel(path, rel + "/", &error)) {
      *item = {path, path, std::move(error), false};
      return true;
    }
  }
  return false;
}

InputSource::~InputSource() {
  if (jsonl_fd_ >= 0 && !jsonl_is_stdin_) close(jsonl_fd_);
}

uint64_t InputSource::CountAll() {
  options_.skip = UINT64_MAX;
  Document doc;
  while (Next(&doc)) {
  }
  return produced_;
}

bool InputSource::Next(Document* doc) {
  for (;;) {
    if (produced_ >= options_.end) return false;
    *doc = Document();
    if (!NextRaw(doc)) return false;
    // Duplicate ids: the later document fails, the first keeps its output.
    if (options_.check_ids) {
      std::optional<uint64_t> first = seen_ids_.Insert(doc->id, produced_);
      if (first.has_value() && doc->error.empty()) {
        doc->error = StrCat("duplicate document id '", doc->id, "' (document ", *first + 1,
                            " of the input has it",
                            doc->origin.find(':') == std::string::npos
                                ? "; a text file's id is its path without the extension"
                                : "",
                            ")");
      }
    }
    ++produced_;
    if (produced_ <= options_.skip) continue;
    return true;
  }
}

bool InputSource::NextRaw(Document* doc) {
  for (;;) {
    if (jsonl_fd_ >= 0) {
      if (NextJsonLine(doc)) return true;
      if (!jsonl_is_stdin_) close(jsonl_fd_);
      jsonl_fd_ = -1;
      continue;
    }
    if (!NextInFolder(&current_)) {
      if (next_item_ >= items_.size()) return false;
      current_ = items_[next_item_++];
      if (current_.folder) {
        std::string error;
        if (!PushLevel(current_.path, "", &error)) {
          current_ = {current_.path, current_.path, std::move(error), false};
        } else {
          continue;
        }
      }
    }
    const Item& item = current_;
    if (!item.missing.empty()) {
      doc->id = item.id;
      doc->origin = item.path;
      doc->error = item.missing;
      return true;
    }
    if (item.path == "-" || IsJsonl(item.path)) {
      if (item.path == "-") {
        jsonl_fd_ = STDIN_FILENO;
        jsonl_is_stdin_ = true;
        jsonl_path_ = "<stdin>";
        jsonl_stem_ = "stdin";
      } else {
        jsonl_fd_ = open(item.path.c_str(), O_RDONLY | O_CLOEXEC);
        jsonl_is_stdin_ = false;
        jsonl_path_ = item.path;
        jsonl_stem_ = item.id;
        if (jsonl_fd_ < 0) {
          doc->id = item.id;
          doc->origin = item.path;
          doc->error = std::strerror(errno);
          return true;
        }
      }
      struct stat st;
      jsonl_streaming_ = fstat(jsonl_fd_, &st) != 0 || !S_ISREG(st.st_mode);
      jsonl_line_ = 0;
      buf_pos_ = buf_len_ = 0;
      buf_eof_ = false;
      continue;
    }
    if (produced_ < options_.skip) {
      // Skipped: the id is all that is needed.
      doc->id = item.id;
      doc->origin = item.path;
      return true;
    }
    ReadTextFile(item, doc);
    return true;
  }
}

void InputSource::ReadTextFile(const Item& item, Document* doc) {
  doc->id = item.id;
  doc->origin = item.path;
  struct stat st;
  bool sized = stat(item.path.c_str(), &st) == 0;
  if (sized) consumed_.fetch_add(static_cast<uint64_t>(st.st_size), std::memory_order_relaxed);
  if (sized && static_cast<uint64_t>(st.st_size) > options_.max_document_bytes) {
    doc->error = StrCat("document is ", st.st_size,
                              " bytes, over the limit of ",
                              options_.max_document_bytes,
                              " (--max-doc-bytes); not read");
    return;
  }
  FILE* f = std::fopen(item.path.c_str(), "rb");
  if (f == nullptr) {
    doc->error = std::strerror(errno);
    return;
  }
  std::string raw;
  size_t n;
  while ((n = std::fread(buf_.get(), 1, kBufSize, f)) > 0) {
    raw.append(buf_.get(), n);
    if (raw.size() > options_.max_document_bytes) break;
  }
  bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) {
    doc->error = "read error";
    return;
  }
  if (raw.size() > options_.max_document_bytes) {
    doc->error = StrCat("document is over the limit of ",
                              options_.max_document_bytes,
                              " bytes (--max-doc-bytes); not read");
    return;
  }
  if (LooksBinary(raw)) {
    doc->error = "binary file, skipped";
    return;
  }
  if (raw.empty()) {
    doc->error = "empty document";
    return;
  }
  std::string id = doc->id, origin = doc->origin;
  *doc = Document::FromText(std::move(id), std::move(raw));
  doc->origin = std::move(origin);
  if (doc->text.find('\0') != std::string::npos) {
    doc->warnings.push_back("NUL bytes in the text, read as spaces");
  }
}

bool InputSource::NextJsonLine(Document* doc) {
  // Reads one line (without '\n'); lines over the limit are consumed but not
  // kept.
  const uint64_t limit = options_.max_document_bytes * 2 + 4096;
  for (;;) {
    std::string line;
    bool truncated = false, got = false;
    std::string read_error;
    for (;;) {
      if (buf_pos_ == buf_len_) {
        if (buf_eof_) break;
        // read(2), not a buffered FILE: a pipe's lines are taken as they
        // arrive, so a coprocess gets each answer without sending more.
        ssize_t n;
        do {
          n = read(jsonl_fd_, buf_.get(), kBufSize);
        } while (n < 0 && errno == EINTR);
        buf_pos_ = 0;
        if (n <= 0) {
          if (n < 0) read_error = std::strerror(errno);
          buf_len_ = 0;
          buf_eof_ = true;
          break;
        }
        buf_len_ = static_cast<size_t>(n);
        drained_.store(false, std::memory_order_relaxed);
      }
      got = true;
      const char* start = buf_.get() + buf_pos_;
      const char* nl = static_cast<const char*>(
          std::memchr(start, '\n', buf_len_ - buf_pos_));
      size_t take = nl ? static_cast<size_t>(nl - start) : buf_len_ - buf_pos_;
      if (!truncated) {
        if (line.size() + take > limit) {
          truncated = true;
          line.clear();
          line.shrink_to_fit();
        } else {
          line.append(start, take);
        }
      }
      buf_pos_ += take;
      consumed_.fetch_add(take + (nl != nullptr ? 1 : 0), std::memory_order_relaxed);
      if (nl != nullptr) {
        ++buf_pos_;
        break;
      }
    }
    if (!read_error.empty()) {
      // Lines before the error were produced; the rest of the input is lost,
      // and says so as a failed document.
      ++jsonl_line_;
      doc->id = StrCat(jsonl_stem_, ":", jsonl_line_);
      doc->origin = StrCat(jsonl_path_, ":", jsonl_line_);
      doc->error = StrCat("read error: ", read_error, " (the input ends here)");
      return true;
    }
    if (buf_pos_ == buf_len_ && jsonl_streaming_) drained_.store(true, std::memory_order_release);
    if (!got) return false;
    ++jsonl_line_;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    bool blank = !truncated && line.find_first_not_of(" \t") == std::string::npos;
    if (blank) continue;
    DocumentFromJsonLine(std::move(line), jsonl_path_, jsonl_stem_, jsonl_line_,
                         truncated, options_.max_document_bytes, doc);
    return true;
  }
}

}  // namespace casus
