// Lexicon: the vocabulary every rule file shares. Each distinct word form
// any rule mentions (gazetteer aliases, pattern literals, lexicon classes)
// gets a WordId; each word may belong to word classes ("@given_name",
// "@hedge"). The tagging stage looks every document token up once, so later
// stages compare integers, never strings.
//
//   LexiconBuilder b;
//   CASUS_RETURN_IF_ERROR(b.LoadClasses(files));      // lexicon/*.lex
//   WordId lead = b.Intern("lead");
//   std::shared_ptr<const Lexicon> lex = std::move(b).Build();
//   WordId id = lex->Find(LowerWord("Leads"));        // kUnknownWord if absent
//
// Keys are lower-cased (ICU simple case mapping), with the typographic
// apostrophe ’ folded to ' and the non-breaking hyphens U+2010/U+2011 to '-'.
// Lexicon is immutable and thread-safe; LexiconBuilder is not.
#ifndef CASUS_ENGINE_LEXICON_H_
#define CASUS_ENGINE_LEXICON_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "pipeline/env.h"
#include "pipeline/rule_files.h"
#include "pipeline/strings.h"

namespace casus {

// The WordNet files LoadWordNet reads: what a run's WordNet digest covers.
inline constexpr const char* kWordNetFiles[] = {"index.verb", "verb.exc", "index.adj",
                                                "index.adv", "index.noun"};

using WordId = uint32_t;
inline constexpr WordId kUnknownWord = 0;

// A set of word classes (at most kMaxClasses).
inline constexpr int kMaxClasses = 256;
struct ClassSet {
  std::array<uint64_t, kMaxClasses / 64> bits{};
  bool Has(int c) const { return (bits[c >> 6] >> (c & 63)) & 1; }
  void Add(int c) { bits[c >> 6] |= uint64_t{1} << (c & 63); }
  bool Empty() const {
    for (uint64_t b : bits) {
      if (b) return false;
    }
    return true;
  }
};

// Part-of-speech bits a word may carry (a word can carry several). The open
// classes come from WordNet (Debian's wordnet-base: index.* and *.exc), the
// verb forms from regular inflection plus WordNet's exception lists.
enum PosBit : uint32_t {
  kPosNoun = 1u << 0,
  kPosVerb = 1u << 1,
  kPosAdj = 1u << 2,
  kPosAdv = 1u << 3,
  kVerbBase = 1u << 4,   // "lead", "drive"
  kVerb3sg = 1u << 5,    // "leads"
  kVerbPast = 1u << 6,   // "led", "drove" (and regular -ed)
  kVerbPart = 1u << 7,   // "led", "driven" (and regular -ed)
  kVerbIng = 1u << 8,    // "leading"
  kNounPlural = 1u << 9, // "leads" as a noun
  kPreferVerb = 1u << 10,  // WordNet tags the verb senses more often
};

// The lookup key of a word: lower case, apostrophes and hyphens folded.
std::string LowerWord(std::string_view text);

// Where a word class was defined, for messages and `rules check`.
struct ClassInfo {
  std::string name;
  std::string path;
  int line = 0;
  size_t size = 0;
};

class Lexicon {
 public:
  // The id of a lower-cased key (LowerWord), or kUnknownWord.
  WordId Find(std::string_view lower) const {
    auto it = ids_.find(lower);
    return it == ids_.end() ? kUnknownWord : it->second;
  }
  const ClassSet& Classes(WordId id) const { return classes_[id]; }
  uint32_t PosBits(WordId id) const { return pos_[id]; }
  bool InClass(WordId id, int cls) const { return InAnyClass(id) && classes_[id].Has(cls); }
  // A bit per word, so the many words in no class never touch classes_ (32
  // bytes a word, megabytes in all: a cache miss for a rare word).
  bool InAnyClass(WordId id) const {
    return id / 64 < classed_.size() && (classed_[id / 64] >> (id % 64)) & 1;
  }
  // Class id by name ("given_name"), or -1.
  int FindClass(std::string_view name) const;
  const std::vector<ClassInfo>& class_infos() const { return class_infos_; }
  const std::string& Word(WordId id) const { return words_[id]; }
  size_t size() const { return words_.size(); }
  // All words of a class, in id order (for generators and docs).
  std::vector<WordId> Members(int cls) const;

 private:
  friend class LexiconBuilder;
  StringMap<WordId> ids_;
  std::vector<std::string> words_;  // by id; words_[0] = ""
  // Adds word `id` to class `cls` (once).
  void AddToClass(WordId id, int cls);
  std::vector<ClassSet> classes_;   // by id
  std::vector<uint64_t> classed_;   // bit id: the word is in some class
  std::vector<uint32_t> pos_;       // by id: PosBit set
  std::vector<ClassInfo> class_infos_;
};

class LexiconBuilder {
 public:
  LexiconBuilder();

  // Reads every lexicon/*.lex file (format: docs/rules.md, "Lexicons").
  // Errors: InvalidArgumentError("FILE:LINE:COLUMN: message"), one line per
  // broken line of every file (a broken 'class' line: its words are
  // skipped unchecked).
  absl::Status LoadClasses(const RuleFiles& files);
  absl::Status ParseClasses(const RuleFile& file);

  // Reads WordNet's kWordNetFiles from `dir` into part-of-speech bits
  // (verbs with all their inflected forms).
  // NotFoundError when the files are missing.
  absl::Status LoadWordNet(const std::string& dir, Env* env);

  // Interns a word (any case; LowerWord is applied) and returns its id.
  WordId Intern(std::string_view word);
  // Adds a word to a class, creating the class on first use.
  void AddToClass(std::string_view class_name, std::string_view word);
  // The id of a class, or -1 when no file defined it.
  int FindClass(std::string_view name) const { return lex_->FindClass(name); }
  // The class a pattern's @name refers to: FindClass(name); or, when
  // LoadClasses() failed (the class may be defined where a file was not
  // read), an empty stand-in, so the patterns that use it are still checked
  // without an error at each use. -1 when there is none.
  int ClassForPattern(std::string_view name);

  // Inflected forms of a verb lemma known from WordNet ("lead" -> lead,
  // leads, led, leading); just the lemma when WordNet does not know it.
  // REQUIRES: LoadWordNet() first.
  std::vector<std::string> VerbForms(std::string_view lemma) const;

  // The words and classes so far, for a parser that reads them while it
  // runs (WordNet's verbs for lemmas). Not to be kept: it changes until
  // Build().
  const Lexicon& current() const { return *lex_; }
  // The finished lexicon; the builder is spent.
  std::shared_ptr<const Lexicon> Build() &&;

 private:
  int ClassId(std::string_view name, const std::string& path, int line);
  // A line 'class NAME [verbs]': *cls the class (-1 when the line is
  // broken), *inflect whether its words are verb lemmas.
  absl::Status ParseClassLine(const RuleFile& file, const RuleLine& line, int* cls,
                              bool* inflect);
  // Adds part-of-speech bits to a word (interned).
  void AddPos(std::string_view word, uint32_t bits);
  // WordNet's index.verb: each lemma with its regular forms; *verb_tags
  // gets each lemma's tagged-sense count.
  void AddVerbLemmas(const std::string& index, StringMap<int>* verb_tags);
  // verb.exc: irregular forms, replacing the regular guess of their kind.
  void AddVerbExceptions(const std::string& exceptions);
  // The regular comparative and superlative of a short adjective lemma
  // (called for those with tagged senses), where they are no known word:
  // appended to *forms, indexed in *graded.
  void AddGradedForms(std::string_view lemma, StringMap<int>* graded,
                      std::vector<std::string>* forms) const;
  // index.noun: the noun bit (and the plural's) for words already known;
  // kPreferVerb where the verb senses are tagged more often; a noun in
  // *graded is no graded adjective ("number" is not "numb" + "er").
  void AddNouns(const std::string& index, const StringMap<int>& verb_tags,
                StringMap<int>* graded);
  std::shared_ptr<Lexicon> lex_;
  StringMap<std::vector<std::string>> verb_forms_;  // lemma -> forms
  bool classes_incomplete_ = false;  // LoadClasses() found errors
};

}  // namespace casus

#endif  // CASUS_ENGINE_LEXICON_H_
