// The tokenizer's scanner: one pass over UTF-8 text into tokens, as the
// tokenize stage (stages/tokenizer.h) states the contract. Also used to
// tokenize gazetteer aliases, so rules and documents are cut alike.
//
//   std::vector<Token> tokens;
//   ScanTokens(text, abbreviations, &tokens);
//
// Pure; thread-safe.
#ifndef CASUS_ENGINE_SCANNER_H_
#define CASUS_ENGINE_SCANNER_H_

#include <string_view>
#include <vector>

#include "engine/abbreviations.h"
#include "pipeline/document.h"

namespace casus {

// Tokenizes `text` (valid UTF-8) into *tokens, which is cleared first.
// Linear in the text's length on any input.
void ScanTokens(std::string_view text, const Abbreviations& abbreviations,
                std::vector<Token>* tokens);

}  // namespace casus

#endif  // CASUS_ENGINE_SCANNER_H_
