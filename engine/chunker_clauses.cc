// The Chunker's clause-level slots (engine/chunker.h): clauses to the left
// and right, subjects, purposes, listed causes, trailing time adjuncts.
// Noun phrases are in chunker.cc.
#include "engine/chunker.h"

#include <algorithm>
#include <optional>

namespace casus {

TokenRange Chunker::ClauseRight(uint32_t k) const {
  uint32_t e = k;
  for (;;) {
    while (e < end_ && !IsBoundary(e)) {
      if (e > k && P(e) == Pos::kSconj && !AsComplement(k, e)) return TrimRight({k, e});
      // Another claim's trigger led by a function word ("to counter",
      // "because of", "in order to") starts an adjunct outside this clause;
      // a verb trigger stays inside (a cause can contain a claim), and so
      // does the "to" of a control verb's complement ("we fail to reduce X").
      if (e > k && Blocked(e) && !Blocked(e - 1) &&
          (P(e) == Pos::kPart || P(e) == Pos::kPrep || P(e) == Pos::kSconj) &&
          !(P(e) == Pos::kPart && In(e - 1, cls_.control_verb))) {
        return TrimRight({k, e});
      }
      ++e;
    }
    // "[the consumer point of view is considered in all programs, policies,
    // and regulations]": a list of noun phrases after a noun goes on.
    if (e > k && e + 1 < end_ && doc_.TokenText(e) == "," && IsHead(e - 1) && !Blocked(e)) {
      std::optional<uint32_t> l = AsideThenPhrase(e);
      if (!l) l = ListAfterComma(e);
      if (l && *l > e + 1) {
        e = *l;
        continue;
      }
    }
    // "prompted [container lines, including Maersk, to send vessels]",
    // "[Ukrenergo, the state grid operator, to impose blackouts]": an aside
    // between commas before "to" and a verb stays in the clause.
    if (e <= k || e + 1 >= end_ || doc_.TokenText(e) != ",") break;
    uint32_t c = e + 1;
    while (c < end_ && c - e < 30 && !IsBoundary(c)) ++c;
    if (c + 2 >= end_ || c == e + 1 || doc_.TokenText(c) != "," ||
        doc_.TokenText(c + 1) != "to" || P(c + 2) != Pos::kVerb) {
      break;
    }
    bool appositive = P(e + 1) == Pos::kDet;
    for (uint32_t i = e + 1; i < c && appositive; ++i) appositive = IsNpCore(i);
    if (!appositive && AsideStart(c) != e) break;
    e = c + 1;
  }
  return TrimRight({k, e});
}

bool Chunker::AsComplement(uint32_t k, uint32_t e) const {
  if (doc_.TokenText(e) != "as" || e + 1 >= end_ || !IsNpCore(e + 1)) return false;
  // A verb of regarding before, with its object between ("treat the
  // programme as"), or "such X as".
  for (uint32_t i = e; i > k && e - i < 8; --i) {
    if (In(i - 1, cls_.as_verb) && P(i - 1) == Pos::kVerb) return i < e;
    if (doc_.TokenText(i - 1) == "such") return i < e;
    if (!IsNpCore(i - 1)) return false;
  }
  return false;
}

TokenRange Chunker::ClauseLeft(uint32_t k) const {
  uint32_t s = k;
  // Adverbs right before k ("largely because") are not the clause.
  while (k > begin_ && P(k - 1) == Pos::kAdv) --k;
  s = k;
  while (s > begin_ && !IsBoundary(s - 1) && P(s - 1) != Pos::kSconj) --s;
  // Nothing but a comma before k ("..., because"): the clause before it.
  if (s == k && k > begin_ + 1 && doc_.TokenText(k - 1) == ",") {
    k = k - 1;
    s = k;
    while (s > begin_ && !IsBoundary(s - 1) && P(s - 1) != Pos::kSconj) --s;
  }
  // Leading discourse markers, conjunctions and openers are not the clause.
  while (s < k && (In(s, cls_.discourse) || P(s) == Pos::kCconj ||
                   doc_.tokens[s].Has(kOpening) ||
                   (doc_.tokens[s].kind == TokenKind::kPunct &&
                    !doc_.tokens[s].Has(kOpening)))) {
    ++s;
  }
  // A fronted prepositional adverbial ("In short,", "In 2019,", "Under the
  // deal,") is not the clause: it ends at a comma before any verb.
  if (s < k && P(s) == Pos::kPrep) {
    for (uint32_t i = s + 1; i + 1 < k && i - s <= 8; ++i) {
      if (IsVerbal(i)) break;
      if (doc_.TokenText(i) == ",") {
        s = i + 1;
        break;
      }
    }
  }
  // ", imposed in response to": a participle phrase hangs on the noun
  // phrase before the comma.
  if (s < k && s > begin_ + 1 && doc_.TokenText(s - 1) == "," && P(s) == Pos::kVerb &&
      (lex_.PosBits(doc_.word_ids[s]) & kVerbPart) &&
      !(lex_.PosBits(doc_.word_ids[s]) & kVerbIng)) {
    bool verb_only = true;
    for (uint32_t i = s + 1; i < k; ++i) verb_only &= P(i) == Pos::kAdv;
    if (verb_only) {
      TokenRange np = NpLeft(s - 1);
      if (!np.empty()) return np;
    }
  }
  return TrimRight({s, k});
}

TokenRange Chunker::Subject(uint32_t k) const {
  TokenRange r = SubjectOf(k);
  // An imperative "let" is no part of its subject: "Let [us] ensure", "let
  // [the markets] decide".
  if (r.size() >= 2 && IsLet(r.begin) &&
      (P(r.begin + 1) == Pos::kPron || IsNpCore(r.begin + 1))) {
    ++r.begin;
  }
  return r;
}

TokenRange Chunker::SubjectOf(uint32_t k) const {
  uint32_t j = k;
  while (j > begin_ && (P(j - 1) == Pos::kAux || P(j - 1) == Pos::kModal ||
                        P(j - 1) == Pos::kAdv || P(j - 1) == Pos::kPart)) {
    --j;
  }
  // "X lowered revenues and raised costs", "X must continue to support and
  // strengthen": the second of coordinated verb phrases has the first's
  // subject.
  // An imperative "let" joins the imperative before it, not that one's verb
  // ("Let us debate the issues, but let every man weigh his words").
  // "we tried [to protect]", "here we have worked to [bring]", "It will
  // continue to work to [move]": the infinitive of a control verb has that
  // verb's subject.
  if (j > begin_ && j <= k && doc_.TokenText(j) == "to" && P(j) == Pos::kPart &&
      P(j - 1) == Pos::kVerb && In(j - 1, cls_.control_verb)) {
    return Subject(j - 1);
  }
  const bool let = IsLet(k);
  if (!let && j > begin_ + 1 && P(j - 1) == Pos::kCconj) {
    if (std::optional<uint32_t> g = CoordinatedVerbGroup(j - 1)) return Subject(*g);
  }
  // "X will improve A, [provide] B, [enhance] C and assure D": a verb phrase
  // after a comma inside a list of verb phrases that "and" closes has the
  // first one's subject too.
  if (!let && j > begin_ + 1 && doc_.TokenText(j - 1) == "," && P(j) == Pos::kVerb) {
    std::optional<uint32_t> g = CoordinatedVerbGroup(j - 1);
    if (g && ClosingConjunctJoins(j, *g)) return Subject(*g);
  }
  // "the adjustments in personnel [permitted] by the end of the war": a
  // participle with its agent right after a noun modifies that noun phrase.
  if (j == k && k > begin_ && (P(k - 1) == Pos::kNoun || P(k - 1) == Pos::kPropn) &&
      P(k) == Pos::kVerb && (lex_.PosBits(doc_.word_ids[k]) & kVerbPart) && k + 1 < end_ &&
      doc_.TokenText(k + 1) == "by") {
    TokenRange np = NpLeft(k);
    if (!np.empty()) return np;
  }
  // "We brought growth by investing in our people, [expanding] exports": a
  // listed means is the main clause actor's doing, with no subject of its own.
  if (j == k && InMeansList(k)) return {k, k};
  // "Corruption undermines public trust, [leaving] citizens cynical": a
  // participle of result after an active clause with an object has that
  // clause's subject; after a passive or intransitive one ("prices spiked,
  // prompting") the clause is the cause, found below.
  if (j > begin_ + 2 && doc_.TokenText(j - 1) == "," && P(k) == Pos::kVerb &&
      (lex_.PosBits(doc_.word_ids[k]) & kVerbIng)) {
    if (std::optional<uint32_t> g = MainVerbGroup(j - 1); g && ActsOnObject(*g)) {
      return Subject(*g);
    }
  }
  if (std::optional<TokenRange> s = SubjectBeforeVerbGroup(j)) return *s;
  return SubjectFromClause(k, j);
}

TokenRange Chunker::ActionOf(TokenRange r) const {
  if (r.size() < 3) return r;
  std::optional<uint32_t> g = MainVerbGroup(r.begin, r.end);
  if (!g || *g <= r.begin) return r;
  uint32_t v = *g;  // the main verb: the group's last verbal word, not past "to"
  while (v + 1 < r.end && (IsVerbal(v + 1) || P(v + 1) == Pos::kAdv ||
                           (P(v + 1) == Pos::kPart && doc_.TokenText(v + 1) != "to"))) {
    ++v;
  }
  while (v > *g && !IsVerbal(v)) --v;
  if (P(v) != Pos::kVerb) {  // a copula: "good education is fundamental"
    TokenRange subj = TrimRight({r.begin, *g});
    return subj.empty() ? r : subj;
  }
  uint32_t o = v + 1;
  while (o < r.end && P(o) == Pos::kAdv) ++o;
  if (o < r.end && doc_.TokenText(o) == "that" && o + 1 < r.end) return {o + 1, r.end};
  if (o < r.end && (IsNpCore(o) || P(o) == Pos::kPron ||
                    (P(o) == Pos::kVerb && (lex_.PosBits(doc_.word_ids[o]) & kVerbIng)))) {
    return {o, r.end};
  }
  uint32_t s = *g;
  while (s < v && !(P(s) == Pos::kVerb)) ++s;  // past auxiliaries and modals
  return {s, r.end};
}

std::optional<uint32_t> Chunker::MainVerbGroup(uint32_t c) const {
  uint32_t s = c;
  while (s > begin_ && c - s < kMaxPhrase && P(s - 1) != Pos::kSconj &&
         doc_.TokenText(s - 1) != "," && doc_.TokenText(s - 1) != ";" &&
         doc_.TokenText(s - 1) != ":") {
    --s;
  }
  return MainVerbGroup(s, c);
}

std::optional<uint32_t> Chunker::MainVerbGroup(uint32_t s, uint32_t c) const {
  for (uint32_t i = s + 1; i < c; ++i) {  // a subject comes first
    if (!IsVerbal(i)) continue;
    // A participle after a noun and before a preposition modifies the noun
    // ("routes controlled by smugglers").
    bool modifier = P(i) == Pos::kVerb && (P(i - 1) == Pos::kNoun || P(i - 1) == Pos::kPropn) &&
                    (lex_.PosBits(doc_.word_ids[i]) & (kVerbIng | kVerbPart)) &&
                    i + 1 < c && P(i + 1) == Pos::kPrep;
    if (!modifier) return i;
  }
  return std::nullopt;
}

bool Chunker::ActsOnObject(uint32_t g) const {
  uint32_t v = g;  // the verb group's last verb
  bool be = false;
  while (v + 1 < end_ && (IsVerbal(v + 1) || P(v + 1) == Pos::kAdv || P(v + 1) == Pos::kPart)) {
    be |= In(v, cls_.aux_be);
    ++v;
  }
  while (v > g && !IsVerbal(v)) --v;
  if (P(v) != Pos::kVerb) return false;
  if (be && (lex_.PosBits(doc_.word_ids[v]) & kVerbPart) &&
      !(lex_.PosBits(doc_.word_ids[v]) & kVerbIng)) {
    return false;  // passive: "has been held"
  }
  uint32_t o = v + 1;
  while (o < end_ && P(o) == Pos::kAdv) ++o;
  if (o >= end_) return false;
  // "grown more than tenfold" is a measure, no object; "flew more than
  // 35,000 sorties" has one.
  std::string_view w = doc_.TokenText(o);
  if ((w == "more" || w == "less") && o + 1 < end_ && doc_.TokenText(o + 1) == "than") {
    return o + 3 < end_ && P(o + 2) == Pos::kNum && IsNpCore(o + 3);
  }
  Pos p = P(o);
  return p == Pos::kDet || p == Pos::kNoun || p == Pos::kPropn || p == Pos::kAdj ||
         p == Pos::kNum || p == Pos::kPron;
}

bool Chunker::InMeansList(uint32_t k) const {
  // The tagger may read a gerund after "by" as a noun or an adjective ("by
  // investing", "through lowering tariffs").
  auto gerund = [this](uint32_t i) {
    return (P(i) == Pos::kVerb || P(i) == Pos::kNoun || P(i) == Pos::kAdj) &&
           !doc_.word_ids.empty() &&
           (lex_.PosBits(doc_.word_ids[i]) & kVerbIng);
  };
  if (k < begin_ + 2 || doc_.TokenText(k - 1) != "," || P(k) != Pos::kVerb || !gerund(k)) {
    return false;
  }
  uint32_t c = k - 1;  // the comma before the current item
  for (int items = 0; items < 8; ++items) {
    // The item before the comma: back to a comma, "by"/"through" or a
    // boundary.
    uint32_t i = c;
    while (i > begin_ && c - i < kMaxPhrase && doc_.TokenText(i - 1) != "," &&
           !IsBoundary(i - 1) && doc_.TokenText(i - 1) != "by" &&
           doc_.TokenText(i - 1) != "through") {
      --i;
    }
    if (i == c || i <= begin_ || !gerund(i)) return false;
    std::string_view before = doc_.TokenText(i - 1);
    if (before == "by" || before == "through") return true;
    if (before != ",") return false;
    c = i - 1;
  }
  return false;
}

std::optional<uint32_t> Chunker::CoordinatedVerbGroup(uint32_t c) const {
  std::optional<uint32_t> found;
  // A serial comma before the conjunction ("A, B, and assure C").
  if (c > begin_ + 1 && doc_.TokenText(c - 1) == ",") --c;
  for (int hops = 0; hops < 6; ++hops) {
    // The nearest verb before the conjunction, in its clause.
    uint32_t i = c;
    while (i > begin_ && c - i < kMaxPhrase && !IsBoundary(i - 1) &&
           P(i - 1) != Pos::kSconj && !IsVerbal(i - 1)) {
      --i;
    }
    if (i <= begin_ || !IsVerbal(i - 1)) break;
    // Back to the start of its verb group ("must continue to support").
    uint32_t g = i - 1;
    while (g > begin_ && (IsVerbal(g - 1) || P(g - 1) == Pos::kAdv || P(g - 1) == Pos::kPart)) {
      --g;
    }
    if (g <= begin_) break;  // no subject before it
    found = g;
    // A list of verb phrases ("strengthen X, maintain Y and make Z"): the
    // first of them.
    if (doc_.TokenText(g - 1) != "," || P(g) != Pos::kVerb) break;
    c = g - 1;
  }
  return found;
}

bool Chunker::ClosingConjunctJoins(uint32_t j, uint32_t g) const {
  for (uint32_t m = j + 1; m + 1 < end_ && m - j < kMaxPhrase; ++m) {
    std::string_view s = doc_.TokenText(m);
    if (s == ";" || s == ":" || doc_.tokens[m].Has(kSentenceFinal)) return false;
    if (P(m) != Pos::kCconj) continue;
    uint32_t v = m + 1;
    while (v < end_ && P(v) == Pos::kAdv) ++v;
    if (v < end_ && IsVerbal(v)) return CoordinatedVerbGroup(m) == g;
  }
  return false;
}

std::optional<TokenRange> Chunker::SubjectBeforeVerbGroup(uint32_t j) const {
  if (j > begin_ && In(j - 1, cls_.rel_pron)) return NpLeft(j);
  // "what constitutes", "it set the stage": a pronoun subject.
  std::string_view prev_word = j > begin_ ? doc_.TokenText(j - 1) : "";
  bool wh = prev_word == "what" || prev_word == "What";
  if (j > begin_ && P(j - 1) == Pos::kPron &&
      (wh || j - 1 == begin_ ||
       (P(j - 2) != Pos::kPrep && P(j - 2) != Pos::kVerb && P(j - 2) != Pos::kPart))) {
    return TokenRange{j - 1, j};
  }
  // "X, which in turn fuelled": an adverbial phrase after the pronoun.
  if (j >= begin_ + 3 && P(j - 2) == Pos::kPrep && In(j - 1, cls_.adverbial_noun) &&
      In(j - 3, cls_.rel_pron)) {
    return NpLeft(j - 2);
  }
  // "X, which now rivals Y, could", "X, meanwhile, threatens", "X, probably
  // worsened by Y, has": an aside between commas before the verb; the
  // subject is the noun phrase before it.
  if (j > begin_ + 2 && doc_.TokenText(j - 1) == ",") {
    uint32_t c = AsideStart(j - 1);
    if (c != j - 1) {
      TokenRange np = NpLeft(c);
      if (!np.empty()) return np;
    }
  }
  // "X – especially Y – are": a dash aside before the verb.
  if (j > begin_ + 2 && doc_.tokens[j - 1].Has(kDash)) {
    for (uint32_t i = j - 1; i > begin_ + 1 && j - i < 30; --i) {
      if (doc_.tokens[i - 1].Has(kDash)) {
        TokenRange np = NpLeft(i - 1);
        if (!np.empty()) return np;
        break;
      }
      if (doc_.TokenText(i - 1) == ";" || doc_.TokenText(i - 1) == ":") break;
    }
  }
  return std::nullopt;
}

TokenRange Chunker::SubjectFromClause(uint32_t k, uint32_t j) const {
  // "these casualties in turn drove": a bare prepositional adverbial ("in
  // turn", "in fact", "by contrast") between subject and verb.
  if (j >= begin_ + 3 && P(j - 2) == Pos::kPrep && In(j - 1, cls_.adverbial_noun) &&
      (IsHead(j - 3) || P(j - 3) == Pos::kPron)) {
    j -= 2;
  }
  TokenRange r = ClauseLeft(j);
  if (r.empty() && j > begin_ && doc_.TokenText(j - 1) == ",") {
    // "Russia, which regarded ..., sought": skip the relative clause.
    for (uint32_t i = j - 1; i > begin_ + 1; --i) {
      if (In(i, cls_.rel_pron) && doc_.TokenText(i - 1) == ",") {
        return NpLeft(i - 1);
      }
      if (doc_.TokenText(i - 1) == ";") break;
    }
    // "X, strengthened by Y,": the noun phrase the participle modifies.
    return NpLeft(j - 1);
  }
  // "X, set up by Y, was": the clause before the verb is a participle
  // phrase between commas; the subject is the noun phrase before it.
  if (!r.empty() && r.begin > begin_ + 1 && doc_.TokenText(r.begin - 1) == "," &&
      P(r.begin) == Pos::kVerb && (lex_.PosBits(doc_.word_ids[r.begin]) & kVerbPart)) {
    TokenRange np = NpLeft(r.begin - 1);
    if (!np.empty()) return np;
  }
  // A list subject "A, B and C have turned": extend over earlier items that
  // are noun phrases (no verb) separated by commas.
  while (!r.empty() && r.begin > begin_ + 1 && doc_.TokenText(r.begin - 1) == ",") {
    uint32_t s2 = r.begin - 1;
    while (s2 > begin_ && !IsBoundary(s2 - 1) && P(s2 - 1) != Pos::kSconj) --s2;
    bool has_head = false, has_verb = false;
    for (uint32_t i = s2; i < r.begin - 1; ++i) {
      has_head |= IsHead(i);
      Pos p = P(i);
      has_verb |= p == Pos::kVerb || p == Pos::kAux || p == Pos::kModal ||
                  In(i, cls_.discourse);
    }
    if (!has_head || has_verb || P(s2) == Pos::kPrep) break;  // "In short, X"
    r.begin = s2;
  }
  bool content = false;
  for (uint32_t i = r.begin; i < r.end; ++i) content |= IsHead(i);
  // A demonstrative standing alone is a pronoun subject ("This resulted").
  if (!content && r.size() == 1 && P(r.begin) == Pos::kDet) {
    std::string_view w = doc_.TokenText(r.begin);
    if (w == "This" || w == "this" || w == "That" || w == "that" ||
        w == "These" || w == "these" || w == "Those" || w == "those") {
      return r;
    }
  }
  if (!content) return {k, k};
  return r;
}

TokenRange Chunker::CutTimeAdjuncts(TokenRange r) const {
  for (;;) {
    // Back over the time phrase: numbers, months, time and filler words.
    uint32_t i = r.end;
    bool time = false;
    while (i > r.begin) {
      uint32_t k = i - 1;
      const Token& t = doc_.tokens[k];
      if (t.kind == TokenKind::kNumber) {
        time |= IsYear(k);
      } else if (In(k, cls_.month) || In(k, cls_.time_word)) {
        time = true;
      } else if (!In(k, cls_.time_filler) && t.kind != TokenKind::kPunct) {
        break;
      }
      --i;
    }
    // i: the first token of the time phrase; before it, a time preposition
    // with something left before that, or a head word the bare time phrase
    // follows ("further tax reductions [this year]", "prosper [tomorrow]").
    if (time && i < r.end && i > r.begin && IsHead(i - 1) && P(i - 1) != Pos::kNum &&
        P(i) != Pos::kPrep && doc_.tokens[i].kind != TokenKind::kPunct) {
      TokenRange cut = TrimRight({r.begin, i});
      if (!cut.empty()) return cut;
    }
    if (!time || i == r.end || i <= r.begin + 1 || !In(i - 1, cls_.time_prep) ||
        P(i - 1) != Pos::kPrep) {
      return r;
    }
    TokenRange cut = TrimRight({r.begin, i - 1});
    if (cut.empty()) return r;
    r = cut;
  }
}

TokenRange Chunker::WithComplement(TokenRange r) const {
  const uint32_t e = r.end;
  if (r.empty() || e + 1 >= end_ || Blocked(e) || !IsHead(e - 1)) return r;
  std::string_view w = doc_.TokenText(e);
  const bool relative = w == "who" || w == "whom" || (w == "that" && P(e) != Pos::kDet);
  const bool infinitive = w == "to" && P(e) == Pos::kPart && P(e + 1) == Pos::kVerb &&
                          (lex_.PosBits(doc_.word_ids[e + 1]) & kVerbBase);
  if (!relative && !infinitive) return r;
  TokenRange c = ClauseRight(e + 1);
  if (c.empty() || c.end - e > 25) return r;
  bool verb = infinitive;  // a relative clause has a verb ("that money" is none)
  for (uint32_t i = e; i < c.end; ++i) {
    if (Blocked(i)) return r;
    verb |= IsVerbal(i);
  }
  if (!verb) return r;
  return {r.begin, c.end};
}

TokenRange Chunker::CutReportingClause(TokenRange r) const {
  uint32_t cut = r.begin;
  bool subject = false;
  for (uint32_t i = r.begin; i + 1 < r.end; ++i) {
    const Pos p = P(i);
    // The verb heads a report when no auxiliary comes before it ("has
    // been held") and a clause follows, not a preposition ("conferences
    // held in").
    if (i > r.begin && subject && p == Pos::kVerb && In(i, cls_.clause_report) &&
        P(i - 1) != Pos::kAux) {
      uint32_t next = i + 1;
      while (next < r.end && P(next) == Pos::kAdv) ++next;  // "believes firmly that"
      if (next < r.end && doc_.TokenText(next) == "that") ++next;
      if (next < r.end && P(next) != Pos::kPrep && P(next) != Pos::kVerb &&
          P(next) != Pos::kPunct && P(next) != Pos::kCconj) {
        cut = next;
        subject = false;  // a second report needs its own subject
        continue;
      }
    }
    if (IsVerbal(i)) {
      if (p == Pos::kVerb) subject = false;
      continue;
    }
    subject |= IsHead(i) || p == Pos::kPron;
  }
  if (cut == r.begin || cut >= r.end) return r;
  for (uint32_t i = cut; i < r.end; ++i) {
    if (IsHead(i) || P(i) == Pos::kPron) return {cut, r.end};
  }
  return r;
}

TokenRange Chunker::CutLeadingConnective(TokenRange r) const {
  while (r.size() > 1) {
    // "that" is cut only before a determiner: the tagger's complementizer
    // may be a determiner ("achieve that purpose"); a discourse or focus
    // adverb or a time word alone only before a determiner, a pronoun or a
    // name ("[Thereby] each of us", "[tonight] Colombia", not "[then]
    // prices").
    const Pos next = P(r.begin + 1);
    if (doc_.TokenText(r.begin) == "that") {
      if (next != Pos::kDet) break;
    } else if (In(r.begin, cls_.discourse) || In(r.begin, cls_.focus_adverb) ||
               In(r.begin, cls_.time_word)) {
      if (next != Pos::kDet && next != Pos::kPron && next != Pos::kPropn) break;
    } else if (P(r.begin) != Pos::kCconj && P(r.begin) != Pos::kSconj) {
      break;
    }
    ++r.begin;
  }
  return r;
}

TokenRange Chunker::CutToRelativeSubject(TokenRange r) const {
  if (r.size() < 3) return r;
  for (uint32_t w = r.end - 1; w > r.begin; --w) {
    if (IsVerbal(w)) return r;  // the relative clause's verb is in r
    std::string_view t = doc_.TokenText(w);
    if ((t == "which" || t == "whom") && P(w - 1) == Pos::kPrep && w + 1 < r.end) {
      for (uint32_t i = w + 1; i < r.end; ++i) {
        if (IsHead(i) || P(i) == Pos::kPron) return {w + 1, r.end};
      }
      return r;
    }
  }
  return r;
}

TokenRange Chunker::CutLeadingAdjunct(TokenRange r) const {
  if (r.size() < 3 || !In(r.begin, cls_.time_prep) || P(r.begin) != Pos::kPrep) return r;
  uint32_t i = r.begin + 1;
  uint32_t cut = i;  // the first token after the adjunct; i: none found
  // A time phrase: up to its last year, month or time word, a day after a
  // month ("On August 14"), "'s" after a decade ("the late 1950's"), years
  // joined by "and" ("In 1947 and 1948") and "last" or "next" after a month
  // ("In the month of August last").
  for (uint32_t j = i; j < r.end; ++j) {
    const Token& t = doc_.tokens[j];
    std::string_view w = doc_.TokenText(j);
    const bool after_month = j > i && In(j - 1, cls_.month);
    if (t.kind == TokenKind::kNumber) {
      if (IsYear(j) || after_month) cut = j + 1;
    } else if (In(j, cls_.month) || In(j, cls_.time_word)) {
      cut = j + 1;
    } else if (cut == j && IsYear(j - 1) && (w == "'s" || w == "\u2019s")) {
      cut = j + 1;
    } else if (cut == j && IsYear(j - 1) && (w == "'" || w == "\u2019") && j + 1 < r.end &&
               doc_.TokenText(j + 1) == "s") {
      cut = j + 2;  // the scanner splits "1950's" after a number: "1950" "'" "s"
      ++j;
    } else if (cut == j && after_month && (w == "last" || w == "next")) {
      cut = j + 1;
    } else if (cut == j && w == "and" && j + 1 < r.end && IsYear(j + 1)) {
      continue;
    } else if (!In(j, cls_.time_filler)) {
      break;
    }
  }
  if (cut == i) {
    // A place entity right after the preposition, then a determiner or
    // pronoun opening the noun phrase ("In Western Europe our policy").
    auto ent = std::lower_bound(doc_.entities.begin(), doc_.entities.end(), i,
                                [](const Entity& x, uint32_t t) { return x.token_begin < t; });
    if (ent == doc_.entities.end() || ent->token_begin != i || ent->token_end >= r.end ||
        (ent->type != EntityType::kCity && ent->type != EntityType::kCountry &&
         ent->type != EntityType::kRegion)) {
      return r;
    }
    Pos next = P(ent->token_end);
    if (next != Pos::kDet && next != Pos::kPron) return r;
    cut = ent->token_end;
  }
  if (cut >= r.end || P(cut) == Pos::kPrep || doc_.TokenText(cut) == ",") return r;
  bool head = false;
  for (uint32_t j = cut; j < r.end && !head; ++j) head |= IsHead(j);
  if (!head) return r;
  return {cut, r.end};
}

bool Chunker::IsYear(uint32_t k) const {
  std::string_view t = doc_.TokenText(k);
  if (t.size() != 4 && !(t.size() == 5 && t.back() == 's')) return false;  // 2016, 1990s
  return (t[0] == '1' || t[0] == '2') && t[1] >= '0' && t[1] <= '9' && t[2] >= '0' &&
         t[2] <= '9' && t[3] >= '0' && t[3] <= '9';
}

std::vector<TokenRange> Chunker::ListedCauses(TokenRange cause, TokenRange effect) const {
  if (cause.empty() || effect.empty() || effect.end >= end_ || cause.end > effect.begin ||
      !In(cause.end - 1, cls_.cause_noun)) {
    return {};
  }
  for (uint32_t i = cause.begin; i + 1 < cause.end; ++i) {
    Pos p = P(i);
    if (p != Pos::kDet && p != Pos::kAdj && p != Pos::kNum && p != Pos::kAdv) return {};
  }
  uint32_t k = effect.end;
  if (!In(k, cls_.list_verb)) return {};
  ++k;
  if (k < end_ && doc_.TokenText(k) == ":") ++k;
  uint32_t e = end_;
  while (e > k && doc_.tokens[e - 1].kind == TokenKind::kPunct) --e;
  if (e <= k || NpRight(k).empty()) {
    // "X include:" needs a phrase; a gerund phrase is one too.
    if (e <= k || !(lex_.PosBits(doc_.word_ids[k]) & kVerbIng)) return {};
  }
  std::vector<TokenRange> items;
  uint32_t start = k;
  for (uint32_t i = k; i < e; ++i) {
    if (doc_.TokenText(i) == ";") {
      if (i > start) items.push_back({start, i});
      start = i + 1;
    }
  }
  if (items.empty()) return {{k, e}};  // the caller splits coordination
  if (e > start) items.push_back({start, e});
  // "; and C": the conjunction opens the last item.
  for (TokenRange& r : items) {
    if (r.size() > 1 && P(r.begin) == Pos::kCconj) ++r.begin;
  }
  return items;
}

uint32_t Chunker::AsideStart(uint32_t close) const {
  uint32_t c = close;
  while (c > begin_ && close - c < 30 && doc_.TokenText(c - 1) != "," &&
         !IsBoundary(c - 1)) {
    --c;
  }
  if (c <= begin_ + 1 || doc_.TokenText(c - 1) != ",") return close;
  uint32_t open = c - 1, a = c;
  if (a >= close) return close;
  // A relative clause, also after a preposition: ", under which"; "when"
  // and "where" after a noun (", when the world tolerated Y,").
  if (In(a, cls_.rel_pron) && P(a) != Pos::kDet) return open;
  if (In(a, cls_.aside_wh) && IsHead(open - 1)) return open;
  if (a + 1 < close && P(a) == Pos::kPrep && In(a + 1, cls_.rel_pron)) return open;
  // "rather than Y", "not Y", "like Y", "such as Y", "including Y".
  if (In(a, cls_.aside_opener)) return open;
  uint32_t i = a;
  while (i < close && P(i) == Pos::kAdv) ++i;
  // A participle phrase: ", probably worsened by climate change,".
  if (i < close && P(i) == Pos::kVerb && (lex_.PosBits(doc_.word_ids[i]) & kVerbPart) &&
      !(lex_.PosBits(doc_.word_ids[i]) & kVerbIng)) {
    return open;
  }
  // An adjective phrase without a verb: ", already severe in the north,".
  if (i < close && P(i) == Pos::kAdj) {
    bool verb = false;
    for (uint32_t t = i; t < close; ++t) {
      verb |= IsVerbal(t);
    }
    if (!verb) return open;
  }
  // Only adverbs and discourse markers: ", meanwhile,".
  bool only_adverbs = true;
  for (uint32_t t = a; t < close; ++t) {
    only_adverbs &= P(t) == Pos::kAdv || In(t, cls_.discourse);
  }
  if (only_adverbs) return open;
  // A reporting aside: ", they said,", ", he argued,".
  if (close - a == 2 && P(a) == Pos::kPron && P(a + 1) == Pos::kVerb) return open;
  // A prepositional aside without a verb: ", in turn,", ", for example,".
  if (P(a) == Pos::kPrep) {
    for (uint32_t t = a; t < close; ++t) {
      if (IsVerbal(t)) return close;
    }
    return open;
  }
  return close;
}

TokenRange Chunker::PurposeCause(uint32_t k) const {
  // A series of purposes: "implement [the agreement] to protect X, to
  // stimulate Y, (and) to support Z", "to protect X and to stimulate Y": a
  // later item shares the first one's
  // cause. The item before is "to" and a verb with no other verb, clause
  // mark or comma up to the comma before k, and it follows no verb (which
  // would make it a complement: "need to cut X, to create Y").
  if (k + 1 < end_ && doc_.TokenText(k) == "to") {
    uint32_t c = k;
    bool conj = false;
    if (c > begin_ && P(c - 1) == Pos::kCconj) {
      --c;
      conj = true;
    }
    // The scan starts before the comma, or at a conjunction with none ("to
    // protect X and to stimulate Y").
    uint32_t from = 0;
    if (c > begin_ + 2 && doc_.TokenText(c - 1) == ",") {
      from = c - 1;
    } else if (conj && c > begin_ + 2) {
      from = c;
    }
    if (from > 0) {
      for (uint32_t i = from; i > begin_ + 1 && from - i < 19; --i) {
        const uint32_t t = i - 1;
        if (doc_.TokenText(t) == "to" && P(i) == Pos::kVerb) {
          if (!IsVerbal(t - 1) && P(t - 1) != Pos::kPart) return PurposeCause(t);
          break;
        }
        if ((IsVerbal(t) && doc_.TokenText(t - 1) != "to") || IsBoundary(t) ||
            doc_.TokenText(t) == "," ||
            P(t) == Pos::kSconj || In(t, cls_.rel_pron)) {
          break;
        }
      }
    }
  }
  uint32_t j = k;
  while (j > begin_ && P(j - 1) == Pos::kAdv) --j;
  // A parenthetical before the purpose (", with international support,").
  if (j > begin_ + 2 && doc_.TokenText(j - 1) == ",") {
    --j;
    for (uint32_t i = j; i > begin_ && j - i < 10; --i) {
      if (doc_.TokenText(i - 1) == ",") {
        j = i - 1;
        break;
      }
      if (P(i - 1) == Pos::kVerb || P(i - 1) == Pos::kAux) break;
    }
  }
  while (j > begin_ && (P(j - 1) == Pos::kAdv || doc_.TokenText(j - 1) == ",")) --j;
  if (j <= begin_) return {k, k};
  uint32_t prev = j - 1;
  if (P(prev) == Pos::kVerb) {
    if (In(prev, cls_.control_verb)) {  // "Russia sought to"
      // "the strength [we] need to win", "the tools [they] need to get": a
      // pronoun subject of a relative clause with no pronoun is the noun's.
      TokenRange subj = Subject(prev);
      if (subj.size() == 1 && P(subj.begin) == Pos::kPron && subj.begin > begin_ &&
          P(subj.begin - 1) == Pos::kNoun) {
        // Not an adverb the tagger read as a noun opening the sentence ("Now
        // we need to").
        TokenRange noun = NpLeft(subj.begin);
        if (!noun.empty() && (noun.begin > begin_ || P(noun.begin) == Pos::kDet)) return noun;
      }
      return subj;
    }
    // A passive: "[The operation of our postal system has been modernized]
    // to get": the verb phrase has no object, its clause is the action; a
    // measure put in place is its subject ("[Troops] were deployed to").
    if (lex_.PosBits(doc_.word_ids[prev]) & kVerbPart) {
      uint32_t b = prev;
      while (b > begin_ && P(b - 1) == Pos::kAdv) --b;
      if (b > begin_ && In(b - 1, cls_.aux_be)) {
        if (In(prev, cls_.purpose_object_verb)) {
          TokenRange subj = Subject(prev);
          if (!subj.empty() && subj.end < prev) return subj;
        }
        TokenRange clause = ClauseLeft(j);
        if (clause.begin < b - 1) return clause;
      }
    }
    return {prev, j};  // an intransitive action: "they met to"
  }
  // An adjective after its noun: "a deterrent adequate to", "forces strong
  // enough to".
  {
    uint32_t a = prev;
    if (doc_.TokenText(a) == "enough" && a > begin_ + 1 && P(a - 1) == Pos::kAdj) --a;
    if (P(a) == Pos::kAdj && a > begin_ && IsHead(a - 1)) j = a;
  }
  // A bracketed aside right before the purpose: "troops to KFOR (the
  // Kosovo Force) to".
  uint32_t phrase_end = j;
  if (doc_.tokens[j - 1].Has(kClosing)) {
    for (uint32_t i = j - 1; i > begin_ && j - i < 12; --i) {
      if (doc_.tokens[i - 1].Has(kOpening)) {
        j = i - 1;
        break;
      }
    }
  }
  TokenRange obj = NpLeft(j);
  if (obj.empty()) return {k, k};
  // "the government's failure to halt", "the capacity of states to
  // contain": the clause completes a noun.
  for (uint32_t i = obj.begin; i < obj.end; ++i) {
    if (In(i, cls_.to_noun) && (P(i) == Pos::kNoun)) return {k, k};
  }
  // Adjunct prepositional phrases after the object ("deployed [troops] at
  // its base near Dushanbe to"): step back over up to three of them to the
  // noun phrase that follows the verb. The object is that noun phrase; the
  // verb phrase keeps the adjuncts.
  uint32_t v = obj.begin;
  bool prep = false, adjunct = false;
  for (int hops = 0;; ++hops) {
    while (v > begin_ && P(v - 1) == Pos::kAdv) --v;
    if (v > begin_ && P(v - 1) == Pos::kVerb) break;
    // A particle or a verb's preposition between verb and object: "set up
    // [a fund] to", "agree on [clear rules] to".
    if (v > begin_ + 1 && P(v - 1) == Pos::kPrep && P(v - 2) == Pos::kVerb) {
      prep = true;
      --v;
      break;
    }
    if (hops == 3 || v <= begin_ + 1 || P(v - 1) != Pos::kPrep) break;
    TokenRange np = NpLeft(v - 1);
    if (np.empty()) break;
    obj = np;
    v = np.begin;
    adjunct = true;
  }
  if (v <= begin_ || P(v - 1) != Pos::kVerb) return {k, k};  // "efforts to"
  uint32_t verb = v - 1;
  // "the efforts being made by many nations to achieve": a participle on a
  // noun whose "to" clause completes it is that noun's purpose.
  {
    uint32_t n = verb;
    if (n > begin_ && doc_.TokenText(n - 1) == "being") --n;
    if (n > begin_ && (lex_.PosBits(doc_.word_ids[verb]) & kVerbPart) &&
        P(n - 1) == Pos::kNoun && In(n - 1, cls_.to_noun)) {
      return {k, k};
    }
  }
  // "urged Iran to" has no action; "agreed on rules to" and "chose
  // engagement over confrontation to" have.
  if (!prep && !adjunct && In(verb, cls_.control_verb)) return {k, k};
  // "proposed urgent action to improve", "outlined a program to reduce":
  // a proposal's purpose is the plan's, on a noun, not an action's.
  if (!adjunct && In(verb, cls_.proposal_verb)) return {k, k};
  if (In(verb, cls_.purpose_object_verb)) {
    // The destination is no part of the object: "deployed [the National
    // Guard] to the southern border to curb".
    for (uint32_t i = obj.begin + 1; i < obj.end; ++i) {
      if (P(i) == Pos::kPrep && In(i, cls_.destination_prep)) {
        obj.end = i;
        break;
      }
    }
    return obj;
  }
  return TrimRight({verb, phrase_end});
}

std::vector<TokenRange> Chunker::FollowingClauses(TokenRange r) const {
  std::vector<TokenRange> out;
  uint32_t at = r.end;
  bool closed = false;
  while (!closed && at + 1 < end_ && doc_.TokenText(at) == ",") {
    uint32_t b = at + 1;
    if (P(b) == Pos::kCconj && (doc_.TokenText(b) == "and" || doc_.TokenText(b) == "or")) {
      closed = true;
      ++b;
    }
    if (b >= end_) return {};
    const Pos first = P(b);
    if (first != Pos::kDet && first != Pos::kNoun && first != Pos::kPropn &&
        first != Pos::kAdj && first != Pos::kPron && first != Pos::kNum) {
      return {};
    }
    TokenRange c = ClauseRight(b);
    bool verb = false;
    for (uint32_t i = c.begin; i < c.end; ++i) verb |= IsVerbal(i);
    if (c.empty() || !verb) return {};
    out.push_back(c);
    at = c.end;
  }
  // Three clauses or more, and the list ends the sentence (or its part
  // before ";"). Two ("Because X, A, and B") leave B its own clause: it may
  // be a new statement, not a second consequence.
  if (!closed || out.size() < 2 || (at < end_ && doc_.TokenText(at) != ";" && !doc_.tokens[at].Has(kSentenceFinal))) {
    return {};
  }
  return out;
}

uint32_t Chunker::NextComma(uint32_t k) const {
  for (uint32_t i = k; i < end_; ++i) {
    if (doc_.TokenText(i) == ",") return i;
  }
  return end_;
}

}  // namespace casus
