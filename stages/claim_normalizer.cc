#include "stages/claim_normalizer.h"

#include <algorithm>
#include <cstdio>

#include "pipeline/status_macros.h"

namespace casus {
namespace {

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace

absl::StatusOr<std::unique_ptr<ClaimNormalizer>> ClaimNormalizer::Create(
    const RuleFiles& files, const LexiconBuilder& lexicon) {
  std::unique_ptr<ClaimNormalizer> n(new ClaimNormalizer);
  n->lexicon_ = lexicon.lexicon();
  n->light_ = n->lexicon_->FindClass("light_word");
  // WordNet's verb forms give verb lemmas.
  for (WordId id = 1; id < n->lexicon_->size(); ++id) {
    if (!(n->lexicon_->PosBits(id) & kVerbBase)) continue;
    const std::string& lemma = n->lexicon_->Word(id);
    for (const std::string& form : lexicon.VerbForms(lemma)) {
      if (form != lemma) n->lemmas_.emplace(form, lemma);
    }
  }
  auto concepts = files.Read("normalize/concepts.txt");
  if (concepts.ok()) {
    for (const RuleFile& f : *concepts) CASUS_RETURN_IF_ERROR(n->ParseConcepts(f));
  } else if (!absl::IsNotFound(concepts.status())) {
    return concepts.status();
  }
  auto lemmas = files.Read("normalize/lemmas.txt");
  if (lemmas.ok()) {
    for (const RuleFile& f : *lemmas) CASUS_RETURN_IF_ERROR(n->ParseLemmas(f));
  } else if (!absl::IsNotFound(lemmas.status())) {
    return lemmas.status();
  }
  for (auto& [first, list] : n->concepts_) {
    std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
      return a.first.size() > b.first.size();
    });
  }
  return n;
}

absl::Status ClaimNormalizer::ParseLemmas(const RuleFile& file) {
  for (const RuleLine& line : SplitRuleLines(file.contents)) {
    std::vector<std::string> w = Words(line.text);
    if (w.size() != 2) {
      return RuleError(file.path, line.number, line.indent + 1,
                       "expected 'FORM LEMMA'");
    }
    lemmas_[LowerWord(w[0])] = LowerWord(w[1]);
  }
  return absl::OkStatus();
}

absl::Status ClaimNormalizer::ParseConcepts(const RuleFile& file) {
  for (const RuleLine& line : SplitRuleLines(file.contents)) {
    std::string_view text = line.text;
    if (text.substr(0, 8) == "example ") {
      examples_.push_back({file.path, line.number, std::string(StripWhitespace(text.substr(8)))});
      continue;
    }
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
    size_t i = colon + 1;
    while (i <= text.size()) {
      size_t j = text.find('|', i);
      if (j == std::string_view::npos) j = text.size();
      std::vector<std::string> words = Words(LowerWord(StripWhitespace(text.substr(i, j - i))));
      if (words.empty()) {
        return RuleError(file.path, line.number, line.indent + static_cast<int>(i) + 1,
                         "empty phrase");
      }
      concepts_[words[0]].push_back({words, concept_name});
      i = j + 1;
    }
  }
  return absl::OkStatus();
}

std::string ClaimNormalizer::Lemma(std::string_view lower, Pos pos) const {
  auto it = lemmas_.find(lower);
  if (it != lemmas_.end()) return it->second;
  std::string w(lower);
  if (pos == Pos::kVerb || pos == Pos::kAux || pos == Pos::kAdj ||
      pos == Pos::kAdv) {
    return w;
  }
  // Regular plurals of nouns.
  auto ends = [&](std::string_view s) { return w.size() > s.size() + 2 && w.ends_with(s); };
  if (ends("ies")) return w.substr(0, w.size() - 3) + "y";
  if (ends("sses") || ends("ches") || ends("shes") || ends("xes") || ends("zes")) {
    return w.substr(0, w.size() - 2);
  }
  if (w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us") &&
      !w.ends_with("is") && !w.ends_with("ics")) {
    return w.substr(0, w.size() - 1);
  }
  return w;
}

std::string ClaimNormalizer::NormalizeSpan(const Document& doc, Span span) const {
  // Tokens of the span.
  auto first = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), span.begin,
                                [](const Token& t, uint32_t b) { return t.begin < b; });
  uint32_t b = static_cast<uint32_t>(first - doc.tokens.begin());
  uint32_t e = b;
  while (e < doc.tokens.size() && doc.tokens[e].end <= span.end) ++e;
  // Entities by first token.
  auto ent = std::lower_bound(doc.entities.begin(), doc.entities.end(), b,
                              [](const Entity& x, uint32_t t) { return x.token_begin < t; });
  std::vector<std::string> units;      // lemmas or entity norms, in order
  std::vector<bool> is_entity;
  bool content = false;
  for (uint32_t i = b; i < e;) {
    while (ent != doc.entities.end() && ent->token_begin < i) ++ent;
    if (ent != doc.entities.end() && ent->token_begin == i && ent->token_end <= e) {
      // A dated event after a time word is a time adjunct ("post 9/11").
      bool dated = ent->type == EntityType::kEvent && i > b && light_ >= 0 &&
                   !doc.word_ids.empty() &&
                   lexicon_->InClass(doc.word_ids[i - 1], light_) &&
                   doc.pos[i - 1] == Pos::kPrep;
      if (dated || (ent->type == EntityType::kEvent && i > b &&
                    (doc.TokenText(i - 1) == "post" || doc.TokenText(i - 1) == "since"))) {
        i = ent->token_end;
        continue;
      }
      units.push_back(ent->norm);
      // Issues are concepts too: the concept lexicon may fold them.
      is_entity.push_back(ent->type != EntityType::kIssue);
      content = true;
      i = ent->token_end;
      continue;
    }
    const Token& t = doc.tokens[i];
    std::string_view text = doc.TokenText(i);
    Pos p = i < doc.pos.size() ? doc.pos[i] : Pos::kNoun;
    if (content) {
      // Cut before a relative clause, a comma, or a participle that
      // modifies the noun before it ("threats arising from").
      bool rel = text == "which" || text == "who" || text == "whom" ||
                 (text == "that" && p == Pos::kPron);
      uint32_t bits = doc.word_ids.empty() ? 0 : lexicon_->PosBits(doc.word_ids[i]);
      bool participle = (bits & (kVerbIng | kVerbPart)) && i > b &&
                        (doc.pos[i - 1] == Pos::kNoun || doc.pos[i - 1] == Pos::kPropn) &&
                        i + 1 < e && doc.pos[i + 1] == Pos::kPrep;
      if (rel || text == "," || text == ";" || participle) break;
    }
    if (t.kind == TokenKind::kPunct || t.kind == TokenKind::kHyphen ||
        t.kind == TokenKind::kSymbol || t.kind == TokenKind::kClitic ||
        t.kind == TokenKind::kNumber) {  // numbers are dates and amounts
      ++i;
      continue;
    }
    std::string lower = LowerWord(text);
    WordId raw = doc.word_ids.empty() ? kUnknownWord : doc.word_ids[i];
    if (light_ >= 0 && raw != kUnknownWord && lexicon_->InClass(raw, light_) &&
        concepts_.find(lower) == concepts_.end()) {
      ++i;  // "growing" goes before it can become "grow"
      continue;
    }
    units.push_back(Lemma(lower, p));
    is_entity.push_back(false);
    if (p == Pos::kNoun || p == Pos::kPropn || p == Pos::kVerb) content = true;
    ++i;
  }
  // Concepts, longest phrase first; then light words out.
  std::vector<std::string> out;
  for (size_t i = 0; i < units.size();) {
    if (!is_entity[i]) {
      auto it = concepts_.find(units[i]);
      bool matched = false;
      if (it != concepts_.end()) {
        for (const auto& [phrase, concept_name] : it->second) {
          if (i + phrase.size() > units.size()) continue;
          bool eq = true;
          for (size_t k = 0; k < phrase.size() && eq; ++k) {
            eq = !is_entity[i + k] && units[i + k] == phrase[k];
          }
          if (eq) {
            out.push_back(concept_name);
            i += phrase.size();
            matched = true;
            break;
          }
        }
      }
      if (matched) continue;
      WordId w = lexicon_->Find(units[i]);
      if (light_ >= 0 && w != kUnknownWord && lexicon_->InClass(w, light_)) {
        ++i;
        continue;
      }
    }
    out.push_back(units[i]);
    ++i;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  std::string joined;
  for (const std::string& w : out) StrAppend(&joined, joined.empty() ? "" : " ", w);
  if (joined.empty()) joined = LowerWord(doc.Text(span));
  return joined;
}

absl::Status ClaimNormalizer::Process(Document* doc) const {
  for (Claim& c : doc->claims) {
    c.cause_norm = NormalizeSpan(*doc, c.cause);
    c.effect_norm = NormalizeSpan(*doc, c.effect);
    c.key = StrCat(c.cause_norm, " |", RelationName(c.relation), "| ", c.effect_norm);
  }
  return absl::OkStatus();
}

}  // namespace casus
