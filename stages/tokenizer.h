// Tokenizer stage: splits Document::text into the `tokens` layer.
//
// Contract (each case has a table test in tests/tokenizer_test.cc):
// - Unicode-aware for any script (ICU character properties), with an ASCII
//   fast path. Whitespace never forms tokens; the flags of the next token
//   record it (space, line break, paragraph break).
// - Hyphenated compounds are kept as parts joined by kHyphen tokens, every
//   part flagged kInCompound: "Iran-Russia" -> "Iran" "-" "Russia", so later
//   stages see the parts and, through the flag, the whole.
// - A period stays on its word for listed abbreviations ("Dr.", "Jul."),
//   letter-period sequences ("U.S.", "e.g.") and initials ("M."): kAbbrev.
// - Numbers are one token: "9/11" "2,300" "3.5%" "1990s" "2022–23".
// - Clitics split off: "Russia's" / "Russia’s" -> "Russia" "'s";
//   "countries'" -> "countries" "'"; "don't" -> "do" "n't".
// - URLs and e-mail addresses are single tokens.
// - Bytes that were invalid UTF-8 (each now U+FFFD, see utf8.h) become
//   kSymbol tokens; control characters are spaces.
// - Linear in the text's length on any input (tests/linear_time_test.cc).
// The scanning itself is engine/scanner.h, shared with the gazetteer.
//
//   CASUS_ASSIGN_OR_RETURN(auto tok, Tokenizer::Create(abbrevs));
//   tok->Process(&doc);   // doc.tokens filled
//
// Immutable after Create(); thread-safe.
#ifndef CASUS_STAGES_TOKENIZER_H_
#define CASUS_STAGES_TOKENIZER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "pipeline/stage.h"
#include "engine/abbreviations.h"

namespace casus {

class Tokenizer : public Stage {
 public:
  // REQUIRES: abbrevs != nullptr.
  static absl::StatusOr<std::unique_ptr<Tokenizer>> Create(
      std::shared_ptr<const Abbreviations> abbrevs);

  std::string_view Name() const override { return "tokenize"; }
  // Replaces doc->tokens. Never fails.
  absl::Status Process(Document* doc) const override;

  // Tokenizes `text` (valid UTF-8) into *tokens, which is cleared first.
  void Tokenize(std::string_view text, std::vector<Token>* tokens) const;

 private:
  explicit Tokenizer(std::shared_ptr<const Abbreviations> abbrevs)
      : abbrevs_(std::move(abbrevs)) {}
  std::shared_ptr<const Abbreviations> abbrevs_;
};

}  // namespace casus

#endif  // CASUS_STAGES_TOKENIZER_H_
