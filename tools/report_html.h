// The HTML report: one self-contained page (inline CSS, JavaScript and SVG;
// no network, opens from disk) with a document view (entities highlighted by
// type, each claim's cause, trigger and effect marked, modality and
// attribution badges), the claim set as a filterable table with its
// evidence, and the causal graph laid out by Graphviz.
//
//   CASUS_RETURN_IF_ERROR(WriteReportHtml("report.html", docs, set, {}));
//
// All document text is escaped. Documents are shown 20 per page; the graph
// shows the kMaxGraphClaims best-supported claims (docs/report.md).
#ifndef CASUS_TOOLS_REPORT_HTML_H_
#define CASUS_TOOLS_REPORT_HTML_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "engine/concepts.h"
#include "pipeline/claim_set.h"
#include "pipeline/document.h"

namespace casus {

inline constexpr size_t kMaxGraphClaims = 300;

struct ReportOptions {
  std::string title = "Casus report";
  std::string subtitle;
  // Evaluation view: per document id, escaped <li> items listing its false
  // positives and negatives (casus eval --html).
  std::map<std::string, std::string> errors_html;
  // Per document id, spans to outline: false positives (predicted) and
  // false negatives (gold), byte offsets into the document text.
  std::map<std::string, std::vector<std::pair<Span, bool>>> eval_marks;
  // Concept ids the graph leaves out: the hub concepts (actors, "a state
  // -> conflict" says little), which stay in the claim table. HubConceptIds()
  // lists an inventory's.
  std::set<std::string, std::less<>> hub_concepts;
};

// The ids of the concepts at or below the inventory's hub root (none for a
// null inventory or one without "hubs:").
std::set<std::string, std::less<>> HubConceptIds(const ConceptInventory* inventory);

// The page as a string. Pure; thread-compatible.
std::string RenderReportHtml(const std::vector<const Document*>& docs,
                             const ClaimSet& claim_set, const ReportOptions& options);

// Renders and writes atomically (OutputFile).
absl::Status WriteReportHtml(const std::string& path,
                             const std::vector<const Document*>& docs,
                             const ClaimSet& claim_set, const ReportOptions& options);

// Escapes & < > " ' for HTML text and attributes.
std::string HtmlEscape(std::string_view s);

}  // namespace casus

#endif  // CASUS_TOOLS_REPORT_HTML_H_
