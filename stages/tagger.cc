#include "stages/tagger.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace casus {
namespace {

// Hash of a short word's two key words (see Tagger::short_).
inline uint64_t ShortHash(uint64_t k0, uint64_t k1) {
  return (k0 ^ (k1 * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull;
}

}  // namespace

Tagger::Tagger(std::shared_ptr<const Lexicon> lexicon)
    : lexicon_(std::move(lexicon)) {
  // One mask per word of the closed classes it is in: a load instead of a
  // class test per class in TagOne.
  const Lexicon& l = *lexicon_;
  const std::pair<const char*, uint16_t> kClosed[] = {
      {"det", kDet},       {"poss_det", kPossDet}, {"quant", kQuant},
      {"pron", kPron},     {"prep", kPrep},        {"cconj", kCconj},
      {"sconj", kSconj},   {"aux_be", kAuxBe},     {"aux_have", kAuxHave},
      {"aux_do", kAuxDo},  {"modal", kModal},      {"neg", kNeg},
      {"to", kTo},         {"rel_pron", kRelPron}};
  info_.assign(l.size(), 0);
  for (WordId w = 0; w < l.size(); ++w) {
    static_assert(kPreferVerb < (1u << 16), "PosBit sets fit in 16 bits");
    info_[w] = l.PosBits(w) << 16;
  }
  for (const auto& [name, bit] : kClosed) {
    int cls = l.FindClass(name);
    if (cls < 0) continue;  // grammar.lex lacks it
    for (WordId w : l.Members(cls)) info_[w] |= bit;
  }
  // Every ASCII word of at most 16 bytes, by its zero-padded bytes, in an
  // open-addressing table at most 5/8 full: one probe is one cache line,
  // where the lexicon's string map costs two or three for a rare word.
  size_t capacity = 1024;
  while (capacity * 5 < l.size() * 8) capacity *= 2;
  short_.assign(capacity, ShortSlot{});
  short_shift_ = 64 - __builtin_ctzll(capacity);
  for (WordId w = 1; w < l.size(); ++w) {
    const std::string& word = l.Word(w);
    if (word.empty() || word.size() > 16) continue;
    bool ascii = true;
    for (char c : word) ascii &= static_cast<unsigned char>(c) < 0x80 && c != 0;
    if (!ascii) continue;
    uint64_t k[2] = {0, 0};
    std::memcpy(k, word.data(), word.size());
    size_t i = ShortHash(k[0], k[1]) >> short_shift_;
    while (short_[i].id != kUnknownWord) i = (i + 1) & (capacity - 1);
    short_[i] = {k[0], k[1], w, info_[w]};
  }
}

absl::StatusOr<std::unique_ptr<Tagger>> Tagger::Create(
    std::shared_ptr<const Lexicon> lexicon) {
  return std::unique_ptr<Tagger>(new Tagger(std::move(lexicon)));
}

WordId Tagger::Lookup(std::string_view text) const {
  // ASCII fast path: lower-case into a stack buffer.
  char buf[64];
  if (text.size() <= sizeof buf) {
    bool ascii = true;
    for (size_t i = 0; i < text.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      if (c >= 0x80 || c == 0) {  // zero pads the short keys
        ascii = false;
        break;
      }
      buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32)
                                      : static_cast<char>(c);
    }
    if (ascii) {
      if (text.size() > 16) return lexicon_->Find(std::string_view(buf, text.size()));
      uint64_t k[2] = {0, 0};
      std::memcpy(k, buf, text.size());
      return LookupShort(k[0], k[1]).id;
    }
  }
  return lexicon_->Find(LowerWord(text));
}

const Tagger::ShortSlot& Tagger::LookupShort(uint64_t k0, uint64_t k1) const {
  const size_t mask = short_.size() - 1;
  for (size_t i = ShortHash(k0, k1) >> short_shift_;; i = (i + 1) & mask) {
    const ShortSlot& slot = short_[i];
    // An empty slot ends the probe and stands for an unknown word.
    if ((slot.k0 == k0 && slot.k1 == k1) || slot.id == kUnknownWord) return slot;
  }
}

bool Tagger::ShortKey(std::string_view text, uint32_t begin, uint32_t end, uint64_t* k0,
                      uint64_t* k1) {
#if defined(__SSE2__)
  // Sixteen bytes at once when they lie inside the text: lower-case the
  // ASCII letters and zero the bytes past the word. The same key as
  // Lookup's byte loop.
  const size_t n = end - begin;
  if (n <= 16 && begin + 16 <= text.size()) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + begin));
    const __m128i lane = _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    __m128i inside = _mm_cmplt_epi8(lane, _mm_set1_epi8(static_cast<char>(n)));
    __m128i zero = _mm_and_si128(_mm_cmpeq_epi8(v, _mm_setzero_si128()), inside);
    v = _mm_and_si128(v, inside);
    // No byte >= 0x80 and no zero byte (zeros pad the keys) in the word.
    if (_mm_movemask_epi8(_mm_or_si128(v, zero)) == 0) {
      // 'A' <= c <= 'Z' as a signed compare of c - 'A' - 128 < 26 - 128.
      __m128i upper = _mm_cmplt_epi8(
          _mm_add_epi8(_mm_sub_epi8(v, _mm_set1_epi8('A')), _mm_set1_epi8(-128)),
          _mm_set1_epi8(-128 + 26));
      v = _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
      alignas(16) uint64_t k[2];
      _mm_store_si128(reinterpret_cast<__m128i*>(k), v);
      *k0 = k[0];
      *k1 = k[1];
      return true;
    }
  }
#endif
  (void)text, (void)begin, (void)end, (void)k0, (void)k1;
  return false;
}

void Tagger::LookupAll(Document* doc, std::vector<uint32_t>* info) const {
  // In blocks: the keys of a block first, each home slot prefetched, then
  // the probes, so the table's cache misses overlap instead of queueing.
  constexpr uint32_t kBlock = 32;
  const uint32_t n = static_cast<uint32_t>(doc->tokens.size());
  doc->word_ids.resize(n);
  info->resize(n);
  uint64_t keys[kBlock][2];
  bool fast[kBlock];
  for (uint32_t base = 0; base < n; base += kBlock) {
    const uint32_t m = std::min(kBlock, n - base);
    for (uint32_t j = 0; j < m; ++j) {
      const Token& t = doc->tokens[base + j];
      fast[j] = t.kind != TokenKind::kUrl && t.kind != TokenKind::kEmail &&
                t.kind != TokenKind::kSymbol &&
                ShortKey(doc->text, t.begin, t.end, &keys[j][0], &keys[j][1]);
      if (fast[j]) {
        __builtin_prefetch(&short_[ShortHash(keys[j][0], keys[j][1]) >> short_shift_]);
      }
    }
    for (uint32_t j = 0; j < m; ++j) {
      const Token& t = doc->tokens[base + j];
      WordId id = kUnknownWord;
      uint32_t word_info = 0;
      if (fast[j]) {
        const ShortSlot& slot = LookupShort(keys[j][0], keys[j][1]);
        id = slot.id;
        word_info = slot.info;
      } else if (t.kind != TokenKind::kUrl && t.kind != TokenKind::kEmail &&
                 t.kind != TokenKind::kSymbol) {
        id = Lookup(doc->Text(t.span()));
        word_info = id < info_.size() ? info_[id] : 0;
      }
      doc->word_ids[base + j] = id;
      (*info)[base + j] = word_info;
    }
  }
}

Pos Tagger::TagOne(const Document& doc, const uint32_t* info, uint32_t i,
                   bool sentence_start, Pos prev, Pos prev2, bool clause_verb) const {
  const Token& t = doc.tokens[i];
  switch (t.kind) {
    case TokenKind::kNumber: return Pos::kNum;
    case TokenKind::kPunct:
    case TokenKind::kHyphen: return Pos::kPunct;
    case TokenKind::kSymbol:
    case TokenKind::kUrl:
    case TokenKind::kEmail: return Pos::kSym;
    case TokenKind::kClitic: {
      std::string_view c = doc.TokenText(i);
      if (c == "n't") return Pos::kPart;
      // "'s" after a noun is possessive (a determiner-like marker); after a
      // pronoun it is "is".
      return prev == Pos::kPron ? Pos::kAux : Pos::kDet;
    }
    default: break;
  }
  uint32_t w = info[i];
  std::string_view text = doc.TokenText(i);
  uint32_t bits = Bits(w);
  bool cap = t.Has(kUpperInitial);
  // Acronyms ("US", "NATO") are names, whatever their lower-case twin is.
  if (t.Has(kAllUpper) && t.end - t.begin >= 2 && t.kind == TokenKind::kWord &&
      !(i > 0 && doc.tokens[i - 1].Has(kAllUpper) &&
        doc.tokens[i - 1].end - doc.tokens[i - 1].begin >= 2)) {
    return Pos::kPropn;
  }
  auto next_bits = [&](uint32_t k) -> uint32_t {
    return k < doc.tokens.size() ? Bits(info[k]) : 0;
  };
  // Unknown words are nouns, so they count as noun-capable.
  auto noun_capable = [&](uint32_t k) {
    if (k >= doc.tokens.size()) return false;
    const Token& nt = doc.tokens[k];
    if (nt.kind != TokenKind::kWord) return false;
    uint32_t nw = info[k];
    uint32_t nb = Bits(nw);
    // Closed-class words first: WordNet's nouns "are", "does", "will".
    bool closed = Has(nw, kDet) || Has(nw, kPossDet) || Has(nw, kQuant) ||
                  Has(nw, kPrep) || Has(nw, kCconj) || Has(nw, kSconj) ||
                  Has(nw, kPron) || Has(nw, kAuxBe) || Has(nw, kAuxHave) ||
                  Has(nw, kAuxDo) || Has(nw, kModal) || Has(nw, kTo);
    if (closed) return false;
    return (nb & kPosNoun) || nb == 0;
  };
  auto next_is_np_start = [&](uint32_t k) {
    if (k >= doc.tokens.size()) return false;
    uint32_t nw = info[k];
    return Has(nw, kDet) || Has(nw, kPossDet) || Has(nw, kQuant) ||
           (Has(nw, kPron) && !Has(nw, kTo)) ||
           doc.tokens[k].Has(kUpperInitial) || doc.tokens[k].kind == TokenKind::kNumber;
  };

  // Closed classes first, with the few ambiguous ones decided by context.
  if (Has(w, kTo)) {
    // Infinitival "to" before a base verb not also a common noun after it.
    if (i + 1 < doc.tokens.size()) {
      uint32_t nb = Bits(info[i + 1]);
      bool noun_reading = (nb & kPosNoun) && !(nb & kPreferVerb) &&
                          prev == Pos::kNoun && !next_is_np_start(i + 2);
      if ((nb & kVerbBase) && !Has(info[i + 1], kDet) && !noun_reading) {
        return Pos::kPart;
      }
    }
    return Pos::kPrep;
  }
  if (Has(w, kNeg) && text != "no") return Pos::kPart;
  if (text == "that" || text == "That") {
    // "..., and that these casualties drove": after a conjunction and before
    // a determiner or pronoun, a complementizer.
    if (i > 0 && i + 1 < doc.tokens.size() &&
        Has(info[i - 1], kCconj) &&
        (Has(info[i + 1], kDet) || Has(info[i + 1], kPossDet) ||
         Has(info[i + 1], kPron))) {
      return Pos::kSconj;
    }
    // Complementizer after a verb; relative after a noun; else determiner
    // when a noun follows.
    if (prev == Pos::kVerb || prev == Pos::kAdj || prev == Pos::kAux) return Pos::kSconj;
    if (prev == Pos::kNoun || prev == Pos::kPropn || prev == Pos::kPunct ||
        prev == Pos::kPron) {
      return Pos::kPron;  // "the issues that", "ones that breed"
    }
    if (i + 1 < doc.tokens.size()) {
      uint32_t nb = Bits(info[i + 1]);
      if (nb == 0 || (nb & kPosNoun)) return Pos::kDet;
    }
    return Pos::kPron;
  }
  if (Has(w, kDet) || Has(w, kPossDet) || Has(w, kQuant)) {
    // "her" and "that" are handled above or are determiners enough.
    return Pos::kDet;
  }
  if (Has(w, kModal)) return Pos::kModal;
  if (Has(w, kAuxBe) || Has(w, kAuxHave) || Has(w, kAuxDo)) {
    return Pos::kAux;
  }
  if (Has(w, kPron) || Has(w, kRelPron) || text == "what" || text == "What") {
    return Pos::kPron;
  }
  if (Has(w, kCconj)) return Pos::kCconj;
  bool prep = Has(w, kPrep), sconj = Has(w, kSconj);
  if (prep && sconj) {
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
  if (prep) return Pos::kPrep;
  if (sconj) return Pos::kSconj;

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
  // Context. Adverbs between are looked through by the caller (prev2).
  Pos p = prev == Pos::kAdv ? prev2 : prev;
  switch (p) {
    case Pos::kDet:
    case Pos::kAdj:
    case Pos::kNum:
    case Pos::kPrep:
      if (verb && (bits & (kVerbIng | kVerbPart)) && !adj &&
          (!noun || noun_capable(i + 1) || doc.tokens[i + 1 < doc.tokens.size() ? i + 1 : i].Has(kUpperInitial))) {
        return Pos::kAdj;  // "the growing US influence", "armed groups"
      }
      if (adj && (!noun || noun_capable(i + 1))) return Pos::kAdj;
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
      if (adj && noun_capable(i + 1)) return Pos::kAdj;
      if (noun) return Pos::kNoun;
      if (adj) return Pos::kAdj;
      break;
    case Pos::kNoun:
    case Pos::kPropn:
      // "US influence" (compound) against "countries support" (verb): the
      // first finite-looking form of a clause without a verb is its verb.
      if (verb && (bits & kVerbIng) && !clause_verb) {
        // "drug trafficking drives" (gerund) against "countries facing".
        return noun || (next_bits(i + 1) & (kVerb3sg | kVerbPast)) ? Pos::kNoun
                                                                    : Pos::kVerb;
      }
      if (verb && (bits & (kVerb3sg | kVerbPast)) && !(bits & kNounPlural)) {
        return Pos::kVerb;
      }
      if (verb && (bits & kVerbPast)) return Pos::kVerb;
      if (verb && (bits & kVerb3sg) && (bits & kNounPlural)) {
        // A plural subject is followed by its verb ("factors also play").
        uint32_t k = i + 1;
        while (k < doc.tokens.size() && (next_bits(k) & kPosAdv) &&
               !(next_bits(k) & (kPosNoun | kPosVerb))) {
          ++k;
        }
        uint32_t nb = next_bits(k);
        if ((nb & (kVerbBase | kVerbPast)) && !(nb & kNounPlural) &&
            !noun_capable(k + 1 < doc.tokens.size() ? k : k)) {
          return Pos::kNoun;
        }
        if ((nb & kPosVerb) && (nb & (kVerbBase | kVerbPast)) &&
            !(nb & kVerb3sg)) {
          return Pos::kNoun;
        }
        if (!clause_verb || next_is_np_start(i + 1)) return Pos::kVerb;
        return Pos::kNoun;
      }
      if (verb && (bits & kVerbBase) && !clause_verb &&
          (!noun || (bits & kPreferVerb))) {
        return Pos::kVerb;
      }
      if (noun) return Pos::kNoun;
      if (verb) return Pos::kVerb;
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

absl::Status Tagger::Process(Document* doc) const {
  const size_t n = doc->tokens.size();
  // Each token's closed classes and PosBit set, in token order: the tagger
  // reads them for every token and its neighbours.
  thread_local std::vector<uint32_t> info_by_token;
  LookupAll(doc, &info_by_token);
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
        Pos p = TagOne(*doc, info, i, start, ctx, prev == Pos::kCconj ? before_conj : prev2,
                       clause_verb);
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
