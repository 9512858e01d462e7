#include "stages/lexicon.h"

#include <unicode/uchar.h>

#include "pipeline/status_macros.h"
#include "pipeline/strings.h"
#include "pipeline/utf8.h"

namespace casus {

std::string LowerWord(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32)
                                           : static_cast<char>(c));
      ++i;
      continue;
    }
    int len;
    char32_t cp = DecodeUtf8At(text, i, &len);
    i += len;
    if (cp == 0x2019 || cp == 0x2018) {
      out.push_back('\'');
    } else if (cp == 0x2010 || cp == 0x2011) {
      out.push_back('-');
    } else {
      AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))),
                 &out);
    }
  }
  return out;
}

int Lexicon::FindClass(std::string_view name) const {
  for (size_t i = 0; i < class_infos_.size(); ++i) {
    if (class_infos_[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

std::vector<WordId> Lexicon::Members(int cls) const {
  std::vector<WordId> out;
  for (WordId id = 1; id < classes_.size(); ++id) {
    if (classes_[id].Has(cls)) out.push_back(id);
  }
  return out;
}

LexiconBuilder::LexiconBuilder() : lex_(std::make_shared<Lexicon>()) {
  lex_->words_.push_back("");
  lex_->classes_.emplace_back();
}

WordId LexiconBuilder::Intern(std::string_view word) {
  std::string key = LowerWord(word);
  auto it = lex_->ids_.find(key);
  if (it != lex_->ids_.end()) return it->second;
  WordId id = static_cast<WordId>(lex_->words_.size());
  lex_->ids_.emplace(key, id);
  lex_->words_.push_back(std::move(key));
  lex_->classes_.emplace_back();
  return id;
}

int LexiconBuilder::ClassId(std::string_view name, const std::string& path,
                            int line) {
  int id = lex_->FindClass(name);
  if (id >= 0) return id;
  if (lex_->class_infos_.size() >= static_cast<size_t>(kMaxClasses)) return -1;
  lex_->class_infos_.push_back({std::string(name), path, line, 0});
  return static_cast<int>(lex_->class_infos_.size() - 1);
}

void LexiconBuilder::AddToClass(std::string_view class_name,
                                std::string_view word) {
  int cls = ClassId(class_name, "<builtin>", 0);
  if (cls < 0) return;
  WordId id = Intern(word);
  if (!lex_->classes_[id].Has(cls)) {
    lex_->classes_[id].Add(cls);
    ++lex_->class_infos_[cls].size;
  }
}

absl::Status LexiconBuilder::LoadClasses(const RuleFiles& files) {
  CASUS_ASSIGN_OR_RETURN(std::vector<RuleFile> lex, files.List("lexicon", ".lex"));
  for (const RuleFile& f : lex) CASUS_RETURN_IF_ERROR(ParseClasses(f));
  return absl::OkStatus();
}

absl::Status LexiconBuilder::ParseClasses(const RuleFile& file) {
  int cls = -1;
  for (const RuleLine& line : SplitRuleLines(file.contents)) {
    std::string_view text = line.text;
    if (line.indent == 0) {
      if (text.substr(0, 6) != "class " && text != "class") {
        return RuleError(file.path, line.number, 1,
                         "expected 'class NAME' or an indented word list");
      }
      std::string_view name = StripWhitespace(text.substr(5));
      if (name.empty()) {
        return RuleError(file.path, line.number, 7, "class needs a name");
      }
      for (size_t i = 0; i < name.size(); ++i) {
        char c = name[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
          return RuleError(file.path, line.number, 7 + static_cast<int>(i),
                           StrCat("class name '", name,
                                  "' must be lower-case snake_case"));
        }
      }
      cls = ClassId(name, file.path, line.number);
      if (cls < 0) {
        return RuleError(file.path, line.number, 7,
                         StrCat("more than ", kMaxClasses, " word classes"));
      }
      continue;
    }
    if (cls < 0) {
      return RuleError(file.path, line.number, line.indent + 1,
                       "words before any 'class NAME' line");
    }
    size_t i = 0;
    while (i < text.size()) {
      while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
      size_t j = i;
      while (j < text.size() && text[j] != ' ' && text[j] != '\t') ++j;
      if (j > i) {
        WordId id = Intern(text.substr(i, j - i));
        if (!lex_->classes_[id].Has(cls)) {
          lex_->classes_[id].Add(cls);
          ++lex_->class_infos_[cls].size;
        }
      }
      i = j;
    }
  }
  return absl::OkStatus();
}

std::shared_ptr<const Lexicon> LexiconBuilder::Build() && { return lex_; }

}  // namespace casus
