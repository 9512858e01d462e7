#include "engine/normalize_rules.h"

#include <algorithm>
#include <optional>

#include "pipeline/status_macros.h"
#include "pipeline/strings.h"

namespace casus {
namespace {

// The phrases of "HEAD: phrase | phrase" after the colon at `colon`, each
// lower-cased and split into words; an empty phrase is an error at its
// column.
absl::StatusOr<std::vector<std::vector<std::string>>> Phrases(const RuleFile& file,
                                                              const RuleLine& line,
                                                              size_t colon) {
  std::string_view text = line.text;
  std::vector<std::vector<std::string>> out;
  for (std::string_view alt : SplitAlternatives(text.substr(colon + 1))) {
    std::vector<std::string> words = SplitWords(LowerWord(alt));
    if (words.empty()) {
      return RuleError(file.path, line.number,
                       line.indent + static_cast<int>(alt.data() - text.data()) + 1,
                       "empty phrase");
    }
    out.push_back(std::move(words));
  }
  return out;
}

}  // namespace

absl::StatusOr<std::unique_ptr<NormalizeRules>> NormalizeRules::Parse(
    const RuleFiles& files, const LexiconBuilder& lexicon) {
  std::unique_ptr<NormalizeRules> n(new NormalizeRules);
  // WordNet's verb forms give verb lemmas.
  const Lexicon& lex = lexicon.current();
  for (WordId id = 1; id < lex.size(); ++id) {
    if (!(lex.PosBits(id) & kVerbBase)) continue;
    const std::string& lemma = lex.Word(id);
    for (const std::string& form : lexicon.VerbForms(lemma)) {
      if (form != lemma) n->lemmas_.emplace(form, lemma);
    }
  }
  using Parser = absl::Status (NormalizeRules::*)(const RuleFile&, const RuleLine&);
  const std::pair<const char*, Parser> kFiles[] = {
      {"normalize/concepts.txt", &NormalizeRules::ParseConcept},
      {"normalize/lemmas.txt", &NormalizeRules::ParseLemma},
      {"normalize/references.txt", &NormalizeRules::ParseReference},
      {"normalize/capitals.txt", &NormalizeRules::ParseCapital},
  };
  RuleErrors errors;
  for (const auto& [name, parse] : kFiles) {
    auto read = files.Read(name);
    if (!read.ok()) {
      if (!absl::IsNotFound(read.status())) errors.Add(read.status());
      continue;
    }
    for (const RuleFile& f : *read) {
      for (const RuleLine& line : SplitRuleLines(f.contents)) {
        if (!n->TakeExample(f, line)) errors.Add((n.get()->*parse)(f, line));
      }
    }
  }
  if (!errors.empty()) return errors.ToStatus();
  for (auto& [first, list] : n->concepts_) {
    std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
      return a.first.size() > b.first.size();
    });
  }
  for (auto& [first, list] : n->references_) {
    std::stable_sort(list.begin(), list.end(), [](const Reference& a, const Reference& b) {
      return a.words.size() > b.words.size();
    });
  }
  return n;
}

bool NormalizeRules::TakeExample(const RuleFile& file, const RuleLine& line) {
  if (line.text.substr(0, 8) != "example ") return false;
  examples_.push_back(
      {file.path, line.number, std::string(StripWhitespace(line.text.substr(8)))});
  return true;
}

absl::Status NormalizeRules::ParseLemma(const RuleFile& file, const RuleLine& line) {
  std::vector<std::string> w = SplitWords(line.text);
  if (w.size() != 2) {
    return RuleError(file.path, line.number, line.indent + 1, "expected 'FORM LEMMA'");
  }
  lemmas_[LowerWord(w[0])] = LowerWord(w[1]);
  return absl::OkStatus();
}

absl::Status NormalizeRules::ParseConcept(const RuleFile& file, const RuleLine& line) {
  std::string_view text = line.text;
  size_t colon = text.find(':');
  if (colon == std::string_view::npos) {
    return RuleError(file.path, line.number, line.indent + 1,
                     "expected 'CONCEPT: phrase | phrase' or 'example ...'");
  }
  std::string concept_name(StripWhitespace(text.substr(0, colon)));
  for (char c : concept_name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
      return RuleError(file.path, line.number, line.indent + 1,
                       StrCat("concept_name '", concept_name, "' must be snake_case"));
    }
  }
  CASUS_ASSIGN_OR_RETURN(auto phrases, Phrases(file, line, colon));
  for (auto& words : phrases) {
    std::string first = words[0];
    concepts_[first].push_back({std::move(words), concept_name});
  }
  return absl::OkStatus();
}

absl::Status NormalizeRules::ParseReference(const RuleFile& file, const RuleLine& line) {
  std::string_view text = line.text;
  size_t colon = text.find(':');
  std::vector<std::string> head =
      SplitWords(colon == std::string_view::npos ? std::string_view() : text.substr(0, colon));
  std::optional<EntityType> type;
  int count = 0;
  if (head.size() == 2) {
    type = ParseEntityType(head[0]);
    if (head[1].size() == 1 && head[1][0] >= '1' && head[1][0] <= '9') count = head[1][0] - '0';
  }
  if (!type || count == 0) {
    return RuleError(file.path, line.number, line.indent + 1,
                     "expected 'TYPE COUNT: phrase | phrase' (COUNTRY 2: the two country)");
  }
  CASUS_ASSIGN_OR_RETURN(auto phrases, Phrases(file, line, colon));
  for (auto& words : phrases) {
    std::string first = words[0];
    references_[first].push_back({std::move(words), *type, count});
  }
  return absl::OkStatus();
}

absl::Status NormalizeRules::ParseCapital(const RuleFile& file, const RuleLine& line) {
  std::vector<std::string> w = SplitWords(line.text);
  if (w.size() != 3 || w[1] != "=>") {
    return RuleError(file.path, line.number, line.indent + 1,
                     "expected 'city_norm => COUNTRY_NORM'");
  }
  capitals_[w[0]] = w[2];
  return absl::OkStatus();
}

}  // namespace casus
