// The token pattern parser: pattern source (docs/rules.md, "Token
// patterns") to a syntax tree, its predicates and capture names stored in
// the Program being built; words interned in the lexicon builder. Errors are
// InvalidArgument "column N: message" (1-based), which CompilePatternAt
// turns into FILE:LINE:COLUMN.
//
//   token_pattern::Parser parser(source, &lexicon_builder, program);
//   CASUS_ASSIGN_OR_RETURN(token_pattern::Node ast, parser.Parse());
//
// Internal to engine/token_pattern.cc. Not thread-safe (one per pattern).
#ifndef CASUS_ENGINE_TOKEN_PATTERN_PARSER_H_
#define CASUS_ENGINE_TOKEN_PATTERN_PARSER_H_

#include <optional>
#include <string_view>

#include "absl/status/statusor.h"
#include "engine/token_pattern_ast.h"

namespace casus::token_pattern {

class Parser {
 public:
  // `prog` receives the predicates and capture names; `lex` the words.
  Parser(std::string_view src, LexiconBuilder* lex, TokenPattern::Program* prog)
      : s_(src), lex_(lex), prog_(prog) {}

  // The whole pattern: an alternation of sequences to the end.
  absl::StatusOr<Node> Parse();

 private:
  absl::Status Error(size_t pos, std::string_view msg) const;
  void Skip();
  bool AtEnd();
  absl::StatusOr<Node> ParseAlt(char close);
  absl::StatusOr<Node> ParseSeq(char close);
  absl::StatusOr<Node> ParseItem();
  // One element: a group, a capture, an assertion, ^, $ or a predicate.
  absl::StatusOr<Node> ParseAtom();
  absl::StatusOr<Node> ParseCapture(size_t start);
  // ?=(...) ?!(...) look ahead, ?<=(...) ?<!(...) look behind; nullopt
  // when the text at i_ is no assertion.
  std::optional<absl::StatusOr<Node>> ParseLook(size_t start);
  absl::Status ParseQuant(Node* atom);
  // One token predicate, by its first character.
  absl::StatusOr<int> ParsePred(bool negate);
  absl::StatusOr<int> ParseQuoted(Pred p);
  absl::StatusOr<int> ParseRegex(Pred p);
  absl::StatusOr<int> ParseEntityPred(Pred p);
  absl::StatusOr<int> ParsePosOrForm(Pred p);
  absl::StatusOr<int> ParseClass(Pred p);
  absl::StatusOr<int> ParseBareWord(Pred p);
  int AddPred(Pred p);

  std::string_view s_;
  size_t i_ = 0;
  LexiconBuilder* lex_;
  TokenPattern::Program* prog_;
};

}  // namespace casus::token_pattern

#endif  // CASUS_ENGINE_TOKEN_PATTERN_PARSER_H_
