// JSON Lines output of a processed document, as FORMAT.md specifies:
// code point offsets, half-open spans with their text.
//
//   std::string line;
//   AppendDocumentJson(doc, OutputOptions{}, &line);  // ends with '\n'
//
// Key order is fixed (format, doc_id, metadata fields in input order,
// entities, claims, optional layers, warnings, error), so output is
// byte-identical for identical documents. Thread-safe (pure functions).
#ifndef CASUS_PIPELINE_JSON_OUTPUT_H_
#define CASUS_PIPELINE_JSON_OUTPUT_H_

#include <string>
#include <string_view>

#include "pipeline/document.h"
#include "pipeline/utf8.h"

namespace casus {

// The version of the per-document record ("format", its first key): it
// changes when a field changes meaning or goes, not when one is added
// (docs/format.md, "Format versions"; docs/schema/document.schema.json).
inline constexpr std::string_view kDocumentFormat = "casus.document.v1";

struct OutputOptions {
  bool tokens = false;     // add the "tokens" layer (debugging)
  bool sentences = false;  // add the "sentences" layer (debugging)
};

// Field names the output writes itself; metadata fields with these names
// are not carried through (the reader warns).
bool IsReservedOutputField(std::string_view name);

void AppendDocumentJson(const Document& doc, const OutputOptions& options,
                        std::string* out);

// The stable id of a claim key: "c" + 16 hex digits of its FNV-1a hash,
// identical on every run and machine (docs/claims.md).
std::string ClaimIdOf(std::string_view key);

// Appends s as a JSON string literal (quotes included). Control characters
// are escaped (\n, \r, \t, else \u00XX).
void AppendJsonString(std::string_view s, std::string* out);

// Appends a cause's or effect's grounding: {"concept":ID|null,"label":...,
// "direction":"up"|"down"|"none","qualifiers":[...],"score":0.90,"norm":...}
// and, for a pronoun that stands for an earlier phrase, "refers_to": that
// phrase's span in `doc`.
void AppendGroundingJson(const Document& doc, const CodePointIndex& index, const Grounding& g,
                         std::string* out);

// Appends {"start":S,"end":E,"text":"..."} with code point offsets.
void AppendSpanJson(const Document& doc, const CodePointIndex& index, Span s,
                    std::string* out);

}  // namespace casus

#endif  // CASUS_PIPELINE_JSON_OUTPUT_H_
