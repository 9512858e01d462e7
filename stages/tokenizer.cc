#include "stages/tokenizer.h"

#include "engine/scanner.h"

namespace casus {

absl::StatusOr<std::unique_ptr<Tokenizer>> Tokenizer::Create(
    std::shared_ptr<const Abbreviations> abbrevs) {
  return std::unique_ptr<Tokenizer>(new Tokenizer(std::move(abbrevs)));
}

void Tokenizer::Tokenize(std::string_view text, std::vector<Token>* tokens) const {
  ScanTokens(text, *abbrevs_, tokens);
}

absl::Status Tokenizer::Process(Document* doc) const {
  Tokenize(doc->text, &doc->tokens);
  return absl::OkStatus();
}

}  // namespace casus
