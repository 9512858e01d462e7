#include "eval/scorer.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "absl/container/flat_hash_map.h"
#include "pipeline/strings.h"
#include "pipeline/utf8.h"

namespace casus::eval {
namespace {

// Words FORMAT.md's strict claim matching trims from the start of a span.
constexpr std::string_view kDeterminers[] = {"the", "a", "an", "this",
                                             "that", "these", "those"};

struct Pair {
  int64_t overlap;
  size_t g, p;
};

// Greedy one-to-one matching by decreasing overlap. Returns, per gold item,
// the matched prediction index or -1 (and fills pred_match likewise).
void MatchPairs(std::vector<Pair> pairs, size_t n_gold, size_t n_pred,
                std::vector<int>* gold_match, std::vector<int>* pred_match) {
  std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) {
    return std::tie(b.overlap, a.g, a.p) < std::tie(a.overlap, b.g, b.p);
  });
  gold_match->assign(n_gold, -1);
  pred_match->assign(n_pred, -1);
  for (const Pair& pr : pairs) {
    if ((*gold_match)[pr.g] >= 0 || (*pred_match)[pr.p] >= 0) continue;
    (*gold_match)[pr.g] = static_cast<int>(pr.p);
    (*pred_match)[pr.p] = static_cast<int>(pr.g);
  }
}

std::string CoarseType(const std::string& t) {
  if (t == "COUNTRY" || t == "CITY" || t == "REGION" || t == "LOC") return "LOC";
  if (t == "ORGANIZATION" || t == "ORG") return "ORG";
  if (t == "PERSON" || t == "PER") return "PER";
  return "";
}

std::vector<EvalEntity> PrepareEntities(const std::vector<EvalEntity>& in,
                                        const ScoreOptions& o,
                                        std::vector<const EvalEntity*>* origin) {
  std::vector<EvalEntity> out;
  for (const EvalEntity& e : in) {
    EvalEntity c = e;
    if (o.coarse) {
      c.type = CoarseType(e.type);
      if (c.type.empty()) continue;
    }
    out.push_back(std::move(c));
    origin->push_back(&e);
  }
  return out;
}

bool SameRelation(const EvalClaim& g, const EvalClaim& p, const ScoreOptions& o) {
  if (o.relation_any) return true;
  // Both arms string_view: a std::string arm would make the result a
  // temporary (found by gold_reader_fuzzer under ASan).
  std::string_view gr = g.relation.empty() ? std::string_view("CAUSE")
                                           : std::string_view(g.relation);
  std::string_view pr = p.relation.empty() ? std::string_view("CAUSE")
                                           : std::string_view(p.relation);
  return gr == pr;
}

const EvalDoc kEmptyDoc;

// Counts a one-role strict score (pairs already restricted to that role's
// exact matches) as MatchPairs would: one-to-one, by decreasing overlap.
void CountRoleStrict(const std::vector<Pair>& pairs, size_t n_gold, size_t n_pred, Prf* out) {
  std::vector<int> gm, pm;
  MatchPairs(pairs, n_gold, n_pred, &gm, &pm);
  for (int m : gm) (m >= 0 ? out->tp : out->fn) += 1;
  for (int m : pm) {
    if (m < 0) ++out->fp;
  }
}

}  // namespace

CpSpan TrimForStrict(const CpSpan& s) {
  if (s.text.empty()) return s;
  CpSpan out = s;
  std::string_view t = s.text;
  // Leading determiner followed by a space.
  for (std::string_view d : kDeterminers) {
    if (t.size() > d.size() && t[d.size()] == ' ') {
      bool eq = true;
      for (size_t i = 0; i < d.size(); ++i) {
        char c = t[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        eq &= c == d[i];
      }
      if (eq) {
        size_t cut = d.size() + 1;
        out.start += static_cast<int64_t>(cut);
        t.remove_prefix(cut);
        break;
      }
    }
  }
  // Trailing punctuation and quotes (ASCII and typographic).
  for (;;) {
    if (t.empty()) break;
    char c = t.back();
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
        c == '"' || c == '\'' || c == ')' || c == ' ') {
      t.remove_suffix(1);
      out.end -= 1;
      continue;
    }
    if (t.size() >= 3 && (t.substr(t.size() - 3) == "\xE2\x80\x9D" ||
                          t.substr(t.size() - 3) == "\xE2\x80\x99")) {
      t.remove_suffix(3);
      out.end -= 1;
      continue;
    }
    break;
  }
  out.text = std::string(t);
  return out;
}

namespace {

// For a lenient claim match, which spans are not exact (after the strict
// trimming): "cause: gold \"X\", predicted \"Y\"" and/or the same for the
// effect, joined by "; ". Empty when both are exact.
std::string ExtentDetail(const EvalClaim& g, const EvalClaim& p) {
  std::string out;
  auto role = [&out](const char* name, const CpSpan& gs, const CpSpan& ps) {
    CpSpan a = TrimForStrict(gs), b = TrimForStrict(ps);
    if (a.start == b.start && a.end == b.end) return;
    StrAppend(&out, out.empty() ? "" : "; ", name, ": gold \"", gs.text, "\", predicted \"",
              ps.text, "\"");
  };
  role("cause", g.cause, p.cause);
  role("effect", g.effect, p.effect);
  return out;
}

}  // namespace

double EvalReport::CausalMcc() const {
  double tp = causal_tp, fp = causal_fp, fn = causal_fn, tn = causal_tn;
  double den = std::sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
  return den == 0 ? 0 : (tp * tn - fp * fn) / den;
}

EvalReport Score(const std::vector<EvalDoc>& gold,
                 const std::vector<EvalDoc>& pred, const ScoreOptions& options) {
  EvalReport r;
  absl::flat_hash_map<std::string, const EvalDoc*> by_id;
  for (const EvalDoc& d : pred) by_id[d.doc_id] = &d;
  absl::flat_hash_map<std::string, bool> gold_ids;
  for (const EvalDoc& g : gold) gold_ids[g.doc_id] = true;
  for (const EvalDoc& p : pred) {
    if (!gold_ids.contains(p.doc_id)) r.unscored_predictions.push_back(p.doc_id);
  }

  for (const EvalDoc& g : gold) {
    ++r.documents;
    auto it = by_id.find(g.doc_id);
    const EvalDoc& p = it == by_id.end() ? kEmptyDoc : *it->second;
    if (it == by_id.end()) r.missing_predictions.push_back(g.doc_id);
    else if (!p.error.empty()) r.failed_predictions.push_back(g.doc_id);

    // ---- Entities.
    std::vector<const EvalEntity*> gorig, porig;
    std::vector<EvalEntity> ge = PrepareEntities(g.entities, options, &gorig);
    std::vector<EvalEntity> pe = PrepareEntities(p.entities, options, &porig);
    std::vector<Pair> strict, lenient, any_overlap;
    for (size_t i = 0; i < ge.size(); ++i) {
      for (size_t j = 0; j < pe.size(); ++j) {
        int64_t ov = ge[i].span.Overlap(pe[j].span);
        if (ov == 0) continue;
        any_overlap.push_back({ov, i, j});
        if (ge[i].type != pe[j].type) continue;
        lenient.push_back({ov, i, j});
        if (ge[i].span.start == pe[j].span.start && ge[i].span.end == pe[j].span.end) {
          strict.push_back({ov, i, j});
        }
      }
    }
    std::vector<int> gs, ps, gl, pl;
    MatchPairs(strict, ge.size(), pe.size(), &gs, &ps);
    MatchPairs(lenient, ge.size(), pe.size(), &gl, &pl);
    for (size_t i = 0; i < ge.size(); ++i) {
      const std::string& t = ge[i].type;
      if (gs[i] >= 0) {
        ++r.entities_strict[t].tp;
      } else {
        ++r.entities_strict[t].fn;
        EvalError e{g.doc_id, "entity", false, true, "", gorig[i], nullptr};
        for (const Pair& pr : any_overlap) {
          if (pr.g != i) continue;
          e.miss = false;
          const EvalEntity& q = pe[pr.p];
          e.detail = q.type != t ? StrCat("predicted as ", q.type, " \"", q.span.text, "\"")
                                 : StrCat("boundary: predicted \"", q.span.text, "\"");
          break;
        }
        r.errors.push_back(std::move(e));
      }
      if (gl[i] >= 0) {
        ++r.entities_lenient[t].tp;
        const EvalEntity& q = pe[gl[i]];
        // Gold without norms (imported NER data) has no norm to compare.
        bool person = t == "PERSON" || t == "PER";
        if (!person && !ge[i].norm.empty()) {
          ++r.norm_accuracy.total;
          if (q.norm == ge[i].norm) {
            ++r.norm_accuracy.hit;
          } else {
            r.errors.push_back({g.doc_id, "norm", true, false,
                                StrCat("gold ", ge[i].norm, ", predicted ", q.norm),
                                porig[gl[i]], nullptr});
          }
        }
      } else {
        ++r.entities_lenient[t].fn;
      }
    }
    for (size_t j = 0; j < pe.size(); ++j) {
      const std::string& t = pe[j].type;
      if (ps[j] < 0) {
        ++r.entities_strict[t].fp;
        r.errors.push_back({g.doc_id, "entity", true, false, "", porig[j], nullptr});
      }
      if (pl[j] < 0) ++r.entities_lenient[t].fp;
      RuleStats& rs = r.entity_rules[pe[j].rule.empty() ? "(none)" : pe[j].rule];
      ++rs.fired;
      (ps[j] >= 0 ? rs.tp : rs.fp) += 1;
    }

    // ---- Claims.
    const auto& gc = g.claims;
    const auto& pc = p.claims;
    std::vector<Pair> cl_len, cl_strict, cl_cause, cl_effect;
    std::vector<std::vector<std::string>> near(gc.size());
    for (size_t i = 0; i < gc.size(); ++i) {
      CpSpan gca = TrimForStrict(gc[i].cause), gef = TrimForStrict(gc[i].effect);
      for (size_t j = 0; j < pc.size(); ++j) {
        int64_t oc = gc[i].cause.Overlap(pc[j].cause);
        int64_t oe = gc[i].effect.Overlap(pc[j].effect);
        bool rel = SameRelation(gc[i], pc[j], options);
        if (oc > 0 && oe > 0 && !rel) near[i].push_back("relation differs");
        if (oc == 0 && oe == 0 && gc[i].cause.Overlap(pc[j].effect) > 0 &&
            gc[i].effect.Overlap(pc[j].cause) > 0) {
          near[i].push_back("cause and effect swapped");
        }
        if ((oc > 0) != (oe > 0) && rel) {
          near[i].push_back(oc > 0 ? "effect span differs" : "cause span differs");
        }
        if (oc == 0 || oe == 0 || !rel) continue;
        cl_len.push_back({oc + oe, i, j});
        CpSpan pca = TrimForStrict(pc[j].cause), pef = TrimForStrict(pc[j].effect);
        bool cause_exact = gca.start == pca.start && gca.end == pca.end;
        bool effect_exact = gef.start == pef.start && gef.end == pef.end;
        if (cause_exact) cl_cause.push_back({oc + oe, i, j});
        if (effect_exact) cl_effect.push_back({oc + oe, i, j});
        if (cause_exact && effect_exact) cl_strict.push_back({oc + oe, i, j});
      }
    }
    std::vector<int> gcl, pcl, gcs, pcs;
    MatchPairs(cl_len, gc.size(), pc.size(), &gcl, &pcl);
    MatchPairs(cl_strict, gc.size(), pc.size(), &gcs, &pcs);
    CountRoleStrict(cl_cause, gc.size(), pc.size(), &r.claims_strict_cause);
    CountRoleStrict(cl_effect, gc.size(), pc.size(), &r.claims_strict_effect);
    for (size_t i = 0; i < gc.size(); ++i) {
      if (gcl[i] >= 0) {
        ++r.claims_lenient.tp;
        ++r.modality_accuracy.total;
        if (std::string d = ExtentDetail(gc[i], pc[gcl[i]]); !d.empty()) {
          r.errors.push_back({g.doc_id, "extent", true, false, std::move(d), nullptr,
                              &pc[gcl[i]]});
        }
        if (gc[i].modality == pc[gcl[i]].modality) {
          ++r.modality_accuracy.hit;
        } else {
          r.errors.push_back({g.doc_id, "modality", true, false,
                              StrCat("gold ", gc[i].modality,
                                     ", predicted ", pc[gcl[i]].modality),
                              nullptr, &pc[gcl[i]]});
        }
      } else {
        ++r.claims_lenient.fn;
        EvalError e{g.doc_id, "claim", false, near[i].empty(), "", nullptr, &gc[i]};
        if (!near[i].empty()) e.detail = near[i][0];
        r.errors.push_back(std::move(e));
      }
      (gcs[i] >= 0 ? r.claims_strict.tp : r.claims_strict.fn) += 1;
    }
    for (size_t j = 0; j < pc.size(); ++j) {
      if (pcl[j] < 0) {
        ++r.claims_lenient.fp;
        r.errors.push_back({g.doc_id, "claim", true, false, "", nullptr, &pc[j]});
      }
      if (pcs[j] < 0) ++r.claims_strict.fp;
      RuleStats& rs = r.claim_rules[pc[j].rule.empty() ? "(none)" : pc[j].rule];
      ++rs.fired;
      (pcl[j] >= 0 ? rs.tp : rs.fp) += 1;
    }

    // ---- Causal document detection.
    bool gold_causal = g.causal.value_or(!gc.empty());
    bool pred_causal = !pc.empty();
    if (gold_causal && pred_causal) ++r.causal_tp;
    else if (!gold_causal && pred_causal) ++r.causal_fp;
    else if (gold_causal) ++r.causal_fn;
    else ++r.causal_tn;

    // ---- Claim-set merging.
    for (size_t a = 0; a < gc.size(); ++a) {
      for (size_t b = a + 1; b < gc.size(); ++b) {
        if (gc[a].group.empty() || gc[a].group != gc[b].group) continue;
        ++r.merge_gold_pairs;
        std::string why;
        if (gcl[a] < 0 || gcl[b] < 0) {
          why = gcl[a] < 0 && gcl[b] < 0 ? "neither claim was extracted"
                : gcl[a] < 0             ? "this claim was not extracted"
                                         : "the other claim was not extracted";
        } else if (gcl[a] == gcl[b]) {
          why = "both matched one prediction";
        } else {
          const std::string& ka = pc[gcl[a]].key;
          const std::string& kb = pc[gcl[b]].key;
          if (!ka.empty() && ka == kb) {
            ++r.merge_recalled;
            continue;
          }
          why = StrCat("keys differ: ", ka.empty() ? "(none)" : ka, " vs ",
                       kb.empty() ? "(none)" : kb);
        }
        r.errors.push_back({g.doc_id, "merge", false, false,
                            StrCat("not merged with \"", gc[b].cause.text, "\" -> \"",
                                   gc[b].effect.text, "\" (group ", gc[a].group, "): ", why),
                            nullptr, &gc[a]});
      }
    }
    // Concept level: the same pairs, by concept key.
    auto concept_key = [&](const EvalClaim& c) -> const std::string& {
      return c.concept_key.empty() ? c.key : c.concept_key;
    };
    for (size_t a = 0; a < gc.size(); ++a) {
      for (size_t b = a + 1; b < gc.size(); ++b) {
        if (gc[a].group.empty() || gc[a].group != gc[b].group) continue;
        if (gcl[a] < 0 || gcl[b] < 0 || gcl[a] == gcl[b]) continue;
        const std::string& ka = concept_key(pc[gcl[a]]);
        if (!ka.empty() && ka == concept_key(pc[gcl[b]])) ++r.concept_merge_recalled;
      }
    }
    for (size_t a = 0; a < pc.size(); ++a) {
      for (size_t b = a + 1; b < pc.size(); ++b) {
        if (pcl[a] < 0 || pcl[b] < 0) continue;
        const std::string& ka = concept_key(pc[a]);
        if (ka.empty() || ka != concept_key(pc[b])) continue;
        ++r.concept_merge_predicted_pairs;
        const std::string& ga = gc[pcl[a]].group;
        if (ga.empty() || ga != gc[pcl[b]].group) ++r.concept_merge_errors;
      }
    }
    // Grounding.
    for (const EvalClaim& p : pc) {
      for (auto [c, bare] : {std::pair{&p.cause_concept, p.cause_bare},
                             std::pair{&p.effect_concept, p.effect_bare}}) {
        if (c->empty() || bare) continue;
        ++r.predicted_phrases;
        if (*c != "none") ++r.grounded_phrases;
      }
    }
    for (size_t a = 0; a < gc.size(); ++a) {
      if (gcl[a] < 0) continue;
      const EvalClaim& p = pc[gcl[a]];
      for (auto [gold, pred] : {std::pair{&gc[a].cause_concept, &p.cause_concept},
                                std::pair{&gc[a].effect_concept, &p.effect_concept}}) {
        if (gold->empty() || pred->empty()) continue;
        ++r.grounding_labelled;
        if (*gold == *pred) {
          ++r.grounding_correct;
        } else {
          r.errors.push_back({g.doc_id, "grounding", false, false,
                              StrCat(gold == &gc[a].cause_concept ? "cause" : "effect",
                                     ": gold concept ", *gold, ", predicted ", *pred),
                              nullptr, &gc[a]});
        }
      }
    }
    for (size_t a = 0; a < pc.size(); ++a) {
      for (size_t b = a + 1; b < pc.size(); ++b) {
        if (pcl[a] < 0 || pcl[b] < 0 || pc[a].key.empty() || pc[a].key != pc[b].key) {
          continue;
        }
        ++r.merge_predicted_pairs;
        const std::string& ga = gc[pcl[a]].group;
        const std::string& gb = gc[pcl[b]].group;
        if (ga.empty() || ga != gb) {
          ++r.merge_errors;
          r.errors.push_back({g.doc_id, "merge", true, false,
                              StrCat("merged with \"", pc[b].cause.text, "\" -> \"",
                                     pc[b].effect.text, "\" under key ", pc[a].key,
                                     ", gold groups ", ga.empty() ? "(none)" : ga, " and ",
                                     gb.empty() ? "(none)" : gb),
                              nullptr, &pc[a]});
        }
      }
    }
  }
  for (const auto& m : {&r.entities_strict, &r.entities_lenient}) {
    for (const auto& [t, prf] : *m) {
      (m == &r.entities_strict ? r.entities_strict_micro : r.entities_lenient_micro)
          .Add(prf);
    }
  }
  return r;
}

}  // namespace casus::eval
