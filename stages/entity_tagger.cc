#include "stages/entity_tagger.h"

#include <algorithm>
#include <bitset>
#include <cstring>
#include <utility>

#include "engine/norms.h"
#include "pipeline/strings.h"
#include "pipeline/utf8.h"

namespace casus {
namespace {

enum Priority : int { kGazetteer = 0, kDefinition = 1, kPattern = 2, kConjunct = 3, kCoref = 4 };

bool IsWordToken(const Token& t) {
  return t.kind == TokenKind::kWord || t.kind == TokenKind::kAbbrev;
}

}  // namespace

// A possible mention. Strings are made only for the chosen ones: a
// gazetteer candidate points at its alias, a pattern candidate at its
// pattern; `norm` is set directly only by definitions and coreference.
struct EntityTagger::Candidate {
  uint32_t begin;  // token indices [begin, end)
  uint32_t end;
  int type;  // EntityType, or -1 for a NONE name
  int priority;
  uint32_t index = 0;  // alias (kGazetteer) or pattern (kPattern)
  std::string norm;    // when set, overrides the derived norm
  const char* rule = nullptr;  // fixed rule names (definitions, coreference)
};

// An acronym defined in the text ("NAME (ACRO)").
struct EntityTagger::Definition {
  std::string acronym;
  int type;
  std::string norm;
  uint32_t from;  // token index where it becomes known
  // Priority of its later mentions: an acronym's are coreference; a short
  // name's outrank patterns ("Amplats said" is no person).
  int priority = kCoref;
};

namespace {

using Candidate = EntityTagger::Candidate;

// Greedy selection: longest first, then priority, then position.
void Select(std::vector<Candidate>* cands, std::vector<uint8_t>* taken,
            std::vector<Candidate>* out) {
  std::stable_sort(cands->begin(), cands->end(),
                   [](const Candidate& a, const Candidate& b) {
                     uint32_t la = a.end - a.begin, lb = b.end - b.begin;
                     if (la != lb) return la > lb;
                     if (a.priority != b.priority) return a.priority < b.priority;
                     return a.begin < b.begin;
                   });
  for (Candidate& c : *cands) {
    bool free = true;
    for (uint32_t i = c.begin; i < c.end && free; ++i) free = !(*taken)[i];
    if (!free) continue;
    for (uint32_t i = c.begin; i < c.end; ++i) (*taken)[i] = 1;
    out->push_back(std::move(c));
  }
}

// The entries of `by_end` (candidate indices sorted by end token) whose
// candidates end at token `end`.
std::pair<std::vector<uint32_t>::const_iterator, std::vector<uint32_t>::const_iterator>
EndingAt(const std::vector<Candidate>& cands, const std::vector<uint32_t>& by_end, uint32_t end) {
  auto lo = std::lower_bound(by_end.begin(), by_end.end(), end,
                             [&](uint32_t k, uint32_t v) { return cands[k].end < v; });
  auto hi = lo;
  while (hi != by_end.end() && cands[*hi].end == end) ++hi;
  return {lo, hi};
}

// The longest candidate ending at token `end` that `accept` takes; the
// first of equal length; nullptr when none.
template <typename Accept>
const Candidate* LongestEndingAt(const std::vector<Candidate>& cands,
                                 const std::vector<uint32_t>& by_end, uint32_t end,
                                 Accept accept) {
  const Candidate* best = nullptr;
  auto [lo, hi] = EndingAt(cands, by_end, end);
  for (auto it = lo; it != hi; ++it) {
    const Candidate& c = cands[*it];
    if (accept(c) && (best == nullptr || c.end - c.begin > best->end - best->begin)) best = &c;
  }
  return best;
}

}  // namespace

absl::StatusOr<std::unique_ptr<EntityTagger>> EntityTagger::Create(
    std::shared_ptr<const EntityRules> rules, std::shared_ptr<const Lexicon> lexicon,
    const WordClasses& classes) {
  std::unique_ptr<EntityTagger> t(new EntityTagger);
  t->rules_ = std::move(rules);
  t->lexicon_ = std::move(lexicon);
  t->connector_class_ = classes.org_connector;
  t->thing_class_ = classes.thing_head;
  t->suffix_class_ = classes.name_suffix;
  return t;
}

absl::Status EntityTagger::Process(Document* doc) const {
  doc->entities.clear();
  const uint32_t n = static_cast<uint32_t>(doc->tokens.size());
  if (n == 0) return absl::OkStatus();
  std::vector<Candidate> cands;
  ListCandidates(*doc, &cands);
  std::vector<Definition> defs = FindDefinitions(*doc, &cands);
  AddAcronymMentions(*doc, defs, &cands);
  std::vector<uint8_t> taken(n, 0);
  std::vector<Candidate> chosen;
  Select(&cands, &taken, &chosen);
  AddConjuncts(*doc, &taken, &chosen);
  AddPersonCoreference(*doc, &taken, &chosen);
  Emit(doc, &chosen);
  return absl::OkStatus();
}

void EntityTagger::ListCandidates(const Document& doc, std::vector<Candidate>* cands) const {
  const Gazetteer& gazetteer = rules_->gazetteer();
  const std::vector<EntityRules::Pattern>& patterns = rules_->patterns();
  std::vector<Gazetteer::Match> matches;
  thread_local RuleIndex::Scan scan;
  for (const Sentence& s : doc.sentences) {
    for (auto [b, e] : doc.SentenceParts(s)) {
      matches.clear();
      gazetteer.FindAll(doc, b, e, &matches);
      for (const Gazetteer::Match& m : matches) {
        const Gazetteer::Alias& a = gazetteer.alias(m.alias);
        const Gazetteer::Entry& en = gazetteer.entry(a.entry);
        cands->push_back({m.begin, m.end, en.type ? static_cast<int>(*en.type) : -1,
                          kGazetteer, m.alias});
      }
      if (patterns.empty()) continue;
      if (!scan.Start(rules_->index(), doc, b, e)) continue;
      TokenPatternInput in{&doc, lexicon_.get(), b, e - b, nullptr};
      for (uint32_t p : scan.candidates()) {
        const EntityRules::Pattern& pat = patterns[p];
        TokenPatternMatch m;
        const uint32_t last = scan.LastStart(p);  // a document token index
        for (uint32_t start = 0; start < in.size && b + start <= last; ++start) {
          if (!scan.MayStartAt(p, doc, b + start)) continue;
          if (!pat.pattern.MatchAt(in, start, &m)) continue;
          uint32_t cb = m.begin, ce = m.end;
          if (!m.captures.empty() && m.captures[0].first <= m.captures[0].second) {
            cb = m.captures[0].first;
            ce = m.captures[0].second;
          }
          if (ce <= cb) continue;
          cands->push_back({b + cb, b + ce, static_cast<int>(pat.type), kPattern, p});
        }
      }
    }
  }
}

std::string EntityTagger::NormOf(const Document& doc, const Candidate& c) const {
  if (!c.norm.empty()) return c.norm;
  if (c.priority == kGazetteer) {
    const Gazetteer& g = rules_->gazetteer();
    return g.entry(g.alias(c.index).entry).norm;
  }
  return SnakeCase(doc.Text(doc.TokenSpan(c.begin, c.end)));
}

std::vector<EntityTagger::Definition> EntityTagger::FindDefinitions(
    const Document& doc, std::vector<Candidate>* cands_ptr) const {
  std::vector<Candidate>& cands = *cands_ptr;
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  std::vector<Definition> defs;
  // "(" WORD ")": the text's "(" found by memchr and looked up among the
  // tokens, so documents pay for their brackets, not for every token.
  auto is_char = [&](uint32_t k, char c) {
    const Token& t = doc.tokens[k];
    return t.end - t.begin == 1 && doc.text[t.begin] == c;
  };
  std::vector<uint32_t> opens;
  const char* text = doc.text.data();
  const size_t size = doc.text.size();
  for (const char* p = static_cast<const char*>(std::memchr(text, '(', size)); p != nullptr;
       p = static_cast<const char*>(std::memchr(p + 1, '(', size - (p + 1 - text)))) {
    const uint32_t at = static_cast<uint32_t>(p - text);
    auto tok = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), at,
                                [](const Token& t, uint32_t b) { return t.begin < b; });
    if (tok == doc.tokens.end() || tok->begin != at) continue;
    const uint32_t i = static_cast<uint32_t>(tok - doc.tokens.begin());
    if (i >= 1 && i + 2 < n && is_char(i, '(') && is_char(i + 2, ')') &&
        doc.tokens[i + 1].kind == TokenKind::kWord && doc.tokens[i + 1].Has(kHasAlpha)) {
      opens.push_back(i);
    }
    if (p + 1 >= text + size) break;
  }
  if (opens.empty()) return defs;
  // The candidates ending at a "(", by end token, so each "(" finds its
  // name in O(log n).
  std::vector<uint8_t> at_open(n + 1, 0);
  for (uint32_t i : opens) at_open[i] = 1;
  std::vector<uint32_t> by_end;
  for (uint32_t k = 0; k < cands.size(); ++k) {
    if (at_open[cands[k].end]) by_end.push_back(k);
  }
  std::stable_sort(by_end.begin(), by_end.end(),
                   [&](uint32_t a, uint32_t b) { return cands[a].end < cands[b].end; });
  const size_t listed = cands.size();  // definitions are appended after
  for (uint32_t i : opens) {
    const Token& acro = doc.tokens[i + 1];
    const uint32_t len = acro.end - acro.begin;
    if (!acro.Has(kAllUpper)) {
      // A short name in brackets ("Anglo American Platinum (Amplats)").
      if (acro.Has(kUpperInitial) && len >= 3 && len <= 12) {
        AddShortName(doc, i, &cands, by_end, listed, &defs);
      }
      continue;
    }
    if (len < 2 || len > 10) continue;
    std::string acronym(doc.TokenText(i + 1));
    // A candidate ending right before "(": the longest one.
    const Candidate* best = LongestEndingAt(cands, by_end, i, [](const Candidate& c) {
      return c.type >= 0 && c.type != static_cast<int>(EntityType::kPerson);
    });
    if (best != nullptr) {
      // A name found by pattern has no listed norm: the acronym its text
      // defines becomes the norm (ANNOTATION.md: the acronym where one is
      // standard).
      std::string norm = NormOf(doc, *best);
      if (best->priority == kPattern) {
        norm = SnakeCase(acronym);
        const uint32_t bb = best->begin;
        auto [lo, hi] = EndingAt(cands, by_end, i);
        for (auto it = lo; it != hi; ++it) {
          if (*it < listed && cands[*it].begin == bb) cands[*it].norm = norm;
        }
      }
      defs.push_back({acronym, best->type, norm, i + 1});
      continue;
    }
    if (std::optional<uint32_t> start = SpelledAcronymStart(doc, i, acronym)) {
      std::string norm = SnakeCase(acronym);
      cands.push_back({*start, i, static_cast<int>(EntityType::kOrganization), kDefinition, 0,
                       norm, "acronym-definition"});
      defs.push_back({acronym, static_cast<int>(EntityType::kOrganization), norm, i + 1});
    }
  }
  return defs;
}

void EntityTagger::AddShortName(const Document& doc, uint32_t open,
                                std::vector<Candidate>* cands_ptr,
                                const std::vector<uint32_t>& by_end, size_t listed,
                                std::vector<Definition>* defs) const {
  std::vector<Candidate>& cands = *cands_ptr;
  // The short name is nothing the lists or patterns know ("(Moscow)",
  // "(Reuters)" name a place or a source) and starts with the name's
  // first letter.
  const uint32_t alias = open + 1;
  for (size_t k = 0; k < listed; ++k) {
    if (cands[k].begin <= alias && alias < cands[k].end &&
        cands[k].type != static_cast<int>(EntityType::kPerson)) {
      return;
    }
  }
  auto first_letter = [&](uint32_t t) {
    std::string_view text = doc.TokenText(t);
    return text.empty() ? '\0' : static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  };
  const char initial = first_letter(alias);
  // A known organization ending at "(".
  const Candidate* best = LongestEndingAt(cands, by_end, open, [](const Candidate& c) {
    return c.type == static_cast<int>(EntityType::kOrganization);
  });
  std::string alias_text(doc.TokenText(alias));
  if (best != nullptr) {
    if (first_letter(best->begin) != initial) return;
    defs->push_back({alias_text, best->type, NormOf(doc, *best), alias, kDefinition});
    return;
  }
  // Otherwise two to five capitalized words before "(" from the short
  // name's letter, after a lower-case word: an organization named by its
  // short name ("at Anglo American Platinum (Amplats)").
  uint32_t start = open;
  while (start > 0 && open - start < 5 && IsWordToken(doc.tokens[start - 1]) &&
         doc.tokens[start - 1].Has(kUpperInitial) && !doc.tokens[start - 1].Has(kAllUpper)) {
    --start;
  }
  if (open - start < 2 || start == 0 || first_letter(start) != initial) return;
  for (size_t k = 0; k < listed; ++k) {  // a person's name is no body's
    if (cands[k].type == static_cast<int>(EntityType::kPerson) && cands[k].begin < open &&
        cands[k].end > start) {
      return;
    }
  }
  const Token& before = doc.tokens[start - 1];
  if (!IsWordToken(before) || before.Has(kUpperInitial)) return;
  std::string norm = SnakeCase(alias_text);
  cands.push_back({start, open, static_cast<int>(EntityType::kOrganization), kDefinition, 0,
                   norm, "short-name-definition"});
  defs->push_back({alias_text, static_cast<int>(EntityType::kOrganization), norm, alias,
                   kDefinition});
}

std::optional<uint32_t> EntityTagger::SpelledAcronymStart(const Document& doc, uint32_t open,
                                                          const std::string& acronym) const {
  // Capitalized words before "(" whose initials spell the acronym; words of
  // @org_connector ("of", "for") are skipped.
  std::string initials;
  uint32_t start = open;
  for (uint32_t k = open; k > 0 && initials.size() < acronym.size() + 4; --k) {
    const Token& t = doc.tokens[k - 1];
    if (!IsWordToken(t)) break;
    bool cap = t.Has(kUpperInitial);
    bool conn = lexicon_->InClass(doc.word_ids[k - 1], connector_class_);
    if (!cap && !conn) break;
    if (cap) {
      initials.insert(initials.begin(), doc.TokenText(k - 1)[0]);
      start = k - 1;
      if (initials == acronym) break;
    }
  }
  bool thing = open > 0 && lexicon_->InClass(doc.word_ids[open - 1], thing_class_);
  if (initials == acronym && open - start >= 2 && !thing) return start;
  return std::nullopt;
}

void EntityTagger::AddAcronymMentions(const Document& doc, const std::vector<Definition>& defs,
                                      std::vector<Candidate>* cands) const {
  if (defs.empty()) return;
  // One pass over the tokens: an acronym-shaped token is looked up once.
  StringMap<std::vector<const Definition*>> by_acronym;
  for (const Definition& d : defs) by_acronym[d.acronym].push_back(&d);
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    if (t.kind != TokenKind::kWord || !t.Has(kUpperInitial)) continue;
    auto it = by_acronym.find(doc.TokenText(i));
    if (it == by_acronym.end()) continue;
    for (const Definition* d : it->second) {
      if (d->from <= i) {
        cands->push_back({i, i + 1, d->type, d->priority, 0, d->norm,
                          d->priority == kCoref ? "acronym-coreference" : "short-name-coreference"});
        break;
      }
    }
  }
}

void EntityTagger::AddConjuncts(const Document& doc, std::vector<uint8_t>* taken,
                                std::vector<Candidate>* chosen) const {
  // Each round tries the conjuncts of a type around the mentions of that
  // type chosen in the round before (the first: all of them), so a list is
  // taken in one member per round from the mention outwards. Only mentions
  // with a joint (`joint:`, ", and") right before or after them are tried,
  // and a conjunct starts at most kReach tokens before its mention: the
  // joined name (three words with particles and hyphens) and the joint.
  const std::vector<EntityRules::Pattern>& conjuncts = rules_->conjuncts();
  const std::vector<TokenPattern>& joints = rules_->joints();
  constexpr uint32_t kReach = 9;
  constexpr int kMaxRounds = 12;  // members of one list taken in from one mention
  uint32_t conjunct_types = 0;    // bit t: some conjunct joins to type t
  for (const EntityRules::Pattern& p : conjuncts) conjunct_types |= 1u << static_cast<int>(p.type);
  std::vector<size_t> fresh;  // indices into *chosen
  for (size_t k = 0; k < chosen->size(); ++k) {
    int type = (*chosen)[k].type;
    if (type >= 0 && (conjunct_types >> type & 1)) fresh.push_back(k);
  }
  if (fresh.empty()) return;
  std::vector<int8_t> entity_type(doc.tokens.size(), -1);
  for (const Candidate& c : *chosen) {
    if (c.type < 0) continue;
    std::fill(entity_type.begin() + c.begin, entity_type.begin() + c.end,
              static_cast<int8_t>(c.type));
  }
  std::vector<Candidate> found;
  TokenPatternMatch m;
  for (int round = 0; round < kMaxRounds && !fresh.empty(); ++round) {
    found.clear();
    for (size_t k : fresh) {
      const uint32_t mb = (*chosen)[k].begin, me = (*chosen)[k].end;
      const int type = (*chosen)[k].type;
      // The sentence part that holds the mention.
      const int sentence = doc.SentenceOfToken(mb);
      if (sentence < 0) continue;
      uint32_t b = 0, e = 0;
      for (auto [pb, pe] : doc.SentenceParts(doc.sentences[sentence])) {
        if (pb <= mb && mb < pe) b = pb, e = pe;
      }
      if (me > e) continue;  // across parts: nothing is joined
      TokenPatternInput in{&doc, lexicon_.get(), b, e - b, entity_type.data()};
      // A joint right after the mention, or one ending right before it.
      bool joined = joints.empty();
      for (size_t j = 0; j < joints.size() && !joined; ++j) {
        joined = me < e && joints[j].MatchAt(in, me - b, &m);
        for (uint32_t back = 1; back <= 2 && !joined && mb >= b + back; ++back) {
          joined = joints[j].MatchAt(in, mb - b - back, &m) && m.end == mb - b;
        }
      }
      if (!joined) continue;
      const uint32_t first = mb - b > kReach ? mb - b - kReach : 0;
      for (uint32_t p = 0; p < conjuncts.size(); ++p) {
        if (static_cast<int>(conjuncts[p].type) != type) continue;
        for (uint32_t start = first; start < me - b; ++start) {
          if (!conjuncts[p].pattern.MatchAt(in, start, &m)) continue;
          if (m.captures.empty() || m.captures[0].first >= m.captures[0].second) continue;
          uint32_t cb = b + m.captures[0].first, ce = b + m.captures[0].second;
          bool free = true;
          for (uint32_t i = cb; i < ce && free; ++i) free = !(*taken)[i];
          if (free) found.push_back({cb, ce, type, kConjunct, p});
        }
      }
    }
    fresh.clear();
    const size_t before = chosen->size();
    Select(&found, taken, chosen);
    for (size_t k = before; k < chosen->size(); ++k) {
      const Candidate& c = (*chosen)[k];
      std::fill(entity_type.begin() + c.begin, entity_type.begin() + c.end,
                static_cast<int8_t>(c.type));
      fresh.push_back(k);
    }
  }
}

uint32_t EntityTagger::SurnameToken(const Document& doc, const Candidate& c) const {
  uint32_t last = c.end - 1;
  if (last > c.begin && !doc.word_ids.empty() &&
      lexicon_->InClass(doc.word_ids[last], suffix_class_)) {
    --last;  // "Thomas P. O'Neill Jr.": the surname is "O'Neill"
  }
  return last;
}

void EntityTagger::AddPersonCoreference(const Document& doc, std::vector<uint8_t>* taken,
                                        std::vector<Candidate>* chosen) const {
  // The fullest form of each surname gives every mention its norm; bare
  // surnames elsewhere become mentions.
  const int kPersonType = static_cast<int>(EntityType::kPerson);
  StringMap<std::pair<uint32_t, std::string>> fullest;  // surname -> (len, norm)
  for (const Candidate& c : *chosen) {
    if (c.type != kPersonType) continue;
    std::string surname(doc.TokenText(SurnameToken(doc, c)));
    std::string norm = NormOf(doc, c);
    auto& slot = fullest[surname];
    if (c.end - c.begin > slot.first) slot = {c.end - c.begin, norm};
  }
  if (fullest.empty()) return;
  // A bit per (first byte, length) of the surnames: most capitalized
  // tokens are no surname, and the bit test spares their string hash.
  std::bitset<256> shapes;
  auto shape = [](std::string_view w) {
    return (static_cast<unsigned char>(w[0]) * 31u + static_cast<unsigned>(w.size())) & 255u;
  };
  for (const auto& [surname, unused] : fullest) {
    if (!surname.empty()) shapes.set(shape(surname));
  }
  std::vector<Candidate> more;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    if ((*taken)[i] || !doc.tokens[i].Has(kUpperInitial) || !IsWordToken(doc.tokens[i])) {
      continue;
    }
    std::string_view text = doc.TokenText(i);
    if (text.empty() || !shapes.test(shape(text))) continue;
    auto it = fullest.find(text);
    if (it != fullest.end() && doc.SentenceOfToken(i) >= 0) {
      more.push_back({i, i + 1, kPersonType, kCoref, 0, it->second.second, "person-coreference"});
    }
  }
  Select(&more, taken, chosen);
  for (Candidate& c : *chosen) {
    if (c.type != kPersonType) continue;
    auto it = fullest.find(doc.TokenText(SurnameToken(doc, c)));
    if (it != fullest.end()) c.norm = it->second.second;
  }
}

void EntityTagger::Emit(Document* doc, std::vector<Candidate>* chosen) const {
  std::sort(chosen->begin(), chosen->end(),
            [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  doc->entities.reserve(chosen->size());
  for (Candidate& c : *chosen) {
    if (c.type < 0) continue;  // NONE names swallow only
    Entity e;
    e.span = doc->TokenSpan(c.begin, c.end);
    e.type = static_cast<EntityType>(c.type);
    e.norm = NormOf(*doc, c);
    if (c.rule != nullptr) {
      e.rule = c.rule;
    } else if (c.priority == kGazetteer) {
      e.rule = rules_->entry_rule(rules_->gazetteer().alias(c.index).entry);
    } else if (c.priority == kConjunct) {
      e.rule = rules_->conjuncts()[c.index].rule;
    } else {
      e.rule = rules_->patterns()[c.index].rule;
    }
    e.token_begin = c.begin;
    e.token_end = c.end;
    doc->entities.push_back(std::move(e));
  }
}

}  // namespace casus
