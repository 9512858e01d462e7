#include "engine/token_pattern.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <optional>

#include "absl/status/status.h"
#include "engine/required_sets.h"
#include "engine/token_pattern_ast.h"
#include "engine/token_pattern_parser.h"
#include "pipeline/rule_files.h"
#include "pipeline/strings.h"

namespace casus {
namespace {

using namespace token_pattern;  // NOLINT: this file compiles the language

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
    case PredKind::kWordSet:
      r = std::binary_search(p.words.begin(), p.words.end(), doc.word_ids[tok]);
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
  FoldWordAlternations(&*ast, &tp.prog_->preds);
  tp.prog_->anchored = AnchoredAtStart(*ast);
  // Leading zero-width assertions ("?<!(said ,) [trigger: to ...]") look
  // only at tokens around the start, whatever the rest matches: they are
  // compiled apart and checked after the rest has matched, so the many
  // starts where the rest fails at once skip them.
  Node rest = *ast;
  Node leading{Node::kSeq};
  if (rest.kind == Node::kSeq) {
    size_t k = 0;
    while (k < rest.kids.size() && rest.kids[k].kind == Node::kLook) ++k;
    if (k > 0 && k < rest.kids.size()) {
      leading.kids.assign(rest.kids.begin(), rest.kids.begin() + k);
      rest.kids.erase(rest.kids.begin(), rest.kids.begin() + k);
    }
  }
  Compiler(&tp.prog_->insts).Emit(rest);
  tp.prog_->insts.push_back({Op::kMatch});
  if (!leading.kids.empty()) {
    tp.prog_->leading_pc = static_cast<int>(tp.prog_->insts.size());
    Compiler(&tp.prog_->insts).Emit(leading);
    tp.prog_->insts.push_back({Op::kMatch});
  }
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
  m->steps = 0;
  m->exhausted = false;
  if (!CanStartAt(in, start)) return false;
  Vm vm{*prog_, in, {}};
  vm.caps.fill(UINT32_MAX);
  int end = vm.Run(0, start);
  if (end >= 0 && prog_->leading_pc >= 0 && vm.Run(prog_->leading_pc, start) < 0) end = -1;
  m->steps = static_cast<uint32_t>(vm.steps);
  m->exhausted = vm.steps > kTokenPatternStepBudget;
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

bool TokenPattern::FirstTokenShapes(std::vector<WordId>* words, std::vector<int>* classes,
                                    std::vector<int>* pos, uint8_t* shapes) const {
  if (prog_->first_any || prog_->first_preds.empty()) return false;
  for (int p : prog_->first_preds) {
    const Pred& pred = prog_->preds[p];
    if (pred.negate) return false;
    if (pred.kind == PredKind::kCap) {
      *shapes |= kShapeCap;
    } else if (pred.kind == PredKind::kUpper) {
      *shapes |= kShapeUpper;
    } else if (pred.kind == PredKind::kNum) {
      *shapes |= kShapeNum;
    } else if (pred.kind == PredKind::kWord ||
        (pred.kind == PredKind::kExact && pred.word != kUnknownWord)) {
      words->push_back(pred.word);
    } else if (pred.kind == PredKind::kWordSet) {
      words->insert(words->end(), pred.words.begin(), pred.words.end());
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

bool TokenPattern::anchored() const { return prog_->anchored; }

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

std::vector<BuiltinClass> BuiltinClasses() {
  std::vector<BuiltinClass> out;
  for (int p = 0; p <= static_cast<int>(Pos::kOther); ++p) {
    // %PART is the participle form below, not the particle tag.
    if (static_cast<Pos>(p) == Pos::kPart) continue;
    std::string name(PosName(static_cast<Pos>(p)));
    out.push_back({"%" + name, StrCat("tagged ", name, " (tag stage)")});
  }
  out.push_back({"%NP", "can be inside a noun phrase (DET NUM ADJ NOUN PROPN, 's, hyphen)"});
  out.push_back({"%PAST", "a past verb form with no present reading (WordNet)"});
  out.push_back({"%ING", "an -ing verb form (WordNet)"});
  out.push_back({"%PART", "a past participle (WordNet)"});
  out.push_back({"%BASE", "a verb's base form (WordNet)"});
  for (const TokenKeyword& k : kTokenKeywords) out.push_back({k.name, k.meaning});
  for (int t = 0; t < kNumEntityTypes; ++t) {
    std::string name(EntityTypeName(static_cast<EntityType>(t)));
    out.push_back({"<" + name + ">", StrCat("inside an entity of type ", name, " (claim rules)")});
  }
  out.push_back({"<ENT>", "inside an entity of any type (claim rules)"});
  return out;
}

}  // namespace casus
