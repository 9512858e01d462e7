// The token pattern language's internals, shared by its parser
// (token_pattern_parser.h), its analysis (required_sets.h) and its compiler
// and matcher (token_pattern.cc): predicates, the syntax tree, the
// instructions of the backtracking VM, and a compiled Program. Not part of
// the engine's interface: only those files include it.
#ifndef CASUS_ENGINE_TOKEN_PATTERN_AST_H_
#define CASUS_ENGINE_TOKEN_PATTERN_AST_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/lexicon.h"
#include "engine/token_pattern.h"

namespace re2 {
class RE2;
}

namespace casus::token_pattern {

// Capture slots live in a fixed array: no allocation per match attempt.
inline constexpr int kMaxCaptures = 8;

enum class PredKind : uint8_t {
  kWord,     // word id (case-insensitive literal)
  kExact,    // exact text
  kClass,    // lexicon class
  kCap,      // capitalized word
  kUpper,    // all-caps word of two or more letters (acronym)
  kLower,    // word starting in lower case
  kNum,      // number
  kWordAny,  // any word, abbreviation or number
  kPunct,    // punctuation
  kAny,      // any token
  kEntity,   // token inside an entity of a type (or any type)
  kRegex,    // RE2 full match on the token text
  kPos,      // part of speech (%NOUN ...)
  kNpPart,   // inside a noun phrase (%NP): DET NUM ADJ NOUN PROPN, 's, hyphen
  kForm,     // verb form bits from the lexicon (%PAST %ING %PART %BASE)
  kWordSet,  // any of `words` (an alternation of plain words, folded)
};

// The token keywords (a bare upper-case word in a pattern), what each
// tests, and how `casus rules classes` describes it: the one table the
// parser and BuiltinClasses() read.
struct TokenKeyword {
  const char* name;
  PredKind kind;
  const char* meaning;
};
inline constexpr TokenKeyword kTokenKeywords[] = {
    {"CAP", PredKind::kCap, "a capitalized word"},
    {"UPPER", PredKind::kUpper, "an all-capitals word of 2+ letters"},
    {"LOWER", PredKind::kLower, "a lower-case word"},
    {"NUM", PredKind::kNum, "a number"},
    {"WORD", PredKind::kWordAny, "a word"},
    {"PUNCT", PredKind::kPunct, "punctuation"},
    {"ANY", PredKind::kAny, "any token"},
};

struct Pred {
  PredKind kind = PredKind::kAny;
  bool negate = false;
  WordId word = kUnknownWord;
  int cls = -1;
  int entity_type = -1;  // -1 with kEntity: any type
  int pos = -1;          // kPos: a Pos value
  uint32_t form = 0;     // kForm: PosBit mask that must be set
  uint32_t not_form = 0; // kForm: PosBit mask that must be clear
  std::string text;
  std::shared_ptr<const re2::RE2> re;
  std::vector<WordId> words;  // kWordSet: sorted, unique
};

enum class Op : uint8_t {
  kPred,
  kSplit,    // x = preferred branch, y = other
  kJmp,
  kSave,     // capture slot x
  kStart,    // ^
  kEnd,      // $
  kLook,     // zero-width: sub-program at x; y bit 0 = negate, bits 1.. = look-behind length
  kMatch,
};

struct Inst {
  Op op;
  int x = 0;
  int y = 0;
};

// AST
struct Node {
  enum Kind { kPredN, kSeq, kAlt, kRepeat, kCapture, kStart, kEnd, kLook } kind;
  int pred = -1;
  std::vector<Node> kids;
  int min = 1, max = 1;  // kRepeat; max -1 = unbounded
  int capture = -1;
  bool negate = false;  // kLook
  int behind = 0;       // kLook: tokens to step back (look-behind), 0 = ahead
};

// The fixed length of a node in tokens, or -1 (look-behind needs one).
int FixedLength(const Node& n);

// Replaces every alternation of plain words ("(ask|asks|asked)", inside
// look-arounds too) by one kWordSet predicate: one step instead of a branch
// per word. Matches exactly what the alternation matched.
void FoldWordAlternations(Node* n, std::vector<Pred>* preds);

}  // namespace casus::token_pattern

namespace casus {

struct TokenPattern::Program {
  std::vector<token_pattern::Pred> preds;
  std::vector<token_pattern::Inst> insts;
  std::vector<std::string> capture_names;
  std::vector<TokenPattern::Required> required_all;
  std::vector<int> first_preds;  // preds that can match the first token
  bool first_any = false;        // the first token is unconstrained
  bool anchored = false;         // matches start only at the run's start
  int leading_pc = -1;  // the leading assertions' program, run after a match
};

}  // namespace casus

#endif  // CASUS_ENGINE_TOKEN_PATTERN_AST_H_
