#include "stages/entity_tagger.h"

#include <algorithm>

#include "pipeline/status_macros.h"
#include "pipeline/strings.h"
#include "pipeline/utf8.h"
#include "stages/norms.h"

namespace casus {
namespace {

enum Priority : int { kGazetteer = 0, kDefinition = 1, kPattern = 2, kCoref = 3 };

// A possible mention. Strings are made only for the chosen ones: a
// gazetteer candidate points at its alias, a pattern candidate at its
// pattern; `norm` is set directly only by definitions and coreference.
struct Candidate {
  uint32_t begin;  // token indices [begin, end)
  uint32_t end;
  int type;  // EntityType, or -1 for a NONE name
  int priority;
  uint32_t index = 0;  // alias (kGazetteer) or pattern (kPattern)
  std::string norm;    // when set, overrides the derived norm
  const char* rule = nullptr;  // fixed rule names (definitions, coreference)
};

std::string FileName(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool IsWordToken(const Token& t) {
  return t.kind == TokenKind::kWord || t.kind == TokenKind::kAbbrev;
}

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

}  // namespace

absl::StatusOr<std::pair<std::string, std::vector<MarkedSpan>>> ParseMarkedText(
    std::string_view marked) {
  std::string plain;
  std::vector<MarkedSpan> spans;
  uint32_t cps = 0;  // code points written to plain
  size_t i = 0;
  while (i < marked.size()) {
    char c = marked[i];
    if (c == '[') {
      size_t close = marked.find(']', i);
      if (close == std::string_view::npos || close + 1 >= marked.size() ||
          marked[close + 1] != '{') {
        return absl::InvalidArgumentError(
            StrCat("mark at byte ", i, " needs ']{TYPE norm}'"));
      }
      size_t brace = marked.find('}', close);
      if (brace == std::string_view::npos) {
        return absl::InvalidArgumentError(StrCat("unclosed '{' at byte ", close));
      }
      std::string_view surface = marked.substr(i + 1, close - i - 1);
      std::string_view label = marked.substr(close + 2, brace - close - 2);
      MarkedSpan s;
      s.start = cps;
      plain.append(surface);
      cps += static_cast<uint32_t>(CountCodePoints(surface));
      s.end = cps;
      size_t sp = label.find(' ');
      s.type = std::string(label.substr(0, sp));
      if (sp != std::string_view::npos) s.norm = std::string(label.substr(sp + 1));
      spans.push_back(std::move(s));
      i = brace + 1;
      continue;
    }
    plain.push_back(c);
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++cps;
    ++i;
  }
  return std::make_pair(std::move(plain), std::move(spans));
}

absl::StatusOr<std::unique_ptr<EntityTagger>> EntityTagger::Create(
    const RuleFiles& files, const Tokenizer& tokenizer,
    LexiconBuilder* lexicon, bool prefilter) {
  std::unique_ptr<EntityTagger> t(new EntityTagger);
  CASUS_ASSIGN_OR_RETURN(t->gazetteer_,
                         Gazetteer::Load(files, tokenizer, lexicon));
  CASUS_ASSIGN_OR_RETURN(std::vector<RuleFile> pats,
                         files.List("entities", ".pat"));
  for (const RuleFile& f : pats) {
    CASUS_RETURN_IF_ERROR(t->ParsePatternFile(f, lexicon));
  }
  for (size_t i = 0; i < t->gazetteer_->num_entries(); ++i) {
    const Gazetteer::Entry& en = t->gazetteer_->entry(static_cast<uint32_t>(i));
    t->entry_rules_.push_back(StrCat(FileName(en.path), ":", en.line));
  }
  t->connector_class_ = lexicon->FindClass("org_connector");
  t->thing_class_ = lexicon->FindClass("thing_head");
  t->lexicon_ = lexicon->lexicon();
  std::vector<const TokenPattern*> patterns;
  for (const Pattern& p : t->patterns_) patterns.push_back(&p.pattern);
  t->index_.Build(patterns, *t->lexicon_, prefilter);
  return t;
}

absl::Status EntityTagger::ParsePatternFile(const RuleFile& file,
                                            LexiconBuilder* lexicon) {
  for (const RuleLine& line : SplitRuleLines(file.contents)) {
    std::string_view text = line.text;
    int col0 = line.indent + 1;
    if (text.substr(0, 8) == "example ") {
      pattern_examples_.push_back(
          {file.path, line.number, std::string(StripWhitespace(text.substr(8)))});
      continue;
    }
    if (text.substr(0, 8) != "pattern ") {
      return RuleError(file.path, line.number, col0,
                       "expected 'pattern ID TYPE: PATTERN' or 'example ...'");
    }
    size_t colon = text.find(':');
    if (colon == std::string_view::npos) {
      return RuleError(file.path, line.number, col0, "pattern needs ': PATTERN'");
    }
    std::string_view head = StripWhitespace(text.substr(8, colon - 8));
    size_t sp = head.find(' ');
    if (sp == std::string_view::npos) {
      return RuleError(file.path, line.number, col0 + 8,
                       "expected 'pattern ID TYPE:'");
    }
    std::string_view id = head.substr(0, sp);
    std::string_view type_name = StripWhitespace(head.substr(sp));
    auto type = ParseEntityType(type_name);
    if (!type) {
      return RuleError(file.path, line.number,
                       col0 + 8 + static_cast<int>(sp) + 1,
                       StrCat("unknown type '", type_name, "'"));
    }
    std::string_view src = text.substr(colon + 1);
    int src_col = col0 + static_cast<int>(colon) + 1;
    auto tp = TokenPattern::Compile(src, lexicon);
    if (!tp.ok()) {
      // "column N: message" -> FILE:LINE:COLUMN.
      std::string_view msg = FromAbsl(tp.status().message());
      int col = src_col;
      if (msg.substr(0, 7) == "column ") {
        size_t c2 = msg.find(':');
        col += std::atoi(std::string(msg.substr(7, c2 - 7)).c_str()) - 1;
        msg = msg.substr(c2 + 2);
      }
      return RuleError(file.path, line.number, col, msg);
    }
    if (tp->capture_names().size() > 1) {
      return RuleError(file.path, line.number, src_col,
                       "an entity pattern has at most one [capture]");
    }
    patterns_.push_back(
        {*type, *std::move(tp), StrCat(FileName(file.path), ":", line.number, ":", id)});
  }
  return absl::OkStatus();
}

std::vector<RuleExample> EntityTagger::Examples() const {
  std::vector<RuleExample> out = gazetteer_->examples();
  out.insert(out.end(), pattern_examples_.begin(), pattern_examples_.end());
  return out;
}

absl::Status EntityTagger::Process(Document* doc) const {
  doc->entities.clear();
  const uint32_t n = static_cast<uint32_t>(doc->tokens.size());
  if (n == 0) return absl::OkStatus();
  std::vector<Candidate> cands;
  std::vector<Gazetteer::Match> matches;
  thread_local RuleIndex::Scan scan;

  // 1 and 3: gazetteer and patterns, per contiguous sentence part.
  for (const Sentence& s : doc->sentences) {
    for (auto [b, e] : doc->SentenceParts(s)) {
      matches.clear();
      gazetteer_->FindAll(*doc, b, e, &matches);
      for (const Gazetteer::Match& m : matches) {
        const Gazetteer::Alias& a = gazetteer_->alias(m.alias);
        const Gazetteer::Entry& en = gazetteer_->entry(a.entry);
        cands.push_back({m.begin, m.end, en.type ? static_cast<int>(*en.type) : -1,
                         kGazetteer, m.alias});
      }
      if (patterns_.empty()) continue;
      if (!scan.Start(index_, *doc, b, e)) continue;
      TokenPatternInput in{doc, lexicon_.get(), b, e - b, nullptr};
      for (uint32_t p : scan.candidates()) {
        const Pattern& pat = patterns_[p];
        TokenPatternMatch m;
        const uint32_t last = scan.LastStart(p);  // a document token index
        for (uint32_t start = 0; start < in.size && b + start <= last; ++start) {
          if (!pat.pattern.MatchAt(in, start, &m)) continue;
          uint32_t cb = m.begin, ce = m.end;
          if (!m.captures.empty() && m.captures[0].first <= m.captures[0].second) {
            cb = m.captures[0].first;
            ce = m.captures[0].second;
          }
          if (ce <= cb) continue;
          cands.push_back({b + cb, b + ce, static_cast<int>(pat.type), kPattern, p});
        }
      }
    }
  }

  // The norm a candidate stands for.
  auto norm_of = [&](const Candidate& c) -> std::string {
    if (!c.norm.empty()) return c.norm;
    if (c.priority == kGazetteer) {
      return gazetteer_->entry(gazetteer_->alias(c.index).entry).norm;
    }
    return SnakeCase(doc->Text(doc->TokenSpan(c.begin, c.end)));
  };

  // 2: acronym definitions "NAME (ACRO)".
  struct Definition {
    std::string acronym;
    int type;
    std::string norm;
    uint32_t from;  // token index where it becomes known
  };
  std::vector<Definition> defs;
  // Candidates by end token, so each "(" finds its name in O(log n).
  std::vector<uint32_t> by_end(cands.size());
  for (uint32_t k = 0; k < by_end.size(); ++k) by_end[k] = k;
  std::sort(by_end.begin(), by_end.end(),
            [&](uint32_t a, uint32_t b) { return cands[a].end < cands[b].end; });
  const size_t listed = cands.size();  // definitions are appended after
  for (uint32_t i = 1; i + 2 < n; ++i) {
    const Token& open = doc->tokens[i];
    const Token& acro = doc->tokens[i + 1];
    if (doc->TokenText(i) != "(" || doc->TokenText(i + 2) != ")") continue;
    if (acro.kind != TokenKind::kWord || !acro.Has(kAllUpper) ||
        !acro.Has(kHasAlpha) || acro.end - acro.begin < 2 || acro.end - acro.begin > 10) {
      continue;
    }
    (void)open;
    std::string acronym(doc->TokenText(i + 1));
    // A candidate ending right before "(": the longest one.
    const Candidate* best = nullptr;
    auto lo = std::lower_bound(by_end.begin(), by_end.end(), i,
                               [&](uint32_t k, uint32_t v) { return cands[k].end < v; });
    for (auto it = lo; it != by_end.end() && cands[*it].end == i; ++it) {
      const Candidate& c = cands[*it];
      if (c.type >= 0 && c.type != static_cast<int>(EntityType::kPerson) &&
          (best == nullptr || c.end - c.begin > best->end - best->begin)) {
        best = &c;
      }
    }
    if (best != nullptr) {
      // A name found by pattern has no listed norm: the acronym its text
      // defines becomes the norm (ANNOTATION.md: the acronym where one is
      // standard).
      std::string norm = norm_of(*best);
      if (best->priority == kPattern) {
        norm = SnakeCase(acronym);
        uint32_t bb = best->begin;
        for (auto it = lo; it != by_end.end() && *it < listed && cands[*it].end == i; ++it) {
          if (cands[*it].begin == bb) cands[*it].norm = norm;
        }
      }
      defs.push_back({acronym, best->type, norm, i + 1});
      continue;
    }
    // Otherwise capitalized words before "(" whose initials spell it.
    std::string initials;
    uint32_t start = i;
    for (uint32_t k = i; k > 0 && initials.size() < acronym.size() + 4; --k) {
      const Token& t = doc->tokens[k - 1];
      if (!IsWordToken(t)) break;
      bool cap = t.Has(kUpperInitial);
      bool conn = connector_class_ >= 0 &&
                  lexicon_->InClass(doc->word_ids[k - 1], connector_class_);
      if (!cap && !conn) break;
      if (cap) {
        initials.insert(initials.begin(), doc->TokenText(k - 1)[0]);
        start = k - 1;
        if (initials == acronym) break;
      }
    }
    bool thing = thing_class_ >= 0 && i > 0 &&
                 lexicon_->InClass(doc->word_ids[i - 1], thing_class_);
    if (initials == acronym && i - start >= 2 && !thing) {
      std::string norm = SnakeCase(acronym);
      cands.push_back({start, i, static_cast<int>(EntityType::kOrganization),
                       kDefinition, 0, norm, "acronym-definition"});
      defs.push_back({acronym, static_cast<int>(EntityType::kOrganization),
                      norm, i + 1});
    }
  }
  if (!defs.empty()) {
    // One pass over the tokens: an acronym-shaped token is looked up once.
    StringMap<std::vector<const Definition*>> by_acronym;
    for (const Definition& d : defs) by_acronym[d.acronym].push_back(&d);
    for (uint32_t i = 0; i < n; ++i) {
      const Token& t = doc->tokens[i];
      if (t.kind != TokenKind::kWord || !t.Has(kAllUpper)) continue;
      auto it = by_acronym.find(doc->TokenText(i));
      if (it == by_acronym.end()) continue;
      for (const Definition* d : it->second) {
        if (d->from <= i) {
          cands.push_back({i, i + 1, d->type, kCoref, 0, d->norm, "acronym-coreference"});
          break;
        }
      }
    }
  }

  std::vector<uint8_t> taken(n, 0);
  std::vector<Candidate> chosen;
  Select(&cands, &taken, &chosen);

  // 4: people. The fullest form of each surname gives every mention its norm;
  // bare surnames elsewhere become mentions.
  const int kPersonType = static_cast<int>(EntityType::kPerson);
  StringMap<std::pair<uint32_t, std::string>> fullest;  // surname -> (len, norm)
  for (const Candidate& c : chosen) {
    if (c.type != kPersonType) continue;
    std::string surname(doc->TokenText(c.end - 1));
    std::string norm = norm_of(c);
    auto& slot = fullest[surname];
    if (c.end - c.begin > slot.first) slot = {c.end - c.begin, norm};
  }
  if (!fullest.empty()) {
    std::vector<Candidate> more;
    for (uint32_t i = 0; i < n; ++i) {
      if (taken[i] || !doc->tokens[i].Has(kUpperInitial) ||
          !IsWordToken(doc->tokens[i])) {
        continue;
      }
      auto it = fullest.find(doc->TokenText(i));
      if (it != fullest.end() && doc->SentenceOfToken(i) >= 0) {
        more.push_back({i, i + 1, kPersonType, kCoref, 0, it->second.second,
                        "person-coreference"});
      }
    }
    Select(&more, &taken, &chosen);
    for (Candidate& c : chosen) {
      if (c.type != kPersonType) continue;
      auto it = fullest.find(doc->TokenText(c.end - 1));
      if (it != fullest.end()) c.norm = it->second.second;
    }
  }

  std::sort(chosen.begin(), chosen.end(),
            [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  doc->entities.reserve(chosen.size());
  for (Candidate& c : chosen) {
    if (c.type < 0) continue;  // NONE names swallow only
    Entity e;
    e.span = doc->TokenSpan(c.begin, c.end);
    e.type = static_cast<EntityType>(c.type);
    e.norm = norm_of(c);
    if (c.rule != nullptr) {
      e.rule = c.rule;
    } else if (c.priority == kGazetteer) {
      e.rule = entry_rules_[gazetteer_->alias(c.index).entry];
    } else {
      e.rule = patterns_[c.index].rule;
    }
    e.token_begin = c.begin;
    e.token_end = c.end;
    doc->entities.push_back(std::move(e));
  }
  return absl::OkStatus();
}

}  // namespace casus
