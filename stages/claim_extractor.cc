#include "stages/claim_extractor.h"

#include <algorithm>
#include <cstdlib>

#include "pipeline/status_macros.h"
#include "pipeline/strings.h"

namespace casus {
namespace {

struct SlotName {
  std::string_view name;
  Slot slot;
};
constexpr SlotName kSlots[] = {
    {"np_left", Slot::kNpLeft},           {"np_right", Slot::kNpRight},
    {"subject", Slot::kSubject},          {"clause_left", Slot::kClauseLeft},
    {"clause_right", Slot::kClauseRight}, {"comma_clause", Slot::kCommaClause},
    {"purpose", Slot::kPurpose},
};

bool SplittableSlot(Slot s) {
  return s == Slot::kNpLeft || s == Slot::kNpRight || s == Slot::kCaptured ||
         s == Slot::kPurpose || s == Slot::kSubject;
}

// Content words: what makes a conjunct a phrase of its own.
bool IsContent(const Document& doc, uint32_t i) {
  Pos p = doc.pos[i];
  return p == Pos::kNoun || p == Pos::kPropn || p == Pos::kAdj ||
         p == Pos::kNum || p == Pos::kVerb;
}

// Splits "porous mountain borders and weak customs agencies" into its
// conjuncts when every conjunct has two content words or more; otherwise
// (bare nouns, a shared modifier) the range stays whole.
std::vector<TokenRange> SplitConjuncts(const Document& doc, TokenRange r) {
  // Separators: commas, and the conjunction after the last comma ("A, B and
  // C"); without commas, every top-level "and"/"or".
  std::vector<uint32_t> commas, conj;
  for (uint32_t i = r.begin; i < r.end; ++i) {
    std::string_view t = doc.TokenText(i);
    if (t == "," && i + 1 < r.end) commas.push_back(i);
    if (doc.pos[i] == Pos::kCconj && (t == "and" || t == "or")) conj.push_back(i);
  }
  std::vector<uint32_t> seps = commas;
  if (!commas.empty()) {
    uint32_t last = 0;
    for (uint32_t c : conj) {
      if (c > commas.back()) last = c;
    }
    if (last > 0 && last != commas.back() + 1) seps.push_back(last);
  } else {
    seps = conj;
  }
  if (seps.empty()) return {r};
  std::sort(seps.begin(), seps.end());
  std::vector<TokenRange> parts;
  uint32_t start = r.begin;
  for (uint32_t sep : seps) {
    parts.push_back({start, sep});
    start = sep + 1;
    if (start < r.end && doc.pos[start] == Pos::kCconj) ++start;  // ", and"
  }
  parts.push_back({start, r.end});
  // "by X and by Y": the repeated preposition is not part of the conjunct.
  for (size_t k = 1; k < parts.size(); ++k) {
    if (parts[k].size() > 1 && doc.pos[parts[k].begin] == Pos::kPrep) ++parts[k].begin;
  }
  // A conjunction after an attached phrase may join inside it ("the threats
  // arising from X and Y"): the phrase stays whole.
  for (uint32_t i = parts[0].begin; i < parts[0].end; ++i) {
    if (doc.pos[i] == Pos::kPrep) return {r};
  }
  // Each conjunct needs two content words before any attached phrase;
  // otherwise a modifier may be shared ("cooperation and alignment in
  // Central Asia") and the phrase stays whole.
  for (const TokenRange& p : parts) {
    if (p.empty()) return {r};
    int content = 0;
    for (uint32_t i = p.begin; i < p.end && doc.pos[i] != Pos::kPrep; ++i) {
      content += IsContent(doc, i);
    }
    if (content < 2) return {r};
  }
  return parts;
}

struct Candidate {
  uint32_t rule;
  TokenPatternMatch m;
  TokenRange trigger;  // document token indices
};

}  // namespace

absl::StatusOr<std::unique_ptr<ClaimExtractor>> ClaimExtractor::Create(
    const RuleFiles& files, LexiconBuilder* lexicon, bool prefilter) {
  std::unique_ptr<ClaimExtractor> c(new ClaimExtractor);
  CASUS_ASSIGN_OR_RETURN(std::vector<RuleFile> rule_files,
                         files.List("claims", ".rules"));
  for (const RuleFile& f : rule_files) CASUS_RETURN_IF_ERROR(c->ParseFile(f, lexicon));
  c->lexicon_ = lexicon->lexicon();
  c->modality_ = std::make_unique<ModalityReader>(*c->lexicon_);
  c->chunker_classes_ = ChunkerClasses::Find(*c->lexicon_);
  std::vector<const TokenPattern*> patterns;
  for (const ClaimRule& rule : c->rules_) patterns.push_back(&rule.pattern);
  c->index_.Build(patterns, *c->lexicon_, prefilter);
  return c;
}

absl::Status ClaimExtractor::ParseFile(const RuleFile& file,
                                       LexiconBuilder* lexicon) {
  ClaimRule* rule = nullptr;
  bool have_match = false;
  std::string_view match_src;
  int match_line = 0, match_col = 0;
  auto finish = [&]() -> absl::Status {
    if (rule == nullptr) return absl::OkStatus();
    if (!have_match) {
      return RuleError(file.path, rule->line, 1,
                       StrCat("rule ", rule->id, " has no 'match:'"));
    }
    auto tp = TokenPattern::Compile(match_src, lexicon);
    if (!tp.ok()) {
      std::string_view msg = FromAbsl(tp.status().message());
      int col = match_col;
      if (msg.substr(0, 7) == "column ") {
        size_t c2 = msg.find(':');
        col += std::atoi(std::string(msg.substr(7, c2 - 7)).c_str()) - 1;
        msg = msg.substr(c2 + 2);
      }
      return RuleError(file.path, match_line, col, msg);
    }
    rule->pattern = *std::move(tp);
    const auto& names = rule->pattern.capture_names();
    for (size_t i = 0; i < names.size(); ++i) {
      if (names[i] == "trigger") rule->trigger_capture = static_cast<int>(i);
      else if (names[i] == "cause") rule->cause_capture = static_cast<int>(i);
      else if (names[i] == "effect") rule->effect_capture = static_cast<int>(i);
      else {
        return RuleError(file.path, match_line, match_col,
                         StrCat("capture '", names[i],
                                "' (a claim rule captures trigger, cause, effect)"));
      }
    }
    if (rule->trigger_capture < 0) {
      return RuleError(file.path, match_line, match_col,
                       "the pattern needs a [trigger: ...] capture");
    }
    auto check_slot = [&](const char* what, int capture, Slot slot) -> absl::Status {
      if (capture >= 0 && slot != Slot::kCaptured) {
        return RuleError(file.path, rule->line, 1,
                         StrCat("rule ", rule->id, ": ", what,
                                " is both captured and given a slot"));
      }
      if (capture < 0 && slot == Slot::kCaptured) {
        return RuleError(file.path, rule->line, 1,
                         StrCat("rule ", rule->id, ": no ", what,
                                " (capture it or give '", what, ": SLOT')"));
      }
      return absl::OkStatus();
    };
    CASUS_RETURN_IF_ERROR(check_slot("cause", rule->cause_capture, rule->cause));
    CASUS_RETURN_IF_ERROR(check_slot("effect", rule->effect_capture, rule->effect));
    if (rule->cause == Slot::kCommaClause && rule->effect == Slot::kCommaClause) {
      return RuleError(file.path, rule->line, 1, "cause and effect cannot both be comma_clause");
    }
    return absl::OkStatus();
  };

  for (const RuleLine& line : SplitRuleLines(file.contents)) {
    std::string_view text = line.text;
    int col0 = line.indent + 1;
    if (line.indent == 0) {
      CASUS_RETURN_IF_ERROR(finish());
      if (text.substr(0, 5) != "rule ") {
        return RuleError(file.path, line.number, 1, "expected 'rule ID'");
      }
      std::string_view id = StripWhitespace(text.substr(5));
      if (id.empty() || id.find(' ') != std::string_view::npos) {
        return RuleError(file.path, line.number, 6, "a rule id is one word");
      }
      for (const ClaimRule& r : rules_) {
        if (r.id == id) {
          return RuleError(file.path, line.number, 6,
                           StrCat("rule '", id, "' already defined at ", r.path,
                                  ":", r.line));
        }
      }
      rules_.emplace_back();
      rule = &rules_.back();
      rule->id = std::string(id);
      rule->path = file.path;
      rule->line = line.number;
      have_match = false;
      continue;
    }
    if (rule == nullptr) {
      return RuleError(file.path, line.number, col0, "property before any 'rule ID'");
    }
    size_t colon = text.find(':');
    if (colon == std::string_view::npos) {
      return RuleError(file.path, line.number, col0, "expected 'key: value'");
    }
    std::string_view key = text.substr(0, colon);
    std::string_view value = StripWhitespace(text.substr(colon + 1));
    int vcol = col0 + static_cast<int>(colon) + 1;
    while (vcol - col0 < static_cast<int>(text.size()) && text[vcol - col0] == ' ') ++vcol;
    if (key == "match") {
      have_match = true;
      match_src = text.substr(colon + 1);
      match_line = line.number;
      match_col = col0 + static_cast<int>(colon) + 1;
    } else if (key == "cause" || key == "effect") {
      Slot slot = Slot::kCaptured;
      bool found = false;
      for (const SlotName& s : kSlots) {
        if (s.name == value) {
          slot = s.slot;
          found = true;
        }
      }
      if (!found) {
        return RuleError(file.path, line.number, vcol,
                         StrCat("unknown slot '", value,
                                "' (np_left, np_right, subject, clause_left, "
                                "clause_right, comma_clause, purpose)"));
      }
      (key == "cause" ? rule->cause : rule->effect) = slot;
    } else if (key == "relation") {
      auto r = ParseRelation(value);
      if (!r) {
        return RuleError(file.path, line.number, vcol,
                         StrCat("unknown relation '", value, "' (CAUSE or PREVENT)"));
      }
      rule->relation = *r;
    } else if (key == "modality") {
      auto m = ParseModality(value);
      if (!m) {
        return RuleError(file.path, line.number, vcol,
                         StrCat("unknown modality '", value, "'"));
      }
      rule->modality = *m;
    } else if (key == "unless") {
      auto tp = TokenPattern::Compile(text.substr(colon + 1), lexicon);
      if (!tp.ok()) {
        std::string_view msg = FromAbsl(tp.status().message());
        int col = col0 + static_cast<int>(colon) + 1;
        if (msg.substr(0, 7) == "column ") {
          size_t c2 = msg.find(':');
          col += std::atoi(std::string(msg.substr(7, c2 - 7)).c_str()) - 1;
          msg = msg.substr(c2 + 2);
        }
        return RuleError(file.path, line.number, col, msg);
      }
      rule->unless.push_back(*std::move(tp));
    } else if (key == "priority") {
      rule->priority = std::atoi(std::string(value).c_str());
    } else if (key == "example") {
      rule->examples.push_back({file.path, line.number, std::string(value)});
    } else if (key == "counter") {
      rule->counters.push_back({file.path, line.number, std::string(value)});
    } else {
      return RuleError(file.path, line.number, col0,
                       StrCat("unknown key '", key,
                              "' (match, unless, cause, effect, relation, "
                              "modality, priority, example, counter)"));
    }
  }
  return finish();
}

absl::Status ClaimExtractor::Process(Document* doc) const {
  Extract(doc, nullptr);
  return absl::OkStatus();
}

void ClaimExtractor::Extract(Document* doc, std::vector<ClaimTrace>* trace) const {
  doc->claims.clear();
  std::vector<int8_t> entity_type(doc->tokens.size(), -1);
  for (const Entity& e : doc->entities) {
    for (uint32_t i = e.token_begin; i < e.token_end; ++i) {
      entity_type[i] = static_cast<int8_t>(e.type);
    }
  }
  // Trigger marks, indexed by document token; each run clears its range
  // after use, so the work stays linear in the document's length.
  std::vector<uint8_t> blocked(doc->tokens.size(), 0);
  for (uint32_t s = 0; s < doc->sentences.size(); ++s) {
    if (doc->sentences[s].heading) continue;  // titles state no claims
    for (auto [b, e] : doc->SentenceParts(doc->sentences[s])) {
      ExtractRun(doc, s, b, e, entity_type, &blocked, &doc->claims, trace);
      std::fill(blocked.begin() + b, blocked.begin() + e, 0);
    }
  }
  std::stable_sort(doc->claims.begin(), doc->claims.end(),
                   [](const Claim& a, const Claim& b) {
                     return std::tie(a.trigger.begin, a.cause.begin, a.effect.begin) <
                            std::tie(b.trigger.begin, b.cause.begin, b.effect.begin);
                   });
}

void ClaimExtractor::ExtractRun(Document* doc, uint32_t sentence, uint32_t begin,
                                uint32_t end, const std::vector<int8_t>& entity_type,
                                std::vector<uint8_t>* blocked_marks,
                                std::vector<Claim>* out,
                                std::vector<ClaimTrace>* trace) const {
  // The rules that can match in this run (one pass over its words), each
  // tried only where it can start. The scan's buffers are per thread and
  // reused, so a run allocates nothing.
  thread_local RuleIndex::Scan scan;
  if (!scan.Start(index_, *doc, begin, end)) return;

  TokenPatternInput in{doc, lexicon_.get(), begin, end - begin, entity_type.data()};
  std::vector<Candidate> found;
  for (uint32_t start = 0; start < in.size; ++start) {
    for (uint32_t r : scan.StartingAt(*doc, begin + start)) {
      const ClaimRule& rule = rules_[r];
      TokenPatternMatch m;
      if (!rule.pattern.MatchAt(in, start, &m)) continue;
      bool vetoed = false;
      for (const TokenPattern& u : rule.unless) {
        TokenPatternMatch um;
        vetoed |= u.MatchAt(in, start, &um);
      }
      auto [tb, te] = m.captures[rule.trigger_capture];
      if (vetoed) {
        if (trace != nullptr) {
          trace->push_back({rule.id, sentence, doc->TokenSpan(begin + m.begin, begin + m.end),
                            doc->TokenSpan(begin + tb, begin + te),
                            "vetoed by an 'unless' pattern"});
        }
        continue;
      }
      if (te <= tb) continue;
      TokenRange trig{begin + tb, begin + te};
      bool dup = false;
      for (const Candidate& c : found) {
        dup |= c.rule == r && c.trigger.begin == trig.begin && c.trigger.end == trig.end;
      }
      if (!dup) found.push_back({r, m, trig});
    }
  }
  if (found.empty()) return;
  std::stable_sort(found.begin(), found.end(), [&](const Candidate& a, const Candidate& b) {
    if (a.trigger.size() != b.trigger.size()) return a.trigger.size() > b.trigger.size();
    if (rules_[a.rule].priority != rules_[b.rule].priority) {
      return rules_[a.rule].priority > rules_[b.rule].priority;
    }
    if (a.rule != b.rule) return a.rule < b.rule;
    return a.trigger.begin < b.trigger.begin;
  });
  std::vector<uint8_t>& blocked = *blocked_marks;
  std::vector<const Candidate*> accepted;
  for (const Candidate& c : found) {
    bool free = true;
    for (uint32_t i = c.trigger.begin; i < c.trigger.end; ++i) free &= !blocked[i];
    auto record = [&](std::string_view outcome) {
      if (trace == nullptr) return;
      trace->push_back({rules_[c.rule].id, sentence,
                        doc->TokenSpan(begin + c.m.begin, begin + c.m.end),
                        doc->TokenSpan(c.trigger.begin, c.trigger.end),
                        std::string(outcome)});
    };
    if (!free) {
      record("lost to an overlapping trigger of another rule");
      continue;
    }
    for (uint32_t i = c.trigger.begin; i < c.trigger.end; ++i) blocked[i] = 1;
    accepted.push_back(&c);
  }

  Chunker ch(*doc, *lexicon_, chunker_classes_, begin, end, &blocked);
  struct Filled {
    const Candidate* c;
    TokenRange cause, effect;
    std::string_view problem;
  };
  auto fill_all = [&]() {
    std::vector<Filled> filled;
    for (const Candidate* c : accepted) {
      const ClaimRule& rule = rules_[c->rule];
      uint32_t mb = begin + c->m.begin, me = begin + c->m.end;
      auto fill = [&](Slot slot, int capture, const TokenRange* other) -> TokenRange {
        switch (slot) {
          case Slot::kCaptured: {
            auto [cb, ce] = c->m.captures[capture];
            if (ce <= cb) return {mb, mb};
            return {begin + cb, begin + ce};
          }
          case Slot::kNpLeft: return ch.NpLeft(mb);
          case Slot::kNpRight: return ch.NpRight(me);
          case Slot::kSubject: return ch.Subject(mb);
          case Slot::kClauseLeft: return ch.ClauseLeft(mb);
          case Slot::kClauseRight: return ch.ClauseRight(me);
          case Slot::kPurpose: return ch.PurposeCause(mb);
          case Slot::kCommaClause: {
            uint32_t from = other != nullptr && !other->empty() && other->end >= me
                                ? other->end
                                : me;
            uint32_t comma = ch.NextComma(from);
            if (comma >= end) return {end, end};
            // "Given X, with Y, Z": a prepositional aside is not the clause.
            uint32_t after = ch.NextComma(comma + 1);
            if (comma + 1 < end && doc->pos[comma + 1] == Pos::kPrep && after < end) {
              comma = after;
            }
            return ch.ClauseRight(comma + 1);
          }
        }
        return {mb, mb};
      };
      Filled f{c, {}, {}, {}};
      if (rule.cause == Slot::kCommaClause) {
        f.effect = fill(rule.effect, rule.effect_capture, nullptr);
        f.cause = fill(rule.cause, rule.cause_capture, &f.effect);
      } else {
        f.cause = fill(rule.cause, rule.cause_capture, nullptr);
        f.effect = fill(rule.effect, rule.effect_capture, &f.cause);
      }
      // Trailing time adjuncts are no part of either ("in 2016").
      f.cause = ch.CutTimeAdjuncts(f.cause);
      f.effect = ch.CutTimeAdjuncts(f.effect);
      auto overlaps = [](TokenRange a, TokenRange b) {
        return a.begin < b.end && b.begin < a.end;
      };
      if (f.cause.empty()) f.problem = "no cause phrase";
      else if (f.effect.empty()) f.problem = "no effect phrase";
      else if (overlaps(f.cause, f.effect)) f.problem = "cause and effect overlap";
      else if (overlaps(f.cause, c->trigger) || overlaps(f.effect, c->trigger)) {
        f.problem = "a slot overlaps the trigger";
      }
      filled.push_back(f);
    }
    return filled;
  };
  std::vector<Filled> filled = fill_all();
  // A trigger that gave no claim must not cut the others' phrases: unblock
  // it and fill again.
  bool retry = false;
  for (const Filled& f : filled) {
    if (f.problem.empty()) continue;
    for (uint32_t i = f.c->trigger.begin; i < f.c->trigger.end; ++i) blocked[i] = 0;
    retry = true;
  }
  if (retry) {
    std::vector<const Candidate*> keep;
    for (const Filled& f : filled) {
      if (f.problem.empty()) {
        keep.push_back(f.c);
      } else if (trace != nullptr) {
        const ClaimRule& rule = rules_[f.c->rule];
        trace->push_back({rule.id, sentence,
                          doc->TokenSpan(begin + f.c->m.begin, begin + f.c->m.end),
                          doc->TokenSpan(f.c->trigger.begin, f.c->trigger.end),
                          std::string(f.problem)});
      }
    }
    accepted = std::move(keep);
    filled = fill_all();
  }
  for (const Filled& f : filled) {
    const Candidate* c = f.c;
    const ClaimRule& rule = rules_[c->rule];
    uint32_t mb = begin + c->m.begin, me = begin + c->m.end;
    const TokenRange& cause = f.cause;
    const TokenRange& effect = f.effect;
    if (trace != nullptr) {
      trace->push_back({rule.id, sentence, doc->TokenSpan(mb, me),
                        doc->TokenSpan(c->trigger.begin, c->trigger.end),
                        f.problem.empty() ? "claim" : std::string(f.problem)});
    }
    if (!f.problem.empty()) continue;
    // "The factors that lead to X include: A; B": the causes are listed.
    std::vector<TokenRange> causes = ch.ListedCauses(cause, effect);
    if (causes.size() == 1) causes = SplitConjuncts(*doc, causes[0]);
    if (causes.empty()) {
      causes = SplittableSlot(rule.cause) ? SplitConjuncts(*doc, cause)
                                          : std::vector<TokenRange>{cause};
    }
    std::vector<TokenRange> effects = SplittableSlot(rule.effect)
                                          ? SplitConjuncts(*doc, effect)
                                          : std::vector<TokenRange>{effect};
    Span trig = doc->TokenSpan(c->trigger.begin, c->trigger.end);
    for (const TokenRange& cr : causes) {
      for (const TokenRange& er : effects) {
        Claim claim;
        claim.cause = doc->TokenSpan(cr.begin, cr.end);
        claim.effect = doc->TokenSpan(er.begin, er.end);
        claim.trigger = trig;
        claim.relation = rule.relation;
        claim.rule = rule.id;
        claim.sentence = sentence;
        ModalityResult mr = modality_->Read(*doc, begin, end, claim.cause, claim.effect,
                                            mb, c->trigger.begin, c->trigger.end);
        claim.modality = mr.modality;
        if (rule.modality && ModalityRank(*rule.modality) > ModalityRank(claim.modality)) {
          claim.modality = *rule.modality;
        }
        claim.attribution = mr.attribution;
        out->push_back(std::move(claim));
      }
    }
  }
}

}  // namespace casus
