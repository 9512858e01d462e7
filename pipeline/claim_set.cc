#include "pipeline/claim_set.h"

#include <tuple>

#include "nlohmann/json.hpp"
#include "pipeline/json_depth.h"
#include "pipeline/json_output.h"
#include "pipeline/strings.h"
#include "pipeline/utf8.h"

namespace casus {
namespace {

using Json = nlohmann::ordered_json;

auto Tie(const Evidence& e) {
  return std::tie(e.doc_id, e.sentence_start, e.sentence_end, e.cause_start, e.cause_end,
                  e.effect_start, e.effect_end, e.trigger, e.cause, e.effect, e.modality,
                  e.attribution, e.rule, e.source, e.sentence);
}

std::string Dump(const Json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Json EvidenceJson(const Evidence& e) {
  Json j;
  j["doc_id"] = e.doc_id;
  if (!e.source.empty()) j["source"] = Json::parse(e.source, nullptr, false);
  j["sentence"] = Json{{"start", e.sentence_start}, {"end", e.sentence_end},
                       {"text", e.sentence}};
  j["cause"] = e.cause;
  j["trigger"] = e.trigger;
  j["effect"] = e.effect;
  if (e.cause_end > 0) {
    j["cause_offsets"] = Json{{"start", e.cause_start}, {"end", e.cause_end}};
    j["effect_offsets"] = Json{{"start", e.effect_start}, {"end", e.effect_end}};
  }
  j["modality"] = e.modality;
  if (!e.attribution.empty()) j["attribution"] = e.attribution;
  j["rule"] = e.rule;
  return j;
}

struct Counts {
  size_t documents = 0, sources = 0, asserted = 0, hedged = 0, hypothesis = 0,
         negated = 0;
};

Counts Count(const ClaimRecord& r) {
  Counts c;
  std::set<std::string> docs, sources;
  for (const Evidence& e : r.evidence) {
    docs.insert(e.doc_id);
    sources.insert(e.source.empty() ? "doc:" + e.doc_id : e.source);
    if (e.modality == "HEDGED") ++c.hedged;
    else if (e.modality == "HYPOTHESIS") ++c.hypothesis;
    else if (e.modality == "NEGATED") ++c.negated;
    else ++c.asserted;
  }
  c.documents = docs.size();
  c.sources = sources.size();
  return c;
}

Json RecordJson(const ClaimRecord& r, const Consensus& consensus, bool with_evidence,
                ClaimLevel level) {
  Counts c = Count(r);
  Json j;
  j["format"] = kClaimSetFormat;
  if (level == ClaimLevel::kConcept) j["level"] = "concept";
  j["id"] = ClaimIdOf(r.key);
  j["key"] = r.key;
  j["concept_key"] = r.concept_key.empty() ? r.key : r.concept_key;
  j["relation"] = r.relation;
  j["cause"] = r.cause;
  j["effect"] = r.effect;
  if (!r.cause_label.empty()) j["cause_label"] = r.cause_label;
  if (!r.effect_label.empty()) j["effect_label"] = r.effect_label;
  const Evidence& first = *r.evidence.begin();
  j["cause_text"] = first.cause;
  j["effect_text"] = first.effect;
  j["mentions"] = r.evidence.size();
  j["documents"] = c.documents;
  j["sources"] = c.sources;
  j["asserted"] = c.asserted;
  j["hedged"] = c.hedged;
  j["hypothesis"] = c.hypothesis;
  j["negated"] = c.negated;
  j["support"] = consensus.support;
  j["oppose"] = consensus.oppose;
  j["support_sources"] = consensus.support_sources;
  j["oppose_sources"] = consensus.oppose_sources;
  j["contested"] = consensus.contested();
  if (with_evidence) {
    Json ev = Json::array();
    for (const Evidence& e : r.evidence) ev.push_back(EvidenceJson(e));
    j["evidence"] = ev;
  }
  return j;
}

std::string CsvField(std::string_view s) {
  bool quote = s.find_first_of(",\"\n\r") != std::string_view::npos;
  if (!quote) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += "\"\"";
    else out.push_back(c);
  }
  return out + "\"";
}

std::string DotString(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(static_cast<unsigned char>(c) < 0x20 ? ' ' : c);
  }
  return out + "\"";
}

// XML 1.0 text and attribute values: markup characters as entities, and
// the control characters XML forbids as U+FFFD.
std::string XmlEscape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\t': case '\n': case '\r': out.push_back(c); break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) out += "\xEF\xBF\xBD";
        else out.push_back(c);
    }
  }
  return out;
}

// Concept nodes: every normalized cause and effect, with stable ids.
std::map<std::string, int> Nodes(const std::map<std::string, ClaimRecord>& records,
                                 std::map<std::string, std::string>* labels = nullptr) {
  std::map<std::string, int> nodes;
  if (labels != nullptr) {
    for (const auto& [key, r] : records) {
      labels->emplace(r.cause, NodeLabel(r.cause, r.cause_label));
      labels->emplace(r.effect, NodeLabel(r.effect, r.effect_label));
    }
  }
  for (const auto& [key, r] : records) {
    nodes.emplace(r.cause, 0);
    nodes.emplace(r.effect, 0);
  }
  int i = 0;
  for (auto& [name, id] : nodes) id = i++;
  return nodes;
}

}  // namespace

std::string NodeLabel(const std::string& norm, const std::string& label) {
  if (label.empty() || norm.empty() || norm[0] != '@') return norm;
  // "@id[/up|/down] Q1 Q2"
  size_t sp = norm.find(' ');
  std::string_view head = std::string_view(norm).substr(0, sp);
  std::string out = label;
  if (head.ends_with("/up")) out += " \u2191";
  if (head.ends_with("/down")) out += " \u2193";
  if (sp != std::string::npos) StrAppend(&out, " (", std::string_view(norm).substr(sp + 1), ")");
  return out;
}

bool operator<(const Evidence& a, const Evidence& b) { return Tie(a) < Tie(b); }
bool operator==(const Evidence& a, const Evidence& b) { return Tie(a) == Tie(b); }

void ClaimSet::Add(const Document& doc) {
  if (!doc.error.empty() || doc.claims.empty()) return;
  CodePointIndex index(doc.text);
  std::string source;
  if (const std::string* s = doc.Metadata("source")) source = *s;
  else if (const std::string* p = doc.Metadata("publisher")) source = *p;
  for (const Claim& c : doc.claims) {
    if (c.key.empty() || !c.in_claim_set) continue;
    ClaimRecord& r = records_[c.key];
    if (r.key.empty()) {
      r.key = c.key;
      r.concept_key = c.concept_key.empty() ? c.key : c.concept_key;
      r.relation = std::string(RelationName(c.relation));
      r.cause = c.cause_ground.norm.empty() ? c.cause_norm : c.cause_ground.norm;
      r.effect = c.effect_ground.norm.empty() ? c.effect_norm : c.effect_ground.norm;
      r.cause_label = c.cause_ground.label;
      r.effect_label = c.effect_ground.label;
    }
    Evidence e;
    e.doc_id = doc.id;
    e.source = source;
    if (c.sentence < doc.sentences.size()) {
      const Sentence& s = doc.sentences[c.sentence];
      Span whole = doc.TokenSpan(s.token_begin, s.token_end);
      e.sentence_start = index.ToCodePoint(whole.begin);
      e.sentence_end = index.ToCodePoint(whole.end);
      for (auto [b, en] : doc.SentenceParts(s)) {
        if (!e.sentence.empty()) e.sentence.push_back(' ');
        e.sentence.append(doc.Text(doc.TokenSpan(b, en)));
      }
      for (char& ch : e.sentence) {
        if (ch == '\n' || ch == '\r') ch = ' ';
      }
    }
    e.cause = std::string(doc.Text(c.cause));
    e.cause_start = index.ToCodePoint(c.cause.begin);
    e.cause_end = index.ToCodePoint(c.cause.end);
    e.effect_start = index.ToCodePoint(c.effect.begin);
    e.effect_end = index.ToCodePoint(c.effect.end);
    e.trigger = std::string(doc.Text(c.trigger));
    e.effect = std::string(doc.Text(c.effect));
    e.modality = std::string(ModalityName(c.modality));
    if (c.attribution) e.attribution = std::string(doc.Text(*c.attribution));
    e.rule = c.rule;
    r.evidence.insert(std::move(e));
  }
}

void ClaimSet::Merge(const ClaimSet& other) {
  for (const auto& [key, r] : other.records_) {
    ClaimRecord& mine = records_[key];
    if (mine.key.empty()) {
      ClaimRecord copy = r;
      copy.evidence.clear();
      mine = std::move(copy);
    }
    mine.evidence.insert(r.evidence.begin(), r.evidence.end());
  }
}

namespace {

// The two sides of a key "CAUSE_NORM |RELATION| EFFECT_NORM".
std::pair<std::string, std::string> Sides(const std::string& key, const std::string& relation) {
  std::string mid = StrCat(" |", relation, "| ");
  size_t at = key.find(mid);
  if (at == std::string::npos) return {key, ""};
  return {key.substr(0, at), key.substr(at + mid.size())};
}

}  // namespace

ClaimSet ClaimSet::AtLevel(ClaimLevel level) const {
  if (level == ClaimLevel::kFine) return *this;
  ClaimSet out;
  out.level_ = ClaimLevel::kConcept;
  for (const auto& [key, r] : records_) {
    const std::string& ck = r.concept_key.empty() ? r.key : r.concept_key;
    ClaimRecord& mine = out.records_[ck];
    if (mine.key.empty()) {
      mine.key = ck;
      mine.concept_key = ck;
      mine.relation = r.relation;
      std::tie(mine.cause, mine.effect) = Sides(ck, r.relation);
      mine.cause_label = r.cause_label;
      mine.effect_label = r.effect_label;
    }
    mine.evidence.insert(r.evidence.begin(), r.evidence.end());
  }
  return out;
}

Consensus ClaimSet::ConsensusOf(const ClaimRecord& r) const {
  Consensus c;
  std::set<std::string> support_sources, oppose_sources;
  auto tally = [&](const ClaimRecord& rec, bool same) {
    for (const Evidence& e : rec.evidence) {
      bool negated = e.modality == "NEGATED";
      std::string source = e.source.empty() ? "doc:" + e.doc_id : e.source;
      if (negated != same) {
        ++c.support;
        support_sources.insert(std::move(source));
      } else {
        ++c.oppose;
        oppose_sources.insert(std::move(source));
      }
    }
  };
  tally(r, true);
  std::string opposite = r.relation == "CAUSE" ? "PREVENT" : "CAUSE";
  auto [cause, effect] = Sides(r.key, r.relation);
  auto it = records_.find(StrCat(cause, " |", opposite, "| ", effect));
  if (it != records_.end()) tally(it->second, false);
  c.support_sources = support_sources.size();
  c.oppose_sources = oppose_sources.size();
  return c;
}

namespace {

// Typed field access with messages that name the field; every check a
// claim file's record must pass before it joins a claim set.
class RecordReader {
 public:
  explicit RecordReader(std::string* error) : error_(error) {}

  bool String(const Json& obj, const char* field, bool required, std::string* out) {
    auto it = obj.find(field);
    if (it == obj.end() || it->is_null()) {
      if (required) return Fail(StrCat("\"", prefix_, field, "\" is missing"));
      return true;
    }
    if (!it->is_string()) return Fail(StrCat("\"", prefix_, field, "\" must be a string"));
    *out = it->get<std::string>();
    if (required && out->empty()) return Fail(StrCat("\"", prefix_, field, "\" is empty"));
    return true;
  }
  bool OneOf(const Json& obj, const char* field, bool required,
             std::initializer_list<std::string_view> allowed, std::string* out) {
    if (!String(obj, field, required, out)) return false;
    if (out->empty() && !required) return true;
    for (std::string_view a : allowed) {
      if (*out == a) return true;
    }
    std::string list;
    for (std::string_view a : allowed) StrAppend(&list, list.empty() ? "" : ", ", a);
    return Fail(StrCat("\"", prefix_, field, "\" must be one of ", list, ", not \"", *out, "\""));
  }
  bool Offset(const Json& obj, const char* field, uint32_t* out) {
    auto it = obj.find(field);
    if (it == obj.end()) return true;
    if (!it->is_number_unsigned() || it->get<uint64_t>() > UINT32_MAX) {
      return Fail(StrCat("\"", prefix_, field, "\" must be a whole number from 0 to ", UINT32_MAX));
    }
    *out = static_cast<uint32_t>(it->get<uint64_t>());
    return true;
  }
  bool Fail(std::string message) {
    *error_ = std::move(message);
    return false;
  }
  void set_prefix(std::string prefix) { prefix_ = std::move(prefix); }

 private:
  std::string* error_;
  std::string prefix_;  // "evidence[2]." inside evidence
};

}  // namespace

absl::Status ClaimSet::ParseJsonl(std::string_view contents, const std::string& name) {
  LineReader lines(contents);
  std::string_view line;
  while (lines.Next(&line)) {
    int line_no = lines.number();
    if (StripWhitespace(line).empty()) continue;
    auto fail = [&](std::string_view msg) {
      return absl::InvalidArgumentError(StrCat(name, ":", line_no, ": ", msg));
    };
    if (absl::Status deep = CheckJsonDepth(line); !deep.ok()) return fail(FromAbsl(deep.message()));
    Json j = Json::parse(line, nullptr, false);
    if (j.is_discarded()) return fail("malformed JSON");
    if (!j.is_object()) return fail("a claim record must be a JSON object");
    std::string error;
    RecordReader read(&error);
    std::string format;
    if (!read.String(j, "format", false, &format)) return fail(error);
    if (!format.empty() && format != kClaimSetFormat) {
      return fail(StrCat("\"format\" is \"", format, "\"; this casus reads ", kClaimSetFormat));
    }
    std::string level;
    if (!read.String(j, "level", false, &level)) return fail(error);
    if (!level.empty()) {
      return fail(StrCat("a record aggregated at level \"", level,
                         "\" cannot be merged again: merge the fine-level claim files "
                         "(casus extract --claims-out) and aggregate once with --level"));
    }
    ClaimRecord r;
    if (!read.String(j, "key", true, &r.key) ||
        !read.String(j, "concept_key", false, &r.concept_key) ||
        !read.String(j, "cause_label", false, &r.cause_label) ||
        !read.String(j, "effect_label", false, &r.effect_label) ||
        !read.OneOf(j, "relation", true, {"CAUSE", "PREVENT"}, &r.relation) ||
        !read.String(j, "cause", true, &r.cause) || !read.String(j, "effect", true, &r.effect)) {
      return fail(error);
    }
    auto ev = j.find("evidence");
    if (ev == j.end() || !ev->is_array() || ev->empty()) {
      return fail("a claim record needs a non-empty \"evidence\" array");
    }
    for (size_t k = 0; k < ev->size(); ++k) {
      const Json& x = (*ev)[k];
      read.set_prefix(StrCat("evidence[", k, "]."));
      if (!x.is_object()) return fail(StrCat("evidence[", k, "] must be an object"));
      Evidence e;
      if (!read.String(x, "doc_id", true, &e.doc_id) ||
          !read.String(x, "cause", false, &e.cause) ||
          !read.String(x, "trigger", false, &e.trigger) ||
          !read.String(x, "effect", false, &e.effect) ||
          !read.OneOf(x, "modality", false, {"ASSERTED", "HEDGED", "HYPOTHESIS", "NEGATED"},
                      &e.modality) ||
          !read.String(x, "attribution", false, &e.attribution) ||
          !read.String(x, "rule", false, &e.rule)) {
        return fail(error);
      }
      if (auto s = x.find("source"); s != x.end() && !s->is_null()) e.source = Dump(*s);
      for (auto [field, start, end] :
           {std::tuple{"cause_offsets", &e.cause_start, &e.cause_end},
            std::tuple{"effect_offsets", &e.effect_start, &e.effect_end}}) {
        auto o = x.find(field);
        if (o == x.end()) continue;
        if (!o->is_object()) return fail(StrCat("\"evidence[", k, "].", field, "\" must be an object"));
        read.set_prefix(StrCat("evidence[", k, "].", field, "."));
        if (!read.Offset(*o, "start", start) || !read.Offset(*o, "end", end)) return fail(error);
        if (*end < *start) return fail(StrCat("evidence[", k, "].", field, " ends before it starts"));
        read.set_prefix(StrCat("evidence[", k, "]."));
      }
      if (auto s = x.find("sentence"); s != x.end()) {
        if (!s->is_object()) return fail(StrCat("\"evidence[", k, "].sentence\" must be an object"));
        read.set_prefix(StrCat("evidence[", k, "].sentence."));
        if (!read.Offset(*s, "start", &e.sentence_start) ||
            !read.Offset(*s, "end", &e.sentence_end) ||
            !read.String(*s, "text", false, &e.sentence)) {
          return fail(error);
        }
        if (e.sentence_end < e.sentence_start) {
          return fail(StrCat("evidence[", k, "].sentence ends before it starts"));
        }
      }
      r.evidence.insert(std::move(e));
    }
    if (r.concept_key.empty()) r.concept_key = r.key;  // written before grounding
    ClaimRecord& mine = records_[r.key];
    if (mine.key.empty()) {
      mine.key = r.key;
      mine.concept_key = r.concept_key;
      mine.relation = r.relation;
      mine.cause = r.cause;
      mine.effect = r.effect;
      mine.cause_label = r.cause_label;
      mine.effect_label = r.effect_label;
    }
    if (mine.evidence.empty()) {
      mine.evidence = std::move(r.evidence);
    } else {
      mine.evidence.merge(r.evidence);
    }
  }
  return absl::OkStatus();
}

std::string ClaimSet::ToJsonl() const {
  std::string out;
  for (const auto& [key, r] : records_) {
    out += Dump(RecordJson(r, ConsensusOf(r), true, level_));
    out += '\n';
  }
  return out;
}

std::string ClaimSet::ToJsonArray() const {
  Json arr = Json::array();
  for (const auto& [key, r] : records_) arr.push_back(RecordJson(r, ConsensusOf(r), true, level_));
  return arr.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string ClaimSet::ToCsv() const {
  std::string out =
      "id,key,relation,cause,effect,cause_text,effect_text,mentions,documents,"
      "sources,asserted,hedged,hypothesis,negated\n";
  for (const auto& [key, r] : records_) {
    Counts c = Count(r);
    const Evidence& first = *r.evidence.begin();
    StrAppend(&out, ClaimIdOf(key), ",", CsvField(key), ",", CsvField(r.relation), ",",
              CsvField(r.cause), ",", CsvField(r.effect), ",", CsvField(first.cause), ",",
              CsvField(first.effect), ",", r.evidence.size(), ",", c.documents, ",",
              c.sources, ",", c.asserted, ",", c.hedged, ",", c.hypothesis, ",",
              c.negated, "\n");
  }
  return out;
}

std::string ClaimSet::ToDot() const {
  std::set<std::string> all;
  for (const auto& [key, r] : records_) all.insert(key);
  return ToDotSubset(all);
}

std::string ClaimSet::ToDotSubset(const std::set<std::string>& keys, bool edge_labels) const {
  std::map<std::string, ClaimRecord> chosen;
  for (const auto& [key, r] : records_) {
    if (keys.count(key)) chosen.emplace(key, r);
  }
  const std::map<std::string, ClaimRecord>& records_ = chosen;
  std::map<std::string, std::string> labels;
  std::map<std::string, int> nodes = Nodes(records_, &labels);
  std::string out =
      "digraph claims {\n  rankdir=LR;\n  node [shape=box, style=rounded, "
      "fontname=\"Helvetica\"];\n";
  // Connected parts, each in its own box when there are several: a node's
  // part is the smallest node id it is connected to (union-find).
  std::vector<int> part(nodes.size());
  for (size_t i = 0; i < part.size(); ++i) part[i] = static_cast<int>(i);
  auto find = [&](int x) {
    while (part[x] != x) x = part[x] = part[part[x]];
    return x;
  };
  for (const auto& [key, r] : records_) {
    int a = find(nodes[r.cause]), b = find(nodes[r.effect]);
    if (a != b) part[std::max(a, b)] = std::min(a, b);
  }
  std::map<int, std::vector<std::string>> parts;  // by smallest node id
  for (const auto& [name, id] : nodes) parts[find(id)].push_back(name);
  std::map<int, size_t> claims_in;
  for (const auto& [key, r] : records_) ++claims_in[find(nodes[r.cause])];
  int k = 0;
  for (const auto& [root, names] : parts) {
    bool boxed = parts.size() > 1 && names.size() > 2;
    if (boxed) {
      StrAppend(&out, "  subgraph cluster_", k, " {\n    label=", DotString(StrCat("part ", k + 1, ": ", claims_in[root], " claims")),
                "; style=\"rounded,dashed\"; color=\"#999999\"; fontname=\"Helvetica\";\n");
    }
    for (const std::string& name : names) {
      StrAppend(&out, boxed ? "    n" : "  n", nodes[name], " [label=", DotString(labels[name]),
                "];\n");
    }
    if (boxed) {
      out += "  }\n";
      ++k;
    }
  }
  for (const auto& [key, r] : records_) {
    bool prevent = r.relation == "PREVENT";
    StrAppend(&out, "  n", nodes[r.cause], " -> n", nodes[r.effect], " [id=",
              DotString(ClaimIdOf(key)), ", class=", DotString(StrCat("support_", r.evidence.size())),
              edge_labels ? StrCat(", label=", DotString(r.relation)) : std::string(),
              ", weight=", r.evidence.size(), ", penwidth=",
              std::min<size_t>(1 + r.evidence.size(), 8),
              prevent ? ", style=dashed, arrowhead=tee, color=\"#b2182b\""
                      : ", color=\"#2166ac\"",
              "];\n");
  }
  out += "}\n";
  return out;
}

std::string ClaimSet::ToGraphml() const {
  std::map<std::string, std::string> labels;
  std::map<std::string, int> nodes = Nodes(records_, &labels);
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
      "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
      "  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
      "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n"
      "  <key id=\"claim\" for=\"edge\" attr.name=\"claim\" attr.type=\"string\"/>\n"
      "  <graph id=\"claims\" edgedefault=\"directed\">\n";
  for (const auto& [name, id] : nodes) {
    StrAppend(&out, "    <node id=\"n", id, "\"><data key=\"label\">", XmlEscape(labels[name]),
              "</data></node>\n");
  }
  for (const auto& [key, r] : records_) {
    StrAppend(&out, "    <edge id=\"", ClaimIdOf(key), "\" source=\"n", nodes[r.cause],
              "\" target=\"n", nodes[r.effect], "\"><data key=\"relation\">", XmlEscape(r.relation),
              "</data><data key=\"weight\">", r.evidence.size(),
              "</data><data key=\"claim\">", XmlEscape(key), "</data></edge>\n");
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

}  // namespace casus
