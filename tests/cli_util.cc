#include "tests/cli_util.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "gtest/gtest.h"
#include "tests/test_util.h"

namespace casus {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string ShellQuote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'') q += "'\\''";
    else q += c;
  }
  return q + "'";
}

}  // namespace

TempDir::TempDir() {
  const char* tmp = std::getenv("TMPDIR");
  std::string tmpl = std::string(tmp && *tmp ? tmp : "/tmp") + "/casus-test-XXXXXX";
  char* made = mkdtemp(tmpl.data());
  if (made == nullptr) {
    ADD_FAILURE() << "mkdtemp failed";
    std::abort();
  }
  path_ = made;
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::string TempDir::Write(const std::string& name,
                           const std::string& contents) const {
  std::string p = Path(name);
  std::filesystem::create_directories(std::filesystem::path(p).parent_path());
  std::ofstream out(p, std::ios::binary);
  out << contents;
  return p;
}

CliResult RunCasus(const std::vector<std::string>& args,
                   const std::string& input) {
  TempDir io;
  std::string in = io.Write("stdin", input);
  std::string cmd = ShellQuote(CASUS_BINARY);
  for (const std::string& a : args) cmd += " " + ShellQuote(a);
  cmd += " <" + ShellQuote(in) + " >" + ShellQuote(io.Path("stdout")) +
         " 2>" + ShellQuote(io.Path("stderr"));
  int rc = std::system(cmd.c_str());
  CliResult r;
  r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : 128 + WTERMSIG(rc);
  r.out = Slurp(io.Path("stdout"));
  r.err = Slurp(io.Path("stderr"));
  return r;
}

RulesCopy::RulesCopy() {
  std::filesystem::copy(testing::RulesDir(), dir_.Path("rules"),
                        std::filesystem::copy_options::recursive);
}

std::string RulesCopy::Put(const std::string& rel, const std::string& contents) {
  return dir_.Write("rules/" + rel, contents);
}

std::string RulesCopy::Original(const std::string& rel) const {
  return Slurp(testing::RulesDir() + "/" + rel);
}

}  // namespace casus
