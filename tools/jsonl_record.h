// One JSON Lines input record decoded into a Document (FORMAT.md "Input
// documents"): "id" and "text", every other field kept as metadata in input
// order; each problem an error on the document, never a failure.
//
//   Document doc;
//   DocumentFromJsonLine(line, "news.jsonl", "news", 12, false, 64 << 20, &doc);
//   if (!doc.error.empty()) Report(doc.origin, doc.error);
//
// Pure functions; thread-safe.
#ifndef CASUS_TOOLS_JSONL_RECORD_H_
#define CASUS_TOOLS_JSONL_RECORD_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pipeline/document.h"

namespace casus {

// Builds a document from one JSON Lines line: `path` and `line_no` name it
// in messages ("PATH:LINE") and give the default id ("STEM:LINE"). A line
// over the size limit is passed with `truncated` and an empty `line`.
// Never fails: problems set Document::error. Thread-compatible.
void DocumentFromJsonLine(std::string line, const std::string& path,
                          const std::string& stem, uint64_t line_no, bool truncated,
                          uint64_t max_document_bytes, Document* doc);

// The fast path of DocumentFromJsonLine for the common record, one object
// whose values are all strings: fills `out` with its (key, value) pairs in
// order and returns true. Returns false on anything else (other values,
// escapes it does not take, control bytes, duplicate keys, trailing text),
// and the caller parses with nlohmann, which also words the errors. Accepts
// exactly what nlohmann accepts for such lines (a fuzzer checks).
// REQUIRES: valid UTF-8.
bool ParseFlatStringObject(std::string_view line,
                           std::vector<std::pair<std::string, std::string>>* out);

}  // namespace casus

#endif  // CASUS_TOOLS_JSONL_RECORD_H_
