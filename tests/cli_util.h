// Running the casus binary from tests, and temporary folders.
#ifndef CASUS_TESTS_CLI_UTIL_H_
#define CASUS_TESTS_CLI_UTIL_H_

#include <string>
#include <vector>

namespace casus {

struct CliResult {
  int status = -1;  // exit status
  std::string out;  // standard output
  std::string err;  // standard error
};

// Runs the built casus binary with `args`, feeding `input` on standard input.
CliResult RunCasus(const std::vector<std::string>& args,
                   const std::string& input = "");

// A fresh folder under $TMPDIR, removed with its contents on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  std::string Path(const std::string& name) const { return path_ + "/" + name; }
  // Writes a file (creating sub-folders) and returns its path.
  std::string Write(const std::string& name, const std::string& contents) const;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// A copy of the bundled rules (under a TempDir) with files added or replaced.
class RulesCopy {
 public:
  RulesCopy();
  // Writes rules/REL and returns its path.
  std::string Put(const std::string& rel, const std::string& contents);
  // The bundled contents of rules/REL.
  std::string Original(const std::string& rel) const;
  std::string root() const { return dir_.Path("rules"); }

 private:
  TempDir dir_;
};

}  // namespace casus

#endif  // CASUS_TESTS_CLI_UTIL_H_
