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
#include <vector>

namespace casus {

inline constexpr std::string_view kMetaFormat = "casus.meta.v1";

// The casus version this binary reports.
std::string_view CasusVersion();

// A digest of the files `rel_paths` under `dir`, in the order given (each
// path and content hashed; a missing file as empty): "fnv1a64:" + 16 hex
// digits.
std::string FilesDigest(const std::string& dir, const std::vector<std::string>& rel_paths);

// FilesDigest of every regular file under `dir`, recursively, sorted by
// relative path.
std::string TreeDigest(const std::string& dir);

// The meta record as one line of JSON (ending in '\n').
std::string RunMetaJson(const std::string& rules_dir, const std::string& profile,
                        const std::string& wordnet_dir);

}  // namespace casus

#endif  // CASUS_TOOLS_RUN_META_H_
