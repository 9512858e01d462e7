#include "stages/tagger.h"

namespace casus {

absl::StatusOr<std::unique_ptr<Tagger>> Tagger::Create(
    std::shared_ptr<const Lexicon> lexicon) {
  return std::unique_ptr<Tagger>(new Tagger(std::move(lexicon)));
}

WordId Tagger::Lookup(std::string_view text) const {
  // ASCII fast path: lower-case into a stack buffer.
  char buf[64];
  if (text.size() <= sizeof buf) {
    bool ascii = true;
    for (size_t i = 0; i < text.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      if (c >= 0x80) {
        ascii = false;
        break;
      }
      buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32)
                                      : static_cast<char>(c);
    }
    if (ascii) return lexicon_->Find(std::string_view(buf, text.size()));
  }
  return lexicon_->Find(LowerWord(text));
}

absl::Status Tagger::Process(Document* doc) const {
  doc->word_ids.resize(doc->tokens.size());
  for (size_t i = 0; i < doc->tokens.size(); ++i) {
    const Token& t = doc->tokens[i];
    if (t.kind == TokenKind::kUrl || t.kind == TokenKind::kEmail) {
      doc->word_ids[i] = kUnknownWord;
      continue;
    }
    doc->word_ids[i] = Lookup(doc->Text(t.span()));
  }
  return absl::OkStatus();
}

}  // namespace casus
