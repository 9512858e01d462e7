#include "pipeline/document.h"

#include <algorithm>
#include <array>

#include "pipeline/utf8.h"

namespace casus {
namespace {

constexpr std::array<std::string_view, kNumEntityTypes> kEntityTypeNames = {
    "COUNTRY", "CITY", "REGION", "ORGANIZATION", "PERSON", "ISSUE", "EVENT"};
constexpr std::array<std::string_view, 2> kRelationNames = {"CAUSE",
                                                            "PREVENT"};
constexpr std::array<std::string_view, 4> kModalityNames = {
    "ASSERTED", "HEDGED", "HYPOTHESIS", "NEGATED"};
constexpr std::array<std::string_view, 17> kPosNames = {
    "NOUN", "PROPN", "VERB", "ADJ",  "ADV", "DET",   "PRON", "ADP", "CCONJ",
    "SCONJ", "AUX", "MODAL", "PART", "NUM", "PUNCT", "SYM",  "X"};
static_assert(kPosNames.size() == static_cast<size_t>(Pos::kOther) + 1);

template <typename Enum, size_t N>
std::optional<Enum> ParseName(const std::array<std::string_view, N>& names,
                              std::string_view name) {
  for (size_t i = 0; i < N; ++i) {
    if (names[i] == name) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

}  // namespace

Document Document::FromText(std::string id, std::string raw) {
  Document doc;
  doc.id = std::move(id);
  doc.text = std::move(raw);
  size_t bad = RepairUtf8(&doc.text);
  if (bad > 0) {
    doc.warnings.push_back("invalid UTF-8: " + std::to_string(bad) +
                           (bad == 1 ? " byte" : " bytes") +
                           " replaced by U+FFFD");
  }
  return doc;
}

SentencePartList Document::SentenceParts(const Sentence& s) const {
  if (!s.HasSkip()) return SentencePartList({s.token_begin, s.token_end});
  return SentencePartList({s.token_begin, s.skip_begin}, {s.skip_end, s.token_end});
}

int Document::SentenceOfToken(uint32_t i) const {
  // Sentences are sorted by token_begin. A sentence with a skip encloses the
  // footnote's sentences, so the container may sit a few places back; a
  // footnote longer than kMaxLookBack sentences is not joined (splitter).
  constexpr int kMaxLookBack = 64;
  auto it = std::upper_bound(
      sentences.begin(), sentences.end(), i,
      [](uint32_t t, const Sentence& s) { return t < s.token_begin; });
  for (int n = 0; n < kMaxLookBack && it != sentences.begin(); ++n) {
    --it;
    const Sentence& s = *it;
    bool skipped = s.HasSkip() && i >= s.skip_begin && i < s.skip_end;
    if (i < s.token_end && !skipped) {
      return static_cast<int>(it - sentences.begin());
    }
  }
  return -1;
}

const std::string* Document::Metadata(std::string_view name) const {
  for (const MetadataField& f : metadata) {
    if (f.name == name) return &f.json_value;
  }
  return nullptr;
}

std::string_view EntityTypeName(EntityType t) {
  return kEntityTypeNames[static_cast<size_t>(t)];
}
std::optional<EntityType> ParseEntityType(std::string_view name) {
  return ParseName<EntityType>(kEntityTypeNames, name);
}
std::string_view RelationName(Relation r) {
  return kRelationNames[static_cast<size_t>(r)];
}
std::optional<Relation> ParseRelation(std::string_view name) {
  return ParseName<Relation>(kRelationNames, name);
}
std::string_view ModalityName(Modality m) {
  return kModalityNames[static_cast<size_t>(m)];
}
std::optional<Modality> ParseModality(std::string_view name) {
  return ParseName<Modality>(kModalityNames, name);
}
std::string_view PosName(Pos p) { return kPosNames[static_cast<size_t>(p)]; }
std::optional<Pos> ParsePos(std::string_view name) {
  return ParseName<Pos>(kPosNames, name);
}

}  // namespace casus
