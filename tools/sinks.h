// The pieces a command's output is made of. A ComposedSink renders each
// processed document (JSON Lines, or nothing) and hands it, in input order,
// to its uses, each doing one thing: write the line, report the document's
// problems, collect its claims, keep it for a report page, count it for the
// digest. Commands compose what they need:
//
//   WriteLines write(&out, &source);
//   ReportProblems report;
//   CollectClaims claims(&claim_set);
//   ComposedSink sink(OutputOptions{}, /*render=*/true, {&report, &write, &claims});
//   RunPipeline(pipeline, &source, &sink, options);
//
// Render() is thread-safe; uses run one document at a time (the runner's
// contract for Write). Uses are not owned.
#ifndef CASUS_TOOLS_SINKS_H_
#define CASUS_TOOLS_SINKS_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "pipeline/claim_set.h"
#include "pipeline/json_output.h"
#include "pipeline/runner.h"
#include "tools/input_source.h"
#include "tools/output_file.h"

namespace casus {

// One thing done with every processed document.
class DocumentUse {
 public:
  virtual ~DocumentUse() = default;
  // `line`: the document's JSON line, or "" when the sink renders none. An
  // error stops the run.
  virtual absl::Status Use(const Document& doc, std::string_view line) = 0;
};

class ComposedSink : public DocumentSink {
 public:
  ComposedSink(OutputOptions layers, bool render, std::vector<DocumentUse*> uses)
      : layers_(layers), render_(render), uses_(std::move(uses)) {}
  std::string Render(const Document& doc) const override;
  absl::Status Write(const Document& doc, std::string rendered) override;

 private:
  OutputOptions layers_;
  bool render_;
  std::vector<DocumentUse*> uses_;
};

// Passes documents on to `use` after the first `skip` (those a resumed run
// finds in its output already).
class SkipFirst : public DocumentUse {
 public:
  SkipFirst(uint64_t skip, DocumentUse* use) : skip_(skip), use_(use) {}
  absl::Status Use(const Document& doc, std::string_view line) override;

 private:
  uint64_t skip_;
  DocumentUse* use_;
};

// Writes each line to `out`; with `source`, flushes whenever the source has
// handed out all it has read (a pipe's consumer gets each answer at once).
class WriteLines : public DocumentUse {
 public:
  WriteLines(OutputFile* out, const InputSource* source) : out_(out), source_(source) {}
  absl::Status Use(const Document& doc, std::string_view line) override;

 private:
  OutputFile* out_;
  const InputSource* source_;
};

// "casus: ORIGIN: message" on standard error for each warning and error.
class ReportProblems : public DocumentUse {
 public:
  absl::Status Use(const Document& doc, std::string_view line) override;
};

// Adds each document's claims to a claim set.
class CollectClaims : public DocumentUse {
 public:
  explicit CollectClaims(ClaimSet* set) : set_(set) {}
  absl::Status Use(const Document& doc, std::string_view line) override;

 private:
  ClaimSet* set_;
};

// Keeps the first `max` documents (for a report page); counts the rest.
class KeepDocuments : public DocumentUse {
 public:
  explicit KeepDocuments(size_t max) : max_(max) {}
  absl::Status Use(const Document& doc, std::string_view line) override;
  std::vector<const Document*> kept() const;
  size_t dropped() const { return dropped_; }

 private:
  size_t max_;
  size_t dropped_ = 0;
  std::vector<std::unique_ptr<Document>> docs_;
};

// What `casus extract --summary` prints: entities by type, the most
// mentioned, the first claims.
class Digest : public DocumentUse {
 public:
  absl::Status Use(const Document& doc, std::string_view line) override;
  // Prints the digest on standard error; `claims` is the run's total.
  void Print(uint64_t claims) const;

 private:
  std::map<std::pair<std::string_view, std::string>, int> entity_counts_;
  std::map<std::string_view, int> type_counts_;
  std::vector<std::string> claims_;  // the first 12, rendered
};

}  // namespace casus

#endif  // CASUS_TOOLS_SINKS_H_
