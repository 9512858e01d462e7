#include "eval/eval_data.h"

#include <fstream>
#include <sstream>

#include "absl/container/flat_hash_set.h"
#include "nlohmann/json.hpp"
#include "pipeline/json_depth.h"
#include "pipeline/strings.h"

namespace casus::eval {
namespace {

using Json = nlohmann::json;

// Errors carry "what is wrong"; the caller adds FILE:LINE.
std::string ReadSpan(const Json& j, std::string_view name, bool required,
                     CpSpan* out) {
  auto it = j.find(std::string(name));
  if (it == j.end() || it->is_null()) {
    return required ? StrCat("missing \"", name, "\"") : "";
  }
  if (!it->is_object()) return StrCat("\"", name, "\" must be an object");
  auto s = it->find("start"), e = it->find("end");
  if (s == it->end() || e == it->end() || !s->is_number_integer() ||
      !e->is_number_integer()) {
    return StrCat("\"", name, "\" needs integer \"start\" and \"end\"");
  }
  if ((s->is_number_unsigned() && s->get<uint64_t>() > UINT32_MAX) ||
      (e->is_number_unsigned() && e->get<uint64_t>() > UINT32_MAX)) {
    return StrCat("\"", name, "\" has an offset above ", UINT32_MAX);
  }
  out->start = s->get<int64_t>();
  out->end = e->get<int64_t>();
  if (out->start < 0 || out->end <= out->start) {
    return StrCat("\"", name, "\" has start ", out->start, " and end ",
                  out->end, " (need 0 <= start < end)");
  }
  auto t = it->find("text");
  if (t != it->end()) {
    if (!t->is_string()) return StrCat("\"", name, ".text\" must be a string");
    out->text = t->get<std::string>();
  }
  return "";
}

std::string GetString(const Json& j, const char* key, std::string* out,
                      bool required) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) {
    return required ? StrCat("missing \"", key, "\"") : "";
  }
  if (!it->is_string()) return StrCat("\"", key, "\" must be a string");
  *out = it->get<std::string>();
  return "";
}

std::string ParseDoc(const Json& j, EvalDoc* doc) {
  if (!j.is_object()) return "a record must be a JSON object";
  std::string err = GetString(j, "doc_id", &doc->doc_id, true);
  if (!err.empty()) return err;
  GetString(j, "error", &doc->error, false);
  if (auto c = j.find("causal"); c != j.end() && !c->is_null()) {
    if (!c->is_boolean()) return "\"causal\" must be true or false";
    doc->causal = c->get<bool>();
  }
  if (auto es = j.find("entities"); es != j.end()) {
    if (!es->is_array()) return "\"entities\" must be an array";
    for (size_t i = 0; i < es->size(); ++i) {
      const Json& e = (*es)[i];
      EvalEntity ent;
      std::string where = StrCat("entity ", i, ": ");
      if (!e.is_object()) return where + "must be an object";
      // An entity is itself a span: {"start","end","text","type","norm"}.
      Json wrapper = Json::object({{"span", e}});
      if (err = ReadSpan(wrapper, "span", true, &ent.span); !err.empty()) {
        return where + err;
      }
      if (err = GetString(e, "type", &ent.type, true); !err.empty()) return where + err;
      if (err = GetString(e, "norm", &ent.norm, false); !err.empty()) return where + err;
      GetString(e, "rule", &ent.rule, false);
      doc->entities.push_back(std::move(ent));
    }
  }
  if (auto cs = j.find("claims"); cs != j.end()) {
    if (!cs->is_array()) return "\"claims\" must be an array";
    for (size_t i = 0; i < cs->size(); ++i) {
      const Json& c = (*cs)[i];
      EvalClaim cl;
      std::string where = StrCat("claim ", i, ": ");
      if (!c.is_object()) return where + "must be an object";
      if (err = ReadSpan(c, "cause", true, &cl.cause); !err.empty()) return where + err;
      if (err = ReadSpan(c, "effect", true, &cl.effect); !err.empty()) return where + err;
      if (err = ReadSpan(c, "trigger", false, &cl.trigger); !err.empty()) return where + err;
      if (err = GetString(c, "relation", &cl.relation, false); !err.empty()) return where + err;
      if (!cl.relation.empty() && cl.relation != "CAUSE" && cl.relation != "PREVENT") {
        return where + StrCat("unknown relation \"", cl.relation, "\"");
      }
      if (err = GetString(c, "modality", &cl.modality, false); !err.empty()) return where + err;
      if (cl.modality != "ASSERTED" && cl.modality != "HEDGED" &&
          cl.modality != "HYPOTHESIS" && cl.modality != "NEGATED") {
        return where + StrCat("unknown modality \"", cl.modality, "\"");
      }
      GetString(c, "group", &cl.group, false);
      GetString(c, "key", &cl.key, false);
      GetString(c, "concept_key", &cl.concept_key, false);
      // Gold: "concept" inside cause and effect; predictions: "grounding".
      for (auto [role, out] : {std::pair{"cause", &cl.cause_concept},
                               std::pair{"effect", &cl.effect_concept}}) {
        if (auto sp = c.find(role); sp != c.end() && sp->is_object()) {
          if (auto k = sp->find("concept"); k != sp->end() && k->is_string()) {
            *out = k->get<std::string>();
          }
        }
        if (auto gr = c.find("grounding"); gr != c.end() && gr->is_object()) {
          if (auto side = gr->find(role); side != gr->end() && side->is_object()) {
            auto k = side->find("concept");
            if (k != side->end()) *out = k->is_string() ? k->get<std::string>() : "none";
          }
        }
      }
      GetString(c, "rule", &cl.rule, false);
      doc->claims.push_back(std::move(cl));
    }
  }
  return "";
}

}  // namespace

absl::StatusOr<std::vector<EvalDoc>> ParseEvalJsonl(std::string_view contents,
                                                    const std::string& name) {
  std::vector<EvalDoc> docs;
  absl::flat_hash_set<std::string> seen;
  LineReader lines(contents);
  std::string_view line;
  while (lines.Next(&line)) {
    int line_no = lines.number();
    if (StripWhitespace(line).empty()) continue;
    if (absl::Status deep = CheckJsonDepth(line); !deep.ok()) {
      return absl::InvalidArgumentError(StrCat(name, ":", line_no, ": ", deep.message()));
    }
    Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) {
      return absl::InvalidArgumentError(
          StrCat(name, ":", line_no, ": malformed JSON"));
    }
    EvalDoc doc;
    doc.origin = StrCat(name, ":", line_no);
    std::string err = ParseDoc(j, &doc);
    if (!err.empty()) {
      return absl::InvalidArgumentError(StrCat(name, ":", line_no, ": ", err));
    }
    if (!seen.insert(doc.doc_id).second) {
      return absl::InvalidArgumentError(StrCat(
          name, ":", line_no, ": duplicate doc_id \"", doc.doc_id, "\""));
    }
    docs.push_back(std::move(doc));
  }
  return docs;
}

absl::StatusOr<std::vector<EvalDoc>> ReadEvalFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(StrCat(path, ": cannot read"));
  std::stringstream ss;
  ss << in.rdbuf();
  return ParseEvalJsonl(ss.str(), path);
}

std::string EvalDocToJson(const EvalDoc& doc) {
  auto span = [](const CpSpan& s) {
    Json j = {{"start", s.start}, {"end", s.end}};
    if (!s.text.empty()) j["text"] = s.text;
    return j;
  };
  nlohmann::ordered_json j;
  j["doc_id"] = doc.doc_id;
  if (doc.causal.has_value()) j["causal"] = *doc.causal;
  j["entities"] = nlohmann::ordered_json::array();
  for (const EvalEntity& e : doc.entities) {
    nlohmann::ordered_json o = {{"start", e.span.start}, {"end", e.span.end}};
    if (!e.span.text.empty()) o["text"] = e.span.text;
    o["type"] = e.type;
    o["norm"] = e.norm;
    j["entities"].push_back(o);
  }
  j["claims"] = nlohmann::ordered_json::array();
  for (const EvalClaim& c : doc.claims) {
    nlohmann::ordered_json o;
    o["cause"] = span(c.cause);
    if (!c.cause_concept.empty()) o["cause"]["concept"] = c.cause_concept;
    if (c.trigger.present()) o["trigger"] = span(c.trigger);
    o["effect"] = span(c.effect);
    if (!c.effect_concept.empty()) o["effect"]["concept"] = c.effect_concept;
    o["relation"] = c.relation.empty() ? "CAUSE" : c.relation;
    o["modality"] = c.modality;
    if (!c.group.empty()) o["group"] = c.group;
    j["claims"].push_back(o);
  }
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace casus::eval
