#include "engine/chunker.h"

#include <optional>

namespace casus {

Chunker::Chunker(const Document& doc, const Lexicon& lexicon,
                 const WordClasses& classes, uint32_t begin, uint32_t end,
                 const std::vector<uint8_t>* blocked)
    : doc_(doc),
      lex_(lexicon),
      cls_(classes),
      begin_(begin),
      end_(end),
      blocked_(blocked) {}

bool Chunker::In(uint32_t i, int cls) const {
  return cls >= 0 && lex_.InClass(doc_.word_ids[i], cls);
}

bool Chunker::IsNpCore(uint32_t i) const {
  const Token& t = doc_.tokens[i];
  if (t.Has(kInCompound)) return true;  // "US-led", "post-Cold War"
  if (t.kind == TokenKind::kClitic) return P(i) == Pos::kDet;  // "Russia's"
  switch (P(i)) {
    case Pos::kDet:
      return !In(i, cls_.rel_pron) || doc_.TokenText(i) != "that" ||
             (i + 1 < end_ && IsHead(i + 1));
    case Pos::kNum:
    case Pos::kAdj:
    case Pos::kNoun:
    case Pos::kPropn:
      return true;
    case Pos::kAdv:  // "highly contested", "more likely"
      return i + 1 < end_ && P(i + 1) == Pos::kAdj;
    default:
      return false;
  }
}

bool Chunker::IsHead(uint32_t i) const {
  Pos p = P(i);
  return p == Pos::kNoun || p == Pos::kPropn || p == Pos::kNum ||
         (p == Pos::kPron && !In(i, cls_.rel_pron)) ||
         (p == Pos::kDet && In(i, cls_.quant) &&
          // "much of the fleet"; "the hopes of all."
          (i + 1 >= end_ || doc_.TokenText(i + 1) == "of" ||
           doc_.tokens[i + 1].kind == TokenKind::kPunct));
}

bool Chunker::IsBoundary(uint32_t i) const {
  const Token& t = doc_.tokens[i];
  if (t.kind != TokenKind::kPunct) return false;
  std::string_view s = doc_.TokenText(i);
  return s == ";" || s == ":" || s == "," || t.Has(kDash) ||
         t.Has(kSentenceFinal);
}

uint32_t Chunker::CoreRightEnd(uint32_t k) const {
  if (k >= end_) return k;
  if (P(k) == Pos::kPron && !In(k, cls_.rel_pron)) return k + 1;
  uint32_t i = k;
  while (i < end_ && i - k < kMaxPhrase && !Blocked(i)) {
    if (IsNpCore(i)) {
      ++i;
      continue;
    }
    // Coordinated modifiers: "regional and extra-regional power competition",
    // "a new, enduring peace".
    if (i > k && (P(i - 1) == Pos::kAdj || doc_.tokens[i - 1].Has(kInCompound)) &&
        (P(i) == Pos::kCconj || doc_.TokenText(i) == ",") && i + 1 < end_ &&
        (P(i + 1) == Pos::kAdj || doc_.tokens[i + 1].Has(kInCompound))) {
      ++i;
      continue;
    }
    break;
  }
  // End on a head word.
  while (i > k && !IsHead(i - 1)) --i;
  return i;
}

uint32_t Chunker::CoreLeftStart(uint32_t k) const {
  if (k <= begin_) return k;
  if (P(k - 1) == Pos::kPron && !In(k - 1, cls_.rel_pron)) return k - 1;
  if (!IsHead(k - 1)) return k;
  uint32_t j = k;
  while (j > begin_ && k - j < kMaxPhrase && !Blocked(j - 1)) {
    if (IsNpCore(j - 1)) {
      --j;
      continue;
    }
    // Modifiers separated by a comma: "modernized, intermediate-range forces".
    if (j > begin_ + 1 && doc_.TokenText(j - 1) == "," && P(j - 2) == Pos::kAdj &&
        (P(j) == Pos::kAdj || doc_.tokens[j].Has(kInCompound))) {
      j -= 2;
      continue;
    }
    break;
  }
  return j;
}

TokenRange Chunker::NpRight(uint32_t k) const {
  uint32_t e = CoreRightEnd(k);
  // A gerund phrase: "defining and shaping the state's behavior".
  if (e == k && k < end_ && (lex_.PosBits(doc_.word_ids[k]) & kVerbIng) &&
      !Blocked(k)) {
    uint32_t g = k + 1;
    while (g + 1 < end_ && P(g) == Pos::kCconj &&
           (lex_.PosBits(doc_.word_ids[g + 1]) & kVerbIng)) {
      g += 2;
    }
    uint32_t ce = CoreRightEnd(g);
    e = ce > g ? ce : g;
  }
  if (e == k) return {k, k};
  for (int guard = 0; guard < 12 && e < end_ && e - k < kMaxPhrase; ++guard) {
    std::optional<uint32_t> next = AttachRight(k, e);
    if (!next) break;
    e = *next;
  }
  return {k, e};
}

std::optional<uint32_t> Chunker::AttachRight(uint32_t k, uint32_t e) const {
  if ((In(e, cls_.pp_attach) || In(e, cls_.pp_attach_right)) && !Blocked(e) && e + 1 < end_) {
    uint32_t s = e + 1;
    // "of" + gerund: "the expanding of the US security umbrella", "of
    // fighting terrorism".
    if (doc_.TokenText(e) == "of" &&
        (lex_.PosBits(doc_.word_ids[s]) & kVerbIng) && !Blocked(s)) {
      uint32_t ce = CoreRightEnd(s + 1);
      return ce > s + 1 ? ce : s + 1;
    }
    uint32_t ce = CoreRightEnd(s);
    if (ce > s) return ce;
    return std::nullopt;
  }
  // "such issues as energy", "treat the programme as a chip".
  if (doc_.TokenText(e) == "as" && !Blocked(e) && AsComplement(k > begin_ ? k - 1 : k, e)) {
    uint32_t ce = CoreRightEnd(e + 1);
    if (ce > e + 1) return ce;
  }
  // A participle with its agent: "the policies pursued by the US".
  if (P(e) == Pos::kVerb && (lex_.PosBits(doc_.word_ids[e]) & kVerbPart) &&
      e + 2 < end_ && doc_.TokenText(e + 1) == "by" && !Blocked(e) &&
      !Blocked(e + 1)) {
    uint32_t ce = CoreRightEnd(e + 2);
    if (ce > e + 2) return ce;
    return std::nullopt;
  }
  // A nominalization's agent: "recruitment by armed groups", "attacks by
  // militants" (not "by 10 percent").
  if (doc_.TokenText(e) == "by" && !Blocked(e) && e + 1 < end_ &&
      (P(e - 1) == Pos::kNoun) && P(e + 1) != Pos::kNum && !Blocked(e + 1)) {
    uint32_t ce = CoreRightEnd(e + 1);
    if (ce > e + 1) return ce;
  }
  // "protests in Bangalore and in the Cauvery basin": the phrase's own
  // last preposition repeated after a conjunction.
  if (P(e) == Pos::kCconj && e + 2 < end_ && P(e + 1) == Pos::kPrep && !Blocked(e + 1)) {
    uint32_t p = e;
    while (p > k && P(p - 1) != Pos::kPrep) --p;
    if (p > k && doc_.word_ids[p - 1] == doc_.word_ids[e + 1]) {
      uint32_t ce = CoreRightEnd(e + 2);
      if (ce > e + 2) return ce;
    }
  }
  // "driven by X and by Y": the trigger's preposition repeated.
  if (P(e) == Pos::kCconj && e + 2 < end_ && k > begin_ && P(k - 1) == Pos::kPrep &&
      doc_.word_ids[e + 1] == doc_.word_ids[k - 1]) {
    uint32_t ce = CoreRightEnd(e + 2);
    if (ce > e + 2) return ce;
  }
  // Coordinated gerunds share the object: "defining and shaping [the
  // state's behavior]".
  if (P(e) == Pos::kCconj && e + 2 < end_ && (lex_.PosBits(doc_.word_ids[e - 1]) & kVerbIng) &&
      (lex_.PosBits(doc_.word_ids[e + 1]) & kVerbIng) && !Blocked(e + 1)) {
    uint32_t ce = CoreRightEnd(e + 2);
    if (ce > e + 2) return ce;
  }
  if (doc_.TokenText(e) == "," && !Blocked(e)) {
    if (std::optional<uint32_t> a = AsideThenPhrase(e)) return a;
    return ListAfterComma(e);
  }
  if (P(e) == Pos::kCconj && e + 1 < end_ &&
      (doc_.TokenText(e) == "and" || doc_.TokenText(e) == "or")) {
    uint32_t ce = CoreRightEnd(e + 1);
    // Inside a noun's participle phrase ("the threats arising from X and
    // Y are"), the verb after Y is the noun's, not a new clause's.
    bool in_modifier = k >= begin_ + 3 && P(k - 1) == Pos::kPrep &&
                       (lex_.PosBits(doc_.word_ids[k - 2]) & (kVerbIng | kVerbPart)) &&
                       (P(k - 3) == Pos::kNoun || P(k - 3) == Pos::kPropn);
    if (ce > e + 1 && (ce >= end_ || in_modifier ||
                       (P(ce) != Pos::kVerb && P(ce) != Pos::kAux && P(ce) != Pos::kModal))) {
      return ce;
    }
  }
  return std::nullopt;
}

// A list after a comma: "road blocks, intimidation and missing ballot
// papers", "A, B, and C": three noun phrases or more between commas, "and"
// or "or" before the last, and no verb after it or its attached phrases
// (", and prices rose" is a clause; so is "A, and B" most often).
std::optional<uint32_t> Chunker::AsideThenPhrase(uint32_t e) const {
  uint32_t j = e + 1;
  while (j < end_ && (P(j) == Pos::kAdj || P(j) == Pos::kAdv ||
                      (P(j) == Pos::kCconj && j > e + 1)) && !Blocked(j)) {
    ++j;
  }
  if (j == e + 1 || j + 2 >= end_ || P(j - 1) == Pos::kCconj || doc_.TokenText(j) != "," ||
      !In(j + 1, cls_.pp_attach) || Blocked(j + 1)) {
    return std::nullopt;
  }
  uint32_t ce = CoreRightEnd(j + 2);
  if (ce > j + 2) return ce;
  return std::nullopt;
}

std::optional<uint32_t> Chunker::ListAfterComma(uint32_t e) const {
  auto conj = [&](uint32_t i) {
    return i < end_ && (doc_.TokenText(i) == "and" || doc_.TokenText(i) == "or");
  };
  // An item's bare noun phrase, a participle before it too ("missing
  // ballot papers"); items led by participles or gerunds alone are verb
  // phrases (", closing borders and freezing state assets"), so one item
  // at least must be a noun phrase led by no such form.
  int plain = 0;
  auto item_end = [&](uint32_t s) {
    uint32_t ce = CoreRightEnd(s);
    if (ce > s) {
      plain += (lex_.PosBits(doc_.word_ids[s]) & (kVerbIng | kVerbPart)) == 0;
    } else if (P(s) == Pos::kVerb && s + 1 < end_ &&
               (lex_.PosBits(doc_.word_ids[s]) & (kVerbIng | kVerbPart))) {
      uint32_t ce2 = CoreRightEnd(s + 1);
      if (ce2 > s + 1) ce = ce2;
    }
    // An item's "of" phrase: "the buildup [of our allies], and the
    // introduction of new weapons".
    if (ce > s && ce + 1 < end_ && doc_.TokenText(ce) == "of" && !Blocked(ce)) {
      uint32_t ce2 = CoreRightEnd(ce + 1);
      if (ce2 > ce + 1) ce = ce2;
    }
    return ce;
  };
  uint32_t i = e;  // a comma
  for (int items = 0; items < 8; ++items) {
    uint32_t s = i + 1;
    const bool last = conj(s);
    if (last && items == 0) return std::nullopt;  // "A, and B"
    if (last) ++s;
    if (s >= end_ || Blocked(s)) return std::nullopt;
    uint32_t ce = item_end(s);
    if (ce <= s) return std::nullopt;
    if (!last && conj(ce)) {  // "B and C"
      s = ce + 1;
      if (Blocked(s)) return std::nullopt;
      ce = item_end(s);
      if (ce <= s) return std::nullopt;
    } else if (!last) {
      if (ce >= end_ || doc_.TokenText(ce) != ",") return std::nullopt;
      i = ce;
      continue;
    }
    // The last item's attached phrases ("the return of fighters from
    // Libya"), then no verb.
    uint32_t le = ce;
    for (int guard = 0; guard < 6 && le < end_ && doc_.TokenText(le) != ","; ++guard) {
      std::optional<uint32_t> next = AttachRight(s, le);
      if (!next) break;
      le = *next;
    }
    if ((le < end_ && IsVerbal(le)) || plain == 0) return std::nullopt;
    return ce;
  }
  return std::nullopt;
}

TokenRange Chunker::NpLeft(uint32_t k) const {
  if (k <= begin_) return {k, k};
  uint32_t j = k;
  // "X, which led to": the antecedent of the relative pronoun.
  bool antecedent = false;
  if (In(j - 1, cls_.rel_pron) &&
      (P(j - 1) == Pos::kPron || P(j - 1) == Pos::kSconj || P(j - 1) == Pos::kDet)) {
    --j;
    if (j > begin_ && doc_.TokenText(j - 1) == ",") --j;
    antecedent = true;
  }
  uint32_t s = CoreLeftStart(j);
  if (s == j) return {k, k};
  // An antecedent is a noun phrase: a gerund or participle before its
  // determiner is the verb that takes it ("closing [some loopholes] that
  // let", "establishing [a reserve] that will protect").
  if (antecedent) {
    uint32_t d = s;
    while (d < j && doc_.tokens[d].kind == TokenKind::kWord &&
           (lex_.PosBits(doc_.word_ids[d]) & (kVerbIng | kVerbPart)) &&
           P(d) != Pos::kDet) {
      ++d;
    }
    if (d > s && d + 1 < j && P(d) == Pos::kDet) s = d;
  }
  for (int guard = 0; guard < 12 && s > begin_ && j - s < kMaxPhrase; ++guard) {
    uint32_t p = s - 1;
    if ((In(p, cls_.pp_attach) && !Blocked(p)) ||
        (P(p) == Pos::kCconj &&
         (doc_.TokenText(p) == "and" || doc_.TokenText(p) == "or"))) {
      uint32_t ps = CoreLeftStart(p);
      if (ps < p) {
        s = ps;
        continue;
      }
    }
    // A participle phrase: "the benefits promised under [the deal]".
    if ((P(p) == Pos::kPrep) && !In(p, cls_.verb_particle) && p > begin_ + 1 &&
        P(p - 1) == Pos::kVerb &&
        (lex_.PosBits(doc_.word_ids[p - 1]) & kVerbPart) && !Blocked(p - 1) && !Blocked(p)) {
      uint32_t ps = CoreLeftStart(p - 1);
      if (ps < p - 1) {
        s = ps;
        continue;
      }
    }
    // "of" + gerund: "the expanding of [the ...]" reached from the right.
    if (P(p) == Pos::kVerb && (lex_.PosBits(doc_.word_ids[p]) & kVerbIng) &&
        p > begin_ && doc_.TokenText(p - 1) == "of") {
      uint32_t ps = CoreLeftStart(p - 1);
      if (ps < p - 1) {
        s = ps;
        continue;
      }
    }
    break;
  }
  return {s, j};
}

TokenRange Chunker::TrimRight(TokenRange r) const {
  // A trailing bracketed acronym or aside is cut: "ECOWAS (ECOWAS)".
  if (!r.empty() && doc_.TokenText(r.end - 1) == ")") {
    for (uint32_t i = r.end - 1; i > r.begin; --i) {
      if (doc_.TokenText(i - 1) == "(") {
        if (i - 1 > r.begin) r.end = i - 1;
        break;
      }
    }
  }
  while (!r.empty() && doc_.tokens[r.end - 1].kind == TokenKind::kPunct &&
         !doc_.tokens[r.end - 1].Has(kClosing)) {
    --r.end;
  }
  // A closing bracket whose opener is outside the range goes too.
  while (!r.empty() && doc_.tokens[r.end - 1].Has(kClosing)) {
    bool opened = false;
    for (uint32_t i = r.begin; i + 1 < r.end; ++i) {
      opened |= doc_.tokens[i].Has(kOpening);
    }
    if (opened) break;
    --r.end;
  }
  return r;
}

}  // namespace casus
