#include "engine/lexicon.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdlib>

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
    // Only well-formed sequences are decoded; other bytes pass through.
    std::string_view rest = text.substr(i, 4);
    size_t good = 0;
    for (size_t n = 2; n <= rest.size(); ++n) {
      if (IsValidUtf8(rest.substr(0, n))) {
        good = n;
        break;
      }
    }
    if (good == 0) {
      out.push_back(static_cast<char>(c));
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

void Lexicon::AddToClass(WordId id, int cls) {
  if (classes_[id].Has(cls)) return;
  classes_[id].Add(cls);
  ++class_infos_[cls].size;
  if (classed_.size() <= id / 64) classed_.resize(id / 64 + 1, 0);
  classed_[id / 64] |= uint64_t{1} << (id % 64);
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
  lex_->pos_.push_back(0);
}

WordId LexiconBuilder::Intern(std::string_view word) {
  std::string key = LowerWord(word);
  auto it = lex_->ids_.find(key);
  if (it != lex_->ids_.end()) return it->second;
  WordId id = static_cast<WordId>(lex_->words_.size());
  lex_->ids_.emplace(key, id);
  lex_->words_.push_back(std::move(key));
  lex_->classes_.emplace_back();
  lex_->pos_.push_back(0);
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
  lex_->AddToClass(Intern(word), cls);
}

absl::Status LexiconBuilder::LoadClasses(const RuleFiles& files) {
  RuleErrors errors;
  CASUS_ASSIGN_OR_RETURN(std::vector<RuleFile> lex, files.List("lexicon", ".lex", &errors));
  for (const RuleFile& f : lex) errors.Add(ParseClasses(f));
  classes_incomplete_ = !errors.empty();
  // Verbs whose past and participle are the base form ("set up by",
  // "cut"): WordNet's verb.exc does not list them.
  if (int cls = lex_->FindClass("unchanged_past"); cls >= 0) {
    for (size_t id = 0; id < lex_->pos_.size(); ++id) {
      if (lex_->classes_[id].Has(cls)) lex_->pos_[id] |= kPosVerb | kVerbPast | kVerbPart;
    }
  }
  return errors.ToStatus();
}

int LexiconBuilder::ClassForPattern(std::string_view name) {
  int cls = lex_->FindClass(name);
  if (cls >= 0 || !classes_incomplete_) return cls;
  return ClassId(name, "<unread>", 0);
}

absl::Status LexiconBuilder::ParseClasses(const RuleFile& file) {
  RuleErrors errors;
  // The class the indented lines add to; -1 before any, or after a broken
  // 'class' line, whose word lines are skipped (reported once).
  int cls = -1;
  bool inflect = false, reported = false;
  for (const RuleLine& line : SplitRuleLines(file.contents)) {
    if (line.indent == 0) {
      reported = !errors.Add(ParseClassLine(file, line, &cls, &inflect));
      continue;
    }
    if (cls < 0) {
      if (!reported) {
        errors.Add(RuleError(file.path, line.number, line.indent + 1,
                             "words before any 'class NAME' line"));
      }
      reported = true;
      continue;
    }
    std::string_view text = line.text;
    size_t i = 0;
    while (i < text.size()) {
      while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
      size_t j = i;
      while (j < text.size() && text[j] != ' ' && text[j] != '\t') ++j;
      if (j > i) {
        std::vector<std::string> forms =
            inflect ? VerbForms(text.substr(i, j - i))
                    : std::vector<std::string>{std::string(text.substr(i, j - i))};
        for (const std::string& f : forms) lex_->AddToClass(Intern(f), cls);
      }
      i = j;
    }
  }
  return errors.ToStatus();
}

absl::Status LexiconBuilder::ParseClassLine(const RuleFile& file, const RuleLine& line, int* cls,
                                            bool* inflect) {
  *cls = -1;
  *inflect = false;
  std::string_view text = line.text;
  if (text.substr(0, 6) != "class " && text != "class") {
    return RuleError(file.path, line.number, 1, "expected 'class NAME' or an indented word list");
  }
  std::string_view name = StripWhitespace(text.substr(5));
  std::string_view mod;
  if (size_t sp = name.find(' '); sp != std::string_view::npos) {
    mod = StripWhitespace(name.substr(sp));
    name = name.substr(0, sp);
  }
  if (name.empty()) return RuleError(file.path, line.number, 7, "class needs a name");
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
      return RuleError(file.path, line.number, 7 + static_cast<int>(i),
                       StrCat("class name '", name, "' must be lower-case snake_case"));
    }
  }
  int id = ClassId(name, file.path, line.number);
  if (id < 0) {
    return RuleError(file.path, line.number, 7, StrCat("more than ", kMaxClasses, " word classes"));
  }
  if (!mod.empty() && mod != "verbs") {
    // The class exists (patterns that use it are still checked); its words
    // are skipped.
    return RuleError(file.path, line.number, 7 + static_cast<int>(name.size()) + 1,
                     StrCat("unknown class modifier '", mod,
                            "' (only 'verbs': list lemmas, get every form)"));
  }
  *cls = id;
  *inflect = !mod.empty();
  return absl::OkStatus();
}

namespace {

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// Calls f(lemma, tagsense_count) for each single-word lemma of an index file.
template <typename F>
void ForEachIndexLemma(std::string_view contents, F f) {
  LineReader lines(contents);
  std::string_view line;
  while (lines.Next(&line)) {
    if (line.empty() || line[0] == ' ') continue;  // license header
    size_t sp = line.find(' ');
    std::string_view lemma = line.substr(0, sp);
    if (lemma.find('_') != std::string_view::npos) continue;
    // The field before the synset offsets is tagsense_cnt: the second number
    // after the pointer symbols. It is the last field before 8-digit offsets.
    int tagsense = 0;
    size_t end = line.find_last_not_of(' ');
    std::string_view rest = line.substr(0, end + 1);
    size_t k = rest.size();
    // Walk back over the synset offsets (8 digits each).
    while (k >= 9 && rest[k - 9] == ' ' && rest.substr(k - 8, 8).find_first_not_of("0123456789") == std::string_view::npos) {
      k -= 9;
    }
    size_t b = rest.rfind(' ', k - 1);
    if (b != std::string_view::npos) tagsense = std::atoi(std::string(rest.substr(b + 1, k - b - 1)).c_str());
    f(lemma, tagsense);
  }
}

template <typename F>
void ForEachException(std::string_view contents, F f) {
  LineReader lines(contents);
  std::string_view line;
  while (lines.Next(&line)) {
    size_t sp = line.find(' ');
    if (sp == std::string_view::npos) continue;
    std::string_view form = line.substr(0, sp);
    std::string_view lemma = line.substr(sp + 1);
    size_t sp2 = lemma.find(' ');
    if (sp2 != std::string_view::npos) lemma = lemma.substr(0, sp2);
    if (form.find('_') != std::string_view::npos) continue;
    f(form, lemma);
  }
}

}  // namespace

absl::Status LexiconBuilder::LoadWordNet(const std::string& dir, Env* env) {
  auto read = [&](const char* name) -> absl::StatusOr<std::string> {
    auto s = env->ReadFile(dir + "/" + name);
    if (!s.ok()) {
      return absl::NotFoundError(StrCat(
          "WordNet data not found (", dir, "/", name,
          "): install the Debian package wordnet-base or set CASUS_WORDNET"));
    }
    return s;
  };
  CASUS_ASSIGN_OR_RETURN(std::string verbs, read(kWordNetFiles[0]));
  CASUS_ASSIGN_OR_RETURN(std::string verb_exc, read(kWordNetFiles[1]));
  CASUS_ASSIGN_OR_RETURN(std::string adjs, read(kWordNetFiles[2]));
  CASUS_ASSIGN_OR_RETURN(std::string advs, read(kWordNetFiles[3]));
  CASUS_ASSIGN_OR_RETURN(std::string nouns, read(kWordNetFiles[4]));

  // Room for every word up front: growing the tables one doubling at a time
  // moved them again and again (a fifth of the load time in perf). A verb
  // lemma gives up to four forms.
  auto lines = [](const std::string& t) {
    return static_cast<size_t>(std::count(t.begin(), t.end(), '\n'));
  };
  size_t verb_lines = lines(verbs);
  size_t expected = lex_->words_.size() + 4 * verb_lines + lines(verb_exc) +
                    lines(adjs) + lines(advs);
  lex_->ids_.reserve(expected);
  lex_->words_.reserve(expected);
  lex_->classes_.reserve(expected);
  lex_->pos_.reserve(expected);
  StringMap<int> verb_tags;  // lemma -> WordNet's tagged-sense count
  verb_tags.reserve(verb_lines);
  AddVerbLemmas(verbs, &verb_tags);
  AddVerbExceptions(verb_exc);
  // Comparative and superlative forms -> index in graded_forms, or -1 once
  // found a noun; interned in the order made, so word ids stay the same run
  // to run.
  StringMap<int> graded;
  std::vector<std::string> graded_forms;
  ForEachIndexLemma(adjs, [&](std::string_view a, int tags) {
    AddPos(a, kPosAdj);
    if (tags > 0) AddGradedForms(a, &graded, &graded_forms);
  });
  ForEachIndexLemma(advs, [&](std::string_view a, int) { AddPos(a, kPosAdv); });
  AddNouns(nouns, verb_tags, &graded);
  for (const std::string& form : graded_forms) {
    if (graded[form] >= 0) AddPos(form, kPosAdj);
  }
  return absl::OkStatus();
}

void LexiconBuilder::AddGradedForms(std::string_view lemma, StringMap<int>* graded,
                                    std::vector<std::string>* forms) const {
  // Short one-word adjectives that WordNet's tagged texts attest take -er
  // and -est ("high", "highest"; "large", "largest"; "happy", "happiest");
  // doubled consonants ("biggest") are
  // rare enough to leave to the unknown-word default. A form that is
  // already a word ("lower", "later") or a noun ("number" from "numb")
  // keeps what WordNet says of it.
  if (lemma.size() < 3 || lemma.size() > 7) return;
  for (char ch : lemma) {
    if (ch < 'a' || ch > 'z') return;
  }
  // Participles and derived adjectives take "more" and "most" instead.
  for (std::string_view suffix : {"ed", "ing", "al", "ic", "ive", "ous", "ful", "less", "ent",
                                  "ant", "ary", "ish"}) {
    if (lemma.ends_with(suffix)) return;
  }
  std::string stem(lemma);
  std::string er, est;
  if (stem.back() == 'e') {
    er = stem + "r";
    est = stem + "st";
  } else if (stem.back() == 'y' && !IsVowel(stem[stem.size() - 2])) {
    stem.pop_back();
    er = stem + "ier";
    est = stem + "iest";
  } else {
    er = stem + "er";
    est = stem + "est";
  }
  for (std::string* f : {&er, &est}) {
    if (lex_->Find(*f) != kUnknownWord) continue;
    if (graded->emplace(*f, static_cast<int>(forms->size())).second) {
      forms->push_back(std::move(*f));
    }
  }
}

void LexiconBuilder::AddPos(std::string_view word, uint32_t bits) {
  WordId id = Intern(word);
  lex_->pos_[id] |= bits;
}

void LexiconBuilder::AddVerbLemmas(const std::string& index, StringMap<int>* verb_tags) {
  ForEachIndexLemma(index, [&](std::string_view v, int tags) {
    (*verb_tags)[std::string(v)] = tags;
    std::string s(v);
    AddPos(s, kPosVerb | kVerbBase);
    // Third person singular.
    std::string third;
    char last = s.back();
    if (s.ends_with("s") || s.ends_with("x") || s.ends_with("z") ||
        s.ends_with("ch") || s.ends_with("sh") || s.ends_with("o")) {
      third = s + "es";
    } else if (last == 'y' && s.size() > 1 && !IsVowel(s[s.size() - 2])) {
      third = s.substr(0, s.size() - 1) + "ies";
    } else {
      third = s + "s";
    }
    AddPos(third, kPosVerb | kVerb3sg);
    // Regular past and participle, -ing (doubling comes from verb.exc).
    std::string past, ing;
    if (last == 'e') {
      past = s + "d";
      ing = (s.ends_with("ee") || s.ends_with("ye") || s.ends_with("oe"))
                ? s + "ing"
                : s.ends_with("ie") ? s.substr(0, s.size() - 2) + "ying"
                                    : s.substr(0, s.size() - 1) + "ing";
    } else if (last == 'y' && s.size() > 1 && !IsVowel(s[s.size() - 2])) {
      past = s.substr(0, s.size() - 1) + "ied";
      ing = s + "ing";
    } else {
      past = s + "ed";
      ing = s + "ing";
    }
    AddPos(past, kPosVerb | kVerbPast | kVerbPart);
    AddPos(ing, kPosVerb | kVerbIng);
    verb_forms_[s] = {s, third, past, ing};
  });
}

void LexiconBuilder::AddVerbExceptions(const std::string& exceptions) {
  // Whether a regular guess for `lemma` is a form of another verb, so an
  // irregular form must replace it: "sited" is site's (sit has "sat"),
  // "bared" bare's (bar has "barred"), "seed" a verb of its own. A guess that
  // is no other verb's form stays beside the irregular one: "worked" beside
  // "wrought", "showed" beside "shown", American "fueled" beside "fuelled".
  auto other_verb = [&](std::string_view lemma, const std::string& guess,
                        std::string_view suffix) {
    if (guess == lemma || !guess.ends_with(suffix)) return false;
    if (verb_forms_.contains(guess)) return true;
    std::string stem = guess.substr(0, guess.size() - suffix.size());
    if (suffix == "ing") stem += 'e';  // "siting" of site
    return stem != lemma && verb_forms_.contains(stem);
  };
  ForEachException(exceptions, [&](std::string_view form, std::string_view lemma) {
    uint32_t bits = kPosVerb;
    if (form.ends_with("ing")) {
      bits |= kVerbIng;
    } else if (form.ends_with("s") && !form.ends_with("ss")) {
      bits |= kVerb3sg;
    } else {
      bits |= kVerbPast | kVerbPart;
    }
    AddPos(form, bits);
    auto& forms = verb_forms_[std::string(lemma)];
    if (forms.empty()) forms.emplace_back(lemma);
    // An irregular form replaces the regular guess of its kind (forms[2]
    // past, forms[3] -ing, as AddVerbLemmas laid them out for a WordNet verb
    // lemma; cleared, not erased, until all are read) when that guess is
    // another verb's form.
    WordId id = lex_->Find(lemma);
    if (id != kUnknownWord && (lex_->pos_[id] & kVerbBase) && forms.size() >= 4) {
      std::string& guess = forms[(bits & kVerbPast) ? 2 : 3];
      if ((bits & (kVerbPast | kVerbIng)) && !guess.empty() &&
          other_verb(lemma, guess, (bits & kVerbPast) ? "d" : "ing")) {
        guess.clear();
      }
    }
    if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.emplace_back(form);
  });
  for (auto& [lemma, forms] : verb_forms_) {
    forms.erase(std::remove(forms.begin(), forms.end(), std::string()), forms.end());
  }
}

void LexiconBuilder::AddNouns(const std::string& index, const StringMap<int>& verb_tags,
                              StringMap<int>* graded) {
  // Nouns: only words that are already something else need the bit (an
  // unknown word is taken for a noun anyway). Plurals likewise.
  ForEachIndexLemma(index, [&](std::string_view n, int tags) {
    std::string s(n);
    if (s.ends_with("er") || s.ends_with("st")) {  // only these can be graded forms
      if (auto g = graded->find(s); g != graded->end()) g->second = -1;
    }
    WordId id = lex_->Find(s);
    // A noun ending in "-ly" ("family", "assembly", "monopoly") needs the bit:
    // the tagger takes an unknown "-ly" word for an adverb.
    if (id == kUnknownWord && s.size() > 4 && s.ends_with("ly") &&
        s.find_first_of(" _-") == std::string::npos) {
      AddPos(s, kPosNoun);
    } else if (id != kUnknownWord && lex_->pos_[id] != 0) {
      lex_->pos_[id] |= kPosNoun;
      auto vt = verb_tags.find(s);
      if (vt != verb_tags.end() && vt->second > tags) lex_->pos_[id] |= kPreferVerb;
    }
    std::string plural = (s.ends_with("s") || s.ends_with("x") || s.ends_with("ch") ||
                          s.ends_with("sh"))
                             ? s + "es"
                         : (s.back() == 'y' && s.size() > 1 && !IsVowel(s[s.size() - 2]))
                             ? s.substr(0, s.size() - 1) + "ies"
                             : s + "s";
    WordId pid = lex_->Find(plural);
    if (pid != kUnknownWord && lex_->pos_[pid] != 0) {
      lex_->pos_[pid] |= kPosNoun | kNounPlural;
    }
  });
}

std::vector<std::string> LexiconBuilder::VerbForms(std::string_view lemma) const {
  auto it = verb_forms_.find(LowerWord(lemma));
  if (it == verb_forms_.end()) return {std::string(lemma)};
  return it->second;
}

std::shared_ptr<const Lexicon> LexiconBuilder::Build() && { return lex_; }

}  // namespace casus
