#include "stages/claim_normalizer.h"

#include <algorithm>
#include <cstdio>
#include <optional>

#include "absl/container/inlined_vector.h"

#include "pipeline/status_macros.h"

namespace casus {

absl::StatusOr<std::unique_ptr<ClaimNormalizer>> ClaimNormalizer::Create(
    std::shared_ptr<const NormalizeRules> rules, std::shared_ptr<const Lexicon> lexicon,
    const WordClasses& classes, std::shared_ptr<const ConceptInventory> concepts) {
  std::unique_ptr<ClaimNormalizer> n(new ClaimNormalizer);
  n->rules_ = std::move(rules);
  n->lexicon_ = std::move(lexicon);
  n->concepts_ = std::move(concepts);
  n->light_word_ = classes.light_word;
  n->aux_be_ = classes.aux_be;
  n->reference_first_.Build(n->rules_->references(), *n->lexicon_);
  n->lemma_form_.Build(n->rules_->lemmas(), *n->lexicon_);
  n->concept_first_.Build(n->rules_->concepts(), *n->lexicon_);
  if (n->concepts_ != nullptr) {
    n->phrase_first_.Build(n->concepts_->phrases(), *n->lexicon_);
    n->direction_word_.Build(n->concepts_->directions(), *n->lexicon_);
  }
  return n;
}

std::vector<std::string> ClaimNormalizer::Resolve(const Document& doc, uint32_t at,
                                                  EntityType type, int count) const {
  constexpr int kSentencesBack = 2;  // the reference's sentence and two before
  int sentence = doc.SentenceOfToken(at);
  if (sentence < 0) return {};
  auto it = std::lower_bound(doc.entities.begin(), doc.entities.end(), at,
                             [](const Entity& x, uint32_t t) { return x.token_begin < t; });
  std::vector<std::string> found;
  // Sentence by sentence backwards: the first sentence that brings the
  // count of distinct candidates to `count` or more decides; more than
  // `count` is ambiguous.
  for (int s = sentence; s >= std::max(0, sentence - kSentencesBack); --s) {
    uint32_t floor = doc.sentences[s].token_begin;
    while (it != doc.entities.begin() && std::prev(it)->token_begin >= floor) {
      --it;
      const std::string* norm = &it->norm;
      if (it->type != type) {
        // A capital names its state ("Moscow and Tehran ... both governments").
        auto capital = it->type == EntityType::kCity && type == EntityType::kCountry
                           ? rules_->capitals().find(it->norm)
                           : rules_->capitals().end();
        if (capital == rules_->capitals().end()) continue;
        norm = &capital->second;
      }
      if (std::find(found.begin(), found.end(), *norm) == found.end()) found.push_back(*norm);
    }
    if (static_cast<int>(found.size()) >= count) break;
  }
  if (static_cast<int>(found.size()) != count) found.clear();
  return found;
}

uint32_t ClaimNormalizer::MatchReference(const Document& doc, uint32_t i, uint32_t e,
                                         std::string_view lower,
                                         std::vector<std::string>* units) const {
  auto it = rules_->references().find(lower);  // a determiner: its lemma is itself
  if (it == rules_->references().end()) return 0;
  // Most words after "the" start no reference's second word: a test of the
  // first letter spares their lemmas.
  if (i + 1 < e) {
    std::string_view next = doc.TokenText(i + 1);
    char first = next.empty() ? '\0' : next[0];
    if (first >= 'A' && first <= 'Z') first = static_cast<char>(first - 'A' + 'a');
    bool may = false;
    for (const NormalizeRules::Reference& ref : it->second) {
      may |= ref.words.size() < 2 || (!ref.words[1].empty() && ref.words[1][0] == first);
    }
    if (!may) return 0;
  }
  // The lemmas after `lower`, each computed once however many references
  // start with it ("the two countries", "the two states", "the region" ...).
  std::vector<std::string_view> lemmas;
  std::deque<std::string> text;
  auto lemma_at = [&](uint32_t k) -> std::string_view {
    while (lemmas.size() < k - i) {
      uint32_t t = i + 1 + static_cast<uint32_t>(lemmas.size());
      WordId raw = t < doc.word_ids.size() ? doc.word_ids[t] : kUnknownWord;
      lemmas.push_back(LemmaOf(LowerOf(doc, t, raw, &text),
                               t < doc.pos.size() ? doc.pos[t] : Pos::kNoun, raw, &text));
    }
    return lemmas[k - i - 1];
  };
  for (const NormalizeRules::Reference& ref : it->second) {
    uint32_t n = static_cast<uint32_t>(ref.words.size());
    if (i + n > e) continue;
    bool eq = true;
    for (uint32_t k = 1; k < n && eq; ++k) eq = lemma_at(i + k) == ref.words[k];
    if (!eq) continue;
    std::vector<std::string> norms = Resolve(doc, i, ref.type, ref.count);
    if (norms.empty()) return 0;
    for (std::string& norm : norms) units->push_back(std::move(norm));
    return n;
  }
  return 0;
}

std::string_view ClaimNormalizer::LowerOf(const Document& doc, uint32_t t, WordId raw,
                                          std::deque<std::string>* text) const {
  // A lexicon word's id names its lower-case form.
  if (raw != kUnknownWord) return lexicon_->Word(raw);
  text->push_back(LowerWord(doc.TokenText(t)));
  return text->back();
}

std::string_view ClaimNormalizer::LemmaOf(std::string_view lower, Pos pos, WordId raw,
                                          std::deque<std::string>* text,
                                          WordId* lemma_id) const {
  if (lemma_id != nullptr) *lemma_id = raw;
  if (lemma_form_.MayHold(raw)) {
    auto it = rules_->lemmas().find(lower);
    if (it != rules_->lemmas().end()) {
      if (lemma_id != nullptr) *lemma_id = lexicon_->Find(it->second);
      return it->second;
    }
  }
  if (pos == Pos::kVerb || pos == Pos::kAux || pos == Pos::kAdj || pos == Pos::kAdv) {
    return lower;
  }
  // Regular plurals of nouns (each rule ends in "s"): the singular is the
  // word less `cut` letters, plus "y" after "ies".
  const std::string_view w = lower;
  if (w.empty() || w.back() != 's') return lower;
  auto ends = [&](std::string_view s) { return w.size() > s.size() + 2 && w.ends_with(s); };
  size_t cut = 0;
  bool y = false;
  if (ends("ies")) {
    cut = 3;
    y = true;
  } else if (ends("sses") || ends("ches") || ends("shes") || ends("xes") || ends("zes")) {
    cut = 2;
  } else if (w.size() > 3 && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") &&
             !w.ends_with("ics")) {
    cut = 1;
  }
  if (cut == 0) return lower;
  std::string singular(w.substr(0, w.size() - cut));
  if (y) singular += 'y';
  // Most singulars are lexicon words: a view of the lexicon's copy.
  WordId id = lexicon_->Find(singular);
  if (lemma_id != nullptr) *lemma_id = id;
  if (id != kUnknownWord) return lexicon_->Word(id);
  text->push_back(std::move(singular));
  return text->back();
}

std::string ClaimNormalizer::NormalizeSpan(const Document& doc, Span span,
                                           bool* names_nothing) const {
  Walk walk;
  WalkSpan(doc, span, &walk);
  bool bare = false;
  std::string bag = BagOf(doc, span, walk.units, &bare);
  if (names_nothing != nullptr) *names_nothing = bare;
  return bag;
}

std::string ClaimNormalizer::BagOf(const Document& doc, Span span,
                                   const std::vector<Unit>& units, bool* names_nothing) const {
  std::string joined = FoldUnits(units);
  *names_nothing = false;
  if (joined.empty()) {
    // Only light words: a pronoun or deictic word ("it", "what", "this
    // country"), unless a number is in it (a year or an amount names one).
    std::string_view text = doc.Text(span);
    *names_nothing = std::none_of(text.begin(), text.end(),
                                  [](char ch) { return ch >= '0' && ch <= '9'; });
    joined = LowerWord(text);
  }
  return joined;
}

namespace {

bool IsNounish(Pos p) { return p == Pos::kNoun || p == Pos::kPropn; }

// True when the comma at token i (before e) separates modifiers of one
// head ("US, Turkish and Israeli influence", "political, ethnic and border
// issues"): adjectives, proper nouns or entities on both sides, then "and"
// or "or" and more of them before a noun. Such a comma does not cut a
// phrase.
bool InModifierList(const Document& doc, uint32_t i, uint32_t e) {
  auto in_entity = [&doc](uint32_t k) {
    auto it = std::upper_bound(doc.entities.begin(), doc.entities.end(), k,
                               [](uint32_t t, const Entity& x) { return t < x.token_begin; });
    return it != doc.entities.begin() && std::prev(it)->token_end > k;
  };
  auto modifier = [&doc, &in_entity](uint32_t k) {
    return k < doc.pos.size() &&
           (doc.pos[k] == Pos::kAdj || doc.pos[k] == Pos::kPropn || in_entity(k));
  };
  if (i == 0 || !modifier(i - 1)) return false;
  uint32_t j = i + 1;
  while (j < e && (modifier(j) || doc.TokenText(j) == ",")) ++j;
  if (j == i + 1 || j >= e || doc.pos[j] != Pos::kCconj) return false;
  ++j;
  while (j < e && modifier(j)) ++j;
  return j < e && doc.pos[j] == Pos::kNoun;
}

}  // namespace

void ClaimNormalizer::WalkSpan(const Document& doc, Span span, Walk* walk) const {
  std::vector<Unit>& units = walk->units;
  // Tokens of the span.
  auto first = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), span.begin,
                                [](const Token& t, uint32_t b) { return t.begin < b; });
  uint32_t b = static_cast<uint32_t>(first - doc.tokens.begin());
  uint32_t e = b;
  while (e < doc.tokens.size() && doc.tokens[e].end <= span.end) ++e;
  // Entities by first token.
  auto ent = std::lower_bound(doc.entities.begin(), doc.entities.end(), b,
                              [](const Entity& x, uint32_t t) { return x.token_begin < t; });
  bool content = false;
  uint32_t words_until = 0;  // an issue's or event's tokens: ground units only
  std::vector<std::string> refs;
  for (uint32_t i = b; i < e;) {
    while (ent != doc.entities.end() && ent->token_begin < i) ++ent;
    if (i >= words_until && ent != doc.entities.end() && ent->token_begin == i &&
        ent->token_end <= e) {
      // A dated event after a time word is a time adjunct ("post 9/11").
      bool dated = ent->type == EntityType::kEvent && i > b && light_word_ >= 0 &&
                   !doc.word_ids.empty() &&
                   lexicon_->InClass(doc.word_ids[i - 1], light_word_) &&
                   doc.pos[i - 1] == Pos::kPrep;
      if (dated || (ent->type == EntityType::kEvent && i > b &&
                    (doc.TokenText(i - 1) == "post" || doc.TokenText(i - 1) == "since"))) {
        i = ent->token_end;
        continue;
      }
      auto capital = ent->type == EntityType::kCity ? rules_->capitals().find(ent->norm)
                                                    : rules_->capitals().end();
      Unit u;
      u.kind = Unit::kEntity;
      bool is_capital = capital != rules_->capitals().end();
      u.type = is_capital ? EntityType::kCountry : ent->type;
      u.lower = is_capital ? capital->second : ent->norm;
      // Issues are concepts too: the concept lexicon may fold them.
      u.bag_entity = ent->type != EntityType::kIssue;
      content = true;
      if (ent->type == EntityType::kIssue || ent->type == EntityType::kEvent) {
        // Grounding reads the words of an issue or event ("drug trafficking").
        u.in_ground = false;
        units.push_back(std::move(u));
        words_until = ent->token_end;
        continue;
      }
      units.push_back(std::move(u));
      i = ent->token_end;
      continue;
    }
    const bool ground_only = i < words_until;
    const Token& t = doc.tokens[i];
    std::string_view text = doc.TokenText(i);
    Pos p = i < doc.pos.size() ? doc.pos[i] : Pos::kNoun;
    if (content && !ground_only) {
      // Cut before a relative clause, a comma, or a participle that
      // modifies the noun before it ("threats arising from").
      bool rel = text == "which" || text == "who" || text == "whom" ||
                 (text == "that" && p == Pos::kPron);
      uint32_t bits = doc.word_ids.empty() ? 0 : lexicon_->PosBits(doc.word_ids[i]);
      bool participle = (bits & (kVerbIng | kVerbPart)) && i > b &&
                        (doc.pos[i - 1] == Pos::kNoun || doc.pos[i - 1] == Pos::kPropn) &&
                        i + 1 < e && doc.pos[i + 1] == Pos::kPrep;
      if (rel || text == ";" || participle) break;
      if (text == "," && !InModifierList(doc, i, e)) break;
    }
    if (t.kind == TokenKind::kPunct || t.kind == TokenKind::kHyphen ||
        t.kind == TokenKind::kSymbol || t.kind == TokenKind::kClitic ||
        t.kind == TokenKind::kNumber) {  // numbers are dates and amounts
      ++i;
      continue;
    }
    WordId raw = doc.word_ids.empty() ? kUnknownWord : doc.word_ids[i];
    std::string_view lower = LowerOf(doc, i, raw, &walk->text);
    if (!ground_only && reference_first_.MayHold(raw)) {
      refs.clear();
      if (uint32_t n = MatchReference(doc, i, e, lower, &refs); n > 0) {
        for (std::string& r : refs) {
          Unit u;
          u.kind = Unit::kEntity;
          u.bag_entity = true;
          walk->text.push_back(std::move(r));
          u.lower = walk->text.back();
          units.push_back(u);
        }
        content = true;
        i += n;
        continue;
      }
    }
    Unit u;
    u.pos = p;
    u.kind = p == Pos::kPrep || p == Pos::kPart ? Unit::kPrep
             : p == Pos::kVerb || p == Pos::kAux || p == Pos::kModal ? Unit::kVerb
             : p == Pos::kCconj || p == Pos::kSconj || p == Pos::kPron ? Unit::kBreak
                                                                       : Unit::kWord;
    u.light = raw != kUnknownWord && lexicon_->InClass(raw, light_word_);
    // "growing" goes out before it can become "grow"; a light word the
    // concept lexicon lists stays.
    u.in_bag = !ground_only &&
               (!u.light || (concept_first_.MayHold(raw) &&
                                  rules_->concepts().find(lower) != rules_->concepts().end()));
    // A participle before a noun modifies it ("armed groups", "rising prices").
    if (u.kind == Unit::kVerb && raw != kUnknownWord &&
        (lexicon_->PosBits(raw) & (kVerbIng | kVerbPart)) && i + 1 < e &&
        (doc.pos[i + 1] == Pos::kNoun || doc.pos[i + 1] == Pos::kPropn ||
         doc.pos[i + 1] == Pos::kAdj)) {
      u.kind = Unit::kWord;
      u.pos = Pos::kAdj;
    }
    u.lemma = LemmaOf(lower, p, raw, &walk->text, &u.lemma_id);
    u.id = raw;
    u.lower = lower;
    u.possessor = i + 1 < e && doc.tokens[i + 1].kind == TokenKind::kClitic &&
                  (doc.TokenText(i + 1) == "'s" || doc.TokenText(i + 1) == "\u2019s" ||
                   doc.TokenText(i + 1) == "'");
    if (u.in_bag && (p == Pos::kNoun || p == Pos::kPropn || p == Pos::kVerb)) content = true;
    units.push_back(std::move(u));
    ++i;
  }
}

std::string ClaimNormalizer::FoldUnits(const std::vector<Unit>& all) const {
  // The bag's units: a word reads as its lemma, an entity as its norm.
  // Phrases are short: no heap for the working lists of most.
  absl::InlinedVector<const Unit*, 16> units;
  units.reserve(all.size());
  for (const Unit& u : all) {
    if (u.in_bag) units.push_back(&u);
  }
  auto text = [](const Unit* u) -> std::string_view {
    return u->kind == Unit::kEntity ? u->lower : u->lemma;
  };
  // Concepts, longest phrase first; then light words out.
  absl::InlinedVector<std::string_view, 16> out;
  out.reserve(units.size());
  for (size_t i = 0; i < units.size();) {
    const Unit* u = units[i];
    if (!u->bag_entity) {
      // An entity unit that is no bag entity (an issue) has no lemma id:
      // its norm is looked up by string.
      const bool word = u->kind != Unit::kEntity;
      bool matched = false;
      if (!word || concept_first_.MayHold(u->lemma_id)) {
        auto it = rules_->concepts().find(text(u));
        if (it != rules_->concepts().end()) {
          for (const auto& [phrase, concept_name] : it->second) {
            if (i + phrase.size() > units.size()) continue;
            bool eq = true;
            for (size_t k = 0; k < phrase.size() && eq; ++k) {
              eq = !units[i + k]->bag_entity && text(units[i + k]) == phrase[k];
            }
            if (eq) {
              out.push_back(concept_name);
              i += phrase.size();
              matched = true;
              break;
            }
          }
        }
      }
      if (matched) continue;
      WordId w = word ? u->lemma_id : lexicon_->Find(text(u));
      if (w != kUnknownWord && lexicon_->InClass(w, light_word_)) {
        ++i;
        continue;
      }
    }
    out.push_back(text(u));
    ++i;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  std::string joined;
  size_t size = 0;
  for (std::string_view w : out) size += w.size() + 1;
  joined.reserve(size);
  for (std::string_view w : out) {
    if (!joined.empty()) joined += ' ';
    joined += w;
  }
  return joined;
}


Grounding ClaimNormalizer::Ground(const Document& doc, Span span) const {
  if (concepts_ == nullptr || concepts_->empty()) return Grounding();
  Walk walk;
  WalkSpan(doc, span, &walk);
  return GroundUnits(walk.units);
}

Grounding ClaimNormalizer::GroundUnits(const std::vector<Unit>& all) const {
  Grounding g;
  if (concepts_ == nullptr || concepts_->empty()) return g;
  const ConceptInventory& inv = *concepts_;
  absl::InlinedVector<const Unit*, 16> view;
  view.reserve(all.size());
  for (const Unit& u : all) {
    if (u.in_ground) view.push_back(&u);
  }
  // The units grounding reads, by index.
  auto unit = [&view](size_t k) -> const Unit& { return *view[k]; };
  // Qualifiers: the entities named in the phrase.
  for (const Unit* u : view) {
    if (u->kind == Unit::kEntity) g.qualifiers.emplace_back(u->lower);
  }
  std::sort(g.qualifiers.begin(), g.qualifiers.end());
  g.qualifiers.erase(std::unique(g.qualifiers.begin(), g.qualifiers.end()), g.qualifiers.end());
  // Listed phrases, longest first, left to right: cover[k] is the concept
  // of the phrase unit k belongs to, else -1.
  const size_t n = view.size();
  absl::InlinedVector<int, 16> cover(n, -1);
  for (size_t k = 0; k < n;) {
    const Unit& u = unit(k);
    size_t len = 0;
    if (u.kind == Unit::kWord || u.kind == Unit::kVerb) {
      // Phrases starting with the lemma, then with the word as written
      // ("armed forces": "armed" is also a form of "arm").
      for (int pass = 0; pass < 2 && len == 0; ++pass) {
        if (pass == 1 && u.lower == u.lemma) break;
        if (!phrase_first_.MayHold(pass == 0 ? u.lemma_id : u.id)) continue;
        auto it = inv.phrases().find(pass == 0 ? u.lemma : u.lower);
        if (it == inv.phrases().end()) continue;
        for (const ConceptInventory::Phrase& ph : it->second) {
          if (k + ph.words.size() > n) continue;
          bool eq = true;
          for (size_t w = 1; w < ph.words.size() && eq; ++w) {
            const Unit& x = unit(k + w);
            eq = x.kind != Unit::kEntity && (x.lemma == ph.words[w] || x.lower == ph.words[w]);
          }
          if (!eq) continue;
          len = ph.words.size();
          for (size_t w = 0; w < len; ++w) cover[k + w] = ph.node;
          break;
        }
      }
    }
    k += len > 0 ? len : 1;
  }
  // Groups: runs of words and entities between prepositions, verbs and
  // breaks. The first group's head decides; a head that states a change or
  // passes to its complement ("the erosion of", "the decision to") hands on
  // to the group after its preposition, and a head that grounds nowhere
  // lets a later group decide at a lower score.
  int direction = 0;
  bool head_stated = false;  // a head that hands on stated the direction
  int penalty = 0;
  // A head that grounds to a hub (an actor: "the state", "Sahelian
  // states") is taken only when no later group grounds elsewhere ("Beijing
  // to escalate below the threshold of armed conflict").
  std::optional<Grounding> hub;
  size_t k = 0;
  while (k < n) {
    while (k < n && unit(k).kind != Unit::kWord && unit(k).kind != Unit::kEntity) {
      // A verb after the subject may state the change ("prices rose").
      if (unit(k).kind == Unit::kVerb) {
        if (int d = DirectionOf(unit(k).lemma, unit(k).lemma_id); d != 0) direction = d;
      }
      ++k;
    }
    if (k >= n) break;
    size_t gb = k;
    while (k < n && (unit(k).kind == Unit::kWord || unit(k).kind == Unit::kEntity)) ++k;
    size_t ge = k;
    // The head: the last noun of the group, else its last content word.
    int head = -1;
    for (size_t h = ge; h-- > gb;) {
      if (unit(h).kind == Unit::kWord && IsNounish(unit(h).pos)) {
        head = static_cast<int>(h);
        break;
      }
    }
    if (head < 0) {
      for (size_t h = ge; h-- > gb;) {
        if (unit(h).kind == Unit::kWord && !unit(h).light) {
          head = static_cast<int>(h);
          break;
        }
      }
    }
    // Directions stated by modifiers ("rising prices", "fewer jobs"), unless
    // a head before stated one ("a shortage of high-voltage transformers").
    for (size_t h = gb; h < ge && !head_stated; ++h) {
      if (static_cast<int>(h) == head || unit(h).kind != Unit::kWord) continue;
      // Words of the head's listed phrase name it ("higher education").
      if (cover[h] >= 0 && head >= 0 && cover[h] == cover[head]) continue;
      if (int d = DirectionOf(unit(h).lemma, unit(h).lemma_id); d != 0) direction = d;
      else if (int d2 = DirectionOf(unit(h).lower, unit(h).id); d2 != 0) direction = d2;
    }
    if (head < 0) continue;  // names only entities: see the actors below
    const Unit& hu = unit(head);
    bool complement = ge < n && unit(ge).kind == Unit::kPrep && ge + 1 < n;
    // A head inside a listed phrase of two or more words stays ("withdrawal
    // of troops"); a one-word concept may still pass ("the threat of").
    bool covered_phrase = cover[head] >= 0 &&
                          ((head > 0 && cover[head - 1] == cover[head]) ||
                           (head + 1 < static_cast<int>(n) && cover[head + 1] == cover[head]));
    // A generic head (one of `through:`: "threat", "size", "control") with a
    // modifier in its group that names a concept is that concept ("gang
    // threats", "harvest size in exporting countries"); a possessor is no
    // modifier ("the navy's control of the sea lanes").
    int modifier_concept = -1;
    if (!covered_phrase && inv.IsThrough(hu.lemma)) {
      for (size_t h = gb; h < ge && modifier_concept < 0; ++h) {
        if (static_cast<int>(h) == head || cover[h] < 0 || cover[h] == cover[head] ||
            inv.IsHub(cover[h]) || unit(h).possessor) {
          continue;
        }
        modifier_concept = cover[h];
      }
    }
    if (complement && !covered_phrase && modifier_concept < 0) {
      int d = DirectionOf(hu.lemma, hu.lemma_id);
      if (d != 0 || inv.IsThrough(hu.lemma)) {
        if (d != 0) {
          direction = d;
          head_stated = true;
        }
        continue;
      }
    }
    int concept_index = -1;
    int score = 0;
    if (modifier_concept >= 0) {
      concept_index = modifier_concept;
      score = 90;
    } else if (cover[head] >= 0) {
      concept_index = cover[head];
      score = 100;
    } else if (auto w = inv.wordnet().find(hu.lemma); w != inv.wordnet().end()) {
      concept_index = w->second.node;
      score = std::max(50, 90 - 10 * w->second.steps);
    } else {
      for (size_t h = gb; h < ge && concept_index < 0; ++h) {
        if (cover[h] >= 0) concept_index = cover[h];
      }
      // A head that only states the change ("nuclear expansion", "economic
      // decline") names its concept by the modifier: as sure as a listed head.
      bool change_head = DirectionOf(hu.lemma, hu.lemma_id) != 0 || inv.IsThrough(hu.lemma);
      if (concept_index >= 0) score = change_head ? 90 : 60;
    }
    // A generic head that names a hub concept, actors ("pirate groups",
    // "extremist groups"), yields to a modifier that names a concept of its
    // own.
    if (inv.IsHub(concept_index)) {
      for (size_t h = gb; h < ge; ++h) {
        if (static_cast<int>(h) == head || cover[h] < 0 || cover[h] == cover[head]) continue;
        if (inv.IsHub(cover[h])) continue;
        concept_index = cover[h];
        score = 90;
        break;
      }
    }
    if (concept_index >= 0) {
      if (int d = DirectionOf(hu.lemma, hu.lemma_id); d != 0 && cover[head] < 0) direction = d;
      // A predicate after the head may state the change ("spending had
      // soared", "revenue increases").
      for (size_t v = ge; v < n && unit(v).kind == Unit::kVerb; ++v) {
        if (cover[v] == concept_index) continue;  // "tax cuts": a word of the name
        if (int d = DirectionOf(unit(v).lemma, unit(v).lemma_id); d != 0) direction = d;
      }
      g.node = concept_index;
      g.concept_id = inv.concepts()[concept_index].id;
      g.label = inv.concepts()[concept_index].label;
      g.score = static_cast<uint8_t>(std::max(10, score - penalty));
      g.direction = static_cast<int8_t>(direction);
      if (!inv.IsHub(concept_index)) return g;
      if (!hub) hub = g;
    }
    // The head grounds nowhere ("pretext", "umbrella") or to a hub: a later
    // group may, with less confidence.
    penalty += 20;
  }
  if (hub) {
    // A listed phrase of no hub anywhere in it ("... are leaving"), else the
    // hub.
    for (size_t h = 0; h < n; ++h) {
      if (cover[h] < 0 || inv.IsHub(cover[h])) continue;
      g.node = cover[h];
      g.concept_id = inv.concepts()[cover[h]].id;
      g.label = inv.concepts()[cover[h]].label;
      g.score = 50;
      return g;
    }
    return *hub;
  }
  // No group's head grounds ("coastal areas will flood", a gerund alone):
  // the first listed phrase anywhere in it, with less confidence.
  for (size_t h = 0; h < n; ++h) {
    if (cover[h] < 0) continue;
    for (size_t d = 0; d < n; ++d) {
      if (cover[d] >= 0 || unit(d).kind == Unit::kEntity) continue;
      if (int dir = DirectionOf(unit(d).lemma, unit(d).lemma_id); dir != 0) direction = dir;
    }
    g.node = cover[h];
    g.concept_id = inv.concepts()[cover[h]].id;
    g.label = inv.concepts()[cover[h]].label;
    g.score = 50;
    g.direction = static_cast<int8_t>(direction);
    return g;
  }
  // A phrase that only names actors grounds to the actor of its first one
  // that is no modifier of a noun after it ("the Soviet era", "the American
  // dream" are about an era and a dream, neither of which grounds).
  auto modifies_noun = [&](size_t k) {
    for (++k; k < n; ++k) {
      const Unit& x = unit(k);
      if (x.kind == Unit::kEntity || (x.kind == Unit::kBreak && x.pos == Pos::kCconj)) continue;
      return x.kind == Unit::kWord && IsNounish(x.pos);
    }
    return false;
  };
  for (size_t k = 0; k < n; ++k) {
    const Unit& u = unit(k);
    if (u.kind != Unit::kEntity || modifies_noun(k)) continue;
    int actor = inv.ActorOf(u.type);
    if (actor < 0) continue;
    bool only_entities = std::none_of(view.begin(), view.end(), [](const Unit* x) {
      return x->kind == Unit::kWord && !x->light && IsNounish(x->pos);
    });
    g.node = actor;
    g.concept_id = inv.concepts()[actor].id;
    g.label = inv.concepts()[actor].label;
    g.score = only_entities ? 80 : 40;
    g.direction = static_cast<int8_t>(direction);
    return g;
  }
  return g;
}

void ClaimNormalizer::ResolveDescription(const Document& doc, Span span,
                                         const std::vector<Unit>& units, Grounding* g) const {
  constexpr size_t kMaxDescription = 4;  // units: the determiner, modifiers, the head
  constexpr int kSentencesBack = 2;
  if (concepts_ == nullptr || units.size() < 2 || units.size() > kMaxDescription) return;
  const ConceptInventory& inv = *concepts_;
  if (units[0].kind != Unit::kWord || !inv.IsReferring(units[0].lower)) return;
  for (const Unit& u : units) {
    if (u.kind != Unit::kWord) return;
  }
  const Unit& head = units.back();
  if (!IsNounish(head.pos) || head.pos == Pos::kPropn) return;
  auto first = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), span.begin,
                                [](const Token& t, uint32_t b) { return t.begin < b; });
  const uint32_t b = static_cast<uint32_t>(first - doc.tokens.begin());
  // The walk read every token of the span: no clause or list after a cut.
  uint32_t e = b;
  while (e < doc.tokens.size() && doc.tokens[e].end <= span.end) ++e;
  if (e - b != units.size()) return;
  int sentence = doc.SentenceOfToken(b);
  if (sentence < 0) return;
  const uint32_t floor = doc.sentences[std::max(0, sentence - kSentencesBack)].token_begin;
  auto modifier = [&doc](uint32_t k) {
    Pos p = doc.pos[k];
    return p == Pos::kAdj || p == Pos::kNoun || p == Pos::kPropn ||
           doc.tokens[k].kind == TokenKind::kHyphen;
  };
  // Plural and singular share all but the lemma's last letter ("polic-y",
  // "polic-ies"): a cheap test before the lemma.
  const std::string_view stem = head.lemma.substr(0, head.lemma.size() - 1);
  auto shares_stem = [&stem](std::string_view w) {
    if (w.size() < stem.size()) return false;
    for (size_t c = 0; c < stem.size(); ++c) {
      char ch = w[c];
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      if (ch != stem[c]) return false;
    }
    return true;
  };
  for (uint32_t k = b; k-- > floor;) {
    if (doc.pos[k] != Pos::kNoun || !shares_stem(doc.TokenText(k))) continue;
    WordId raw = doc.word_ids.empty() ? kUnknownWord : doc.word_ids[k];
    std::deque<std::string> text;
    if (LemmaOf(LowerOf(doc, k, raw, &text), Pos::kNoun, raw, &text) != head.lemma) continue;
    // The mention: its modifiers, the head, and a complement's noun group
    // ("swings in wheat prices").
    uint32_t start = k, end = k + 1;
    while (start > floor && modifier(start - 1)) --start;
    if (end + 1 < b && doc.pos[end] == Pos::kPrep) {
      uint32_t j = end + 1;
      if (doc.pos[j] == Pos::kDet) ++j;
      uint32_t group = j;
      while (j < b && modifier(j)) ++j;
      if (j > group && IsNounish(doc.pos[j - 1])) end = j;
    }
    if (start == k && end == k + 1) continue;  // the head alone says no more
    Walk mention;
    WalkSpan(doc, Span{doc.tokens[start].begin, doc.tokens[end - 1].end}, &mention);
    Grounding a = GroundUnits(mention.units);
    if (a.node < 0 || inv.IsHub(a.node) || a.node == g->node ||
        (g->node >= 0 && !inv.IsA(a.node, g->node))) {
      return;  // the nearest fuller mention decides
    }
    int direction = g->direction;
    for (size_t u = 1; u < units.size() && g->node < 0; ++u) {
      if (int d = DirectionOf(units[u].lemma, units[u].lemma_id); d != 0) direction = d;
    }
    a.direction = static_cast<int8_t>(direction);
    a.score = static_cast<uint8_t>(std::max(10, a.score - 20));
    *g = std::move(a);
    return;
  }
}

std::string ClaimNormalizer::FineNorm(const Grounding& g, const std::string& bag) const {
  if (g.node < 0 || concepts_ == nullptr) return bag;
  std::string out = StrCat("@", concepts_->concepts()[g.node].id);
  if (g.direction > 0) out += "/up";
  if (g.direction < 0) out += "/down";
  for (const std::string& q : g.qualifiers) StrAppend(&out, " ", q);
  return out;
}

std::string ClaimNormalizer::ConceptNorm(const Grounding& g, const std::string& bag) const {
  if (g.node < 0 || concepts_ == nullptr) return bag;
  return StrCat("@", concepts_->concepts()[g.node].id);
}

namespace {

// Each side's words of a claim, sorted (norms are sorted already but for
// the raw text fallback); a claim's size is its word count.
// The sorted distinct words of each claim's cause and effect norms, views
// into the norms, all in one list: claim i's cause words are
// all[cause[i], effect[i]), its effect words all[effect[i], end[i]).
struct ClaimWords {
  std::vector<std::string_view> all;
  std::vector<uint32_t> cause, effect, end;
  using It = std::vector<std::string_view>::const_iterator;
  It CauseBegin(size_t i) const { return all.begin() + cause[i]; }
  It EffectBegin(size_t i) const { return all.begin() + effect[i]; }
  It End(size_t i) const { return all.begin() + end[i]; }
  size_t size(size_t i) const { return end[i] - cause[i]; }
};

ClaimWords WordsOf(const std::vector<Claim>& claims) {
  const size_t n = claims.size();
  ClaimWords words;
  words.cause.resize(n);
  words.effect.resize(n);
  words.end.resize(n);
  std::vector<std::string_view>& all = words.all;
  auto split = [&all](std::string_view norm) {
    const size_t first = all.size();
    size_t i = 0;
    while (i < norm.size()) {
      size_t j = norm.find(' ', i);
      if (j == std::string_view::npos) j = norm.size();
      if (j > i) all.push_back(norm.substr(i, j - i));
      i = j + 1;
    }
    auto b = all.begin() + static_cast<std::ptrdiff_t>(first);
    if (!std::is_sorted(b, all.end())) std::sort(b, all.end());
    all.erase(std::unique(b, all.end()), all.end());
  };
  for (size_t i = 0; i < n; ++i) {
    words.cause[i] = static_cast<uint32_t>(all.size());
    split(claims[i].cause_norm);
    words.effect[i] = static_cast<uint32_t>(all.size());
    split(claims[i].effect_norm);
    words.end[i] = static_cast<uint32_t>(all.size());
  }
  return words;
}

// For each claim, the claim it restates (into[i] >= 0), or -1.
std::vector<int> Restated(const std::vector<Claim>& claims, const ClaimWords& words) {
  const size_t n = claims.size();
  // a's words are contained in b's, cause and effect, same relation, and
  // b has at most kMaxRestatementDetail words more.
  auto within = [&](size_t a, size_t b) {
    const Claim& ca = claims[a];
    const Claim& cb = claims[b];
    size_t wa = words.size(a), wb = words.size(b);
    return ca.relation == cb.relation && wb <= wa + kMaxRestatementDetail && ca.key != cb.key &&
           std::includes(words.CauseBegin(b), words.EffectBegin(b), words.CauseBegin(a),
                         words.EffectBegin(a)) &&
           std::includes(words.EffectBegin(b), words.End(b), words.EffectBegin(a), words.End(a));
  };
  // Claims by size: those a claim may lie within are a short range.
  std::vector<uint32_t> by_size(n);
  for (uint32_t i = 0; i < n; ++i) by_size[i] = i;
  std::stable_sort(by_size.begin(), by_size.end(),
                   [&](uint32_t x, uint32_t y) { return words.size(x) < words.size(y); });
  auto first_of_size = [&](size_t size) {
    return std::lower_bound(by_size.begin(), by_size.end(), size,
                            [&](uint32_t x, size_t v) { return words.size(x) < v; });
  };
  std::vector<int> into(n, -1);
  std::vector<size_t> above;
  for (size_t i = 0; i < n; ++i) {
    above.clear();
    size_t wi = words.size(i);
    for (auto it = first_of_size(wi + 1), stop = first_of_size(wi + kMaxRestatementDetail + 1);
         it != stop; ++it) {
      if (within(i, *it)) above.push_back(*it);
    }
    if (above.empty()) continue;
    // The most detailed claim above; every other one must lie within it,
    // else the restatement is ambiguous ("cooperation" under both
    // "Iran-Russia cooperation" and "China-Russia cooperation").
    size_t top = above[0];
    for (size_t j : above) {
      size_t sj = words.size(j), st = words.size(top);
      if (sj > st || (sj == st && claims[j].key < claims[top].key)) top = j;
    }
    bool one = true;
    for (size_t j : above) {
      one &= j == top || claims[j].key == claims[top].key || within(j, top);
    }
    if (one) into[i] = static_cast<int>(top);
  }
  return into;
}

}  // namespace

void MergeRestatements(std::vector<Claim>* claims) {
  const size_t n = claims->size();
  if (n < 2 || n > kMaxRestatementClaims) return;
  ClaimWords words = WordsOf(*claims);
  std::vector<int> into = Restated(*claims, words);
  for (size_t i = 0; i < n; ++i) {
    if (into[i] < 0) continue;
    // A restatement of a restatement takes the fullest claim's key (sizes
    // grow along the chain, so it ends); roots are never rewritten.
    int root = into[i];
    while (into[root] >= 0) root = into[root];
    const Claim& top = (*claims)[root];
    (*claims)[i].cause_norm = top.cause_norm;
    (*claims)[i].effect_norm = top.effect_norm;
    (*claims)[i].cause_ground = top.cause_ground;
    (*claims)[i].effect_ground = top.effect_ground;
    (*claims)[i].concept_key = top.concept_key;
    (*claims)[i].key = top.key;
  }
}

namespace {

// The first token of `span`.
uint32_t FirstToken(const Document& doc, Span span) {
  auto first = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), span.begin,
                                [](const Token& t, uint32_t b) { return t.begin < b; });
  return static_cast<uint32_t>(first - doc.tokens.begin());
}

// Whether the head of the phrase `span` is plural: its last noun before a
// preposition, verb, clause word or comma; "X and Y" is plural. nullopt
// when it has no noun head.
template <typename LemmaFn>
std::optional<bool> PluralHead(const Document& doc, Span span, LemmaFn lemma_differs) {
  std::optional<uint32_t> head;
  bool coordinated = false;
  for (uint32_t k = FirstToken(doc, span); k < doc.tokens.size() && doc.tokens[k].end <= span.end;
       ++k) {
    if (k >= doc.pos.size()) break;
    const Pos p = doc.pos[k];
    if (p == Pos::kNoun || p == Pos::kPropn) {
      head = k;
    } else if (head && p == Pos::kCconj) {
      coordinated = true;
    } else if (head && (p == Pos::kPrep || p == Pos::kVerb || p == Pos::kAux ||
                        p == Pos::kSconj || p == Pos::kPart || doc.TokenText(k) == ",")) {
      break;
    }
  }
  if (!head) return std::nullopt;
  if (coordinated) return true;
  // A plural noun: its lemma differs ("sanctions", "children"), not an -ing
  // form's verb lemma ("monitoring").
  return doc.pos[*head] == Pos::kNoun && !doc.TokenText(*head).ends_with("ing") &&
         lemma_differs(*head);
}

// Whether the phrase starting at token k is in subject position: it opens
// its sentence or a clause (after punctuation or a coordinating
// conjunction, or with `subordinate` a subordinating one too), adverbs
// aside ("but they also", "instead it pushed", "since it limits").
bool ClauseInitial(const Document& doc, uint32_t k, bool subordinate) {
  int s = doc.SentenceOfToken(k);
  if (s < 0 || k >= doc.pos.size()) return false;
  const uint32_t begin = doc.sentences[s].token_begin;
  while (k > begin && doc.pos[k - 1] == Pos::kAdv) --k;
  if (k == begin) return true;
  const Pos p = doc.pos[k - 1];
  // Not inside brackets ("(ECOWAS)"), nor a conjunct of a noun phrase
  // ("NATO and [the Warsaw Pact]"): "and" or "or" joins clauses after a
  // comma.
  if (p == Pos::kPunct) return !doc.tokens[k - 1].Has(kOpening);
  if (p == Pos::kCconj) {
    const std::string_view w = doc.TokenText(k - 1);
    return (w != "and" && w != "or") || (k - 1 > begin && doc.pos[k - 2] == Pos::kPunct);
  }
  return subordinate && p == Pos::kSconj;
}

// Whether token k is a finite verb, auxiliary or modal: a verb that is no
// -ing form and no bare participle (a past form counts unless "by" follows:
// "the Congress [decided]", not "Sanctions [imposed] by").
bool FiniteAt(const Document& doc, const Lexicon& lex, uint32_t k) {
  const Pos p = doc.pos[k];
  if (p == Pos::kAux || p == Pos::kModal) return true;
  if (p != Pos::kVerb || doc.word_ids.empty()) return false;
  const uint32_t bits = lex.PosBits(doc.word_ids[k]);
  if (bits & kVerbIng) return false;
  if (bits & kVerbPast) return k + 1 >= doc.tokens.size() || doc.TokenText(k + 1) != "by";
  return !(bits & kVerbPart);
}

// Whether token k can open a noun phrase.
bool StartsNounPhrase(const Document& doc, uint32_t k) {
  if (k >= doc.pos.size()) return false;
  const Pos p = doc.pos[k];
  return p == Pos::kDet || p == Pos::kAdj || p == Pos::kNoun || p == Pos::kPropn ||
         p == Pos::kNum;
}

// Whether the pronoun at token k is an expletive "it" that anticipates a
// clause: "it is hoped that", "it is clear that", "It is cause of regret
// that", "it affords me pleasure to" (not "It is the source of", "it is
// producing results", nor a raising "It is expected to boost growth").
bool Expletive(const Document& doc, const Lexicon& lex, int aux_be, uint32_t k) {
  auto skip = [&](uint32_t j) {
    while (j < doc.pos.size() && (doc.pos[j] == Pos::kAdv || doc.pos[j] == Pos::kPart)) ++j;
    return j;
  };
  uint32_t j = skip(k + 1);
  if (j + 1 >= doc.pos.size()) return false;
  if (doc.pos[j] == Pos::kVerb && doc.TokenText(j + 1) == "me") return true;
  if (doc.pos[j] == Pos::kModal) j = skip(j + 1);
  if (j + 1 >= doc.pos.size() || doc.pos[j] != Pos::kAux || doc.word_ids.empty() ||
      !lex.InClass(doc.word_ids[j], aux_be)) {
    return false;
  }
  j = skip(j + 1);
  if (j >= doc.pos.size()) return false;
  const Pos p = doc.pos[j];
  const bool predicate =
      p == Pos::kAdj || p == Pos::kNoun ||
      (p == Pos::kVerb && !doc.word_ids.empty() && !(lex.PosBits(doc.word_ids[j]) & kVerbIng));
  if (!predicate) return false;
  // The clause it anticipates: "that" within a few words.
  for (uint32_t t = j + 1; t < doc.tokens.size() && t <= j + 4; ++t) {
    if (doc.TokenText(t) == "that") return true;
  }
  return false;
}

// Whether claim c states what happened: its trigger is a finite verb (a
// past or present form, not after "to" or a modal) and it is ASSERTED.
bool StatesAnEvent(const Document& doc, const Lexicon& lex, const Claim& c) {
  if (c.modality != Modality::kAsserted) return false;
  const uint32_t t = FirstToken(doc, c.trigger);
  if (t >= doc.pos.size() || doc.pos[t] != Pos::kVerb || doc.word_ids.empty()) return false;
  if (!(lex.PosBits(doc.word_ids[t]) & (kVerbPast | kVerb3sg))) return false;
  uint32_t b = t;
  while (b > 0 && doc.pos[b - 1] == Pos::kAdv) --b;
  return b == 0 || (doc.pos[b - 1] != Pos::kModal && doc.pos[b - 1] != Pos::kPart);
}

}  // namespace

std::optional<Span> ClaimNormalizer::NearestSubject(
    const Document& doc, uint32_t at, uint32_t floor, bool subordinate,
    const std::function<bool(Span)>& fits) const {
  for (uint32_t k = at; k-- > floor;) {
    if (!ClauseInitial(doc, k, subordinate)) continue;
    if (doc.pos[k] == Pos::kPron) {
      // A pronoun subject the rules do not resolve here ends the search
      // ("It upgrades our forces so that X will deter ...; [it] provides":
      // not X).
      if (k + 1 < at && FiniteAt(doc, *lexicon_, k + 1)) return std::nullopt;
      continue;
    }
    if (!StartsNounPhrase(doc, k)) continue;
    for (uint32_t e = k + 1; e < at && e - k <= kMaxSubject; ++e) {
      const Pos p = doc.pos[e];
      if (p == Pos::kSconj || p == Pos::kCconj || p == Pos::kPron ||
          doc.TokenText(e) == ";" || doc.TokenText(e) == ":") {
        break;
      }
      if (!FiniteAt(doc, *lexicon_, e)) continue;
      // Not the punctuation, negation or adverbs before the verb ("Many of
      // the banks themselves, not [content]").
      while (e > k && (doc.pos[e - 1] == Pos::kPunct || doc.pos[e - 1] == Pos::kPart ||
                       doc.pos[e - 1] == Pos::kAdv)) {
        --e;
      }
      const Span subject{doc.tokens[k].begin, doc.tokens[e - 1].end};
      if (fits(subject)) return subject;
      break;  // not of the pronoun's number: an earlier subject may be
    }
  }
  return std::nullopt;
}

void ClaimNormalizer::ResolvePronouns(const Document& doc, std::vector<Claim>* claims) const {
  if (concepts_ == nullptr) return;
  using Number = ConceptInventory::Number;
  using Target = ConceptInventory::PronounTarget;
  auto lemma_differs = [&](uint32_t k) {
    WordId raw = doc.word_ids.empty() ? kUnknownWord : doc.word_ids[k];
    std::deque<std::string> text;
    std::string_view lower = LowerOf(doc, k, raw, &text);
    return LemmaOf(lower, Pos::kNoun, raw, &text) != lower;
  };
  auto number_fits = [&](Number n, Span phrase) {
    if (n == Number::kAny) return true;
    std::optional<bool> plural = PluralHead(doc, phrase, lemma_differs);
    return plural && *plural == (n == Number::kMany);
  };
  for (size_t i = 0; i < claims->size(); ++i) {
    for (int side = 0; side < 2; ++side) {
      Claim& c = (*claims)[i];
      Grounding& g = side == 0 ? c.cause_ground : c.effect_ground;
      const Span span = side == 0 ? c.cause : c.effect;
      if (!g.names_nothing || g.refers_to) continue;
      const ConceptInventory::PronounRule* rule =
          concepts_->PronounOf(LowerWord(doc.Text(span)));
      const uint32_t p0 = FirstToken(doc, span);
      // Only a singular pronoun ("it") is expletive: "They're rooted in"
      // stands for its subject.
      if (rule == nullptr || !ClauseInitial(doc, p0, true) ||
          (rule->number == Number::kOne && Expletive(doc, *lexicon_, aux_be_, p0))) {
        continue;
      }
      const int sentence = doc.SentenceOfToken(p0);
      if (sentence < 0) continue;
      Grounding resolved;
      std::string bag;
      if (rule->target == Target::kSubject) {
        // The nearest subject of a main clause, in the pronoun's sentence
        // or (unless the pronoun opens a subordinate clause: "since it
        // limits") the one before.
        const bool subordinate = !ClauseInitial(doc, p0, false);
        const uint32_t floor = doc.sentences[subordinate ? sentence : std::max(0, sentence - 1)]
                                   .token_begin;
        std::optional<Span> subject =
            NearestSubject(doc, p0, floor, subordinate,
                           [&](Span phrase) { return number_fits(rule->number, phrase); });
        if (!subject) continue;
        Walk w;
        WalkSpan(doc, *subject, &w);
        bool bare = false;
        bag = BagOf(doc, *subject, w.units, &bare);
        if (bare) continue;
        resolved = GroundUnits(w.units);
        ResolveDescription(doc, *subject, w.units, &resolved);
        resolved.score = static_cast<uint8_t>(std::max(10, resolved.score - 30));
        resolved.refers_to = *subject;
      } else {
        // A demonstrative opening its sentence ("Prices rose. [This]
        // fuelled unrest.") stands for a phrase of the last claim of the
        // sentence before that states an event (not a plan or a purpose).
        uint32_t k = p0;
        while (k > doc.sentences[sentence].token_begin &&
               (doc.pos[k - 1] == Pos::kAdv || doc.pos[k - 1] == Pos::kCconj)) {
          --k;
        }
        if (k != doc.sentences[sentence].token_begin || sentence == 0) continue;
        // Claims are in trigger order and this one's trigger follows its
        // pronoun: the sentence before's last claim is the first met going
        // back with that sentence.
        const Claim* last = nullptr;
        for (size_t j = i; j-- > 0 && (*claims)[j].sentence + 1 >= c.sentence;) {
          if ((*claims)[j].sentence + 1 == c.sentence) {
            last = &(*claims)[j];
            break;
          }
        }
        if (last == nullptr || !StatesAnEvent(doc, *lexicon_, *last)) continue;
        const bool cause = rule->target == Target::kCause;
        const Grounding& a = cause ? last->cause_ground : last->effect_ground;
        const Span at = cause ? last->cause : last->effect;
        if (a.names_nothing || !StartsNounPhrase(doc, FirstToken(doc, at)) ||
            !number_fits(rule->number, at)) {
          continue;
        }
        resolved = a;
        bag = cause ? last->cause_norm : last->effect_norm;
        // What a prevented effect stands for is its fall ("The war
        // disrupted exports. [This] ..." is the drop in exports), unless the
        // phrase states a direction of its own.
        if (!cause && last->relation == Relation::kPrevent && resolved.direction == 0) {
          resolved.direction = -1;
        }
        resolved.score = a.node < 0 ? 0 : static_cast<uint8_t>(std::max(10, a.score - 30));
        resolved.refers_to = at;
      }
      if (resolved.node < 0) resolved.score = 0;
      resolved.names_nothing = true;
      (side == 0 ? c.cause_norm : c.effect_norm) = std::move(bag);
      g = std::move(resolved);
    }
  }
}

absl::Status ClaimNormalizer::Process(Document* doc) const {
  Walk walk;
  for (Claim& c : doc->claims) {
    bool bare_cause = false, bare_effect = false;
    WalkSpan(*doc, c.cause, &walk);
    c.cause_norm = BagOf(*doc, c.cause, walk.units, &bare_cause);
    if (!bare_cause) {
      c.cause_ground = GroundUnits(walk.units);
      ResolveDescription(*doc, c.cause, walk.units, &c.cause_ground);
    }
    walk.clear();
    WalkSpan(*doc, c.effect, &walk);
    c.effect_norm = BagOf(*doc, c.effect, walk.units, &bare_effect);
    if (!bare_effect) {
      c.effect_ground = GroundUnits(walk.units);
      ResolveDescription(*doc, c.effect, walk.units, &c.effect_ground);
    }
    walk.clear();
    c.cause_ground.names_nothing = bare_cause;
    c.effect_ground.names_nothing = bare_effect;
  }
  ResolvePronouns(*doc, &doc->claims);
  for (Claim& c : doc->claims) {
    auto names = [](const Grounding& g) { return !g.names_nothing || g.refers_to.has_value(); };
    c.in_claim_set = names(c.cause_ground) && names(c.effect_ground);
    c.cause_ground.norm = FineNorm(c.cause_ground, c.cause_norm);
    c.effect_ground.norm = FineNorm(c.effect_ground, c.effect_norm);
    std::string_view rel = RelationName(c.relation);
    c.key = StrCat(c.cause_ground.norm, " |", rel, "| ", c.effect_ground.norm);
    c.concept_key = StrCat(ConceptNorm(c.cause_ground, c.cause_norm), " |", rel, "| ",
                           ConceptNorm(c.effect_ground, c.effect_norm));
  }
  MergeRestatements(&doc->claims);
  return absl::OkStatus();
}

}  // namespace casus
