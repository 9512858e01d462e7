#include "tools/report_html.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include "nlohmann/json.hpp"
#include "pipeline/json_output.h"
#include "pipeline/strings.h"
#include "pipeline/utf8.h"
#include "tools/output_file.h"
#include "tools/report_assets.h"

namespace casus {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kTypeLabel[] = {"C", "Ci", "R", "O", "P", "I", "E"};

// The marked-up text of one document: entities as <mark>, claim parts as
// spans carrying the numbers of the claims they belong to.
std::string DocumentHtml(const Document& doc, uint32_t first_claim,
                         const std::vector<std::pair<Span, bool>>* eval_marks) {
  // Boundaries of every entity and claim part.
  std::set<uint32_t> cuts = {0, static_cast<uint32_t>(doc.text.size())};
  for (const Entity& e : doc.entities) {
    cuts.insert(e.span.begin);
    cuts.insert(e.span.end);
  }
  for (const Claim& c : doc.claims) {
    for (Span s : {c.cause, c.trigger, c.effect}) {
      cuts.insert(s.begin);
      cuts.insert(s.end);
    }
  }
  if (eval_marks != nullptr) {
    for (const auto& [s, fp] : *eval_marks) {
      cuts.insert(s.begin);
      cuts.insert(s.end);
    }
  }
  std::vector<uint32_t> bounds(cuts.begin(), cuts.end());
  std::string out;
  size_t ent = 0;
  bool in_ent = false;
  for (size_t k = 0; k + 1 < bounds.size(); ++k) {
    uint32_t b = bounds[k], e = bounds[k + 1];
    if (in_ent && doc.entities[ent].span.end <= b) {
      out += "</mark>";
      in_ent = false;
      ++ent;
    }
    while (!in_ent && ent < doc.entities.size() && doc.entities[ent].span.end <= b) ++ent;
    if (!in_ent && ent < doc.entities.size() && doc.entities[ent].span.begin == b) {
      const Entity& en = doc.entities[ent];
      int t = static_cast<int>(en.type);
      StrAppend(&out, "<mark class=\"ent ent-", EntityTypeName(en.type), "\" title=\"",
                EntityTypeName(en.type), " ", HtmlEscape(en.norm), "\" data-label=\"",
                kTypeLabel[t], "\">");
      in_ent = true;
    }
    // Claim parts covering [b, e).
    std::string classes, ids;
    for (size_t c = 0; c < doc.claims.size(); ++c) {
      const Claim& cl = doc.claims[c];
      const char* part = nullptr;
      if (cl.trigger.begin <= b && e <= cl.trigger.end) part = "trigger";
      else if (cl.cause.begin <= b && e <= cl.cause.end) part = "cause";
      else if (cl.effect.begin <= b && e <= cl.effect.end) part = "effect";
      if (part == nullptr) continue;
      if (classes.find(part) == std::string::npos) StrAppend(&classes, " ", part);
      StrAppend(&ids, ids.empty() ? "" : " ", first_claim + c);
    }
    std::string evalc;
    if (eval_marks != nullptr) {
      for (const auto& [s, fp] : *eval_marks) {
        if (s.begin <= b && e <= s.end) evalc = fp ? " eval-fp" : " eval-fn";
      }
    }
    std::string text = HtmlEscape(doc.Text({b, e}));
    for (char& ch : text) {
      if (ch == kReplacementByte) ch = '?';
    }
    if (!classes.empty() || !evalc.empty()) {
      StrAppend(&out, "<span class=\"cp", classes, evalc, "\" data-c=\"", ids, "\">", text,
                "</span>");
    } else {
      out += text;
    }
  }
  if (in_ent) out += "</mark>";
  return out;
}

std::string ClaimHtml(const Document& doc, const Claim& c) {
  std::string out = StrCat(
      "<span class=\"label-cause\">cause:</span> ", HtmlEscape(doc.Text(c.cause)),
      " <span class=\"label-trigger\">[", HtmlEscape(doc.Text(c.trigger)),
      "]</span> <span class=\"label-effect\">effect:</span> ", HtmlEscape(doc.Text(c.effect)),
      " <span class=\"badge ", RelationName(c.relation), "\">", RelationName(c.relation),
      "</span><span class=\"badge ", ModalityName(c.modality), "\">", ModalityName(c.modality),
      "</span>");
  if (c.attribution) {
    StrAppend(&out, "<span class=\"badge\">source: ", HtmlEscape(doc.Text(*c.attribution)),
              "</span>");
  }
  StrAppend(&out, " <span class=\"muted\">", HtmlEscape(c.rule), "</span>");
  return out;
}

// Graphviz lays out the best-supported claims as SVG, or a note says why
// not. The graph aggregates at concept level: nodes are concept labels
// (docs/claims.md, "Grounding"), so phrasings of one idea meet in one node.
std::string GraphSvg(const ClaimSet& fine, const std::set<std::string, std::less<>>& hubs) {
  ClaimSet set = fine.AtLevel(ClaimLevel::kConcept);
  // Claims whose cause and effect both ground; word bags that ground
  // nowhere stay in the claim table.
  std::vector<std::pair<size_t, std::string>> by_support;
  for (const auto& [key, r] : set.records()) {
    // Hub concepts (ReportOptions::hub_concepts) stay in the claim table.
    auto hub = [&hubs](const std::string& norm) {
      std::string_view id = std::string_view(norm).substr(1);
      id = id.substr(0, std::min(id.find(' '), id.find('/')));
      return hubs.contains(id);
    };
    if (r.cause.starts_with("@") && r.effect.starts_with("@") && !hub(r.cause) &&
        !hub(r.effect)) {
      by_support.push_back({r.evidence.size(), key});
    }
  }
  std::stable_sort(by_support.begin(), by_support.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  if (by_support.size() > kMaxGraphClaims) by_support.resize(kMaxGraphClaims);
  std::set<std::string> keep;
  for (const auto& p : by_support) keep.insert(p.second);
  std::string dot = set.ToDotSubset(keep, /*edge_labels=*/false);
  char dir[] = "/tmp/casus-dot-XXXXXX";
  if (mkdtemp(dir) == nullptr) return "<p class=\"muted\">No graph: no temporary folder.</p>";
  std::string in = StrCat(dir, "/g.dot"), out = StrCat(dir, "/g.svg");
  {
    std::ofstream f(in);
    f << dot;
  }
  std::string cmd = StrCat("dot -Tsvg '", in, "' -o '", out, "' 2>/dev/null");
  int rc = std::system(cmd.c_str());
  std::string svg;
  if (rc == 0) {
    std::ifstream f(out);
    std::stringstream ss;
    ss << f.rdbuf();
    svg = ss.str();
  }
  std::remove(in.c_str());
  std::remove(out.c_str());
  rmdir(dir);
  size_t at = svg.find("<svg");
  if (rc != 0 || at == std::string::npos) {
    return "<p class=\"muted\">No graph: Graphviz's <code>dot</code> is not installed "
           "(Debian package graphviz).</p>";
  }
  return svg.substr(at);
}

}  // namespace

std::string HtmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string RenderReportHtml(const std::vector<const Document*>& docs,
                             const ClaimSet& claim_set, const ReportOptions& options) {
  Json data;
  Json jdocs = Json::array();
  Json claim_doc = Json::array();
  // Evidence -> global claim number, to link the claim set to the text.
  std::map<std::tuple<std::string, std::string, std::string, std::string>, uint32_t> where;
  uint32_t n = 0;
  size_t entities = 0;
  for (size_t d = 0; d < docs.size(); ++d) {
    const Document& doc = *docs[d];
    const std::vector<std::pair<Span, bool>>* marks = nullptr;
    if (auto it = options.eval_marks.find(doc.id); it != options.eval_marks.end()) {
      marks = &it->second;
    }
    Json jd;
    jd["id"] = doc.id;
    if (!doc.error.empty()) jd["error"] = doc.error;
    jd["html"] = DocumentHtml(doc, n, marks);
    Json jc = Json::array();
    for (const Claim& c : doc.claims) {
      jc.push_back({{"n", n}, {"id", ClaimIdOf(c.key)}, {"html", ClaimHtml(doc, c)}});
      where[{doc.id, c.key, std::string(doc.Text(c.trigger)), std::string(doc.Text(c.cause))}] = n;
      claim_doc.push_back(d);
      ++n;
    }
    jd["claims"] = jc;
    if (auto it = options.errors_html.find(doc.id); it != options.errors_html.end()) {
      jd["errors"] = it->second;
    }
    entities += doc.entities.size();
    jdocs.push_back(std::move(jd));
  }
  Json rows = Json::array();
  std::vector<const ClaimRecord*> records;
  for (const auto& [key, r] : claim_set.records()) records.push_back(&r);
  std::stable_sort(records.begin(), records.end(), [](const ClaimRecord* a, const ClaimRecord* b) {
    return a->evidence.size() > b->evidence.size();
  });
  for (const ClaimRecord* r : records) {
    Json row;
    const Evidence& first = *r->evidence.begin();
    std::set<std::string> mods, docs_seen, sources;
    int asserted = 0, hedged = 0, hypothesis = 0, negated = 0;
    std::string ev = "<ul>";
    for (const Evidence& e : r->evidence) {
      mods.insert(e.modality);
      docs_seen.insert(e.doc_id);
      sources.insert(e.source.empty() ? "doc:" + e.doc_id : e.source);
      if (e.modality == "HEDGED") ++hedged;
      else if (e.modality == "HYPOTHESIS") ++hypothesis;
      else if (e.modality == "NEGATED") ++negated;
      else ++asserted;
      auto it = where.find({e.doc_id, r->key, e.trigger, e.cause});
      std::string link = it == where.end()
                             ? HtmlEscape(e.doc_id)
                             : StrCat("<a href=\"#\" data-claim=\"", it->second, "\">",
                                      HtmlEscape(e.doc_id), "</a>");
      StrAppend(&ev, "<li>", link, " <span class=\"badge ", e.modality, "\">", e.modality,
                "</span> ", HtmlEscape(e.sentence), "</li>");
    }
    ev += "</ul>";
    row["id"] = ClaimIdOf(r->key);
    row["relation"] = r->relation;
    row["cause"] = r->cause;
    row["effect"] = r->effect;
    row["cause_text"] = first.cause;
    row["effect_text"] = first.effect;
    row["mentions"] = r->evidence.size();
    row["documents"] = docs_seen.size();
    row["sources"] = sources.size();
    row["asserted"] = asserted;
    row["hedged"] = hedged;
    row["hypothesis"] = hypothesis;
    row["negated"] = negated;
    row["modalities"] = std::vector<std::string>(mods.begin(), mods.end());
    row["evidence"] = ev;
    rows.push_back(std::move(row));
  }
  data["docs"] = jdocs;
  data["claimDoc"] = claim_doc;
  data["claimset"] = rows;
  std::string json = data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  // Inside <script>, "</script", "<!--" or "<script" could end or confuse
  // the element; '<', '>' and '&' occur only inside JSON strings, where
  // \u003c, \u003e and \u0026 say the same.
  std::string safe;
  safe.reserve(json.size());
  for (char c : json) {
    switch (c) {
      case '<': safe += "\\u003c"; break;
      case '>': safe += "\\u003e"; break;
      case '&': safe += "\\u0026"; break;
      default: safe.push_back(c);
    }
  }
  std::string legend;
  for (int t = 0; t < kNumEntityTypes; ++t) {
    std::string_view name = EntityTypeName(static_cast<EntityType>(t));
    StrAppend(&legend, "<span class=\"ent-", name, "\">", name, " (", kTypeLabel[t], ")</span>");
  }
  std::string html;
  StrAppend(&html,
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<title>", HtmlEscape(options.title), "</title><style>", kReportCss,
            "</style></head><body>\n<header><h1>", HtmlEscape(options.title), "</h1><p>",
            docs.size(), " documents, ", entities, " entities, ", n, " claims, ",
            claim_set.size(), " normalized claims", options.subtitle.empty() ? "" : "; ",
            HtmlEscape(options.subtitle), "</p></header>\n",
            "<nav role=\"tablist\"><button data-view=\"docs\" aria-selected=\"true\">Documents"
            "</button><button data-view=\"claims\" aria-selected=\"false\">Claim set</button>"
            "<button data-view=\"graph\" aria-selected=\"false\">Causal graph</button></nav>\n"
            "<section class=\"view active\" id=\"view-docs\"><div class=\"legend\">", legend,
            "<span class=\"cp cause\">cause (solid)</span><span class=\"cp trigger\">trigger "
            "(double)</span><span class=\"cp effect\">effect (dashed)</span></div>"
            "<div class=\"pager\"><button id=\"prev\">Previous</button><span id=\"pageinfo\">"
            "</span><button id=\"next\">Next</button></div><div id=\"docs\"></div></section>\n"
            "<section class=\"view\" id=\"view-claims\"><div class=\"filters\">"
            "<input id=\"search\" type=\"search\" placeholder=\"Search claims\" "
            "aria-label=\"Search claims\"><select id=\"frel\" aria-label=\"Relation\">"
            "<option value=\"\">any relation</option><option>CAUSE</option><option>PREVENT"
            "</option></select><select id=\"fmod\" aria-label=\"Modality\"><option value=\"\">"
            "any modality</option><option>ASSERTED</option><option>HEDGED</option><option>"
            "HYPOTHESIS</option><option>NEGATED</option></select><input id=\"fent\" "
            "placeholder=\"Entity or concept (e.g. IRN)\" aria-label=\"Entity\"><button "
            "id=\"clearedge\">Show all</button><span id=\"shown\" class=\"muted\"></span></div>"
            "<table class=\"claimset\"><thead><tr><th>cause [normalized]</th><th>relation</th>"
            "<th>effect [normalized]</th><th>mentions</th><th>documents</th><th>sources</th>"
            "<th>asserted / hedged / negated</th></tr></thead><tbody id=\"claimrows\"></tbody>"
            "</table></section>\n<section class=\"view\" id=\"view-graph\"><p class=\"muted\">"
            "Concepts are nodes (label, direction arrow, qualifiers); CAUSE edges are solid, "
            "PREVENT edges dashed with a bar; thicker edges have more support; connected parts "
            "are boxed (the ",
            kMaxGraphClaims, " best-supported claims whose cause and effect both ground to a "
            "concept, actors aside). Select an edge to see its claim.</p><p><label for=\"minsupport\">"
            "Minimum mentions: <output id=\"minsupportval\">1</output></label> <input "
            "id=\"minsupport\" type=\"range\" min=\"1\" max=\"10\" value=\"1\"> <span "
            "id=\"graphshown\" class=\"muted\"></span></p>"
            "<div id=\"graph\">", GraphSvg(claim_set, options.hub_concepts), "</div></section>\n"
            "<script type=\"application/json\" id=\"casus-data\">", safe, "</script>\n<script>",
            kReportJs, "</script>\n</body></html>\n");
  return html;
}

std::set<std::string, std::less<>> HubConceptIds(const ConceptInventory* inventory) {
  std::set<std::string, std::less<>> out;
  if (inventory == nullptr) return out;
  const std::vector<Concept>& all = inventory->concepts();
  for (size_t i = 0; i < all.size(); ++i) {
    if (inventory->IsHub(static_cast<int>(i))) out.insert(all[i].id);
  }
  return out;
}

absl::Status WriteReportHtml(const std::string& path,
                             const std::vector<const Document*>& docs,
                             const ClaimSet& claim_set, const ReportOptions& options) {
  return WriteWholeFile(path, RenderReportHtml(docs, claim_set, options));
}

}  // namespace casus
