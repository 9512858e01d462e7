#include "engine/modality.h"

#include <algorithm>

namespace casus {
namespace {

bool InSpan(const Document& doc, uint32_t i, Span s) {
  return s.begin <= doc.tokens[i].begin && doc.tokens[i].end <= s.end;
}

}  // namespace

int ModalityRank(Modality m) {
  switch (m) {
    case Modality::kNegated: return 3;
    case Modality::kHypothesis: return 2;
    case Modality::kHedged: return 1;
    case Modality::kAsserted: return 0;
  }
  return 0;
}

ModalityReader::ModalityReader(const Lexicon& lexicon, const WordClasses& classes)
    : lex_(lexicon),
      hedge_(classes.hedge),
      hypothesis_(classes.hypothesis),
      negation_(classes.negation),
      unnamed_(classes.unnamed_source),
      report_(classes.report_verb),
      named_ok_(classes.named_source) {}

ModalityResult ModalityReader::Read(const Document& doc, uint32_t begin,
                                    uint32_t end, Span cause, Span effect,
                                    uint32_t match_begin,
                                    uint32_t trigger_begin,
                                    uint32_t trigger_end) const {
  ModalityResult r;
  auto outside = [&](uint32_t i) {
    return !InSpan(doc, i, cause) && !InSpan(doc, i, effect);
  };
  // The claim's first token.
  uint32_t first = trigger_begin;
  for (uint32_t i = begin; i < end; ++i) {
    if (InSpan(doc, i, cause) || InSpan(doc, i, effect)) {
      first = std::min(first, i);
      break;
    }
  }
  uint32_t scope = ScopeStart(doc, begin, end, first);
  Modality m = Modality::kAsserted;
  auto raise = [&](Modality x) { Raise(&m, x); };

  // Negation of the link: in the verb group right before the trigger, or
  // inside the rule's match.
  uint32_t neg_from = trigger_begin > begin + 4 ? trigger_begin - 4 : begin;
  neg_from = std::min(neg_from, match_begin);
  for (uint32_t i = std::max(neg_from, scope); i < trigger_end; ++i) {
    if (!outside(i)) {
      if (i < match_begin) neg_from = i + 1;  // a left slot ends the group
      continue;
    }
    if (i >= neg_from && In(doc, i, negation_)) raise(Modality::kNegated);
  }

  for (uint32_t i = scope; i < trigger_end; ++i) {
    if (!outside(i)) continue;
    if (In(doc, i, hypothesis_)) raise(Modality::kHypothesis);
    if (In(doc, i, hedge_)) raise(Modality::kHedged);
    ReadSource(doc, i, scope, end, &m, &r);
  }
  r.modality = m;
  return r;
}

void ModalityReader::Raise(Modality* m, Modality x) {
  if (ModalityRank(x) > ModalityRank(*m)) *m = x;
}

uint32_t ModalityReader::ScopeStart(const Document& doc, uint32_t begin, uint32_t end,
                                    uint32_t first) const {
  uint32_t scope = begin;
  for (uint32_t i = first; i > begin; --i) {
    std::string_view t = doc.TokenText(i - 1);
    if (t == ";" || t == ":") {
      scope = i;
      break;
    }
    if (t == "," && i < end) {
      std::string_view n = doc.TokenText(i);
      if (n == "but" || n == "while" || n == "whereas" || n == "although" ||
          n == "though" || n == "yet") {
        scope = i;
        break;
      }
    }
  }
  return scope;
}

void ModalityReader::ReadSource(const Document& doc, uint32_t i, uint32_t scope, uint32_t end,
                                Modality* m, ModalityResult* result) const {
  ModalityResult& r = *result;
  auto raise = [&](Modality x) { Raise(m, x); };
  if (In(doc, i, report_) && doc.pos[i] == Pos::kVerb) {
    // The reporting verb's subject: up to three tokens back, skipping
    // adverbs ("Some experts even believe").
    uint32_t j = i;
    while (j > scope && doc.pos[j - 1] == Pos::kAdv) --j;
    uint32_t s = j;
    while (s > scope && j - s < 6 &&
           (doc.pos[s - 1] == Pos::kNoun || doc.pos[s - 1] == Pos::kPropn ||
            doc.pos[s - 1] == Pos::kDet || doc.pos[s - 1] == Pos::kAdj ||
            doc.tokens[s - 1].Has(kInCompound) ||
            doc.pos[s - 1] == Pos::kPron || doc.pos[s - 1] == Pos::kPrep)) {
      --s;
    }
    bool unnamed = false, named = false;
    for (uint32_t k = s; k < j; ++k) {
      if (In(doc, k, unnamed_)) unnamed = true;
      if (doc.pos[k] == Pos::kPropn || In(doc, k, named_ok_)) named = true;
    }
    if (unnamed) {
      raise(Modality::kHedged);
    } else if (named && s < j && !r.attribution.has_value()) {
      while (s < j && doc.pos[s] == Pos::kDet) ++s;
      r.attribution = doc.TokenSpan(s, j);
    }
  }
  // "according to X"
  if (doc.TokenText(i) == "according" && i + 2 < end &&
      doc.TokenText(i + 1) == "to" && !r.attribution.has_value()) {
    uint32_t s = i + 2, e = s;
    while (e < end && e - s < 8 &&
           (doc.pos[e] == Pos::kPropn || doc.pos[e] == Pos::kNoun ||
            doc.pos[e] == Pos::kDet || doc.pos[e] == Pos::kAdj ||
            doc.tokens[e].Has(kInCompound))) {
      ++e;
    }
    bool unnamed = false;
    for (uint32_t k = s; k < e; ++k) unnamed |= In(doc, k, unnamed_);
    while (s < e && doc.pos[s] == Pos::kDet) ++s;
    if (unnamed) {
      raise(Modality::kHedged);
    } else if (e > s) {
      r.attribution = doc.TokenSpan(s, e);
    }
  }
}

}  // namespace casus
