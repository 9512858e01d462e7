// Required sets: what a token pattern needs to be present for a match,
// read off its syntax tree. The rule index (rule_index.h) keys rules by
// them, so a rule is tried only in a run where every one of its required
// sets occurs; FirstSet bounds where a match can start.
//
//   std::vector<TokenPattern::Required> sets;
//   RequiredAll(ast, program.preds, lexicon, &sets);
//
// Internal to the token pattern compiler. Pure; thread-safe.
#ifndef CASUS_ENGINE_REQUIRED_SETS_H_
#define CASUS_ENGINE_REQUIRED_SETS_H_

#include <vector>

#include "engine/lexicon.h"
#include "engine/token_pattern_ast.h"

namespace casus::token_pattern {

// Every required set of a match, in order: each element of a sequence that
// has one, looking into captures, repeats of one or more and positive
// look-aheads; an alternation is one set when all its branches have one
// (keyed by its rarest element).
void RequiredAll(const Node& n, const std::vector<Pred>& preds, const Lexicon& lex,
                 std::vector<TokenPattern::Required>* out);

// Predicates that can consume the first token; false if unconstrained.
// *nullable: the node can match no token.
bool FirstSet(const Node& n, std::vector<int>* out, bool* nullable);

// True when every match must start at the run's first token (the pattern
// opens with ^, zero-width assertions aside).
bool AnchoredAtStart(const Node& n);

}  // namespace casus::token_pattern

#endif  // CASUS_ENGINE_REQUIRED_SETS_H_
