// Casus as a library: entities and causal claims from policy text.
//
// Load the rules once; process texts from any number of threads.
//
//   absl::StatusOr<std::unique_ptr<casus::Extractor>> nlp =
//       casus::Extractor::Create(casus::ExtractorOptions{});
//   if (!nlp.ok()) return nlp.status();
//   casus::Extraction x = (*nlp)->Process("Sanctions fuelled inflation in Iran.");
//   for (const casus::ExtractedClaim& c : x.claims)
//     std::cout << c.cause.text << " -> " << c.effect.text << "\n";
//
// This header is the whole public interface: it includes nothing of Casus's
// internals, and its types are plain values. Offsets are given twice: in
// Unicode code points of the text (what Python's str indices and the JSON
// output use) and in UTF-8 bytes. Every error is an absl::Status; nothing
// throws. Extractor is immutable after Create() and thread-safe.
#ifndef CASUS_CASUS_CASUS_H_
#define CASUS_CASUS_CASUS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace casus {

struct ExtractorOptions {
  // The rules folder; "" finds the bundled rules: $CASUS_RULES, the rules
  // installed beside the library (PREFIX/share/casus/rules), then the
  // source tree's rules/ it was built from.
  std::string rules_dir;
  // A profile under the rules folder's profiles/ ("cnc"), or a path to a
  // folder of extra rule files; "" for none.
  std::string profile;
  // WordNet's data files; "" means $CASUS_WORDNET or /usr/share/wordnet.
  std::string wordnet_dir;
  // Documents longer than this fail with an error.
  uint64_t max_document_bytes = 64ull << 20;
};

struct TextSpan {
  uint32_t start = 0, end = 0;            // code points, half-open
  uint32_t byte_start = 0, byte_end = 0;  // UTF-8 bytes of the text
  std::string text;
};

struct ExtractedEntity {
  TextSpan span;
  std::string type;  // COUNTRY, CITY, REGION, ORGANIZATION, PERSON, ISSUE, EVENT
  std::string norm;  // ISO alpha-3, snake_case, acronym (docs/annotation.md)
  std::string rule;  // the gazetteer entry or pattern that found it
};

struct ExtractedClaim {
  TextSpan cause, trigger, effect;
  std::string relation;   // CAUSE or PREVENT
  std::string modality;   // ASSERTED, HEDGED, HYPOTHESIS or NEGATED
  bool has_attribution = false;
  TextSpan attribution;   // the named source, when has_attribution
  std::string key;        // the normalized claim's identity (docs/claims.md)
  std::string id;         // "c" + 16 hex digits of the key's hash
  std::string rule;       // the claim rule that fired
  uint32_t sentence = 0;  // index of the sentence that holds it
};

struct Extraction {
  std::string id;
  std::vector<ExtractedEntity> entities;  // by start, never overlapping
  std::vector<ExtractedClaim> claims;     // by trigger, cause, effect
  std::vector<std::string> warnings;
  std::string error;                      // non-empty: the text failed
  // The record `casus extract` writes for this text (docs/format.md).
  std::string json;
};

class Extractor {
 public:
  // Compiles the rules. Errors: InvalidArgument "FILE:LINE:COLUMN: message"
  // for a broken rule file; NotFound for a missing rules folder, profile or
  // WordNet.
  static absl::StatusOr<std::unique_ptr<Extractor>> Create(const ExtractorOptions& options);
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Processes one text (UTF-8; invalid bytes become U+FFFD). Never fails:
  // a text that cannot be processed comes back with `error` set.
  // Thread-safe.
  Extraction Process(std::string_view text, std::string_view id = "") const;
  // Processes texts on `threads` threads (0: all cores); results in input
  // order, their ids the positions ("0", "1", ...).
  std::vector<Extraction> ProcessAll(const std::vector<std::string>& texts, int threads = 0) const;

  // The rules folder and profile in use.
  const std::string& rules_dir() const;
  const std::string& profile() const;

 private:
  struct Impl;
  explicit Extractor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Merges claim sets written by `casus extract --claims-out` (JSON Lines
// text each) into one, as `casus merge` does. InvalidArgument "NAME:LINE:
// message" for a malformed record; `names` label the inputs in messages.
absl::StatusOr<std::string> MergeClaimSets(const std::vector<std::string>& claim_sets,
                                           const std::vector<std::string>& names = {});

// The version of this library ("0.1.0").
std::string_view Version();

}  // namespace casus

#endif  // CASUS_CASUS_CASUS_H_
