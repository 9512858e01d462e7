// The record of a run written beside its output (FILE.meta.json): which
// casus, rules, profile and WordNet produced it (docs/format.md, "Format
// versions"; docs/schema/meta.schema.json).
//
//   std::string meta = RunMetaJson(LocateRules(flag), profile, LocateWordNet());
//
// Reads the files it digests; never fails (an unreadable file is digested
// as empty). Thread-compatible.
#ifndef CASUS_TOOLS_RUN_META_H_
#define CASUS_TOOLS_RUN_META_H_

#include <string>
#include <string_view>

namespace casus {

inline constexpr std::string_view kMetaFormat = "casus.meta.v1";

// The casus version this binary reports.
std::string_view CasusVersion();

// A digest of every file under `dir` (recursively, sorted by relative path;
// each path and content hashed): "fnv1a64:" + 16 hex digits.
std::string TreeDigest(const std::string& dir);

// The meta record as one line of JSON (ending in '\n').
std::string RunMetaJson(const std::string& rules_dir, const std::string& profile,
                        const std::string& wordnet_dir);

}  // namespace casus

#endif  // CASUS_TOOLS_RUN_META_H_
