// Rule files: reading a rules folder (with an optional profile layered over
// it) and the line format every rule file shares.
//
// A rules folder holds plain-text files grouped in sub-folders
// (`entities/`, `claims/`, `lexicon/` ...). A profile is a folder
// `profiles/NAME/` with the same layout whose files are added after the
// default ones (docs/rules.md). Errors in rule files are reported as
// `FILE:LINE:COLUMN: message` (InvalidArgumentError), 1-based. Parsers
// report every broken line, not only the first: each line's error goes to a
// RuleErrors and parsing goes on with the next line (or, when an error makes
// the lines after it meaningless, with the next block or file).
//
//   RuleFiles files(Env::Default(), "rules", /*profile=*/"cnc");
//   CASUS_ASSIGN_OR_RETURN(std::vector<RuleFile> lex, files.List("lexicon", ".lex"));
//   for (const RuleLine& line : SplitRuleLines(lex[0].contents)) ...
#ifndef CASUS_PIPELINE_RULE_FILES_H_
#define CASUS_PIPELINE_RULE_FILES_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "pipeline/env.h"

namespace casus {

struct RuleFile {
  std::string path;  // as given to Env, used in error messages
  std::string contents;
};

// The errors of a rules folder, collected in the order found.
class RuleErrors {
 public:
  // Records an error status (each line of its message is one error);
  // returns status.ok().
  bool Add(const absl::Status& status);
  bool empty() const { return messages_.empty(); }
  size_t size() const { return messages_.size(); }
  // OK when none was added; else the first error's code with every message,
  // one per line.
  absl::Status ToStatus() const;

 private:
  absl::StatusCode code_ = absl::StatusCode::kOk;
  std::vector<std::string> messages_;
};

class RuleFiles {
 public:
  // `env` must outlive this object. `profile`: a name, the folder
  // ROOT/profiles/NAME, or a path with a '/' to a folder of extra rule
  // files laid out like ROOT. Copyable.
  RuleFiles(Env* env, std::string root, std::string profile = "");

  // Checks that the root (and the profile, when one is named) exist.
  absl::Status Validate() const;

  // Files in `subdir` whose names end with `ext`: the default folder's first,
  // then the profile's, each in sorted order. A missing sub-folder is empty.
  // A file that is not UTF-8 is an error; with `errors`, it is recorded
  // there and left out, and the other files are returned.
  absl::StatusOr<std::vector<RuleFile>> List(std::string_view subdir, std::string_view ext,
                                             RuleErrors* errors = nullptr) const;
  // One file relative to the root. A profile file of the same relative path
  // is appended after it (so it adds entries).
  absl::StatusOr<std::vector<RuleFile>> Read(std::string_view relpath) const;

  const std::string& root() const { return root_; }
  const std::string& profile() const { return profile_; }
  Env* env() const { return env_; }

 private:
  Env* env_;
  std::string root_;
  std::string profile_;
  std::string profile_dir_;  // the profile's folder ("" without one)
};

// One meaningful line of a rule file: blank lines and lines whose first
// non-blank character is '#' are dropped; trailing whitespace is cut.
struct RuleLine {
  int number = 0;         // 1-based line number
  int indent = 0;         // leading spaces (a tab counts as one column)
  std::string_view text;  // the line without indentation
};

// Splits contents into RuleLines. The views point into `contents`.
std::vector<RuleLine> SplitRuleLines(std::string_view contents);

// InvalidArgumentError("PATH:LINE:COLUMN: message").
absl::Status RuleError(std::string_view path, int line, int column,
                       std::string_view message);

}  // namespace casus

#endif  // CASUS_PIPELINE_RULE_FILES_H_
