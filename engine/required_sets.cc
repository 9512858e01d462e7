#include "engine/required_sets.h"

#include <algorithm>

namespace casus::token_pattern {
namespace {

// How rare a required set's words are likely to be: the length of its
// shortest word (short words are the frequent ones: "in", "to", "of"); a
// set holding a word class counts as a three-letter word.
size_t Rarity(const Lexicon& lex, const std::vector<WordId>& words,
              const std::vector<int>& classes) {
  size_t r = classes.empty() ? SIZE_MAX : 3;
  for (WordId w : words) r = std::min(r, lex.Word(w).size());
  return r;
}

// A mandatory literal or class set of a node (an any-of set): in a
// sequence, its rarest element's.
bool RequiredSet(const Node& n, const std::vector<Pred>& preds, const Lexicon& lex,
                 std::vector<WordId>* words, std::vector<int>* classes) {
  switch (n.kind) {
    case Node::kPredN: {
      const Pred& p = preds[n.pred];
      if (p.negate) return false;
      if (p.kind == PredKind::kWord ||
          (p.kind == PredKind::kExact && p.word != kUnknownWord)) {
        words->push_back(p.word);
        return true;
      }
      if (p.kind == PredKind::kWordSet) {
        words->insert(words->end(), p.words.begin(), p.words.end());
        return true;
      }
      if (p.kind == PredKind::kClass) {
        classes->push_back(p.cls);
        return true;
      }
      return false;
    }
    case Node::kSeq: {
      // Any element's set will do; the rarest keeps the most runs out
      // ("in response to": {response}, not {in}).
      std::vector<WordId> best_w;
      std::vector<int> best_c;
      bool found = false;
      size_t best = 0;
      for (const Node& k : n.kids) {
        std::vector<WordId> w;
        std::vector<int> c;
        if (!RequiredSet(k, preds, lex, &w, &c)) continue;
        size_t r = Rarity(lex, w, c);
        if (!found || r > best) {
          found = true;
          best = r;
          best_w = std::move(w);
          best_c = std::move(c);
        }
      }
      if (!found) return false;
      words->insert(words->end(), best_w.begin(), best_w.end());
      classes->insert(classes->end(), best_c.begin(), best_c.end());
      return true;
    }
    case Node::kCapture:
      return RequiredSet(n.kids[0], preds, lex, words, classes);
    case Node::kLook:
      // What a positive look-ahead needs must be there too. A look-behind's
      // words lie before the match: never the key, so callers may bound
      // start positions by the key's last occurrence.
      return !n.negate && n.behind == 0 && RequiredSet(n.kids[0], preds, lex, words, classes);
    case Node::kRepeat:
      return n.min > 0 && RequiredSet(n.kids[0], preds, lex, words, classes);
    case Node::kAlt: {
      std::vector<WordId> w;
      std::vector<int> c;
      for (const Node& k : n.kids) {
        if (!RequiredSet(k, preds, lex, &w, &c)) return false;
      }
      words->insert(words->end(), w.begin(), w.end());
      classes->insert(classes->end(), c.begin(), c.end());
      return true;
    }
    default:
      return false;
  }
}

}  // namespace

// Every required set of a match, in order: each element of a sequence that
// has one (RequiredSet), looking into captures, repeats of one or more and
// positive look-aheads; an alternation is one set when all its branches
// have one.
void RequiredAll(const Node& n, const std::vector<Pred>& preds, const Lexicon& lex,
                 std::vector<TokenPattern::Required>* out) {
  switch (n.kind) {
    case Node::kSeq:
      for (const Node& k : n.kids) RequiredAll(k, preds, lex, out);
      return;
    case Node::kCapture:
      RequiredAll(n.kids[0], preds, lex, out);
      return;
    case Node::kLook:
      if (!n.negate && n.behind == 0) RequiredAll(n.kids[0], preds, lex, out);
      return;
    case Node::kRepeat:
      if (n.min > 0) RequiredAll(n.kids[0], preds, lex, out);
      return;
    default: {
      TokenPattern::Required r;
      if (RequiredSet(n, preds, lex, &r.words, &r.classes)) out->push_back(std::move(r));
      return;
    }
  }
}

// Predicates that can consume the first token; false if unconstrained.
bool FirstSet(const Node& n, std::vector<int>* out, bool* nullable) {
  switch (n.kind) {
    case Node::kPredN:
      out->push_back(n.pred);
      *nullable = false;
      return true;
    case Node::kStart:
    case Node::kEnd:
    case Node::kLook:
      *nullable = true;
      return true;
    case Node::kCapture:
      return FirstSet(n.kids[0], out, nullable);
    case Node::kSeq:
      for (const Node& k : n.kids) {
        bool kn = false;
        if (!FirstSet(k, out, &kn)) return false;
        if (!kn) {
          *nullable = false;
          return true;
        }
      }
      *nullable = true;
      return true;
    case Node::kAlt: {
      bool any_null = false;
      for (const Node& k : n.kids) {
        bool kn = false;
        if (!FirstSet(k, out, &kn)) return false;
        any_null |= kn;
      }
      *nullable = any_null;
      return true;
    }
    case Node::kRepeat: {
      bool kn = false;
      if (!FirstSet(n.kids[0], out, &kn)) return false;
      *nullable = n.min == 0 || kn;
      return true;
    }
  }
  return false;
}

bool AnchoredAtStart(const Node& n) {
  switch (n.kind) {
    case Node::kStart:
      return true;
    case Node::kCapture:
      return AnchoredAtStart(n.kids[0]);
    case Node::kSeq:
      for (const Node& k : n.kids) {
        if (k.kind == Node::kLook) continue;  // zero-width
        return AnchoredAtStart(k);
      }
      return false;
    case Node::kAlt:
      for (const Node& k : n.kids) {
        if (!AnchoredAtStart(k)) return false;
      }
      return !n.kids.empty();
    default:
      return false;
  }
}

}  // namespace casus::token_pattern
