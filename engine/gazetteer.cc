#include "engine/gazetteer.h"

#include <algorithm>

#include "pipeline/status_macros.h"
#include "pipeline/strings.h"

namespace casus {
namespace {

bool IsAlpha3(std::string_view s) {
  if (s.size() != 3) return false;
  for (char c : s) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

bool HasUpper(std::string_view s) {
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') return true;
  }
  // Non-ASCII capitals ("Ö") count too: compare with the lower-case form.
  for (unsigned char c : s) {
    if (c >= 0x80) return LowerWord(s) != s;
  }
  return false;
}

}  // namespace

absl::StatusOr<std::unique_ptr<Gazetteer>> Gazetteer::Load(
    const RuleFiles& files, const Abbreviations& abbreviations,
    LexiconBuilder* lexicon) {
  RuleErrors errors;
  CASUS_ASSIGN_OR_RETURN(std::vector<RuleFile> gaz, files.List("entities", ".gaz", &errors));
  auto g = Parse(gaz, abbreviations, lexicon);
  errors.Add(g.status());
  if (!errors.empty()) return errors.ToStatus();
  return g;
}

absl::StatusOr<std::unique_ptr<Gazetteer>> Gazetteer::Parse(
    const std::vector<RuleFile>& files, const Abbreviations& abbreviations,
    LexiconBuilder* lexicon) {
  auto g = std::unique_ptr<Gazetteer>(new Gazetteer);
  g->terminals_.emplace_back();  // root
  RuleErrors errors;
  for (const RuleFile& f : files) errors.Add(g->ParseFile(f, abbreviations, lexicon));
  if (!errors.empty()) return errors.ToStatus();
  return g;
}

absl::Status Gazetteer::ParseFile(const RuleFile& file,
                                  const Abbreviations& abbreviations,
                                  LexiconBuilder* lexicon) {
  RuleErrors errors;
  // Entries are skipped (unchecked) after a broken 'type' line and before
  // the first one, whose error is reported once.
  bool skip = false, have_type = false;
  std::optional<EntityType> type;
  std::vector<std::string> allowed;  // `norms:` list for the current type
  for (const RuleLine& line : SplitRuleLines(file.contents)) {
    std::string_view text = line.text;
    int col0 = line.indent + 1;
    if (text.substr(0, 5) == "type " || text == "type") {
      std::string_view name = StripWhitespace(text.substr(4));
      allowed.clear();
      have_type = true;
      skip = false;
      if (name == "NONE") {
        type.reset();
      } else if (auto t = ParseEntityType(name)) {
        type = *t;
      } else {
        skip = true;
        errors.Add(RuleError(file.path, line.number, col0 + 5,
                             StrCat("unknown type '", name,
                                    "' (COUNTRY, CITY, REGION, ORGANIZATION, "
                                    "PERSON, ISSUE, EVENT or NONE)")));
      }
      continue;
    }
    if (text.substr(0, 8) == "example " || text == "example") {
      std::string_view ex = StripWhitespace(text.substr(7));
      if (ex.empty()) {
        errors.Add(RuleError(file.path, line.number, col0, "example needs text"));
      } else {
        examples_.push_back({file.path, line.number, std::string(ex)});
      }
      continue;
    }
    if (text.substr(0, 6) == "norms:") {
      allowed.clear();
      std::string_view rest = text.substr(6);
      size_t i = 0;
      while (i < rest.size()) {
        size_t j = rest.find(',', i);
        if (j == std::string_view::npos) j = rest.size();
        std::string_view n = StripWhitespace(rest.substr(i, j - i));
        if (!n.empty()) allowed.emplace_back(n);
        i = j + 1;
      }
      continue;
    }
    size_t colon = text.find(':');
    if (colon == std::string_view::npos) {
      errors.Add(RuleError(file.path, line.number, col0,
                           "expected 'NORM: alias | alias', 'type T', 'norms: ...' "
                           "or 'example ...'"));
      continue;
    }
    if (skip) continue;
    if (!have_type) {
      errors.Add(RuleError(file.path, line.number, col0, "entry before any 'type' line"));
      skip = true;
      continue;
    }
    errors.Add(ParseEntry(file, line, colon, type, allowed, abbreviations, lexicon));
  }
  return errors.ToStatus();
}

absl::Status Gazetteer::ParseEntry(const RuleFile& file, const RuleLine& line, size_t colon,
                                   std::optional<EntityType> type,
                                   const std::vector<std::string>& allowed,
                                   const Abbreviations& abbreviations, LexiconBuilder* lexicon) {
  std::string_view text = line.text;
  int col0 = line.indent + 1;
  std::string_view norm = StripWhitespace(text.substr(0, colon));
  bool ok = !type.has_value()      ? norm == "-"
            : *type == EntityType::kCountry ? IsAlpha3(norm)
                                            : IsSnakeCase(norm);
  if (!ok) {
    std::string_view want = !type.has_value() ? "'-' for NONE names"
                            : *type == EntityType::kCountry
                                ? "an ISO alpha-3 code (three capitals)"
                                : "snake_case ASCII";
    return RuleError(file.path, line.number, col0,
                     StrCat("bad norm '", norm, "': expected ", want));
  }
  if (!allowed.empty() &&
      std::find(allowed.begin(), allowed.end(), norm) == allowed.end()) {
    return RuleError(file.path, line.number, col0,
                     StrCat("norm '", norm, "' is not in this type's norms: list"));
  }
  uint32_t entry = static_cast<uint32_t>(entries_.size());
  entries_.push_back({type, std::string(norm), file.path, line.number});
  // Aliases separated by '|'.
  size_t i = colon + 1;
  bool any = false;
  while (i <= text.size()) {
    size_t j = text.find('|', i);
    if (j == std::string_view::npos) j = text.size();
    std::string_view raw = text.substr(i, j - i);
    size_t lead = 0;
    while (lead < raw.size() && (raw[lead] == ' ' || raw[lead] == '\t')) ++lead;
    std::string_view alias = StripWhitespace(raw);
    int col = line.indent + static_cast<int>(i + lead) + 1;
    if (alias.empty()) {
      return RuleError(file.path, line.number, col, "empty alias");
    }
    std::vector<std::string> forms = {std::string(alias)};
    for (std::string_view suffix : {"(s)", "(es)"}) {
      if (alias.size() > suffix.size() && alias.ends_with(suffix)) {
        std::string base(alias.substr(0, alias.size() - suffix.size()));
        forms = {base, base + std::string(suffix.substr(1, suffix.size() - 2))};
      }
    }
    for (const std::string& form : forms) {
      CASUS_RETURN_IF_ERROR(
          AddAlias(file, line.number, col, entry, form, abbreviations, lexicon));
    }
    any = true;
    i = j + 1;
  }
  if (!any) return RuleError(file.path, line.number, col0, "no aliases");
  return absl::OkStatus();
}

absl::Status Gazetteer::AddAlias(const RuleFile& file, int line, int column,
                                 uint32_t entry, std::string_view alias,
                                 const Abbreviations& abbreviations,
                                 LexiconBuilder* lexicon) {
  bool exact = false;
  if (!alias.empty() && alias[0] == '!') {
    exact = true;
    alias.remove_prefix(1);
  }
  // An alias with no tokens is refused before it is recorded, so a repeat
  // of it is refused again rather than taken for a known alias.
  std::vector<Token> toks;
  ScanTokens(alias, abbreviations, &toks);
  if (toks.empty()) return RuleError(file.path, line, column, "empty alias");
  auto [it, inserted] =
      alias_text_.emplace(std::string(alias), static_cast<uint32_t>(aliases_.size()));
  if (!inserted) {
    const Entry& first = entries_[aliases_[it->second].entry];
    const Entry& now = entries_[entry];
    if (first.norm != now.norm || first.type != now.type) {
      return RuleError(file.path, line, column,
                       StrCat("duplicate alias '", alias, "' mapped to two norms: '",
                              first.norm, "' (", first.path, ":", first.line,
                              ") and '", now.norm, "'"));
    }
    return absl::OkStatus();  // the same alias repeated for the same norm
  }
  Alias a;
  a.entry = entry;
  a.exact = exact;
  a.text = std::string(alias);
  uint32_t node = 0;
  for (const Token& t : toks) {
    std::string_view tt = alias.substr(t.begin, t.end - t.begin);
    a.tokens.emplace_back(tt);
    WordId w = lexicon->Intern(tt);
    (node == 0 ? starts_ : continues_).Set(w);
    uint64_t key = (uint64_t{node} << 32) | w;
    auto e = edges_.find(key);
    if (e == edges_.end()) {
      uint32_t child = static_cast<uint32_t>(terminals_.size());
      terminals_.emplace_back();
      edges_.emplace(key, child);
      node = child;
    } else {
      node = e->second;
    }
  }
  terminals_[node].push_back(static_cast<uint32_t>(aliases_.size()));
  aliases_.push_back(std::move(a));
  return absl::OkStatus();
}

bool Gazetteer::CaseMatches(const Alias& a, const Document& doc,
                            uint32_t first) const {
  for (size_t k = 0; k < a.tokens.size(); ++k) {
    const Token& t = doc.tokens[first + k];
    std::string_view text = doc.Text(t.span());
    const std::string& want = a.tokens[k];
    if (text == want) continue;
    if (a.exact) return false;
    if (!HasUpper(want)) continue;  // lower-case alias words match any case
    // A capitalized alias word also matches its all-capitals form.
    if (t.Has(kAllUpper) && t.Has(kHasAlpha)) continue;
    // Typographic variants of the same word (’ for ') keep the case test.
    if (LowerWord(text) == LowerWord(want) && text.size() != want.size()) {
      continue;
    }
    return false;
  }
  return true;
}

void Gazetteer::FindAll(const Document& doc, uint32_t first, uint32_t end,
                        std::vector<Match>* out) const {
  const uint32_t* ids = doc.word_ids.data();
  for (uint32_t i = first; i < end; ++i) {
    if (!starts_.Test(ids[i])) continue;
    uint32_t node = 0;
    for (uint32_t j = i; j < end; ++j) {
      WordId w = ids[j];
      if (w == kUnknownWord) break;
      if (j > i && !continues_.Test(w)) break;
      auto e = edges_.find((uint64_t{node} << 32) | w);
      if (e == edges_.end()) break;
      node = e->second;
      for (uint32_t a : terminals_[node]) {
        if (CaseMatches(aliases_[a], doc, i)) out->push_back({i, j + 1, a});
      }
    }
  }
}

}  // namespace casus
