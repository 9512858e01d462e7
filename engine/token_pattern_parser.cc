#include "engine/token_pattern_parser.h"

#include <re2/re2.h>

#include <algorithm>
#include <optional>

#include "pipeline/strings.h"

namespace casus::token_pattern {

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

void FoldWordAlternations(Node* n, std::vector<Pred>* preds) {
  for (Node& k : n->kids) FoldWordAlternations(&k, preds);
  if (n->kind != Node::kAlt || n->kids.size() < 2) return;
  std::vector<WordId> words;
  for (const Node& k : n->kids) {
    if (k.kind != Node::kPredN) return;
    const Pred& p = (*preds)[k.pred];
    if (p.kind != PredKind::kWord || p.negate) return;
    words.push_back(p.word);
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  Pred set;
  set.kind = PredKind::kWordSet;
  set.words = std::move(words);
  preds->push_back(std::move(set));
  Node folded{Node::kPredN};
  folded.pred = static_cast<int>(preds->size()) - 1;
  *n = std::move(folded);
}

namespace {
bool IsSpace(char c) { return c == ' ' || c == '\t'; }
}  // namespace

absl::Status Parser::Error(size_t pos, std::string_view msg) const {
  return absl::InvalidArgumentError(StrCat("column ", static_cast<int>(pos) + 1, ": ", msg));
}

void Parser::Skip() {
  while (i_ < s_.size() && IsSpace(s_[i_])) ++i_;
}

bool Parser::AtEnd() {
  Skip();
  return i_ >= s_.size();
}

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
  if (c == '[') return ParseCapture(start);
  if (c == '?') {
    if (auto look = ParseLook(start)) return *std::move(look);
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

absl::StatusOr<Node> Parser::ParseCapture(size_t start) {
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

std::optional<absl::StatusOr<Node>> Parser::ParseLook(size_t start) {
  if (i_ + 2 >= s_.size()) return std::nullopt;
  bool behind = s_[i_ + 1] == '<';
  size_t k = i_ + 1 + (behind ? 1 : 0);
  if (k + 1 >= s_.size() || (s_[k] != '=' && s_[k] != '!') || s_[k + 1] != '(') {
    return std::nullopt;
  }
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
    if (look.behind <= 0) return Error(start, "a look-behind needs a fixed number of tokens");
  }
  look.kids.push_back(*std::move(inner));
  return look;
}

absl::StatusOr<int> Parser::ParsePred(bool negate) {
  if (i_ >= s_.size()) return Error(i_, "expected an element");
  Pred p;
  p.negate = negate;
  switch (s_[i_]) {
    case '"':
    case '\'': return ParseQuoted(std::move(p));
    case '/': return ParseRegex(std::move(p));
    case '<': return ParseEntityPred(std::move(p));
    case '%': return ParsePosOrForm(std::move(p));
    case '@': return ParseClass(std::move(p));
    default: return ParseBareWord(std::move(p));
  }
}

absl::StatusOr<int> Parser::ParseQuoted(Pred p) {
  size_t start = i_;
  char c = s_[i_];
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

absl::StatusOr<int> Parser::ParseRegex(Pred p) {
  size_t start = i_;
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

absl::StatusOr<int> Parser::ParseEntityPred(Pred p) {
  size_t start = i_;
  size_t close = s_.find('>', i_);
  if (close == std::string_view::npos) return Error(start, "unclosed '<'");
  std::string_view name = s_.substr(i_ + 1, close - i_ - 1);
  p.kind = PredKind::kEntity;
  if (name != "ENT") {
    auto t = casus::ParseEntityType(name);
    if (!t) return Error(start, StrCat("unknown entity type <", name, ">"));
    p.entity_type = static_cast<int>(*t);
  }
  i_ = close + 1;
  return AddPred(std::move(p));
}

absl::StatusOr<int> Parser::ParsePosOrForm(Pred p) {
  size_t start = i_;
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

absl::StatusOr<int> Parser::ParseClass(Pred p) {
  size_t start = i_;
  size_t j = i_ + 1;
  while (j < s_.size() && ((s_[j] >= 'a' && s_[j] <= 'z') ||
                           (s_[j] >= '0' && s_[j] <= '9') || s_[j] == '_')) {
    ++j;
  }
  std::string_view name = s_.substr(i_ + 1, j - i_ - 1);
  int cls = lex_->ClassForPattern(name);
  if (cls < 0) return Error(start, StrCat("unknown word class @", name));
  p.kind = PredKind::kClass;
  p.cls = cls;
  i_ = j;
  return AddPred(std::move(p));
}

absl::StatusOr<int> Parser::ParseBareWord(Pred p) {
  size_t start = i_;
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
  const TokenKeyword* keyword = nullptr;
  for (const TokenKeyword& k : kTokenKeywords) {
    if (w == k.name) keyword = &k;
  }
  if (keyword != nullptr) {
    p.kind = keyword->kind;
  } else {
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

}  // namespace casus::token_pattern
