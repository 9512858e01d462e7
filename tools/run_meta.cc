#include "tools/run_meta.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

#include "engine/lexicon.h"
#include "nlohmann/json.hpp"

#ifndef CASUS_VERSION
#define CASUS_VERSION "0.0.0"
#endif

namespace casus {
namespace fs = std::filesystem;

std::string_view CasusVersion() { return CASUS_VERSION; }

std::string FilesDigest(const std::string& dir, const std::vector<std::string>& rel_paths) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&h](std::string_view bytes) {
    for (unsigned char c : bytes) {
      h ^= c;
      h *= 1099511628211ull;
    }
    h ^= 0xff;  // a separator no byte sequence can fake
    h *= 1099511628211ull;
  };
  std::string content;
  for (const std::string& rel : rel_paths) {
    std::ifstream in(fs::path(dir) / rel, std::ios::binary);
    content.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    mix(rel);
    mix(content);
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "fnv1a64:";
  for (int shift = 60; shift >= 0; shift -= 4) out.push_back(kHex[(h >> shift) & 15]);
  return out;
}

std::string TreeDigest(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec)) files.push_back(fs::relative(it->path(), dir, ec).string());
  }
  std::sort(files.begin(), files.end());
  return FilesDigest(dir, files);
}

std::string RunMetaJson(const std::string& rules_dir, const std::string& profile,
                        const std::string& wordnet_dir) {
  nlohmann::ordered_json j;
  j["format"] = kMetaFormat;
  j["casus_version"] = CasusVersion();
  j["rules_dir"] = rules_dir;
  j["rules_digest"] = TreeDigest(rules_dir);
  j["profile"] = profile;
  j["wordnet_dir"] = wordnet_dir;
  j["wordnet_digest"] =
      FilesDigest(wordnet_dir, std::vector<std::string>(std::begin(kWordNetFiles),
                                                        std::end(kWordNetFiles)));
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace casus
