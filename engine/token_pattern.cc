#include "engine/token_pattern.h"

#include <re2/re2.h>

#include <array>
#include <cstdlib>
#include <optional>

#include "absl/status/status.h"
#include "pipeline/rule_files.h"
#include "pipeline/strings.h"

namespace casus {
namespace {

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
int FixedLength(const Node& n) {
  switch (n.kind) {
    case Node::kPredN: return 1;
    case Node::kStart: case Node::kEnd: case Node::kLook: return 0;
    case Node::kCapture: return FixedLength(n.kids[0]);
    case Node::kSeq: {
      int total = 0;
      for (const Node& k : n.kids) {
        int l = FixedLength(k);
        if (l < 0) return -1;
        total += l;
      }
      return total;
    }
    case Node::kAlt: {
      int len = -2;
      for (const Node& k : n.kids) {
        int l = FixedLength(k);
        if (l < 0 || (len != -2 && l != len)) return -1;
        len = l;
      }
      return len;
    }
    case Node::kRepeat: {
      if (n.min != n.max) return -1;
      int l = FixedLength(n.kids[0]);
      return l < 0 ? -1 : l * n.min;
    }
  }
  return -1;
}

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

class Parser {
 public:
  Parser(std::string_view src, LexiconBuilder* lex, TokenPattern::Program* prog)
      : s_(src), lex_(lex), prog_(prog) {}

  absl::StatusOr<Node> Parse();

 private:
  absl::Status Error(size_t pos, std::string_view msg) {
    return absl::InvalidArgumentError(
        StrCat("column ", static_cast<int>(pos) + 1, ": ", msg));
  }
  void Skip() {
    while (i_ < s_.size() && IsSpace(s_[i_])) ++i_;
  }
  bool AtEnd() {
    Skip();
    return i_ >= s_.size();
  }
  absl::StatusOr<Node> ParseAlt(char close);
  absl::StatusOr<Node> ParseSeq(char close);
  absl::StatusOr<Node> ParseItem();
  absl::StatusOr<Node> ParseAtom();
  absl::Status ParseQuant(Node* atom);
  absl::StatusOr<int> ParsePred(bool negate);
  int AddPred(Pred p);

  std::string_view s_;
  size_t i_ = 0;
  LexiconBuilder* lex_;
  TokenPattern::Program* prog_;
};

}  // namespace

struct TokenPattern::Program {
  std::vector<Pred> preds;
  std::vector<Inst> insts;
  std::vector<std::string> capture_names;
  std::vector<TokenPattern::Required> required_all;
  std::vector<int> first_preds;  // preds that can match the first token
  bool first_any = false;        // the first token is unconstrained
};

namespace {

int Parser::AddPred(Pred p) {
  prog_->preds.push_back(std::move(p));
  return static_cast<int>(prog_->preds.size() - 1);
}

absl::StatusOr<Node> Parser::Parse() {
  auto n = ParseAlt('\0');
  if (!n.ok()) return n;
  if (!AtEnd()) return Error(i_, StrCat("unexpected '", s_.substr(i_, 1), "'"));
  return n;
}

absl::StatusOr<Node> Parser::ParseAlt(char close) {
  Node alt{Node::kAlt};
  for (;;) {
    auto seq = ParseSeq(close);
    if (!seq.ok()) return seq;
    alt.kids.push_back(*std::move(seq));
    Skip();
    if (i_ < s_.size() && s_[i_] == '|') {
      ++i_;
      continue;
    }
    break;
  }
  if (alt.kids.size() == 1) return std::move(alt.kids[0]);
  return alt;
}

absl::StatusOr<Node> Parser::ParseSeq(char close) {
  Node seq{Node::kSeq};
  for (;;) {
    Skip();
    if (i_ >= s_.size() || s_[i_] == '|' || (close && s_[i_] == close)) break;
    if (s_[i_] == ')' || s_[i_] == ']') {
      return Error(i_, StrCat("unbalanced '", s_.substr(i_, 1), "'"));
    }
    auto item = ParseItem();
    if (!item.ok()) return item;
    seq.kids.push_back(*std::move(item));
  }
  if (seq.kids.empty()) return Error(i_, "empty pattern or alternative");
  if (seq.kids.size() == 1) return std::move(seq.kids[0]);
  return seq;
}

absl::StatusOr<Node> Parser::ParseItem() {
  auto atom = ParseAtom();
  if (!atom.ok()) return atom;
  Node n = *std::move(atom);
  absl::Status q = ParseQuant(&n);
  if (!q.ok()) return q;
  return n;
}

absl::Status Parser::ParseQuant(Node* atom) {
  if (i_ >= s_.size()) return absl::OkStatus();
  char c = s_[i_];
  int mn, mx;
  if (c == '?') {
    mn = 0, mx = 1;
    ++i_;
  } else if (c == '*') {
    mn = 0, mx = -1;
    ++i_;
  } else if (c == '+') {
    mn = 1, mx = -1;
    ++i_;
  } else if (c == '{') {
    size_t start = i_;
    size_t close = s_.find('}', i_);
    if (close == std::string_view::npos) return Error(start, "unclosed '{'");
    std::string_view body = s_.substr(i_ + 1, close - i_ - 1);
    size_t comma = body.find(',');
    auto num = [](std::string_view v, int* out) {
      if (v.empty() || v.size() > 3) return false;
      int n = 0;
      for (char d : v) {
        if (d < '0' || d > '9') return false;
        n = n * 10 + (d - '0');
      }
      *out = n;
      return true;
    };
    if (comma == std::string_view::npos) {
      if (!num(body, &mn)) return Error(start, "bad repeat count");
      mx = mn;
    } else {
      if (!num(body.substr(0, comma), &mn)) return Error(start, "bad repeat count");
      std::string_view hi = body.substr(comma + 1);
      if (hi.empty()) {
        mx = -1;
      } else if (!num(hi, &mx) || mx < mn) {
        return Error(start, "bad repeat count");
      }
    }
    if (mx > 50) return Error(start, "repeat count above 50");
    i_ = close + 1;
  } else {
    return absl::OkStatus();
  }
  Node rep{Node::kRepeat};
  rep.min = mn;
  rep.max = mx;
  rep.kids.push_back(std::move(*atom));
  *atom = std::move(rep);
  return absl::OkStatus();
}

absl::StatusOr<Node> Parser::ParseAtom() {
  Skip();
  size_t start = i_;
  char c = s_[i_];
  if (c == '(') {
    ++i_;
    auto inner = ParseAlt(')');
    if (!inner.ok()) return inner;
    Skip();
    if (i_ >= s_.size() || s_[i_] != ')') return Error(start, "unclosed '('");
    ++i_;
    return inner;
  }
  if (c == '[') {
    ++i_;
    Skip();
    // Optional "name:".
    std::string name;
    size_t j = i_;
    while (j < s_.size() && ((s_[j] >= 'a' && s_[j] <= 'z') || s_[j] == '_')) ++j;
    if (j > i_ && j < s_.size() && s_[j] == ':') {
      name = std::string(s_.substr(i_, j - i_));
      i_ = j + 1;
    }
    auto inner = ParseAlt(']');
    if (!inner.ok()) return inner;
    Skip();
    if (i_ >= s_.size() || s_[i_] != ']') return Error(start, "unclosed '['");
    ++i_;
    if (prog_->capture_names.size() >= static_cast<size_t>(kMaxCaptures)) {
      return Error(start, StrCat("more than ", kMaxCaptures, " captures"));
    }
    Node cap{Node::kCapture};
    cap.capture = static_cast<int>(prog_->capture_names.size());
    prog_->capture_names.push_back(name);
    cap.kids.push_back(*std::move(inner));
    return cap;
  }
  // Zero-width assertions: ?=(...) ?!(...) look ahead, ?<=(...) ?<!(...)
  // look behind (fixed length).
  if (c == '?' && i_ + 2 < s_.size()) {
    bool behind = s_[i_ + 1] == '<';
    size_t k = i_ + 1 + (behind ? 1 : 0);
    if (k + 1 < s_.size() && (s_[k] == '=' || s_[k] == '!') && s_[k + 1] == '(') {
      bool negate = s_[k] == '!';
      i_ = k + 2;
      auto inner = ParseAlt(')');
      if (!inner.ok()) return inner;
      Skip();
      if (i_ >= s_.size() || s_[i_] != ')') return Error(start, "unclosed assertion");
      ++i_;
      Node look{Node::kLook};
      look.negate = negate;
      if (behind) {
        look.behind = FixedLength(*inner);
        if (look.behind <= 0) {
          return Error(start, "a look-behind needs a fixed number of tokens");
        }
      }
      look.kids.push_back(*std::move(inner));
      return look;
    }
  }
  if (c == '^') {
    ++i_;
    return Node{Node::kStart};
  }
  if (c == '$') {
    ++i_;
    return Node{Node::kEnd};
  }
  bool negate = false;
  if (c == '!') {
    negate = true;
    ++i_;
  }
  auto pred = ParsePred(negate);
  if (!pred.ok()) return pred.status();
  Node n{Node::kPredN};
  n.pred = *pred;
  return n;
}

absl::StatusOr<int> Parser::ParsePred(bool negate) {
  size_t start = i_;
  if (i_ >= s_.size()) return Error(start, "expected an element");
  Pred p;
  p.negate = negate;
  char c = s_[i_];
  if (c == '"' || c == '\'') {
    size_t close = s_.find(c, i_ + 1);
    if (close == std::string_view::npos || close == i_ + 1) {
      return Error(start, "unclosed or empty quote");
    }
    std::string_view body = s_.substr(i_ + 1, close - i_ - 1);
    i_ = close + 1;
    if (c == '"') {
      p.kind = PredKind::kExact;
      p.text = std::string(body);
      // A word of letters and digits is also known by its word id, which
      // keys the pattern in the rule index ("Operation": a token with that
      // text has the id of "operation").
      bool wordlike = true;
      for (char ch : body) {
        wordlike &= (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                    (ch >= '0' && ch <= '9');
      }
      if (wordlike) p.word = lex_->Intern(body);
    } else {
      p.kind = PredKind::kWord;
      p.word = lex_->Intern(body);
    }
    return AddPred(std::move(p));
  }
  if (c == '/') {
    size_t close = s_.find('/', i_ + 1);
    while (close != std::string_view::npos && s_[close - 1] == '\\') {
      close = s_.find('/', close + 1);
    }
    if (close == std::string_view::npos) return Error(start, "unclosed /regex/");
    std::string body(s_.substr(i_ + 1, close - i_ - 1));
    auto re = std::make_shared<re2::RE2>(body, re2::RE2::Quiet);
    if (!re->ok()) return Error(start, StrCat("bad regex: ", re->error()));
    p.kind = PredKind::kRegex;
    p.re = std::move(re);
    i_ = close + 1;
    return AddPred(std::move(p));
  }
  if (c == '<') {
    size_t close = s_.find('>', i_);
    if (close == std::string_view::npos) return Error(start, "unclosed '<'");
    std::string_view name = s_.substr(i_ + 1, close - i_ - 1);
    p.kind = PredKind::kEntity;
    if (name != "ENT") {
      auto t = ParseEntityType(name);
      if (!t) return Error(start, StrCat("unknown entity type <", name, ">"));
      p.entity_type = static_cast<int>(*t);
    }
    i_ = close + 1;
    return AddPred(std::move(p));
  }
  if (c == '%') {
    size_t j = i_ + 1;
    while (j < s_.size() && s_[j] >= 'A' && s_[j] <= 'Z') ++j;
    std::string_view name = s_.substr(i_ + 1, j - i_ - 1);
    if (name == "NP") {
      p.kind = PredKind::kNpPart;
    } else if (name == "PAST") {  // a past form with no present reading
      p.kind = PredKind::kForm;
      p.form = kVerbPast;
      p.not_form = kVerbBase | kVerb3sg;
    } else if (name == "ING") {
      p.kind = PredKind::kForm;
      p.form = kVerbIng;
    } else if (name == "PART") {
      p.kind = PredKind::kForm;
      p.form = kVerbPart;
    } else if (name == "BASE") {
      p.kind = PredKind::kForm;
      p.form = kVerbBase;
    } else {
      std::optional<Pos> tag = ParsePos(name);
      if (tag) {
        p.kind = PredKind::kPos;
        p.pos = static_cast<int>(*tag);
      } else {
        return Error(start, StrCat("unknown part of speech %", name));
      }
    }
    i_ = j;
    return AddPred(std::move(p));
  }
  if (c == '@') {
    size_t j = i_ + 1;
    while (j < s_.size() && ((s_[j] >= 'a' && s_[j] <= 'z') ||
                             (s_[j] >= '0' && s_[j] <= '9') || s_[j] == '_')) {
      ++j;
    }
    std::string_view name = s_.substr(i_ + 1, j - i_ - 1);
    int cls = lex_->FindClass(name);
    if (cls < 0) return Error(start, StrCat("unknown word class @", name));
    p.kind = PredKind::kClass;
    p.cls = cls;
    i_ = j;
    return AddPred(std::move(p));
  }
  // A bare word, keyword or punctuation literal: up to whitespace or a
  // pattern character.
  size_t j = i_;
  auto special = [](char ch) {
    return ch == ' ' || ch == '\t' || ch == '(' || ch == ')' || ch == '[' ||
           ch == ']' || ch == '|' || ch == '?' || ch == '*' || ch == '+' ||
           ch == '{' || ch == '}';
  };
  while (j < s_.size() && !special(s_[j])) ++j;
  if (j == i_) return Error(start, StrCat("unexpected '", s_.substr(i_, 1), "'"));
  std::string_view w = s_.substr(i_, j - i_);
  i_ = j;
  if (w == "CAP") p.kind = PredKind::kCap;
  else if (w == "UPPER") p.kind = PredKind::kUpper;
  else if (w == "LOWER") p.kind = PredKind::kLower;
  else if (w == "NUM") p.kind = PredKind::kNum;
  else if (w == "WORD") p.kind = PredKind::kWordAny;
  else if (w == "PUNCT") p.kind = PredKind::kPunct;
  else if (w == "ANY") p.kind = PredKind::kAny;
  else {
    bool upper_kw = true;
    for (char ch : w) upper_kw &= (ch >= 'A' && ch <= 'Z');
    if (upper_kw && w.size() > 1) {
      return Error(start, StrCat("unknown keyword ", w,
                                 " (quote it to match the word)"));
    }
    p.kind = PredKind::kWord;
    p.word = lex_->Intern(w);
  }
  return AddPred(std::move(p));
}

// Code generation (classic backtracking-VM layout).
class Compiler {
 public:
  explicit Compiler(std::vector<Inst>* out) : out_(out) {}
  void Emit(const Node& n) {
    switch (n.kind) {
      case Node::kPredN:
        Add({Op::kPred, n.pred});
        break;
      case Node::kStart:
        Add({Op::kStart});
        break;
      case Node::kEnd:
        Add({Op::kEnd});
        break;
      case Node::kSeq:
        for (const Node& k : n.kids) Emit(k);
        break;
      case Node::kLook: {
        // look sub; jmp over; sub...; match
        int look = Add({Op::kLook});
        int jmp = Add({Op::kJmp});
        (*out_)[look].x = Pc();
        (*out_)[look].y = (n.negate ? 1 : 0) | (n.behind << 1);
        Emit(n.kids[0]);
        Add({Op::kMatch});
        (*out_)[jmp].x = Pc();
        break;
      }
      case Node::kCapture:
        Add({Op::kSave, 2 * n.capture});
        Emit(n.kids[0]);
        Add({Op::kSave, 2 * n.capture + 1});
        break;
      case Node::kAlt: {
        std::vector<int> jumps;
        for (size_t k = 0; k < n.kids.size(); ++k) {
          if (k + 1 < n.kids.size()) {
            int split = Add({Op::kSplit});
            (*out_)[split].x = Pc();
            Emit(n.kids[k]);
            jumps.push_back(Add({Op::kJmp}));
            (*out_)[split].y = Pc();
          } else {
            Emit(n.kids[k]);
          }
        }
        for (int j : jumps) (*out_)[j].x = Pc();
        break;
      }
      case Node::kRepeat: {
        for (int k = 0; k < n.min; ++k) Emit(n.kids[0]);
        if (n.max < 0) {
          // L: split body, out; body; jmp L
          int loop = Add({Op::kSplit});
          (*out_)[loop].x = Pc();
          Emit(n.kids[0]);
          Add({Op::kJmp, loop});
          (*out_)[loop].y = Pc();
        } else {
          std::vector<int> splits;
          for (int k = n.min; k < n.max; ++k) {
            int split = Add({Op::kSplit});
            (*out_)[split].x = Pc();
            splits.push_back(split);
            Emit(n.kids[0]);
          }
          for (int s : splits) (*out_)[s].y = Pc();
        }
        break;
      }
    }
  }

 private:
  int Pc() const { return static_cast<int>(out_->size()); }
  int Add(Inst i) {
    out_->push_back(i);
    return Pc() - 1;
  }
  std::vector<Inst>* out_;
};

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

bool EvalPred(const Pred& p, const TokenPatternInput& in, uint32_t tok) {
  const Document& doc = *in.doc;
  const Token& t = doc.tokens[tok];
  bool r = false;
  bool wordish = t.kind == TokenKind::kWord || t.kind == TokenKind::kAbbrev ||
                 t.kind == TokenKind::kNumber;
  switch (p.kind) {
    case PredKind::kWord:
      r = doc.word_ids[tok] == p.word;
      break;
    case PredKind::kExact:
      r = doc.Text(t.span()) == p.text;
      break;
    case PredKind::kClass:
      r = in.lexicon->InClass(doc.word_ids[tok], p.cls);
      break;
    case PredKind::kCap:
      r = wordish && t.Has(kUpperInitial);
      break;
    case PredKind::kUpper:
      r = wordish && t.Has(kAllUpper) && t.Has(kHasAlpha) && t.end - t.begin >= 2;
      break;
    case PredKind::kLower:
      r = wordish && t.Has(kHasAlpha) && !t.Has(kUpperInitial);
      break;
    case PredKind::kNum:
      r = t.kind == TokenKind::kNumber;
      break;
    case PredKind::kWordAny:
      r = wordish;
      break;
    case PredKind::kPunct:
      r = t.kind == TokenKind::kPunct || t.kind == TokenKind::kHyphen;
      break;
    case PredKind::kAny:
      r = true;
      break;
    case PredKind::kEntity:
      r = in.entity_type != nullptr && in.entity_type[tok] >= 0 &&
          (p.entity_type < 0 || in.entity_type[tok] == p.entity_type);
      break;
    case PredKind::kPos:
      r = tok < doc.pos.size() && static_cast<int>(doc.pos[tok]) == p.pos;
      break;
    case PredKind::kForm: {
      uint32_t bits = in.lexicon->PosBits(doc.word_ids[tok]);
      r = (bits & p.form) == p.form && (bits & p.not_form) == 0;
      break;
    }
    case PredKind::kNpPart: {
      Pos q = tok < doc.pos.size() ? doc.pos[tok] : Pos::kOther;
      r = q == Pos::kDet || q == Pos::kNum || q == Pos::kAdj ||
          q == Pos::kNoun || q == Pos::kPropn ||
          (t.kind == TokenKind::kHyphen) ||
          (t.kind == TokenKind::kClitic && q == Pos::kDet);
      break;
    }
    case PredKind::kRegex: {
      std::string_view text = doc.Text(t.span());
      r = re2::RE2::FullMatch(text, *p.re);
      break;
    }
  }
  return r != p.negate;
}

using Caps = std::array<uint32_t, 2 * kMaxCaptures>;

struct Vm {
  const TokenPattern::Program& prog;
  const TokenPatternInput& in;
  Caps caps;
  int steps = 0;

  // Recursive backtracking; returns the end position or -1.
  int Run(int pc, uint32_t pos) {
    for (;;) {
      if (++steps > kTokenPatternStepBudget) return -1;
      const Inst& inst = prog.insts[pc];
      switch (inst.op) {
        case Op::kMatch:
          return static_cast<int>(pos);
        case Op::kPred:
          if (pos >= in.size ||
              !EvalPred(prog.preds[inst.x], in, in.first + pos)) {
            return -1;
          }
          ++pos;
          ++pc;
          break;
        case Op::kJmp:
          pc = inst.x;
          break;
        case Op::kSplit: {
          int r = Run(inst.x, pos);
          if (r >= 0) return r;
          if (steps > kTokenPatternStepBudget) return -1;
          pc = inst.y;
          break;
        }
        case Op::kSave: {
          uint32_t old = caps[inst.x];
          caps[inst.x] = pos;
          int r = Run(pc + 1, pos);
          if (r < 0) caps[inst.x] = old;
          return r;
        }
        case Op::kStart:
          if (pos != 0) return -1;
          ++pc;
          break;
        case Op::kEnd:
          if (pos != in.size) return -1;
          ++pc;
          break;
        case Op::kLook: {
          bool negate = inst.y & 1;
          int behind = inst.y >> 1;
          bool hit = false;
          if (behind == 0) {
            Caps saved = caps;
            hit = Run(inst.x, pos) >= 0;
            caps = saved;
          } else if (static_cast<int>(pos) >= behind) {
            Caps saved = caps;
            int e = Run(inst.x, pos - behind);
            hit = e == static_cast<int>(pos);
            caps = saved;
          }
          if (steps > kTokenPatternStepBudget) return -1;
          if (hit == negate) return -1;
          ++pc;  // the jump over the sub-program
          break;
        }
      }
    }
  }
};

}  // namespace

TokenPattern::TokenPattern() = default;
TokenPattern::~TokenPattern() = default;
TokenPattern::TokenPattern(TokenPattern&&) noexcept = default;
TokenPattern& TokenPattern::operator=(TokenPattern&&) noexcept = default;

absl::StatusOr<TokenPattern> TokenPattern::Compile(std::string_view source,
                                                   LexiconBuilder* lexicon) {
  TokenPattern tp;
  tp.prog_ = std::make_unique<Program>();
  Parser parser(source, lexicon, tp.prog_.get());
  auto ast = parser.Parse();
  if (!ast.ok()) return ast.status();
  Compiler(&tp.prog_->insts).Emit(*ast);
  tp.prog_->insts.push_back({Op::kMatch});
  RequiredAll(*ast, tp.prog_->preds, lexicon->current(), &tp.prog_->required_all);
  bool nullable = false;
  if (!FirstSet(*ast, &tp.prog_->first_preds, &nullable) || nullable) {
    tp.prog_->first_any = true;
    tp.prog_->first_preds.clear();
  }
  return tp;
}

bool TokenPattern::CanStartAt(const TokenPatternInput& in,
                              uint32_t start) const {
  if (prog_->first_any) return true;
  if (start >= in.size) return false;
  for (int p : prog_->first_preds) {
    if (EvalPred(prog_->preds[p], in, in.first + start)) return true;
  }
  return false;
}

bool TokenPattern::MatchAt(const TokenPatternInput& in, uint32_t start,
                           TokenPatternMatch* m) const {
  if (!CanStartAt(in, start)) return false;
  Vm vm{*prog_, in, {}};
  vm.caps.fill(UINT32_MAX);
  int end = vm.Run(0, start);
  if (end < 0) return false;
  m->begin = start;
  m->end = static_cast<uint32_t>(end);
  m->captures.assign(prog_->capture_names.size(), {1, 0});
  for (size_t c = 0; c < prog_->capture_names.size(); ++c) {
    if (vm.caps[2 * c] != UINT32_MAX && vm.caps[2 * c + 1] != UINT32_MAX) {
      m->captures[c] = {vm.caps[2 * c], vm.caps[2 * c + 1]};
    }
  }
  return true;
}

bool TokenPattern::FirstTokenKeys(std::vector<WordId>* words, std::vector<int>* classes,
                                  std::vector<int>* pos) const {
  if (prog_->first_any || prog_->first_preds.empty()) return false;
  for (int p : prog_->first_preds) {
    const Pred& pred = prog_->preds[p];
    if (pred.negate) return false;
    if (pred.kind == PredKind::kWord ||
        (pred.kind == PredKind::kExact && pred.word != kUnknownWord)) {
      words->push_back(pred.word);
    } else if (pred.kind == PredKind::kClass) {
      classes->push_back(pred.cls);
    } else if (pred.kind == PredKind::kPos) {
      pos->push_back(pred.pos);
    } else {
      return false;
    }
  }
  return true;
}

const std::vector<std::string>& TokenPattern::capture_names() const {
  return prog_->capture_names;
}
const std::vector<TokenPattern::Required>& TokenPattern::required_all() const {
  return prog_->required_all;
}

absl::StatusOr<TokenPattern> CompilePatternAt(std::string_view source, const std::string& path,
                                              int line, int col, LexiconBuilder* lexicon) {
  auto tp = TokenPattern::Compile(source, lexicon);
  if (tp.ok()) return tp;
  std::string_view msg = FromAbsl(tp.status().message());
  if (msg.substr(0, 7) == "column ") {
    size_t c2 = msg.find(':');
    col += std::atoi(std::string(msg.substr(7, c2 - 7)).c_str()) - 1;
    msg = msg.substr(c2 + 2);
  }
  return RuleError(path, line, col, msg);
}

}  // namespace casus
