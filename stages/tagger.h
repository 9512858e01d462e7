// Tag stage: looks every token up in the shared Lexicon once and stores its
// WordId in Document::word_ids, so the entity and claim stages compare
// integers and class bits instead of strings.
//
//   CASUS_ASSIGN_OR_RETURN(auto tagger, Tagger::Create(lexicon));
//   tagger->Process(&doc);   // doc.word_ids.size() == doc.tokens.size()
//
// Immutable after Create(); thread-safe.
#ifndef CASUS_STAGES_TAGGER_H_
#define CASUS_STAGES_TAGGER_H_

#include <memory>
#include <string_view>

#include "absl/status/statusor.h"
#include "pipeline/stage.h"
#include "stages/lexicon.h"

namespace casus {

class Tagger : public Stage {
 public:
  // REQUIRES: lexicon != nullptr.
  static absl::StatusOr<std::unique_ptr<Tagger>> Create(
      std::shared_ptr<const Lexicon> lexicon);

  std::string_view Name() const override { return "tag"; }
  // Replaces doc->word_ids. Never fails. REQUIRES: tokens filled.
  absl::Status Process(Document* doc) const override;

  // The WordId of one token's text.
  WordId Lookup(std::string_view token_text) const;

 private:
  explicit Tagger(std::shared_ptr<const Lexicon> lexicon)
      : lexicon_(std::move(lexicon)) {}
  std::shared_ptr<const Lexicon> lexicon_;
};

}  // namespace casus

#endif  // CASUS_STAGES_TAGGER_H_
