#include "engine/abbreviations.h"

#include "absl/strings/ascii.h"
#include "pipeline/strings.h"
#include "pipeline/status_macros.h"

namespace casus {

absl::StatusOr<std::unique_ptr<Abbreviations>> Abbreviations::Load(
    const RuleFiles& files) {
  CASUS_ASSIGN_OR_RETURN(std::vector<RuleFile> contents,
                         files.Read("abbreviations.txt"));
  return Parse(contents);
}

absl::StatusOr<std::unique_ptr<Abbreviations>> Abbreviations::Parse(
    const std::vector<RuleFile>& files) {
  auto out = std::make_unique<Abbreviations>();
  RuleErrors errors;
  for (const RuleFile& file : files) {
    for (const RuleLine& line : SplitRuleLines(file.contents)) {
      errors.Add(out->ParseLine(file, line));
    }
  }
  if (!errors.empty()) return errors.ToStatus();
  return out;
}

absl::Status Abbreviations::ParseLine(const RuleFile& file, const RuleLine& line) {
  std::string_view text = line.text;
  size_t sp = text.find_first_of(" \t");
  std::string_view head = text.substr(0, sp);
  std::string_view rest = sp == std::string_view::npos ? std::string_view() : text.substr(sp);
  int rest_col = line.indent + 1 + static_cast<int>(head.size());
  if (head == "example") {
    std::string_view ex = StripWhitespace(rest);
    if (ex.empty()) return RuleError(file.path, line.number, rest_col, "example needs text");
    examples_.push_back({file.path, line.number, std::string(ex)});
    return absl::OkStatus();
  }
  std::optional<AbbrevClass> cls;
  bool starter = false;
  if (head == "title") cls = AbbrevClass::kTitle;
  else if (head == "inner") cls = AbbrevClass::kInner;
  else if (head == "final") cls = AbbrevClass::kFinal;
  else if (head == "starter") starter = true;
  else {
    return RuleError(file.path, line.number, line.indent + 1,
                     StrCat("unknown class '", head,
                            "' (expected title, inner, final, starter or example)"));
  }
  // Whitespace-separated forms; report each by its column.
  size_t i = 0;
  while (i < rest.size()) {
    while (i < rest.size() && (rest[i] == ' ' || rest[i] == '\t')) ++i;
    size_t j = i;
    while (j < rest.size() && rest[j] != ' ' && rest[j] != '\t') ++j;
    if (j == i) break;
    std::string form(rest.substr(i, j - i));
    int col = rest_col + static_cast<int>(i);
    i = j;
    if (starter) {
      starters_.insert(std::move(form));
      continue;
    }
    if (form.size() < 2 || form.back() != '.') {
      return RuleError(file.path, line.number, col,
                       StrCat("abbreviation '", form, "' must end with a period"));
    }
    auto [it, inserted] = forms_.emplace(form, *cls);
    if (!inserted && it->second != *cls) {
      return RuleError(file.path, line.number, col,
                       StrCat("abbreviation '", form, "' listed under two classes"));
    }
  }
  return absl::OkStatus();
}

std::optional<AbbrevClass> Abbreviations::Find(std::string_view word) const {
  auto it = forms_.find(word);
  if (it != forms_.end()) return it->second;
  if (!word.empty() && absl::ascii_isupper(word[0])) {
    std::string lower(word);
    lower[0] = absl::ascii_tolower(lower[0]);
    it = forms_.find(lower);
    if (it != forms_.end()) return it->second;
  }
  return std::nullopt;
}

bool Abbreviations::IsSentenceStarter(std::string_view word) const {
  if (starters_.contains(word)) return true;
  // Upper-case headline forms ("THE") count too.
  if (word.size() > 1) {
    std::string cap(word);
    for (size_t i = 1; i < cap.size(); ++i) cap[i] = absl::ascii_tolower(cap[i]);
    return starters_.contains(cap);
  }
  return false;
}

}  // namespace casus
