// "Did you mean": the known name closest to a mistyped one, for the
// command-line front end's unknown-command message.
#ifndef CASUS_TOOLS_SUGGEST_H_
#define CASUS_TOOLS_SUGGEST_H_

#include <string>
#include <string_view>
#include <vector>

namespace casus {

// The Damerau-Levenshtein distance (optimal string alignment: insertions,
// deletions, substitutions and swaps of two neighbours, each 1) between two
// byte strings.
int EditDistance(std::string_view a, std::string_view b);

// The name `word` most likely meant: the nearest of `names` by EditDistance
// when at most 2 and less than the name's length (ties: the earliest in
// `names`); else the one name `word` is a prefix of, when only one is.
// "" when none is close.
std::string ClosestName(std::string_view word, const std::vector<std::string>& names);

// "unknown command 'PARENT WORD' (did you mean 'PARENT NAME'?)" with the
// closest of `names`; without a close one, the list of them instead:
// "unknown command 'WORD' (commands: a, b, c)". `parent` is the command
// path above `word` ("" at the top, "rules" for its subcommands).
std::string UnknownCommandMessage(std::string_view parent, std::string_view word,
                                  const std::vector<std::string>& names);

}  // namespace casus

#endif  // CASUS_TOOLS_SUGGEST_H_
