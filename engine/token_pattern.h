// TokenPattern: a small regular language over tokens, shared by entity
// patterns (entities/*.pat) and claim rules (claims/*.rules). Syntax in
// docs/rules.md, "Token patterns":
//
//   word  'word'  "Exact"  @class  %NOUN %VERB ... %NP  CAP UPPER LOWER NUM
//   WORD PUNCT ANY
//   <COUNTRY> <ENT>  /regex/  ^ $  !elem  ( a | b )  x? x* x+ x{m,n}
//   ?=(...) ?!(...) look ahead, ?<=(...) ?<!(...) look behind (fixed length)
//   [name: ...]   a named capture (entity patterns use one unnamed [...])
//
// Matching is backtracking with greedy quantifiers over one contiguous run
// of tokens, with a fixed step budget per start position, so time is linear
// in the run's length whatever the pattern: a pattern that exhausts the
// budget does not match there, and says so (TokenPatternMatch::exhausted).
//
//   CASUS_ASSIGN_OR_RETURN(TokenPattern p,
//       TokenPattern::Compile("@person_title+ [CAP{1,3}]", &lexicon_builder));
//   TokenPatternMatch m;
//   if (p.MatchAt(input, start, &m)) Use(m.captures[0]);
//
// Immutable after Compile(); MatchAt is thread-safe. Movable, not copyable.
#ifndef CASUS_ENGINE_TOKEN_PATTERN_H_
#define CASUS_ENGINE_TOKEN_PATTERN_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "pipeline/document.h"
#include "engine/lexicon.h"

namespace re2 {
class RE2;
}

namespace casus {

// What a pattern runs over: tokens doc.tokens[first .. first + size) (one
// contiguous run), with their word ids, and optionally per-token entity
// types (-1 = none) for <TYPE> elements.
struct TokenPatternInput {
  const Document* doc = nullptr;
  const Lexicon* lexicon = nullptr;
  uint32_t first = 0;
  uint32_t size = 0;
  const int8_t* entity_type = nullptr;  // indexed by document token, or null
};

struct TokenPatternMatch {
  uint32_t begin = 0;  // positions relative to the run
  uint32_t end = 0;
  // Set by every MatchAt, matched or not: the VM steps it took, and whether
  // it ran out of kTokenPatternStepBudget (then it reports no match).
  uint32_t steps = 0;
  bool exhausted = false;
  // Per capture, [begin, end) relative to the run; begin > end: unset.
  std::vector<std::pair<uint32_t, uint32_t>> captures;
};

class TokenPattern {
 public:
  TokenPattern();
  ~TokenPattern();
  TokenPattern(TokenPattern&&) noexcept;
  TokenPattern& operator=(TokenPattern&&) noexcept;

  // Compiles `source`; literal words and classes are resolved through
  // `lexicon` (words are interned; an unknown @class is an error). Errors
  // carry a 1-based column into `source`: "column N: message".
  static absl::StatusOr<TokenPattern> Compile(std::string_view source,
                                              LexiconBuilder* lexicon);

  // Tries to match starting exactly at run position `start`. Returns the
  // first match in greedy order.
  bool MatchAt(const TokenPatternInput& in, uint32_t start,
               TokenPatternMatch* m) const;
  // Cheap test whether a match could start at `start` (its first token).
  bool CanStartAt(const TokenPatternInput& in, uint32_t start) const;

  // Capture names in order ("" for an unnamed capture).
  const std::vector<std::string>& capture_names() const;
  // The sets of which a match holds a word each, at or after its start: a
  // set is `words` or words in one of `classes` (an element of the
  // pattern's top-level sequence, looking into captures, repeats of one or
  // more, positive look-aheads, and alternations whose every branch has
  // one, a branch giving its rarest element's set by word length; a
  // look-behind's words lie before the match and never count).
  // Empty: none known. Callers skip runs where a set is missing and starts
  // past the last occurrence of one (engine/rule_index.h).
  struct Required {
    std::vector<WordId> words;
    std::vector<int> classes;
  };
  const std::vector<Required>& required_all() const;
  // Shapes a first token can have (FirstTokenShapes).
  enum Shape : uint8_t { kShapeCap = 1, kShapeUpper = 2, kShapeNum = 4 };
  // The Shape bits of a token: a superset of what CAP, UPPER and NUM test
  // (a capitalized punctuation token has none of them).
  static uint8_t ShapeOf(const Token& t) {
    return (t.Has(kUpperInitial) ? kShapeCap : 0) | (t.Has(kAllUpper) ? kShapeUpper : 0) |
           (t.kind == TokenKind::kNumber ? kShapeNum : 0);
  }
  // When every match starts with a token that is one of `words`, in one of
  // `classes`, of one of the parts of speech `pos` (Pos values) or of one of
  // the Shape bits added to *shapes (a capitalized word, an acronym, a
  // number: "[CAP] said"), fills them and returns true (callers index rules
  // by start token); false when the first token is otherwise constrained or
  // free.
  bool FirstTokenShapes(std::vector<WordId>* words, std::vector<int>* classes,
                        std::vector<int>* pos, uint8_t* shapes) const;
  // True when every match starts at the run's first token (a leading ^).
  bool anchored() const;

  struct Program;  // opaque

 private:
  std::unique_ptr<Program> prog_;
};

// The number of steps one MatchAt may take.
inline constexpr int kTokenPatternStepBudget = 20000;

// TokenPattern::Compile for a pattern written in a rule file: an error's
// "column N: message" becomes InvalidArgument "PATH:LINE:COL: message",
// with `col` the 1-based column where `source` starts on that line.
absl::StatusOr<TokenPattern> CompilePatternAt(std::string_view source, const std::string& path,
                                              int line, int col, LexiconBuilder* lexicon);

// A token class the pattern language has built in (docs/rules.md, "Token
// patterns"), as a pattern writes it ("%NOUN", "CAP", "<COUNTRY>"), with
// what it matches.
struct BuiltinClass {
  std::string name;
  std::string meaning;
};
// Every built-in class: the parts of speech, verb forms, %NP, the token
// keywords and the entity tests. Each compiles as a pattern on its own.
std::vector<BuiltinClass> BuiltinClasses();

}  // namespace casus

#endif  // CASUS_ENGINE_TOKEN_PATTERN_H_
