#include "tools/common.h"

#include <algorithm>
#include <chrono>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "absl/strings/str_format.h"
#include "pipeline/env.h"
#include "pipeline/strings.h"
#include "casus/pipeline_factory.h"

#ifndef CASUS_SOURCE_RULES_DIR
#define CASUS_SOURCE_RULES_DIR "rules"
#endif

namespace casus {
namespace fs = std::filesystem;

std::string LocateRules(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("CASUS_RULES"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path dir = exe.parent_path();
    for (fs::path cand : {dir / "rules", dir / ".." / "share" / "casus" / "rules"}) {
      if (fs::is_directory(cand / "entities", ec) ||
          fs::is_regular_file(cand / "abbreviations.txt", ec)) {
        return cand.lexically_normal().string();
      }
    }
  }
  return CASUS_SOURCE_RULES_DIR;
}

bool OneRulesFolder(const std::string& positional, const std::string& flag, std::string* out) {
  std::error_code ec;
  if (!positional.empty() && !flag.empty() && positional != flag &&
      !fs::equivalent(positional, flag, ec)) {
    ReportError("", StrCat("the rules folder is given twice: '", positional, "' and --rules '",
                           flag, "'"));
    return false;
  }
  *out = positional.empty() ? flag : positional;
  return true;
}

std::string LocateWordNet() {
  if (const char* env = std::getenv("CASUS_WORDNET"); env && *env) return env;
  return "/usr/share/wordnet";
}

std::unique_ptr<BuiltPipeline> BuildPipelineOrReport(const std::string& rules_flag,
                                                     const std::string& profile,
                                                     BuildOptions options, double* load_ms) {
  options.rules_dir = LocateRules(rules_flag);
  options.wordnet_dir = LocateWordNet();
  options.profile = profile;
  auto start = std::chrono::steady_clock::now();
  auto pipeline = BuildPipeline(options, Env::Default());
  if (load_ms != nullptr) {
    *load_ms = std::chrono::duration<double, std::milli>(
                   std::chrono::steady_clock::now() - start)
                   .count();
  }
  if (!pipeline.ok()) {
    // A broken rules folder: one line per error.
    LineReader lines(FromAbsl(pipeline.status().message()));
    std::string_view line;
    while (lines.Next(&line)) ReportError("", line);
    return nullptr;
  }
  return std::make_unique<BuiltPipeline>(*std::move(pipeline));
}

std::string Printable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  static constexpr char kHex[] = "0123456789abcdef";
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (c >= 0x20 && c != 0x7F) {
      out.push_back(ch);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else {
      out += "\\x";
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

void ReportError(std::string_view where, std::string_view message) {
  std::string w = Printable(where), m = Printable(message);
  if (w.empty()) {
    std::fprintf(stderr, "casus: %s\n", m.c_str());
  } else {
    std::fprintf(stderr, "casus: %s: %s\n", w.c_str(), m.c_str());
  }
}

void ReportWarning(std::string_view where, std::string_view message) {
  std::fprintf(stderr, "casus: %s: warning: %s\n", Printable(where).c_str(),
               Printable(message).c_str());
}

int ThreadsOrAllCores(int flag) {
  if (flag > 0) return flag;
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

std::string HumanBytes(double bytes) {
  const char* units[] = {"B", "KB", "MB", "GB", "TB"};
  int u = 0;
  while (bytes >= 1000 && u < 4) {
    bytes /= 1000;
    ++u;
  }
  return u == 0 ? absl::StrFormat("%.0f %s", bytes, units[u])
                : absl::StrFormat("%.1f %s", bytes, units[u]);
}

}  // namespace casus
