#include "stages/tagger.h"

#include <algorithm>

namespace casus {

Tagger::Tagger(std::shared_ptr<const Lexicon> lexicon, const WordClasses& wc)
    : lexicon_(lexicon),
      demonstrative_(wc.demonstrative),
      table_(lexicon, Info(*lexicon, wc)),
      that_id_(lexicon->Find("that")),
      what_id_(lexicon->Find("what")) {}

std::vector<uint32_t> Tagger::Info(const Lexicon& l, const WordClasses& wc) {
  // One mask per word of the closed classes it is in: a load instead of a
  // class test per class in TagOne.
  const std::pair<int, uint16_t> kClosed[] = {
      {wc.det, kDet},         {wc.poss_det, kPossDet}, {wc.quant, kQuant},
      {wc.pron, kPron},       {wc.prep, kPrep},        {wc.cconj, kCconj},
      {wc.sconj, kSconj},     {wc.aux_be, kAuxBe},     {wc.aux_have, kAuxHave},
      {wc.aux_do, kAuxDo},    {wc.modal, kModal},      {wc.neg, kNeg},
      {wc.to, kTo},           {wc.rel_pron, kRelPron}};
  std::vector<uint32_t> info(l.size(), 0);
  for (WordId w = 0; w < l.size(); ++w) {
    static_assert(kPreferVerb < (1u << 16), "PosBit sets fit in 16 bits");
    info[w] = l.PosBits(w) << 16;
  }
  for (const auto& [cls, bit] : kClosed) {
    for (WordId w : l.Members(cls)) info[w] |= bit;
  }
  return info;
}

absl::StatusOr<std::unique_ptr<Tagger>> Tagger::Create(std::shared_ptr<const Lexicon> lexicon,
                                                       const WordClasses& classes) {
  return std::unique_ptr<Tagger>(new Tagger(std::move(lexicon), classes));
}

WordId Tagger::Lookup(std::string_view token_text) const { return table_.Lookup(token_text); }

// The context of one token being tagged, with the look-ahead tests the
// decisions share.
struct Tagger::Ctx {
  const Document& doc;
  const uint32_t* info;  // Has()/Bits() values by token
  uint32_t i;
  bool sentence_start;
  Pos prev, prev2;
  bool clause_verb;
  uint32_t w = 0;     // info[i]
  uint32_t bits = 0;  // Bits(w)
  std::string_view text;

  uint32_t NextBits(uint32_t k) const { return k < doc.tokens.size() ? Bits(info[k]) : 0; }
  // Unknown words are nouns, so they count as noun-capable.
  bool NounCapable(uint32_t k) const {
    if (k >= doc.tokens.size()) return false;
    const Token& nt = doc.tokens[k];
    if (nt.kind != TokenKind::kWord) return false;
    uint32_t nw = info[k];
    uint32_t nb = Bits(nw);
    // Closed-class words first: WordNet's nouns "are", "does", "will".
    bool closed = Has(nw, kDet) || Has(nw, kPossDet) || Has(nw, kQuant) || Has(nw, kPrep) ||
                  Has(nw, kCconj) || Has(nw, kSconj) || Has(nw, kPron) || Has(nw, kAuxBe) ||
                  Has(nw, kAuxHave) || Has(nw, kAuxDo) || Has(nw, kModal) || Has(nw, kTo);
    if (closed) return false;
    return (nb & kPosNoun) || nb == 0;
  }
  // "energy, food, protectionism, and population [pressures].": the word
  // ends the last item of a list of two or more items or more with no verb
  // in them, a serial comma and "and"/"or" before the last; punctuation
  // follows. ("Prices rose, wages fell, and inflation soars" has verbs.)
  bool LastOfNounList() const {
    if (i + 1 < doc.tokens.size() && doc.tokens[i + 1].kind == TokenKind::kWord) return false;
    uint32_t k = i;
    while (k > 0 && (doc.pos[k - 1] == Pos::kNoun || doc.pos[k - 1] == Pos::kAdj ||
                     doc.pos[k - 1] == Pos::kPropn)) {
      --k;
    }
    if (k < 2 || doc.pos[k - 1] != Pos::kCconj || doc.TokenText(k - 2) != ",") return false;
    int items = 0;
    for (uint32_t j = k - 2; j > 0 && items < 8;) {
      uint32_t s = j;  // the item before the comma at j
      while (s > 0 && doc.TokenText(s - 1) != "," && doc.pos[s - 1] != Pos::kSconj &&
             doc.pos[s - 1] != Pos::kPrep && doc.pos[s - 1] != Pos::kVerb &&
             doc.pos[s - 1] != Pos::kAux && doc.pos[s - 1] != Pos::kModal &&
             doc.pos[s - 1] != Pos::kPunct && j - s < 8) {
        --s;
      }
      if (s == j) return false;
      ++items;
      if (s == 0 || doc.TokenText(s - 1) != ",") break;
      j = s - 1;
    }
    return items >= 2;
  }
  bool NextIsNpStart(uint32_t k) const {
    if (k >= doc.tokens.size()) return false;
    uint32_t nw = info[k];
    return Has(nw, kDet) || Has(nw, kPossDet) || Has(nw, kQuant) ||
           (Has(nw, kPron) && !Has(nw, kTo)) || doc.tokens[k].Has(kUpperInitial) ||
           doc.tokens[k].kind == TokenKind::kNumber;
  }
};

Pos Tagger::TagOne(Ctx& c) const {
  const Document& doc = c.doc;
  const uint32_t i = c.i;
  const Token& t = doc.tokens[i];
  switch (t.kind) {
    case TokenKind::kNumber: return Pos::kNum;
    case TokenKind::kPunct:
    case TokenKind::kHyphen: return Pos::kPunct;
    case TokenKind::kSymbol:
    case TokenKind::kUrl:
    case TokenKind::kEmail: return Pos::kSym;
    case TokenKind::kClitic: {
      std::string_view cl = doc.TokenText(i);
      if (cl == "n't") return Pos::kPart;
      // "'s" after a noun is possessive (a determiner-like marker); after a
      // pronoun it is "is".
      return c.prev == Pos::kPron ? Pos::kAux : Pos::kDet;
    }
    default: break;
  }
  c.w = c.info[i];
  c.text = doc.TokenText(i);
  c.bits = Bits(c.w);
  // Acronyms ("US", "NATO") are names, whatever their lower-case twin is.
  if (t.Has(kAllUpper) && t.end - t.begin >= 2 && t.kind == TokenKind::kWord &&
      !(i > 0 && doc.tokens[i - 1].Has(kAllUpper) &&
        doc.tokens[i - 1].end - doc.tokens[i - 1].begin >= 2)) {
    return Pos::kPropn;
  }
  if (std::optional<Pos> p = TagClosed(c)) return *p;
  return TagOpen(c);
}

std::optional<Pos> Tagger::TagClosed(const Ctx& c) const {
  const Document& doc = c.doc;
  const uint32_t* info = c.info;
  const uint32_t i = c.i;
  const Pos prev = c.prev;
  const uint32_t w = c.w;
  const std::string_view text = c.text;
  // Closed classes first, with the few ambiguous ones decided by context.
  if (Has(w, kTo)) {
    // Infinitival "to" before a base verb not also a common noun after it.
    if (i + 1 < doc.tokens.size()) {
      uint32_t nb = Bits(info[i + 1]);
      bool noun_reading = (nb & kPosNoun) && !(nb & kPreferVerb) &&
                          prev == Pos::kNoun && !c.NextIsNpStart(i + 2);
      if ((nb & kVerbBase) && !Has(info[i + 1], kDet) && !noun_reading) {
        return Pos::kPart;
      }
    }
    return Pos::kPrep;
  }
  if (Has(w, kNeg) && text != "no") return Pos::kPart;
  const WordId id = doc.word_ids[i];
  if (id == that_id_ && (text == "that" || text == "That")) return TagThat(c);
  if (Has(w, kDet) || Has(w, kPossDet) || Has(w, kQuant)) {
    // "her" and "that" are handled above or are determiners enough.
    return Pos::kDet;
  }
  if (Has(w, kModal)) return Pos::kModal;
  if (Has(w, kAuxBe) || Has(w, kAuxHave) || Has(w, kAuxDo)) {
    return Pos::kAux;
  }
  if (Has(w, kPron) || Has(w, kRelPron) ||
      (id == what_id_ && (text == "what" || text == "What"))) {
    return Pos::kPron;
  }
  if (Has(w, kCconj)) return Pos::kCconj;
  bool prep = Has(w, kPrep), sconj = Has(w, kSconj);
  if (prep && sconj) return TagPrepOrSconj(c);
  if (prep) return Pos::kPrep;
  if (sconj) return Pos::kSconj;
  return std::nullopt;
}

Pos Tagger::TagThat(const Ctx& c) const {
  const Document& doc = c.doc;
  const uint32_t* info = c.info;
  const uint32_t i = c.i;
  const Pos prev = c.prev;
  // "..., and that these casualties drove": after a conjunction and before
  // a determiner or pronoun, a complementizer.
  if (i > 0 && i + 1 < doc.tokens.size() &&
      Has(info[i - 1], kCconj) &&
      Has(info[i + 1], kDet | kPossDet | kPron)) {
    return Pos::kSconj;
  }
  // Complementizer after a verb; relative after a noun; else determiner
  // when a noun follows.
  if (prev == Pos::kVerb || prev == Pos::kAdj || prev == Pos::kAux) {
    // "help us reach that goal.": a lower-case noun and then punctuation:
    // a determiner, not the start of a clause ("claimed that Ansari and
    // Ahmed", "said that growth in China slowed" stay complementizers).
    if (prev == Pos::kVerb && i + 2 < doc.tokens.size() && c.NounCapable(i + 1) &&
        !(Bits(info[i + 1]) & kPosVerb) && !doc.tokens[i + 1].Has(kUpperInitial)) {
      const Token& after = doc.tokens[i + 2];
      if (after.kind == TokenKind::kPunct && !after.Has(kOpening)) return Pos::kDet;
    }
    return Pos::kSconj;
  }
  if (prev == Pos::kNoun || prev == Pos::kPropn || prev == Pos::kPunct ||
      prev == Pos::kPron) {
    return Pos::kPron;  // "the issues that", "ones that breed"
  }
  if (i + 1 < doc.tokens.size()) {
    // "so that the balance", "now that our forces": a determiner or a
    // pronoun opens the clause a complementizer introduces.
    if (Has(info[i + 1], kDet | kPossDet | kPron)) {
      return Pos::kSconj;
    }
    uint32_t nb = Bits(info[i + 1]);
    if (nb == 0 || (nb & kPosNoun)) return Pos::kDet;
  }
  return Pos::kPron;
}

Pos Tagger::TagPrepOrSconj(const Ctx& c) const {
  const Document& doc = c.doc;
  const uint32_t* info = c.info;
  const uint32_t i = c.i;
  // "since", "after", "before", "until", "as": a clause follows a
  // conjunction, a noun phrase a preposition. Look over a short noun
  // phrase for a finite verb.
  if (i + 1 < doc.tokens.size()) {
    uint32_t nw = info[i + 1];
    if (Has(nw, kPron) && !Has(nw, kPossDet)) return Pos::kSconj;
  }
  bool number_next = i + 1 < doc.tokens.size() &&
                     doc.tokens[i + 1].kind == TokenKind::kNumber;
  for (uint32_t k = i + 1; !number_next && k < doc.tokens.size() && k < i + 8; ++k) {
    const Token& nt = doc.tokens[k];
    if (nt.kind != TokenKind::kWord && nt.kind != TokenKind::kHyphen &&
        nt.kind != TokenKind::kClitic && nt.kind != TokenKind::kNumber) {
      break;
    }
    uint32_t nw = info[k];
    uint32_t nb = Bits(nw);
    if (k > i + 1 && (Has(nw, kAuxBe) || Has(nw, kAuxHave) ||
                      Has(nw, kModal) ||
                      ((nb & (kVerb3sg | kVerbPast)) &&
                       (!(nb & kNounPlural) || doc.tokens[k - 1].Has(kUpperInitial)) &&
                       !Has(info[k - 1], kDet)) ||
                      // A plural subject's base verb: "since Iran and Russia see".
                      ((nb & kVerbBase) && (nb & kPreferVerb) &&
                       doc.tokens[k - 1].Has(kUpperInitial) &&
                       !Has(info[k - 1], kDet)))) {
      return Pos::kSconj;
    }
    // A coordinated subject ("since Iran and Russia see") is looked over.
    if (Has(nw, kPrep) || Has(nw, kSconj) ||
        (Has(nw, kCconj) && doc.TokenText(k) != "and")) {
      break;
    }
  }
  return Pos::kPrep;
}

Pos Tagger::TagOpen(const Ctx& c) const {
  const Document& doc = c.doc;
  const uint32_t i = c.i;
  const Token& t = doc.tokens[i];
  const uint32_t bits = c.bits;
  const std::string_view text = c.text;
  const bool sentence_start = c.sentence_start;
  const Pos prev = c.prev, prev2 = c.prev2;
  const bool cap = t.Has(kUpperInitial);
  // Open classes.
  bool noun = bits & kPosNoun, verb = bits & kPosVerb, adj = bits & kPosAdj,
       adv = bits & kPosAdv;
  if (bits == 0) {
    if (cap && !sentence_start) return Pos::kPropn;
    if (text.size() > 4 && text.ends_with("ly")) return Pos::kAdv;
    return cap && t.Has(kAllUpper) ? Pos::kPropn : Pos::kNoun;
  }
  if (cap && !sentence_start && !t.Has(kAllUpper)) return Pos::kPropn;
  int kinds = noun + verb + adj + adv;
  if (kinds == 1 && !(verb && (prev == Pos::kDet) && (bits & (kVerbIng | kVerbPart)))) {
    if (noun) return Pos::kNoun;
    if (adj) return Pos::kAdj;
    if (adv) return Pos::kAdv;
  }
  // An -ing form opening a clause ("Using a ...", ", making attacks ...").
  if (verb && (bits & kVerbIng) && (sentence_start || prev == Pos::kPunct)) {
    return Pos::kVerb;
  }
  // "balance the budget and [bridge] the divide": after a conjunction in a
  // clause with a verb, a base form right before a determiner is the
  // second verb (a noun is not followed by its determiner).
  if (verb && (bits & kVerbBase) && c.clause_verb && i >= 1 && i + 1 < doc.tokens.size() &&
      doc.pos[i - 1] == Pos::kCconj && Has(c.info[i + 1], kDet | kPossDet)) {
    return Pos::kVerb;
  }
  // Context. Adverbs between are looked through by the caller (prev2).
  Pos p = prev == Pos::kAdv ? prev2 : prev;
  // "[This] fuelled inflation": a demonstrative opening a clause with no
  // verb yet, then a past form that is no adjective, is a pronoun subject
  // and its verb ("this armed group", with an adjective, stays).
  if (prev == Pos::kDet && verb && (bits & kVerbPast) && !adj && !c.clause_verb && i >= 1 &&
      (i == 1 || doc.pos[i - 2] == Pos::kPunct || doc.pos[i - 2] == Pos::kCconj ||
       doc.pos[i - 2] == Pos::kSconj) &&
      lexicon_->InClass(doc.word_ids[i - 1], demonstrative_)) {
    return Pos::kVerb;
  }
  switch (p) {
    case Pos::kDet:
    case Pos::kAdj:
    case Pos::kNum:
    case Pos::kPrep:
      if (verb && (bits & (kVerbIng | kVerbPart)) && !adj &&
          (!noun || c.NounCapable(i + 1) || doc.tokens[i + 1 < doc.tokens.size() ? i + 1 : i].Has(kUpperInitial))) {
        return Pos::kAdj;  // "the growing US influence", "armed groups"
      }
      if (adj && (!noun || c.NounCapable(i + 1))) return Pos::kAdj;
      if (noun) return Pos::kNoun;
      if (adj) return Pos::kAdj;
      return (bits & kVerbIng) ? Pos::kNoun : Pos::kAdj;
    case Pos::kModal:
    case Pos::kPart:  // infinitival to, not
      if (verb) return Pos::kVerb;
      break;
    case Pos::kAux:
      if (verb && (bits & (kVerbIng | kVerbPart | kVerbBase))) return Pos::kVerb;
      if (adj) return Pos::kAdj;
      break;
    case Pos::kPron:
      if (verb) return Pos::kVerb;
      break;
    case Pos::kVerb:
      // Object or its modifier: "established close ties".
      if (adj && c.NounCapable(i + 1)) return Pos::kAdj;
      if (noun) return Pos::kNoun;
      if (adj) return Pos::kAdj;
      break;
    case Pos::kNoun:
    case Pos::kPropn:
      if (std::optional<Pos> q = TagAfterNominal(c)) return *q;
      break;
    default:
      break;
  }
  if (verb && (bits & kVerbIng) && sentence_start) return Pos::kVerb;
  if (noun && !(bits & kPreferVerb)) return Pos::kNoun;
  if (verb) return Pos::kVerb;
  if (adj) return Pos::kAdj;
  if (noun) return Pos::kNoun;
  return Pos::kAdv;
}

std::optional<Pos> Tagger::TagAfterNominal(const Ctx& c) const {
  const Document& doc = c.doc;
  const uint32_t i = c.i;
  const uint32_t bits = c.bits;
  const bool clause_verb = c.clause_verb;
  const bool noun = bits & kPosNoun, verb = bits & kPosVerb;
  // "US influence" (compound) against "countries support" (verb): the
  // first finite-looking form of a clause without a verb is its verb.
  if (verb && (bits & kVerbIng) && !clause_verb) {
    // "drug trafficking drives" (gerund) against "countries facing".
    return noun || (c.NextBits(i + 1) & (kVerb3sg | kVerbPast)) ? Pos::kNoun
                                                                : Pos::kVerb;
  }
  if (verb && (bits & (kVerb3sg | kVerbPast)) && !(bits & kNounPlural)) {
    return Pos::kVerb;
  }
  if (verb && (bits & kVerbPast)) return Pos::kVerb;
  if (verb && (bits & kVerb3sg) && (bits & kNounPlural)) {
    // A plural subject is followed by its verb ("factors also play").
    uint32_t k = i + 1;
    while (k < doc.tokens.size() && (c.NextBits(k) & kPosAdv) &&
           !(c.NextBits(k) & (kPosNoun | kPosVerb))) {
      ++k;
    }
    uint32_t nb = c.NextBits(k);
    if ((nb & (kVerbBase | kVerbPast)) && !(nb & kNounPlural) &&
        !c.NounCapable(k + 1 < doc.tokens.size() ? k : k)) {
      return Pos::kNoun;
    }
    // "factors also play": the next word is the verb, so this one is a
    // plural noun; not when the next word is mostly a noun ("inflation
    // pushes people").
    if ((nb & kPosVerb) && (nb & (kVerbBase | kVerbPast)) &&
        !(nb & kVerb3sg) && (!(nb & kPosNoun) || (nb & kPreferVerb))) {
      return Pos::kNoun;
    }
    if (c.LastOfNounList()) return Pos::kNoun;
    if (!clause_verb || c.NextIsNpStart(i + 1)) return Pos::kVerb;
    return Pos::kNoun;
  }
  if (verb && (bits & kVerbBase) && !clause_verb &&
      (!noun || (bits & kPreferVerb))) {
    return Pos::kVerb;
  }
  if (noun) return Pos::kNoun;
  if (verb) return Pos::kVerb;
  return std::nullopt;
}

Pos Tagger::CompoundPart(const Document& doc, const uint32_t* info, uint32_t i) const {
  const Token& hyphen = doc.tokens[i - 1];
  const Token& first = doc.tokens[i - 2];
  if (hyphen.begin != first.end || doc.tokens[i].begin != hyphen.end ||
      first.end - first.begin < 3) {
    return Pos::kVerb;
  }
  Pos before = doc.pos[i - 2];
  if (before != Pos::kNoun && before != Pos::kPropn && before != Pos::kAdj &&
      before != Pos::kAdv) {
    return Pos::kVerb;
  }
  Ctx next{doc, info, i, false, before, before, false};
  return next.NounCapable(i + 1) ? Pos::kAdj : Pos::kNoun;
}

absl::Status Tagger::Process(Document* doc) const {
  const size_t n = doc->tokens.size();
  // Each token's closed classes and PosBit set, in token order: the tagger
  // reads them for every token and its neighbours.
  thread_local std::vector<uint32_t> info_by_token;
  table_.LookupAll(doc, &info_by_token);
  const uint32_t* info = info_by_token.data();
  doc->pos.assign(n, Pos::kOther);
  for (const Sentence& s : doc->sentences) {
    Pos prev = Pos::kPunct, prev2 = Pos::kPunct, before_conj = Pos::kPunct;
    bool start = true, clause_verb = false;
    for (auto [b, e] : doc->SentenceParts(s)) {
      for (uint32_t i = b; i < e; ++i) {
        // After "and"/"or", the word parallels the one before the
        // conjunction ("regional and domestic factors").
        Pos ctx = prev == Pos::kCconj ? before_conj : prev;
        Ctx c{*doc, info, i, start, ctx, prev == Pos::kCconj ? before_conj : prev2,
              clause_verb};
        Pos p = TagOne(c);
        // The second part of a hyphenated compound after a noun, adjective
        // or adverb is no verb: "decision-making" (a noun), "state-owned
        // firms", "well-trained forces" (adjectives before a noun).
        if (p == Pos::kVerb && i >= b + 2 && doc->tokens[i - 1].kind == TokenKind::kHyphen) {
          p = CompoundPart(*doc, info, i);
        }
        // A demonstrative right before a verb is its pronoun subject
        // ("[This] fuelled inflation", TagOpen).
        if (p == Pos::kVerb && i > b && doc->pos[i - 1] == Pos::kDet &&
            lexicon_->InClass(doc->word_ids[i - 1], demonstrative_)) {
          doc->pos[i - 1] = Pos::kPron;
        }
        if (p == Pos::kCconj) before_conj = prev;
        doc->pos[i] = p;
        if (p == Pos::kVerb || p == Pos::kAux || p == Pos::kModal) {
          clause_verb = true;
        } else if (p == Pos::kSconj || (p == Pos::kPron && Has(info[i], kRelPron)) ||
                   (doc->tokens[i].kind == TokenKind::kPunct &&
                    (doc->TokenText(i) == ";" || doc->TokenText(i) == ":"))) {
          clause_verb = false;
        }
        // Opening quotes and brackets keep the sentence start.
        start = start && (p == Pos::kPunct && doc->tokens[i].Has(kOpening));
        if (p != Pos::kAdv) prev2 = p;
        else prev2 = prev == Pos::kAdv ? prev2 : prev;
        prev = p;
      }
    }
  }
  return absl::OkStatus();
}

}  // namespace casus
