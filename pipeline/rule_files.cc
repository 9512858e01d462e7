#include "pipeline/rule_files.h"

#include "pipeline/utf8.h"

#include <utility>

#include "absl/strings/match.h"
#include "pipeline/strings.h"

namespace casus {

RuleFiles::RuleFiles(Env* env, std::string root, std::string profile)
    : env_(env), root_(std::move(root)), profile_(std::move(profile)) {
  // A name ("cnc") is a folder under profiles/; a path ("./mine",
  // "/srv/rules-extra") is the folder itself.
  if (!profile_.empty()) {
    profile_dir_ = profile_.find('/') == std::string::npos
                       ? StrCat(root_, "/profiles/", profile_)
                       : profile_;
  }
}

absl::Status RuleFiles::Validate() const {
  if (!env_->DirExists(root_)) {
    return absl::NotFoundError(
        StrCat(root_, ": rules folder not found"));
  }
  if (!profile_.empty() && !env_->DirExists(profile_dir_)) {
    return absl::NotFoundError(
        StrCat("unknown profile '", profile_, "': no folder ", profile_dir_));
  }
  return absl::OkStatus();
}

namespace {

// Rule files must be UTF-8: the first bad byte is reported by position.
absl::Status CheckUtf8(const std::string& path, const std::string& contents) {
  if (IsValidUtf8(contents)) return absl::OkStatus();
  std::string copy = contents;
  SanitizeUtf8(&copy);
  size_t bad = copy.find(kReplacementByte);
  while (bad != std::string::npos && contents[bad] == kReplacementByte) {
    bad = copy.find(kReplacementByte, bad + 1);
  }
  if (bad == std::string::npos) bad = 0;
  int line = 1, col = 1;
  for (size_t i = 0; i < bad; ++i) {
    if (contents[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return RuleError(path, line, col, "invalid UTF-8");
}

}  // namespace

absl::StatusOr<std::vector<RuleFile>> RuleFiles::List(std::string_view subdir,
                                                      std::string_view ext,
                                                      RuleErrors* errors) const {
  std::vector<RuleFile> out;
  std::vector<std::string> dirs = {StrCat(root_, "/", subdir)};
  if (!profile_.empty()) {
    dirs.push_back(StrCat(profile_dir_, "/", subdir));
  }
  for (const std::string& dir : dirs) {
    if (!env_->DirExists(dir)) continue;
    auto names = env_->ListFiles(dir);
    if (!names.ok()) return names.status();
    for (const std::string& name : *names) {
      if (!name.ends_with(ext)) continue;
      std::string path = StrCat(dir, "/", name);
      auto contents = env_->ReadFile(path);
      if (!contents.ok()) return contents.status();
      if (absl::Status u = CheckUtf8(path, *contents); !u.ok()) {
        if (errors == nullptr) return u;
        errors->Add(u);
        continue;
      }
      out.push_back({std::move(path), *std::move(contents)});
    }
  }
  return out;
}

absl::StatusOr<std::vector<RuleFile>> RuleFiles::Read(
    std::string_view relpath) const {
  std::vector<RuleFile> out;
  std::string path = StrCat(root_, "/", relpath);
  auto contents = env_->ReadFile(path);
  if (!contents.ok()) return contents.status();
  if (absl::Status u = CheckUtf8(path, *contents); !u.ok()) return u;
  out.push_back({path, *std::move(contents)});
  if (!profile_.empty()) {
    std::string extra = StrCat(profile_dir_, "/", relpath);
    auto more = env_->ReadFile(extra);
    if (more.ok()) {
      if (absl::Status u = CheckUtf8(extra, *more); !u.ok()) return u;
      out.push_back({extra, *std::move(more)});
    } else if (!absl::IsNotFound(more.status())) {
      return more.status();
    }
  }
  return out;
}

std::vector<RuleLine> SplitRuleLines(std::string_view contents) {
  std::vector<RuleLine> lines;
  int number = 0;
  size_t pos = 0;
  // A byte-order mark at the start is not part of the first line.
  if (contents.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  while (pos <= contents.size()) {
    size_t nl = contents.find('\n', pos);
    if (nl == std::string_view::npos) nl = contents.size();
    std::string_view line = contents.substr(pos, nl - pos);
    ++number;
    pos = nl + 1;
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' ||
                             line.back() == '\r')) {
      line.remove_suffix(1);
    }
    int indent = 0;
    while (static_cast<size_t>(indent) < line.size() &&
           (line[indent] == ' ' || line[indent] == '\t')) {
      ++indent;
    }
    line.remove_prefix(indent);
    if (line.empty() || line[0] == '#') {
      if (nl == contents.size()) break;
      continue;
    }
    lines.push_back({number, indent, line});
    if (nl == contents.size()) break;
  }
  return lines;
}

bool RuleErrors::Add(const absl::Status& status) {
  if (status.ok()) return true;
  if (messages_.empty()) code_ = status.code();
  size_t before = messages_.size();
  std::string_view message = FromAbsl(status.message());
  LineReader lines(message);
  std::string_view line;
  while (lines.Next(&line)) {
    if (!line.empty()) messages_.emplace_back(line);
  }
  if (messages_.size() == before) messages_.push_back(status.ToString());
  return false;
}

absl::Status RuleErrors::ToStatus() const {
  if (messages_.empty()) return absl::OkStatus();
  std::string joined;
  for (const std::string& m : messages_) {
    if (!joined.empty()) joined.push_back('\n');
    joined += m;
  }
  return absl::Status(code_, joined);
}

absl::Status RuleError(std::string_view path, int line, int column,
                       std::string_view message) {
  return absl::InvalidArgumentError(
      StrCat(path, ":", line, ":", column, ": ", message));
}

}  // namespace casus
