#include "tools/eval_command.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <memory>
#include <sstream>

#include "absl/strings/str_format.h"
#include "eval/eval_data.h"
#include "eval/scorer.h"
#include "nlohmann/json.hpp"
#include "pipeline/claim_set.h"
#include "pipeline/json_depth.h"
#include "pipeline/json_output.h"
#include "pipeline/runner.h"
#include "pipeline/strings.h"
#include "pipeline/utf8.h"
#include "casus/pipeline_factory.h"
#include "tools/common.h"
#include "tools/input_source.h"
#include "tools/output_file.h"
#include "tools/report_html.h"

namespace casus {
namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;
using eval::CpSpan;
using eval::EvalDoc;
using eval::EvalReport;

namespace {

// A processed document kept for error context (sentence text).
struct TextDoc {
  std::unique_ptr<Document> doc;
  std::unique_ptr<CodePointIndex> index;
};
using TextMap = std::map<std::string, TextDoc>;

eval::CpSpan ToCp(const Document& doc, const CodePointIndex& index, Span s) {
  CpSpan c;
  c.start = index.ToCodePoint(s.begin);
  c.end = index.ToCodePoint(s.end);
  c.text = std::string(doc.Text(s));
  return c;
}

EvalDoc ToEvalDoc(const Document& doc) {
  EvalDoc e;
  e.doc_id = doc.id;
  e.error = doc.error;
  CodePointIndex index(doc.text);
  for (const Entity& en : doc.entities) {
    e.entities.push_back({ToCp(doc, index, en.span),
                          std::string(EntityTypeName(en.type)), en.norm, en.rule});
  }
  for (const Claim& c : doc.claims) {
    eval::EvalClaim ec;
    ec.cause = ToCp(doc, index, c.cause);
    ec.trigger = ToCp(doc, index, c.trigger);
    ec.effect = ToCp(doc, index, c.effect);
    ec.relation = std::string(RelationName(c.relation));
    ec.modality = std::string(ModalityName(c.modality));
    ec.key = c.key;
    ec.concept_key = c.concept_key;
    // A pronoun's own grounding is none, as the gold labels it, even where
    // it stands for an earlier phrase (Grounding::refers_to).
    auto concept_of = [](const Grounding& g) {
      return g.node < 0 || g.names_nothing ? std::string("none") : g.concept_id;
    };
    ec.cause_concept = concept_of(c.cause_ground);
    ec.effect_concept = concept_of(c.effect_ground);
    ec.cause_bare = c.cause_ground.names_nothing;
    ec.effect_bare = c.effect_ground.names_nothing;
    ec.rule = c.rule;
    e.claims.push_back(std::move(ec));
  }
  return e;
}

// Collects predictions (and the processed documents) from a pipeline run.
class CollectSink : public DocumentSink {
 public:
  CollectSink(std::vector<EvalDoc>* preds, TextMap* texts)
      : preds_(preds), texts_(texts) {}
  std::string Render(const Document&) const override { return ""; }
  absl::Status Write(const Document& doc, std::string) override {
    if (!doc.error.empty()) {
      ReportError(doc.origin.empty() ? doc.id : doc.origin, doc.error);
    }
    preds_->push_back(ToEvalDoc(doc));
    auto d = std::make_unique<Document>(doc);
    auto idx = std::make_unique<CodePointIndex>(d->text);
    (*texts_)[doc.id] = TextDoc{std::move(d), std::move(idx)};
    return absl::OkStatus();
  }

 private:
  std::vector<EvalDoc>* preds_;
  TextMap* texts_;
};

std::vector<std::string> GoldFiles(const std::string& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    std::string p = it->path().string();
    if (it->is_regular_file() && p.ends_with(".gold.jsonl")) out.push_back(p);
  }
  std::sort(out.begin(), out.end());
  return out;
}

Json PrfJson(const eval::Prf& p) {
  return Json{{"p", p.P()}, {"r", p.R()}, {"f1", p.F1()},
              {"tp", p.tp}, {"fp", p.fp}, {"fn", p.fn}};
}
Json RatioJson(const eval::Ratio& r) {
  return Json{{"value", r.Value()}, {"hit", r.hit}, {"total", r.total}};
}

Json ReportJson(const EvalReport& r, const std::string& name) {
  Json j;
  j["corpus"] = name;
  j["documents"] = r.documents;
  j["missing_predictions"] = r.missing_predictions;
  j["failed_predictions"] = r.failed_predictions;
  j["unscored_predictions"] = r.unscored_predictions.size();
  Json ents;
  for (const char* mode : {"strict", "lenient"}) {
    const auto& by = std::string(mode) == "strict" ? r.entities_strict : r.entities_lenient;
    Json m;
    m["micro"] = PrfJson(std::string(mode) == "strict" ? r.entities_strict_micro
                                                       : r.entities_lenient_micro);
    Json types = Json::object();
    for (const auto& [t, prf] : by) types[t] = PrfJson(prf);
    m["by_type"] = types;
    ents[mode] = m;
  }
  ents["norm_accuracy"] = RatioJson(r.norm_accuracy);
  j["entities"] = ents;
  j["claims"] = Json{{"lenient", PrfJson(r.claims_lenient)},
                     {"strict", PrfJson(r.claims_strict)},
                     {"strict_cause", PrfJson(r.claims_strict_cause)},
                     {"strict_effect", PrfJson(r.claims_strict_effect)},
                     {"modality_accuracy", RatioJson(r.modality_accuracy)}};
  eval::Prf c = r.CausalPrf();
  j["causal_documents"] = Json{{"p", c.P()},          {"r", c.R()},
                               {"f1", c.F1()},        {"mcc", r.CausalMcc()},
                               {"tp", r.causal_tp},   {"fp", r.causal_fp},
                               {"fn", r.causal_fn},   {"tn", r.causal_tn}};
  j["claim_set"] = Json{{"merge_recall", r.MergeRecall()},
                        {"gold_pairs", r.merge_gold_pairs},
                        {"recalled_pairs", r.merge_recalled},
                        {"merge_errors", r.merge_errors},
                        {"predicted_pairs", r.merge_predicted_pairs},
                        {"merge_error_rate", r.MergeErrorRate()},
                        {"concept_merge_recall", r.ConceptMergeRecall()},
                        {"concept_recalled_pairs", r.concept_merge_recalled},
                        {"concept_merge_errors", r.concept_merge_errors},
                        {"concept_predicted_pairs", r.concept_merge_predicted_pairs},
                        {"concept_merge_error_rate", r.ConceptMergeErrorRate()}};
  j["grounding"] = Json{{"labelled_phrases", r.grounding_labelled},
                        {"correct", r.grounding_correct},
                        {"accuracy", r.GroundingAccuracy()},
                        {"predicted_phrases", r.predicted_phrases},
                        {"grounded_phrases", r.grounded_phrases},
                        {"coverage", r.GroundingCoverage()}};
  for (const char* kind : {"entity_rules", "claim_rules"}) {
    const auto& rules = std::string(kind) == "entity_rules" ? r.entity_rules : r.claim_rules;
    Json rj = Json::object();
    for (const auto& [rule, s] : rules) {
      rj[rule] = Json{{"fired", s.fired}, {"tp", s.tp}, {"fp", s.fp},
                      {"precision", s.Precision()}};
    }
    j[kind] = rj;
  }
  return j;
}

std::string Row(const std::string& label, const eval::Prf& s, const eval::Prf& l) {
  return absl::StrFormat("  %-14s %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f  %6lld %6lld\n",
                         label, s.P(), s.R(), s.F1(), l.P(), l.R(), l.F1(),
                         static_cast<long long>(s.tp + s.fn),
                         static_cast<long long>(s.tp + s.fp));
}

std::string ReportTable(const EvalReport& r, const std::string& name) {
  std::string out;
  StrAppend(&out, "Casus evaluation: ", name, " (", r.documents, " documents");
  if (!r.missing_predictions.empty()) {
    StrAppend(&out, ", ", r.missing_predictions.size(), " without predictions");
  }
  if (!r.failed_predictions.empty()) {
    StrAppend(&out, ", ", r.failed_predictions.size(), " failed");
  }
  out += ")\n\n";
  out += absl::StrFormat("  %-14s %6s %6s %6s   %6s %6s %6s  %6s %6s\n", "Entities",
                         "P", "R", "F1", "P", "R", "F1", "gold", "pred");
  out += absl::StrFormat("  %-14s %20s   %20s\n", "", "strict", "lenient");
  for (const auto& [t, s] : r.entities_strict) {
    auto it = r.entities_lenient.find(t);
    out += Row(t, s, it == r.entities_lenient.end() ? eval::Prf{} : it->second);
  }
  out += Row("micro", r.entities_strict_micro, r.entities_lenient_micro);
  out += absl::StrFormat("  %-14s %6.3f (%lld of %lld lenient matches, PERSON excluded)\n\n",
                         "norm accuracy", r.norm_accuracy.Value(),
                         static_cast<long long>(r.norm_accuracy.hit),
                         static_cast<long long>(r.norm_accuracy.total));
  out += absl::StrFormat("  %-14s %6s %6s %6s   %6s %6s %6s  %6s %6s\n", "Claims", "P",
                         "R", "F1", "P", "R", "F1", "gold", "pred");
  out += absl::StrFormat("  %-14s %20s   %20s\n", "", "strict", "lenient");
  out += Row("claims", r.claims_strict, r.claims_lenient);
  out += Row(" cause exact", r.claims_strict_cause, r.claims_lenient);
  out += Row(" effect exact", r.claims_strict_effect, r.claims_lenient);
  out += absl::StrFormat("  %-14s %6.3f (%lld of %lld lenient matches)\n\n",
                         "modality acc.", r.modality_accuracy.Value(),
                         static_cast<long long>(r.modality_accuracy.hit),
                         static_cast<long long>(r.modality_accuracy.total));
  eval::Prf c = r.CausalPrf();
  out += absl::StrFormat(
      "  %-14s P %.3f  R %.3f  F1 %.3f  MCC %.3f  (tp %lld fp %lld fn %lld tn %lld)\n",
      "causal docs", c.P(), c.R(), c.F1(), r.CausalMcc(),
      static_cast<long long>(r.causal_tp), static_cast<long long>(r.causal_fp),
      static_cast<long long>(r.causal_fn), static_cast<long long>(r.causal_tn));
  out += absl::StrFormat(
      "  %-14s recall %.3f (%lld of %lld gold pairs); errors %lld of %lld merged "
      "pairs (%.1f%%)\n",
      "claim merging", r.MergeRecall(), static_cast<long long>(r.merge_recalled),
      static_cast<long long>(r.merge_gold_pairs), static_cast<long long>(r.merge_errors),
      static_cast<long long>(r.merge_predicted_pairs), 100 * r.MergeErrorRate());
  out += absl::StrFormat(
      "  %-14s recall %.3f (%lld of %lld gold pairs); errors %lld of %lld merged "
      "pairs (%.1f%%)\n",
      "  at concepts", r.ConceptMergeRecall(), static_cast<long long>(r.concept_merge_recalled),
      static_cast<long long>(r.merge_gold_pairs), static_cast<long long>(r.concept_merge_errors),
      static_cast<long long>(r.concept_merge_predicted_pairs), 100 * r.ConceptMergeErrorRate());
  out += absl::StrFormat(
      "  %-14s coverage %.3f (%lld of %lld predicted phrases ground); accuracy %.3f (%lld of "
      "%lld labelled phrases)\n",
      "grounding", r.GroundingCoverage(), static_cast<long long>(r.grounded_phrases),
      static_cast<long long>(r.predicted_phrases), r.GroundingAccuracy(),
      static_cast<long long>(r.grounding_correct), static_cast<long long>(r.grounding_labelled));
  return out;
}

// Sentence context with the spans marked.
std::string Context(const TextMap& texts, const std::string& doc_id,
                    const std::vector<std::pair<CpSpan, std::string>>& marks) {
  auto it = texts.find(doc_id);
  if (it == texts.end() || marks.empty() || !marks[0].first.present()) return "";
  const Document& doc = *it->second.doc;
  const CodePointIndex& index = *it->second.index;
  uint32_t b = index.ToByte(static_cast<uint32_t>(marks[0].first.start));
  if (b == UINT32_MAX || doc.tokens.empty()) return "";
  auto tok = std::upper_bound(doc.tokens.begin(), doc.tokens.end(), b,
                              [](uint32_t v, const Token& t) { return v < t.begin; });
  uint32_t ti = tok == doc.tokens.begin() ? 0
                                          : static_cast<uint32_t>(tok - doc.tokens.begin()) - 1;
  int si = doc.SentenceOfToken(ti);
  if (si < 0) return "";
  const Sentence& s = doc.sentences[si];
  // Insertions: (byte, order, text); closings sort before openings.
  std::vector<std::tuple<uint32_t, int, std::string>> ins;
  for (const auto& [span, label] : marks) {
    if (!span.present()) continue;
    uint32_t sb = index.ToByte(static_cast<uint32_t>(span.start));
    uint32_t se = index.ToByte(static_cast<uint32_t>(span.end));
    if (sb == UINT32_MAX || se == UINT32_MAX) continue;
    ins.emplace_back(sb, 1, StrCat("[", label, " "));
    ins.emplace_back(se, 0, "]");
  }
  std::sort(ins.begin(), ins.end());
  std::string out;
  for (auto [pb, pe] : doc.SentenceParts(s)) {
    Span part = doc.TokenSpan(pb, pe);
    if (!out.empty()) out += " ";
    uint32_t pos = part.begin;
    for (const auto& [at, order, text] : ins) {
      if (at < part.begin || at > part.end) continue;
      out.append(doc.Text({pos, at}));
      out += text;
      pos = at;
    }
    out.append(doc.Text({pos, part.end}));
  }
  for (char& ch : out) {
    if (ch == '\n') ch = ' ';
  }
  return out;
}

std::string ErrorsText(const EvalReport& r, const TextMap& texts) {
  std::string out;
  auto rules = [&](const char* title, const std::map<std::string, eval::RuleStats>& m) {
    std::vector<std::pair<std::string, eval::RuleStats>> v(m.begin(), m.end());
    std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
      return a.second.fp > b.second.fp;
    });
    out += absl::StrFormat("\n%s (most false positives first)\n  %-52s %6s %6s %6s %9s\n",
                           title, "rule", "fired", "tp", "fp", "precision");
    for (const auto& [rule, s] : v) {
      out += absl::StrFormat("  %-52s %6lld %6lld %6lld %9.3f\n", rule,
                             static_cast<long long>(s.fired), static_cast<long long>(s.tp),
                             static_cast<long long>(s.fp), s.Precision());
    }
  };
  rules("Entity rules", r.entity_rules);
  rules("Claim rules", r.claim_rules);
  out += "\nErrors\n";
  std::string misses;
  for (const eval::EvalError& e : r.errors) {
    std::string head, ctx;
    if (e.entity != nullptr) {
      const eval::EvalEntity& en = *e.entity;
      head = StrCat(en.type, " \"", en.span.text, "\"", en.norm.empty() ? "" : " ",
                    en.norm, en.rule.empty() ? "" : StrCat(" (rule ", en.rule, ")"));
      ctx = Context(texts, e.doc_id, {{en.span, en.type}});
    } else if (e.claim != nullptr) {
      const eval::EvalClaim& c = *e.claim;
      head = StrCat(c.relation.empty() ? "CAUSE" : c.relation, " ", c.modality, " \"",
                    c.cause.text, "\" -> \"", c.effect.text, "\"",
                    c.rule.empty() ? "" : StrCat(" (rule ", c.rule, ")"));
      ctx = Context(texts, e.doc_id,
                    {{c.cause, "C"}, {c.trigger, "T"}, {c.effect, "E"}});
    }
    std::string tag = e.kind == "norm"        ? "NORM"
                      : e.kind == "modality"  ? "MODALITY"
                      : e.kind == "extent"    ? "EXTENT"
                      : e.kind == "grounding" ? "GROUNDING"
                      : e.false_positive      ? "FP"
                                              : "FN";
    bool tagged = e.kind == "norm" || e.kind == "modality" || e.kind == "extent" ||
                  e.kind == "grounding";
    std::string line = StrCat("  ", tag, " ", tagged ? "" : e.kind + " ",
                              e.doc_id, ": ", head,
                              e.detail.empty() ? "" : StrCat(" [", e.detail, "]"), "\n");
    if (!ctx.empty()) StrAppend(&line, "      ", ctx, "\n");
    if (e.miss) {
      misses += line;
    } else {
      out += line;
    }
  }
  if (!misses.empty()) {
    out += "\nMisses: gold items no prediction came near\n" + misses;
  }
  return out;
}

void Flatten(const Json& j, const std::string& prefix, std::map<std::string, double>* out) {
  if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (std::string(it.key()).ends_with("_rules")) continue;
      Flatten(it.value(), prefix.empty() ? it.key() : prefix + "." + it.key(), out);
    }
  } else if (j.is_number_float()) {
    (*out)[prefix] = j.get<double>();
  }
}

std::string CompareText(const Json& now, const Json& old) {
  std::map<std::string, double> a, b;
  Flatten(now, "", &a);
  Flatten(old, "", &b);
  std::string out = absl::StrFormat("\nChange against baseline\n  %-46s %8s %8s %8s\n",
                                    "figure", "before", "now", "change");
  for (const auto& [k, v] : a) {
    auto it = b.find(k);
    if (it == b.end()) continue;
    double d = v - it->second;
    out += absl::StrFormat("  %-46s %8.3f %8.3f %+8.3f%s\n", k, it->second, v, d,
                           d > 1e-9 ? "  better" : d < -1e-9 ? "  worse" : "");
  }
  return out;
}

void LoadTextsNextToGold(const std::string& gold_path, const std::vector<EvalDoc>& gold,
                         const Pipeline& splitter, TextMap* texts) {
  fs::path dir = fs::path(gold_path).parent_path();
  for (const EvalDoc& g : gold) {
    for (const char* ext : {".txt", ".md"}) {
      fs::path p = dir / (g.doc_id + ext);
      std::ifstream in(p, std::ios::binary);
      if (!in) continue;
      std::stringstream ss;
      ss << in.rdbuf();
      auto d = std::make_unique<Document>(Document::FromText(g.doc_id, ss.str()));
      (void)splitter.Process(d.get());
      auto idx = std::make_unique<CodePointIndex>(d->text);
      (*texts)[g.doc_id] = TextDoc{std::move(d), std::move(idx)};
      break;
    }
  }
}

// Every gold span must lie inside its document's text, where the text is
// known. InvalidArgument "FILE:LINE: ..." for the first that does not.
absl::Status CheckGoldAgainstTexts(const std::vector<EvalDoc>& gold, const TextMap& texts) {
  for (const EvalDoc& g : gold) {
    auto it = texts.find(g.doc_id);
    if (it == texts.end()) continue;
    const int64_t length = static_cast<int64_t>(CountCodePoints(it->second.doc->text));
    auto check = [&](const eval::CpSpan& s, std::string_view what) {
      if (!s.present() || s.end <= length) return absl::OkStatus();
      return absl::InvalidArgumentError(
          StrCat(g.origin, ": ", what, " ends at ", s.end, ", past the end of the text of \"",
                 g.doc_id, "\" (", length, " code points)"));
    };
    for (size_t i = 0; i < g.entities.size(); ++i) {
      if (absl::Status s = check(g.entities[i].span, StrCat("entity ", i)); !s.ok()) return s;
    }
    for (size_t i = 0; i < g.claims.size(); ++i) {
      const eval::EvalClaim& c = g.claims[i];
      for (const auto& [span, part] : {std::pair{&c.cause, "cause"}, {&c.effect, "effect"},
                                        {&c.trigger, "trigger"}}) {
        if (absl::Status s = check(*span, StrCat("claim ", i, " ", part)); !s.ok()) return s;
      }
    }
  }
  return absl::OkStatus();
}

}  // namespace

int RunEval(const EvalOptions& o) {
  bool file_mode = !o.gold.empty() || !o.pred.empty();
  if (file_mode == !o.corpora.empty() || (file_mode && (o.gold.empty() || o.pred.empty()))) {
    ReportError("", "eval: give corpus folders, or both --gold and --pred");
    return kExitUsage;
  }
  if (o.relation != "exact" && o.relation != "any") {
    ReportError("", "--relation: expected exact or any");
    return kExitUsage;
  }
  if (o.format != "table" && o.format != "json") {
    ReportError("", "--format: expected table or json");
    return kExitUsage;
  }
  std::vector<EvalDoc> gold, pred;
  TextMap texts;
  std::string name;
  std::vector<std::string> gold_paths;
  if (file_mode) {
    gold_paths.push_back(o.gold);
    name = o.gold;
  } else {
    for (const std::string& dir : o.corpora) {
      if (!fs::is_directory(dir)) {
        ReportError(dir, "not a folder");
        return kExitUsage;
      }
      std::vector<std::string> g = GoldFiles(dir);
      if (g.empty()) {
        ReportError(dir, "no *.gold.jsonl files in this folder");
        return kExitUsage;
      }
      gold_paths.insert(gold_paths.end(), g.begin(), g.end());
      StrAppend(&name, name.empty() ? "" : " ", dir);
    }
  }
  for (const std::string& p : gold_paths) {
    auto g = eval::ReadEvalFile(p);
    if (!g.ok()) {
      ReportError("", FromAbsl(g.status().message()));
      return kExitFailed;
    }
    for (EvalDoc& d : *g) gold.push_back(std::move(d));
  }
  {
    std::map<std::string, std::string> seen;
    for (const EvalDoc& d : gold) {
      auto [it, inserted] = seen.emplace(d.doc_id, d.origin);
      if (!inserted) {
        ReportError(d.origin, StrCat("doc_id \"", d.doc_id, "\" already in ", it->second));
        return kExitFailed;
      }
    }
  }
  std::set<std::string, std::less<>> hub_concepts;  // for the --html graph
  if (file_mode) {
    auto p = eval::ReadEvalFile(o.pred);
    if (!p.ok()) {
      ReportError("", FromAbsl(p.status().message()));
      return kExitFailed;
    }
    pred = *std::move(p);
    BuildOptions split;
    split.last_stage = "split";
    std::unique_ptr<BuiltPipeline> splitter = BuildPipelineOrReport(o.rules_dir, o.profile, split);
    if (splitter == nullptr) return kExitUsage;
    LoadTextsNextToGold(o.gold, gold, *splitter->pipeline, &texts);
  } else {
    std::unique_ptr<BuiltPipeline> built = BuildPipelineOrReport(o.rules_dir, o.profile);
    if (built == nullptr) return kExitUsage;
    const Pipeline* pipeline = built->pipeline.get();
    hub_concepts = HubConceptIds(built->rules->concepts().get());
    InputSource source(o.corpora, InputOptions{});
    CollectSink sink(&pred, &texts);
    RunnerOptions ropts;
    ropts.threads = ThreadsOrAllCores(o.threads);
    auto stats = RunPipeline(*pipeline, &source, &sink, ropts);
    if (!stats.ok()) {
      ReportError("", FromAbsl(stats.status().message()));
      return kExitFailed;
    }
  }

  if (absl::Status s = CheckGoldAgainstTexts(gold, texts); !s.ok()) {
    ReportError("", FromAbsl(s.message()));
    return kExitFailed;
  }
  eval::ScoreOptions sopts;
  sopts.relation_any = o.relation == "any";
  sopts.coarse = o.coarse;
  EvalReport report = eval::Score(gold, pred, sopts);
  Json j = ReportJson(report, name);

  std::string out;
  if (o.format == "json") {
    out = j.dump(2) + "\n";
  } else {
    out = ReportTable(report, name);
    if (o.errors) out += ErrorsText(report, texts);
  }
  if (!o.baseline.empty()) {
    std::ifstream in(o.baseline, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    Json old = CheckJsonDepth(text).ok() ? Json::parse(text, nullptr, false)
                                         : Json(Json::value_t::discarded);
    if (!in || old.is_discarded() || !old.is_object()) {
      ReportError(o.baseline, "not a casus eval --format json result");
      return kExitUsage;
    }
    std::string cmp = CompareText(j, old);
    if (o.format == "json") {
      std::fputs(cmp.c_str(), stderr);
    } else {
      out += cmp;
    }
  }
  if (absl::Status s = WriteWholeFile(o.output, out); !s.ok()) {
    ReportError("", FromAbsl(s.message()));
    return kExitFailed;
  }

  if (!o.html.empty()) {
    if (file_mode) {
      ReportError("", "--html needs corpus folders (the pipeline's own documents)");
      return kExitUsage;
    }
    ReportOptions ropt;
    ropt.title = "Casus evaluation";
    ropt.hub_concepts = hub_concepts;
    ropt.subtitle = StrCat(name, ": false positives outlined red, false negatives dotted blue");
    for (const eval::EvalError& e : report.errors) {
      auto it = texts.find(e.doc_id);
      if (it == texts.end()) continue;
      const CodePointIndex& index = *it->second.index;
      auto to_bytes = [&](const CpSpan& s) {
        return Span{index.ToByte(static_cast<uint32_t>(s.start)),
                    index.ToByte(static_cast<uint32_t>(s.end))};
      };
      std::string what;
      if (e.entity != nullptr) {
        if (e.kind == "entity") {
          ropt.eval_marks[e.doc_id].push_back({to_bytes(e.entity->span), e.false_positive});
        }
        what = StrCat(e.entity->type, " \"", e.entity->span.text, "\"",
                      e.entity->rule.empty() ? "" : StrCat(" (", e.entity->rule, ")"));
      } else if (e.claim != nullptr) {
        if (e.kind == "claim") {
          ropt.eval_marks[e.doc_id].push_back({to_bytes(e.claim->trigger.present()
                                                            ? e.claim->trigger
                                                            : e.claim->cause),
                                               e.false_positive});
        }
        what = StrCat(e.claim->relation, " \"", e.claim->cause.text, "\" -> \"",
                      e.claim->effect.text, "\"",
                      e.claim->rule.empty() ? "" : StrCat(" (", e.claim->rule, ")"));
      }
      std::string tag = e.kind == "norm" ? "NORM" : e.kind == "modality" ? "MODALITY"
                        : e.kind == "extent" ? "EXTENT" : e.kind == "grounding" ? "GROUNDING"
                        : e.false_positive ? "FP" : "FN";
      StrAppend(&ropt.errors_html[e.doc_id], "<li>", tag, " ", HtmlEscape(e.kind), ": ",
                HtmlEscape(what), e.detail.empty() ? "" : StrCat(" [", HtmlEscape(e.detail), "]"),
                "</li>");
    }
    std::vector<const Document*> docs;
    ClaimSet set;
    for (const auto& [id, td] : texts) {
      docs.push_back(td.doc.get());
      set.Add(*td.doc);
    }
    absl::Status hs = WriteReportHtml(o.html, docs, set, ropt);
    if (!hs.ok()) {
      ReportError("", FromAbsl(hs.message()));
      return kExitFailed;
    }
  }

  // Gates.
  int status = kExitOk;
  auto gate = [&](const char* what, double value, double min) {
    if (min >= 0 && value + 1e-12 < min) {
      ReportError("", absl::StrFormat("%s %.3f is below the minimum %.3f", what, value, min));
      status = kExitFailed;
    }
  };
  gate("entity strict F1", report.entities_strict_micro.F1(), o.min_entity_f1);
  gate("norm accuracy", report.norm_accuracy.Value(), o.min_norm_accuracy);
  gate("claim lenient F1", report.claims_lenient.F1(), o.min_claim_f1);
  gate("modality accuracy", report.modality_accuracy.Value(), o.min_modality_accuracy);
  gate("causal-document F1", report.CausalPrf().F1(), o.min_causal_f1);
  gate("merge recall", report.MergeRecall(), o.min_merge_recall);
  gate("grounding accuracy", report.GroundingAccuracy(), o.min_grounding_accuracy);
  return status;
}

}  // namespace casus
