// Shared pieces of the casus subcommands: locating the rules folder,
// reporting problems on standard error, exit codes.
#ifndef CASUS_TOOLS_COMMON_H_
#define CASUS_TOOLS_COMMON_H_

#include <memory>
#include <string>
#include <string_view>

#include "casus/pipeline_factory.h"

namespace casus {

// Exit statuses of every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;  // some document failed, or output I/O
inline constexpr int kExitUsage = 2;   // bad arguments, broken rule files

// The rules folder: `flag` when given, else $CASUS_RULES, else `rules/` next
// to the executable, else ../share/casus/rules next to it, else the source
// tree's rules/ this binary was built from.
std::string LocateRules(const std::string& flag);

// A rules folder given as a command's DIR argument (`positional`) and/or
// as --rules (`flag`): *out is the one given ("" for neither). Both naming
// different folders is a usage error, reported; returns false then.
bool OneRulesFolder(const std::string& positional, const std::string& flag, std::string* out);

// WordNet's data folder: $CASUS_WORDNET, else /usr/share/wordnet.
std::string LocateWordNet();

// Builds the default pipeline from the rules folder LocateRules(rules_flag)
// and WordNet at LocateWordNet(), with `options`' other fields. On failure
// prints every error, one per line ("casus: FILE:LINE:COLUMN: message"),
// and returns null.
// `load_ms`, when given, receives the build time in milliseconds.
std::unique_ptr<BuiltPipeline> BuildPipelineOrReport(const std::string& rules_flag,
                                                     const std::string& profile,
                                                     BuildOptions options = {},
                                                     double* load_ms = nullptr);

// Prints "casus: WHERE: message" (or "casus: message" when where is empty)
// on standard error, control characters escaped (Printable).
void ReportError(std::string_view where, std::string_view message);
void ReportWarning(std::string_view where, std::string_view message);

// `s` with control characters written as \n, \t or \xHH, so an id or a
// path cannot move the terminal's cursor or forge a message line.
std::string Printable(std::string_view s);

// The thread count a --threads flag asks for: the flag when positive, else
// every core (at least 1).
int ThreadsOrAllCores(int flag);

// Human-readable byte count: "8.3 KB", "1.2 MB".
std::string HumanBytes(double bytes);

}  // namespace casus

#endif  // CASUS_TOOLS_COMMON_H_
