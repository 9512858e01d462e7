#include "stages/claim_extractor.h"

#include <algorithm>
#include <cstdlib>

#include "pipeline/status_macros.h"
#include "pipeline/strings.h"

namespace casus {
namespace {

bool SplittableSlot(Slot s) {
  return s == Slot::kNpLeft || s == Slot::kNpRight || s == Slot::kCaptured ||
         s == Slot::kPurpose || s == Slot::kSubject || s == Slot::kCommaPurpose;
}

// Content words: what makes a conjunct a phrase of its own.
bool IsContent(const Document& doc, uint32_t i) {
  Pos p = doc.pos[i];
  return p == Pos::kNoun || p == Pos::kPropn || p == Pos::kAdj ||
         p == Pos::kNum || p == Pos::kVerb;
}

// Splits "porous mountain borders and weak customs agencies" into its
// conjuncts when every conjunct has two content words or more; otherwise
// (bare nouns, a shared modifier) the range stays whole. A list of gerund
// phrases (means) and a determined comma list of three or more phrases
// split even when their items carry attached phrases.
std::vector<TokenRange> SplitConjuncts(const Document& doc, const Lexicon& lex, TokenRange r) {
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
  // When it repeats the one before the range (the trigger's: "driven by
  // low wages and by the sense that ..."), no modifier is shared and
  // every conjunct is a claim of its own.
  bool repeats_trigger_prep = parts.size() > 1 && r.begin > 0 &&
                              doc.pos[r.begin - 1] == Pos::kPrep;
  for (size_t k = 1; k < parts.size(); ++k) {
    const bool prep = parts[k].size() > 1 && doc.pos[parts[k].begin] == Pos::kPrep;
    repeats_trigger_prep = repeats_trigger_prep && prep &&
                           doc.word_ids[parts[k].begin] == doc.word_ids[r.begin - 1];
    if (prep) ++parts[k].begin;
  }
  if (repeats_trigger_prep) return parts;
  // A list of means, every item of two words or more opened by a gerund
  // ("by investing in our people, expanding exports and cutting the
  // deficit"): one claim each. The tagger calls a gerund VERB, NOUN or ADJ
  // by its context; the lexicon's -ing form decides.
  bool gerund_list = true;
  for (const TokenRange& p : parts) {
    gerund_list &= p.size() >= 2 && doc.tokens[p.begin].kind == TokenKind::kWord &&
                   (lex.PosBits(doc.word_ids[p.begin]) & kVerbIng) != 0;
  }
  if (gerund_list) return parts;
  // A list of three or more with commas, every item opened by a
  // determiner and the first without a verb, is a list of whole phrases
  // even when the items carry attached phrases ("the cessation of the war,
  // the buildup of our allies and the introduction of new weapons"): each
  // item needs two content words in all.
  bool determined_list = parts.size() >= 3 && !commas.empty();
  for (const TokenRange& p : parts) {
    determined_list &= !p.empty() && doc.pos[p.begin] == Pos::kDet;
  }
  for (uint32_t i = parts[0].begin; determined_list && i < parts[0].end; ++i) {
    determined_list &= doc.pos[i] != Pos::kVerb && doc.pos[i] != Pos::kAux;
  }
  if (determined_list) {
    for (const TokenRange& p : parts) {
      int content = 0;
      for (uint32_t i = p.begin; i < p.end; ++i) content += IsContent(doc, i);
      if (content < 2) return {r};
    }
    return parts;
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

}  // namespace

absl::StatusOr<std::unique_ptr<ClaimExtractor>> ClaimExtractor::Create(
    std::shared_ptr<const ClaimRules> rules, std::shared_ptr<const Lexicon> lexicon,
    const WordClasses& classes) {
  std::unique_ptr<ClaimExtractor> c(new ClaimExtractor);
  c->rules_ = std::move(rules);
  c->lexicon_ = std::move(lexicon);
  c->classes_ = classes;
  return c;
}

absl::Status ClaimExtractor::Process(Document* doc) const {
  doc->claims.clear();
  doc->claim_trace.clear();
  std::vector<ClaimTrace>* trace = doc->trace_claims ? &doc->claim_trace : nullptr;
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
  return absl::OkStatus();
}

// A rule match in a run.
struct ClaimExtractor::Candidate {
  uint32_t rule;
  TokenPatternMatch m;
  TokenRange trigger;  // document token indices
};

// An accepted candidate with its cause and effect filled, or the reason it
// gives no claim.
struct ClaimExtractor::Filled {
  const Candidate* c;
  TokenRange cause, effect;
  std::string_view problem;
};

// One contiguous sentence part being extracted.
struct ClaimExtractor::Run {
  Document* doc;
  uint32_t sentence;
  uint32_t begin, end;  // document token indices
  TokenPatternInput in;
  std::vector<ClaimTrace>* trace;  // may be null

  void Record(const ClaimRule& rule, const TokenPatternMatch& m, TokenRange trigger,
              std::string_view outcome) const {
    if (trace == nullptr) return;
    trace->push_back({rule.id, sentence, doc->TokenSpan(begin + m.begin, begin + m.end),
                      doc->TokenSpan(trigger.begin, trigger.end), std::string(outcome)});
  }
};

void ClaimExtractor::ExtractRun(Document* doc, uint32_t sentence, uint32_t begin,
                                uint32_t end, const std::vector<int8_t>& entity_type,
                                std::vector<uint8_t>* blocked, std::vector<Claim>* out,
                                std::vector<ClaimTrace>* trace) const {
  // The rules that can match in this run (one pass over its words), each
  // tried only where it can start. The scan's buffers are per thread and
  // reused, so a run allocates nothing.
  thread_local RuleIndex::Scan scan;
  if (!scan.Start(rules_->index(), *doc, begin, end)) return;
  Run run{doc, sentence, begin, end,
          TokenPatternInput{doc, lexicon_.get(), begin, end - begin, entity_type.data()}, trace};
  std::vector<Candidate> found = FindCandidates(run, scan);
  if (found.empty()) return;
  std::vector<const Candidate*> accepted = AcceptTriggers(run, &found, blocked);
  Chunker ch(*doc, *lexicon_, classes_, begin, end, blocked);
  std::vector<Filled> filled = FillSlots(run, ch, accepted);
  // A trigger that gave no claim must not cut the others' phrases: unblock
  // it and fill again.
  bool retry = false;
  for (const Filled& f : filled) {
    if (f.problem.empty()) continue;
    for (uint32_t i = f.c->trigger.begin; i < f.c->trigger.end; ++i) (*blocked)[i] = 0;
    retry = true;
  }
  if (retry) {
    std::vector<const Candidate*> keep;
    for (const Filled& f : filled) {
      if (f.problem.empty()) {
        keep.push_back(f.c);
      } else {
        run.Record(rules_->rules()[f.c->rule], f.c->m, f.c->trigger, f.problem);
      }
    }
    filled = FillSlots(run, ch, keep);
  }
  for (const Filled& f : filled) EmitClaims(run, ch, f, out);
}

std::vector<ClaimExtractor::Candidate> ClaimExtractor::FindCandidates(
    const Run& run, RuleIndex::Scan& scan) const {
  const std::vector<ClaimRule>& rules = rules_->rules();
  std::vector<Candidate> found;
  for (uint32_t start = 0; start < run.in.size; ++start) {
    for (uint32_t r : scan.StartingAt(*run.doc, run.begin + start)) {
      const ClaimRule& rule = rules[r];
      TokenPatternMatch m;
      if (!rule.pattern.MatchAt(run.in, start, &m)) continue;
      bool vetoed = false;
      for (size_t k = 0; k < rule.unless.size() && !vetoed; ++k) {
        if (!scan.ProbeMayMatchFrom(rule.first_probe + static_cast<uint32_t>(k),
                                    run.begin + start)) {
          continue;
        }
        TokenPatternMatch um;
        vetoed = rule.unless[k].MatchAt(run.in, start, &um);
      }
      auto [tb, te] = m.captures[rule.trigger_capture];
      TokenRange trig{run.begin + tb, run.begin + te};
      if (vetoed) {
        run.Record(rule, m, trig, "vetoed by an 'unless' pattern");
        continue;
      }
      if (te <= tb) continue;
      bool dup = false;
      for (const Candidate& c : found) {
        dup |= c.rule == r && c.trigger.begin == trig.begin && c.trigger.end == trig.end;
      }
      if (!dup) found.push_back({r, m, trig});
    }
  }
  return found;
}

std::vector<const ClaimExtractor::Candidate*> ClaimExtractor::AcceptTriggers(
    const Run& run, std::vector<Candidate>* found, std::vector<uint8_t>* blocked) const {
  const std::vector<ClaimRule>& rules = rules_->rules();
  // Longer trigger first, then higher priority, then the earlier rule.
  std::stable_sort(found->begin(), found->end(), [&](const Candidate& a, const Candidate& b) {
    if (a.trigger.size() != b.trigger.size()) return a.trigger.size() > b.trigger.size();
    if (rules[a.rule].priority != rules[b.rule].priority) {
      return rules[a.rule].priority > rules[b.rule].priority;
    }
    if (a.rule != b.rule) return a.rule < b.rule;
    return a.trigger.begin < b.trigger.begin;
  });
  std::vector<const Candidate*> accepted;
  for (const Candidate& c : *found) {
    bool free = true;
    for (uint32_t i = c.trigger.begin; i < c.trigger.end; ++i) free &= !(*blocked)[i];
    if (!free) {
      run.Record(rules[c.rule], c.m, c.trigger, "lost to an overlapping trigger of another rule");
      continue;
    }
    for (uint32_t i = c.trigger.begin; i < c.trigger.end; ++i) (*blocked)[i] = 1;
    accepted.push_back(&c);
  }
  return accepted;
}

TokenRange ClaimExtractor::FillSlot(const Run& run, const Chunker& ch, const Candidate& c,
                                    Slot slot, int capture, const TokenRange* other) const {
  const uint32_t begin = run.begin, end = run.end;
  const uint32_t mb = begin + c.m.begin, me = begin + c.m.end;
  switch (slot) {
    case Slot::kCaptured: {
      auto [cb, ce] = c.m.captures[capture];
      if (ce <= cb) return {mb, mb};
      return {begin + cb, begin + ce};
    }
    case Slot::kNpLeft: return ch.NpLeft(mb);
    case Slot::kNpRight: return ch.NpRight(me);
    case Slot::kSubject: return ch.Subject(mb);
    case Slot::kClauseLeft: return ch.ClauseLeft(mb);
    case Slot::kClauseRight: return ch.ClauseRight(me);
    case Slot::kPurpose: return ch.PurposeCause(mb);
    case Slot::kCommaClause:
    case Slot::kCommaPurpose: {
      uint32_t from = other != nullptr && !other->empty() && other->end >= me ? other->end : me;
      uint32_t comma = ch.NextComma(from);
      if (comma >= end) return {end, end};
      // "Given X, with Y, Z": a prepositional aside is not the clause.
      uint32_t after = ch.NextComma(comma + 1);
      if (comma + 1 < end && run.doc->pos[comma + 1] == Pos::kPrep && after < end) {
        comma = after;
      }
      TokenRange clause = ch.ClauseRight(comma + 1);
      return slot == Slot::kCommaPurpose ? ch.ActionOf(clause) : clause;
    }
  }
  return {mb, mb};
}

std::vector<ClaimExtractor::Filled> ClaimExtractor::FillSlots(
    const Run& run, const Chunker& ch, const std::vector<const Candidate*>& accepted) const {
  auto overlaps = [](TokenRange a, TokenRange b) { return a.begin < b.end && b.begin < a.end; };
  std::vector<Filled> filled;
  for (const Candidate* c : accepted) {
    const ClaimRule& rule = rules_->rules()[c->rule];
    Filled f{c, {}, {}, {}};
    if (rule.cause == Slot::kCommaClause || rule.cause == Slot::kCommaPurpose) {
      f.effect = FillSlot(run, ch, *c, rule.effect, rule.effect_capture, nullptr);
      f.cause = FillSlot(run, ch, *c, rule.cause, rule.cause_capture, &f.effect);
    } else {
      f.cause = FillSlot(run, ch, *c, rule.cause, rule.cause_capture, nullptr);
      f.effect = FillSlot(run, ch, *c, rule.effect, rule.effect_capture, &f.cause);
    }
    // An effect noun phrase keeps its restrictive complement.
    if (rule.effect == Slot::kNpRight) f.effect = ch.WithComplement(f.effect);
    // Time adjuncts are no part of either ("in 2016"), nor is a fronted
    // adjunct of time or place ("In 1944 aircraft ...").
    f.cause = ch.TrimSpan(ch.CutReportingClause(ch.CutTimeAdjuncts(f.cause)));
    f.effect = ch.TrimSpan(ch.CutTimeAdjuncts(f.effect));
    if (f.cause.empty()) f.problem = "no cause phrase";
    else if (f.effect.empty()) f.problem = "no effect phrase";
    else if (overlaps(f.cause, f.effect)) f.problem = "cause and effect overlap";
    else if (overlaps(f.cause, c->trigger) || overlaps(f.effect, c->trigger)) {
      f.problem = "a slot overlaps the trigger";
    }
    filled.push_back(f);
  }
  return filled;
}

void ClaimExtractor::EmitClaims(const Run& run, const Chunker& ch, const Filled& f,
                                std::vector<Claim>* out) const {
  const Candidate* c = f.c;
  const ClaimRule& rule = rules_->rules()[c->rule];
  const Document& doc = *run.doc;
  run.Record(rule, c->m, c->trigger, f.problem.empty() ? "claim" : f.problem);
  if (!f.problem.empty()) return;
  // "The factors that lead to X include: A; B": the causes are listed.
  std::vector<TokenRange> causes = ch.ListedCauses(f.cause, f.effect);
  if (causes.size() == 1) causes = SplitConjuncts(doc, *lexicon_, causes[0]);
  if (causes.empty()) {
    causes = SplittableSlot(rule.cause) ? SplitConjuncts(doc, *lexicon_, f.cause)
                                        : std::vector<TokenRange>{f.cause};
  }
  std::vector<TokenRange> effects = SplittableSlot(rule.effect)
                                        ? SplitConjuncts(doc, *lexicon_, f.effect)
                                        : std::vector<TokenRange>{f.effect};
  // The main clause after a fronted one may be the first of a list of
  // clauses ("If X, A will V, B will V, and C will V"): one claim each.
  if (rule.effect == Slot::kCommaClause) {
    for (const TokenRange& more : ch.FollowingClauses(f.effect)) {
      effects.push_back(ch.TrimSpan(ch.CutTimeAdjuncts(more)));
    }
  }
  const uint32_t mb = run.begin + c->m.begin;
  Span trig = doc.TokenSpan(c->trigger.begin, c->trigger.end);
  for (const TokenRange& cr : causes) {
    for (const TokenRange& er : effects) {
      Claim claim;
      claim.cause = doc.TokenSpan(cr.begin, cr.end);
      claim.effect = doc.TokenSpan(er.begin, er.end);
      claim.trigger = trig;
      claim.relation = rule.relation;
      claim.rule = rule.id;
      claim.sentence = run.sentence;
      ModalityResult mr = rules_->modality().Read(doc, run.begin, run.end, claim.cause,
                                                  claim.effect, mb, c->trigger.begin,
                                                  c->trigger.end);
      claim.modality = mr.modality;
      if (rule.modality && ModalityRank(*rule.modality) > ModalityRank(claim.modality)) {
        claim.modality = *rule.modality;
      }
      claim.attribution = mr.attribution;
      out->push_back(std::move(claim));
    }
  }
}

}  // namespace casus
