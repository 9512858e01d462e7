#include "engine/claim_rules.h"

#include <cstdlib>

#include "pipeline/status_macros.h"
#include "pipeline/strings.h"

namespace casus {
namespace {

struct SlotName {
  std::string_view name;
  Slot slot;
};
constexpr SlotName kSlots[] = {
    {"np_left", Slot::kNpLeft},           {"np_right", Slot::kNpRight},
    {"subject", Slot::kSubject},          {"clause_left", Slot::kClauseLeft},
    {"clause_right", Slot::kClauseRight}, {"comma_clause", Slot::kCommaClause},
    {"comma_purpose", Slot::kCommaPurpose}, {"purpose", Slot::kPurpose},
};

}  // namespace

absl::StatusOr<std::unique_ptr<ClaimRules>> ClaimRules::Parse(const RuleFiles& files,
                                                              LexiconBuilder* lexicon) {
  std::unique_ptr<ClaimRules> c(new ClaimRules);
  RuleErrors errors;
  CASUS_ASSIGN_OR_RETURN(std::vector<RuleFile> rule_files,
                         files.List("claims", ".rules", &errors));
  for (const RuleFile& f : rule_files) errors.Add(c->ParseFile(f, lexicon));
  if (!errors.empty()) return errors.ToStatus();
  return c;
}

void ClaimRules::Finish(std::shared_ptr<const Lexicon> lexicon, const WordClasses& classes,
                        bool prefilter) {
  lexicon_ = std::move(lexicon);
  modality_ = std::make_unique<ModalityReader>(*lexicon_, classes);
  std::vector<const TokenPattern*> patterns, probes;
  for (ClaimRule& rule : rules_) {
    patterns.push_back(&rule.pattern);
    rule.first_probe = static_cast<uint32_t>(probes.size());
    for (const TokenPattern& u : rule.unless) probes.push_back(&u);
  }
  index_.Build(patterns, *lexicon_, prefilter, probes);
}

absl::Status ClaimRules::FinishRule(const RuleFile& file, ClaimRule* rule,
                                    std::string_view match_src, int match_line, int match_col,
                                    LexiconBuilder* lexicon, bool check_slots) {
  CASUS_ASSIGN_OR_RETURN(rule->pattern,
                         CompilePatternAt(match_src, file.path, match_line, match_col, lexicon));
  const auto& names = rule->pattern.capture_names();
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == "trigger") rule->trigger_capture = static_cast<int>(i);
    else if (names[i] == "cause") rule->cause_capture = static_cast<int>(i);
    else if (names[i] == "effect") rule->effect_capture = static_cast<int>(i);
    else {
      return RuleError(file.path, match_line, match_col,
                       StrCat("capture '", names[i],
                              "' (a claim rule captures trigger, cause, effect)"));
    }
  }
  if (rule->trigger_capture < 0) {
    return RuleError(file.path, match_line, match_col,
                     "the pattern needs a [trigger: ...] capture");
  }
  if (!check_slots) return absl::OkStatus();
  auto check_slot = [&](const char* what, int capture, Slot slot) -> absl::Status {
    if (capture >= 0 && slot != Slot::kCaptured) {
      return RuleError(file.path, rule->line, 1,
                       StrCat("rule ", rule->id, ": ", what, " is both captured and given a slot"));
    }
    if (capture < 0 && slot == Slot::kCaptured) {
      return RuleError(file.path, rule->line, 1,
                       StrCat("rule ", rule->id, ": no ", what, " (capture it or give '", what,
                              ": SLOT')"));
    }
    return absl::OkStatus();
  };
  CASUS_RETURN_IF_ERROR(check_slot("cause", rule->cause_capture, rule->cause));
  CASUS_RETURN_IF_ERROR(check_slot("effect", rule->effect_capture, rule->effect));
  auto comma = [](Slot s) { return s == Slot::kCommaClause || s == Slot::kCommaPurpose; };
  if (comma(rule->cause) && comma(rule->effect)) {
    return RuleError(file.path, rule->line, 1, "cause and effect cannot both be comma_clause");
  }
  return absl::OkStatus();
}

absl::Status ClaimRules::ParseFile(const RuleFile& file, LexiconBuilder* lexicon) {
  RuleErrors errors;
  ClaimRule* rule = nullptr;
  // Properties are skipped (unchecked) after a broken 'rule' line and
  // before the first one, whose error is reported once.
  bool skip = false;
  bool properties_ok = true;  // of the current rule
  std::string_view match_src;
  int match_line = 0, match_col = 0;
  auto finish = [&]() {
    if (rule == nullptr) return;
    if (match_line == 0) {
      // A broken property may be the misspelt match.
      if (properties_ok) {
        errors.Add(
            RuleError(file.path, rule->line, 1, StrCat("rule ", rule->id, " has no 'match:'")));
      }
    } else {
      errors.Add(
          FinishRule(file, rule, match_src, match_line, match_col, lexicon, properties_ok));
    }
    rule = nullptr;
  };
  for (const RuleLine& line : SplitRuleLines(file.contents)) {
    if (line.indent > 0) {
      if (skip) continue;
      if (rule == nullptr) {
        errors.Add(RuleError(file.path, line.number, line.indent + 1,
                             "property before any 'rule ID'"));
        skip = true;
        continue;
      }
      if (!errors.Add(
              ParseProperty(file, line, rule, lexicon, &match_src, &match_line, &match_col))) {
        properties_ok = false;
      }
      continue;
    }
    finish();
    skip = !errors.Add(StartRule(file, line));
    if (!skip) {
      rule = &rules_.back();
      match_line = 0;
      properties_ok = true;
    }
  }
  finish();
  return errors.ToStatus();
}

absl::Status ClaimRules::StartRule(const RuleFile& file, const RuleLine& line) {
  std::string_view text = line.text;
  if (text.substr(0, 5) != "rule ") return RuleError(file.path, line.number, 1, "expected 'rule ID'");
  std::string_view id = StripWhitespace(text.substr(5));
  if (id.empty() || id.find(' ') != std::string_view::npos) {
    return RuleError(file.path, line.number, 6, "a rule id is one word");
  }
  for (const ClaimRule& r : rules_) {
    if (r.id == id) {
      return RuleError(file.path, line.number, 6,
                       StrCat("rule '", id, "' already defined at ", r.path, ":", r.line));
    }
  }
  rules_.emplace_back();
  ClaimRule& rule = rules_.back();
  rule.id = std::string(id);
  rule.path = file.path;
  rule.line = line.number;
  return absl::OkStatus();
}

absl::Status ClaimRules::ParseProperty(const RuleFile& file, const RuleLine& line,
                                       ClaimRule* rule, LexiconBuilder* lexicon,
                                       std::string_view* match_src, int* match_line,
                                       int* match_col) {
  std::string_view text = line.text;
  int col0 = line.indent + 1;
  size_t colon = text.find(':');
  if (colon == std::string_view::npos) {
    return RuleError(file.path, line.number, col0, "expected 'key: value'");
  }
  std::string_view key = text.substr(0, colon);
  std::string_view value = StripWhitespace(text.substr(colon + 1));
  int vcol = col0 + static_cast<int>(colon) + 1;
  while (vcol - col0 < static_cast<int>(text.size()) && text[vcol - col0] == ' ') ++vcol;
  if (key == "match") {
    *match_src = text.substr(colon + 1);
    *match_line = line.number;
    *match_col = col0 + static_cast<int>(colon) + 1;
  } else if (key == "cause" || key == "effect") {
    const SlotName* found = nullptr;
    for (const SlotName& s : kSlots) {
      if (s.name == value) found = &s;
    }
    if (found == nullptr) {
      return RuleError(file.path, line.number, vcol,
                       StrCat("unknown slot '", value,
                              "' (np_left, np_right, subject, clause_left, "
                              "clause_right, comma_clause, comma_purpose, purpose)"));
    }
    (key == "cause" ? rule->cause : rule->effect) = found->slot;
  } else if (key == "relation") {
    auto r = ParseRelation(value);
    if (!r) {
      return RuleError(file.path, line.number, vcol,
                       StrCat("unknown relation '", value, "' (CAUSE or PREVENT)"));
    }
    rule->relation = *r;
  } else if (key == "modality") {
    auto m = ParseModality(value);
    if (!m) return RuleError(file.path, line.number, vcol, StrCat("unknown modality '", value, "'"));
    rule->modality = *m;
  } else if (key == "unless") {
    CASUS_ASSIGN_OR_RETURN(TokenPattern tp,
                           CompilePatternAt(text.substr(colon + 1), file.path, line.number,
                                            col0 + static_cast<int>(colon) + 1, lexicon));
    rule->unless.push_back(std::move(tp));
  } else if (key == "priority") {
    rule->priority = std::atoi(std::string(value).c_str());
  } else if (key == "example") {
    rule->examples.push_back({file.path, line.number, std::string(value)});
  } else if (key == "counter") {
    rule->counters.push_back({file.path, line.number, std::string(value)});
  } else {
    return RuleError(file.path, line.number, col0,
                     StrCat("unknown key '", key,
                            "' (match, unless, cause, effect, relation, "
                            "modality, priority, example, counter)"));
  }
  return absl::OkStatus();
}

}  // namespace casus
