// Abbreviations: words whose period belongs to them ("Dr.", "U.S.", "e.g.")
// and whether that period may also end a sentence. Loaded from
// rules/abbreviations.txt (format in docs/rules.md); shared by the tokenizer
// (which keeps the period on the token) and the sentence splitter (which
// decides whether it ends the sentence).
//
//   CASUS_ASSIGN_OR_RETURN(auto abbrevs, Abbreviations::Load(files));
//   if (abbrevs->Find("Dr.") == AbbrevClass::kTitle) ...
//
// Immutable after Load(); thread-safe.
#ifndef CASUS_ENGINE_ABBREVIATIONS_H_
#define CASUS_ENGINE_ABBREVIATIONS_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "engine/rule_example.h"
#include "pipeline/rule_files.h"
#include "pipeline/strings.h"

namespace casus {

enum class AbbrevClass : uint8_t {
  kTitle,  // precedes a name, never ends a sentence: "Dr." "Gen." "M."
  kInner,  // ends a sentence only before a paragraph break: "e.g." "Jul."
  kFinal,  // may end a sentence before a sentence starter: "U.S." "etc."
};

// An embedded example: text with "||" marking each expected sentence
// boundary. Tests run them all.
class Abbreviations {
 public:
  static absl::StatusOr<std::unique_ptr<Abbreviations>> Load(
      const RuleFiles& files);
  // For tests and tools: parse from contents directly. Every broken line
  // is reported (RuleErrors), one per line of the error's message.
  static absl::StatusOr<std::unique_ptr<Abbreviations>> Parse(
      const std::vector<RuleFile>& files);

  // Class of `word` (including its final period). Tries the form as written,
  // then with its first letter lower-cased ("E.g."). nullopt: not listed.
  std::optional<AbbrevClass> Find(std::string_view word) const;
  // True when `word` (as written or capitalized) may start a sentence after
  // a kFinal abbreviation: "The", "In", "It" ...
  bool IsSentenceStarter(std::string_view word) const;

  const std::vector<RuleExample>& examples() const { return examples_; }

 private:
  // One line of abbreviations.txt.
  absl::Status ParseLine(const RuleFile& file, const RuleLine& line);

  StringMap<AbbrevClass> forms_;
  StringSet starters_;
  std::vector<RuleExample> examples_;
};

}  // namespace casus

#endif  // CASUS_ENGINE_ABBREVIATIONS_H_
