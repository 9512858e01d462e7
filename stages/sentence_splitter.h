// Sentence splitter stage: groups the `tokens` layer into `sentences`.
//
// Contract (table tests in tests/sentence_splitter_test.cc, the seed article
// in tests/seed_sentences_test.cc):
// - A sentence ends after . ! ? … and any closing quotes or brackets that
//   follow, unless the next word starts in lower case.
// - Abbreviations keep their period (tokenizer); rules/abbreviations.txt
//   says whether one may end a sentence: title never ("Dr."), inner only at
//   a paragraph break ("e.g."), final before a sentence starter ("U.S. The").
//   Initials ("M.") behave as final.
// - A paragraph break (blank line) ends a sentence; a heading or title line
//   without final punctuation is a sentence of its own (`heading`), and so
//   is a short line standing alone between sentence ends, a markdown
//   heading ("# ...") or a bullet item.
// - Page breaks in PDF text: a paragraph that stops mid-sentence continues
//   in the next paragraph when that starts in lower case, or when it ended on
//   a lower-case word. Up to two short blocks in between that look like
//   footnotes or page furniture ("* E-mail: ...", a page number) are skipped:
//   the sentence records them as its skip, and they become sentences of
//   their own. A sentence skips at most one such gap.
// - No sentence is longer than Options::max_sentence_tokens; longer runs are
//   cut there, so later stages do bounded work per sentence.
//
// Immutable after Create(); thread-safe.
#ifndef CASUS_STAGES_SENTENCE_SPLITTER_H_
#define CASUS_STAGES_SENTENCE_SPLITTER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "pipeline/stage.h"
#include "engine/abbreviations.h"

namespace casus {

class SentenceSplitter : public Stage {
 public:
  struct Options {
    uint32_t max_sentence_tokens = 400;
    uint32_t max_heading_tokens = 12;   // longer unpunctuated lines are prose
    uint32_t max_furniture_tokens = 40; // footnote / page-furniture block
  };

  // REQUIRES: abbrevs != nullptr.
  static absl::StatusOr<std::unique_ptr<SentenceSplitter>> Create(
      std::shared_ptr<const Abbreviations> abbrevs, Options options);
  static absl::StatusOr<std::unique_ptr<SentenceSplitter>> Create(
      std::shared_ptr<const Abbreviations> abbrevs) {
    return Create(std::move(abbrevs), Options());
  }

  std::string_view Name() const override { return "split"; }
  // Replaces doc->sentences, sorted by token_begin. Never fails.
  // REQUIRES: doc->tokens filled (Tokenizer).
  absl::Status Process(Document* doc) const override;

  const Abbreviations& abbreviations() const { return *abbrevs_; }

  // The same on bare text and tokens, for benchmarks.
  void Split(std::string_view text, const std::vector<Token>& tokens,
             std::vector<Sentence>* sentences) const;

 private:
  SentenceSplitter(std::shared_ptr<const Abbreviations> abbrevs,
                   Options options)
      : abbrevs_(std::move(abbrevs)), options_(options) {}
  std::shared_ptr<const Abbreviations> abbrevs_;
  Options options_;
};

}  // namespace casus

#endif  // CASUS_STAGES_SENTENCE_SPLITTER_H_
