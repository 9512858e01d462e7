#include "engine/entity_rules.h"

#include <cstdlib>

#include "pipeline/status_macros.h"
#include "pipeline/strings.h"

namespace casus {
namespace {

std::string FileName(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

absl::StatusOr<std::unique_ptr<EntityRules>> EntityRules::Parse(
    const RuleFiles& files, const Abbreviations& abbreviations, LexiconBuilder* lexicon) {
  std::unique_ptr<EntityRules> r(new EntityRules);
  RuleErrors errors;
  auto gazetteer = Gazetteer::Load(files, abbreviations, lexicon);
  if (errors.Add(gazetteer.status())) r->gazetteer_ = *std::move(gazetteer);
  CASUS_ASSIGN_OR_RETURN(std::vector<RuleFile> pats, files.List("entities", ".pat", &errors));
  for (const RuleFile& f : pats) {
    for (const RuleLine& line : SplitRuleLines(f.contents)) {
      errors.Add(r->ParsePatternLine(f, line, lexicon));
    }
  }
  if (!errors.empty()) return errors.ToStatus();
  for (size_t i = 0; i < r->gazetteer_->num_entries(); ++i) {
    const Gazetteer::Entry& en = r->gazetteer_->entry(static_cast<uint32_t>(i));
    r->entry_rules_.push_back(StrCat(FileName(en.path), ":", en.line));
  }
  return r;
}

void EntityRules::BuildIndex(const Lexicon& lexicon, bool prefilter) {
  std::vector<const TokenPattern*> patterns;
  for (const Pattern& p : patterns_) patterns.push_back(&p.pattern);
  index_.Build(patterns, lexicon, prefilter);
}

absl::Status EntityRules::ParsePatternLine(const RuleFile& file, const RuleLine& line,
                                           LexiconBuilder* lexicon) {
  std::string_view text = line.text;
  int col0 = line.indent + 1;
  if (text.substr(0, 8) == "example ") {
    pattern_examples_.push_back(
        {file.path, line.number, std::string(StripWhitespace(text.substr(8)))});
    return absl::OkStatus();
  }
  if (text.substr(0, 6) == "joint:") {
    CASUS_ASSIGN_OR_RETURN(TokenPattern tp,
                           CompilePatternAt(text.substr(6), file.path, line.number, col0 + 6,
                                            lexicon));
    joints_.push_back(std::move(tp));
    return absl::OkStatus();
  }

  const bool conjunct = text.substr(0, 9) == "conjunct ";
  if (text.substr(0, 8) != "pattern " && !conjunct) {
    return RuleError(file.path, line.number, col0,
                     "expected 'pattern ID TYPE: PATTERN', 'conjunct ID TYPE: PATTERN', "
                     "'joint: PATTERN' or 'example ...'");
  }
  const size_t kw = conjunct ? 9 : 8;
  size_t colon = text.find(':');
  if (colon == std::string_view::npos) {
    return RuleError(file.path, line.number, col0,
                     StrCat(conjunct ? "conjunct" : "pattern", " needs ': PATTERN'"));
  }
  std::string_view head = StripWhitespace(text.substr(kw, colon - kw));
  size_t sp = head.find(' ');
  if (sp == std::string_view::npos) {
    return RuleError(file.path, line.number, col0 + static_cast<int>(kw),
                     StrCat("expected '", conjunct ? "conjunct" : "pattern", " ID TYPE:'"));
  }
  std::string_view id = head.substr(0, sp);
  std::string_view type_name = StripWhitespace(head.substr(sp));
  auto type = ParseEntityType(type_name);
  if (!type) {
    return RuleError(file.path, line.number, col0 + static_cast<int>(kw + sp) + 1,
                     StrCat("unknown type '", type_name, "'"));
  }
  std::string_view src = text.substr(colon + 1);
  int src_col = col0 + static_cast<int>(colon) + 1;
  CASUS_ASSIGN_OR_RETURN(TokenPattern tp,
                         CompilePatternAt(src, file.path, line.number, src_col, lexicon));
  if (tp.capture_names().size() > 1) {
    return RuleError(file.path, line.number, src_col,
                     "an entity pattern has at most one [capture]");
  }
  if (tp.capture_names().empty() && conjunct) {
    return RuleError(file.path, line.number, src_col,
                     "a conjunct pattern needs a [capture]: the joined name");
  }
  (conjunct ? conjuncts_ : patterns_)
      .push_back({*type, std::move(tp), StrCat(FileName(file.path), ":", line.number, ":", id)});
  return absl::OkStatus();
}

std::vector<RuleExample> EntityRules::Examples() const {
  std::vector<RuleExample> out = gazetteer_->examples();
  out.insert(out.end(), pattern_examples_.begin(), pattern_examples_.end());
  return out;
}

}  // namespace casus
